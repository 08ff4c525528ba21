"""A process that issues letters on its own engine, for the letter-number concurrency test.

Run by multiprocessing (spawn): each process opens its own engine on the same database,
waits at the barrier so both start together, then issues an interview invitation on each
of its cases (a short pause between letters, as between an officer's clicks) and puts the
references it got on the queue.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import Any

from kvisa_desk.core.accounts.accounts import authenticate
from kvisa_desk.core.decisions.decisions import make_interview
from kvisa_desk.core.decisions.letters import issue_letter
from kvisa_desk.store.engine import Database, make_engine


def issue_interviews(url: str, actor: str, case_ids: list[int], barrier: Any, queue: Any) -> None:
    db = Database(url, make_engine(url))
    interview = make_interview(datetime(2026, 5, 4, 9, 0), "Visa Section, 31 Portland Place")
    got: list[str] = []
    try:
        authenticate(db, actor, "test password 123")  # tests/conftest.py's: opens an encrypted file
        barrier.wait(timeout=120)
        for case_id in case_ids:
            letter = issue_letter(
                db,
                actor,
                case_id,
                "interview",
                "en",
                interview=interview,
                today=date(2026, 4, 20),
            )
            got.append(letter.reference)
            time.sleep(0.05)  # an officer's pause between letters lets the other one in
        queue.put((actor, got, None))
    except BaseException as exc:  # reported to the test, which fails with it
        queue.put((actor, got, f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()
