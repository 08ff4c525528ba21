"""Letter references: per post and year, gapless and unique, even from two processes at once."""

from __future__ import annotations

import multiprocessing
import re
from pathlib import Path

import pytest
from letter_worker import issue_interviews
from sqlalchemy import select

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.decisions.letters import next_reference
from kvisa_desk.demo.posts import name_demo_posts
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case
from kvisa_desk.store.models.decisions import IssuedLetter, LetterCounter
from tests.samples import application, write_json

pytestmark = pytest.mark.backend
PER_PROCESS = 12


def _open_cases(db: Database, folder: Path, count: int, post: str = "LON") -> list[int]:
    records = [
        dict(
            application(f"KV-NUM-{post}-{i}", post=post, passport__number=f"N{i:07d}"), documents=[]
        )
        for i in range(count)
    ]
    report = import_file(db, write_json(folder / f"apps-{post}.json", records), "officer.a")
    assert report.imported == count, report.rejected
    name_demo_posts(db, "supervisor.s", [post])  # letters need the post's own name
    with db.read() as session:
        return list(session.scalars(select(Case.id).where(Case.post == post).order_by(Case.id)))


def test_two_processes_issuing_at_once_get_gapless_unique_references(
    db: Database, tmp_path: Path
) -> None:
    case_ids = _open_cases(db, tmp_path, 2 * PER_PROCESS)
    spawn = multiprocessing.get_context("spawn")
    barrier, queue = spawn.Barrier(2), spawn.Queue()
    workers = [
        spawn.Process(
            target=issue_interviews,
            args=(db.url, actor, case_ids[i::2], barrier, queue),
        )
        for i, actor in enumerate(("officer.a", "officer.b"))
    ]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    for actor, got, error in results:
        assert error is None, f"{actor}: {error}"
        assert len(got) == PER_PROCESS
    references = [ref for _, got, _ in results for ref in got]
    assert len(set(references)) == len(references) == 2 * PER_PROCESS
    numbers = sorted(int(ref.rsplit("-", 1)[1]) for ref in references)
    assert numbers == list(range(1, 2 * PER_PROCESS + 1)), "a number was skipped or repeated"
    assert all(re.fullmatch(r"LON-K-2026-\d{6}", ref) for ref in references)
    # Each process's own numbers rise, and the two interleave: they really ran at once.
    first, second = ([int(ref[-6:]) for ref in got] for _, got, _ in results)
    assert first == sorted(first) and second == sorted(second)
    assert min(first) < max(second) and min(second) < max(first), (first, second)
    with db.read() as session:
        stored = session.scalars(select(IssuedLetter.reference)).all()
        counter = session.get(LetterCounter, ("LON", 2026))
    assert sorted(stored) == sorted(references)
    assert counter is not None and counter.last_number == 2 * PER_PROCESS
    report = verify_chain(db)
    assert report.ok, report.problem


def test_numbers_are_per_post_and_year_and_a_rollback_gives_the_number_back(
    db: Database,
) -> None:
    with db.write() as session:
        assert next_reference(session, "LON", 2026) == (1, "LON-K-2026-000001")
        assert next_reference(session, "LON", 2026) == (2, "LON-K-2026-000002")
        assert next_reference(session, "LON", 2027) == (1, "LON-K-2027-000001")
        assert next_reference(session, "PAR", 2026) == (1, "PAR-K-2026-000001")

    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned), db.write() as session:
        assert next_reference(session, "LON", 2026)[0] == 3
        raise Abandoned  # e.g. the letter could not be rendered: nothing is issued
    with db.write() as session:
        assert next_reference(session, "LON", 2026) == (3, "LON-K-2026-000003")
