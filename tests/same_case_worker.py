"""A worker process for the same-case conflict tests: one officer saving one case, in rounds.

Usage: python tests/same_case_worker.py DB_URL CASE_ID NAME ACTOR
       python tests/same_case_worker.py DB_URL - NAME ACTOR edit-own COUNT

Lock-step mode (CASE_ID given): for each line "go" on stdin the worker reads the case,
prints "ready VERSION", waits for a second "go", then saves the address with its own token
appended and prints "won TOKEN" or "lost MESSAGE". "stop" ends it. Edit-own mode imports
one case of its own and saves it COUNT times, printing "saved N" after each commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kvisa_desk.core.applications.importer import import_records  # noqa: E402
from kvisa_desk.core.applications.readers import RawRecord  # noqa: E402
from kvisa_desk.core.cases.editing import save_case_edits  # noqa: E402
from kvisa_desk.core.errors import Conflict  # noqa: E402
from kvisa_desk.core.startup import open_database  # noqa: E402
from kvisa_desk.store.engine import Database  # noqa: E402
from kvisa_desk.store.models import Case  # noqa: E402
from tests.samples import application  # noqa: E402


def _read(db: Database, case_id: int) -> tuple[int, str]:
    """What the officer sees when the case opens: its version and the current address."""
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.version, case.applicant.address or ""


def lock_step(url: str, case_id: int, name: str, actor: str) -> None:
    db = open_database(url).db
    for round_no, line in enumerate(sys.stdin):
        if line.strip() == "stop":
            break
        version, address = _read(db, case_id)
        print(f"ready {version}", flush=True)
        if sys.stdin.readline().strip() != "go":
            break
        token = f"{name}.{round_no};"
        try:
            save_case_edits(db, case_id, version, {"applicant.address": address + token}, actor)
        except Conflict as exc:
            print(f"lost {exc}".replace("\n", " "), flush=True)
        else:
            print(f"won {token}", flush=True)
    db.dispose()


def edit_own(url: str, name: str, actor: str, count: int) -> None:
    db = open_database(url).db
    raw = [RawRecord("[0]", application(f"KV-EDIT-{name}", documents=[]))]
    case_id = import_records(db, raw, actor, f"{name}.json").first_case_id
    assert case_id is not None
    for n in range(count):
        version, address = _read(db, case_id)
        save_case_edits(db, case_id, version, {"applicant.address": address + f"{n};"}, actor)
        print(f"saved {n}", flush=True)
    print(f"case {case_id}", flush=True)
    db.dispose()


if __name__ == "__main__":
    if sys.argv[2] == "-":
        edit_own(sys.argv[1], sys.argv[3], sys.argv[4], int(sys.argv[6]))
    else:
        lock_step(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
