"""Officers' processes saving the same case at the same moment, round after round: exactly one
wins each round, the others are told who saved, and no save is lost or doubled.

Imports also run while other officers' processes save their cases. The default suite runs a
couple of hundred rounds; `--soak` runs a thousand with three officers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseDocument, CaseEvent
from tests.samples import application

pytestmark = pytest.mark.backend
HERE = Path(__file__).resolve().parent
WORKER = HERE / "same_case_worker.py"
IMPORT_WORKER = HERE / "concurrent_worker.py"


def _start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        # Read at start: the test's own data folder (its post key) is set after import.
        env={**os.environ, "PYTHONPATH": str(HERE.parent)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _say(worker: subprocess.Popen[str], line: str) -> None:
    assert worker.stdin is not None
    worker.stdin.write(line + "\n")
    worker.stdin.flush()


def _hear(worker: subprocess.Popen[str]) -> str:
    assert worker.stdout is not None
    line = worker.stdout.readline()
    if not line:
        _out, err = worker.communicate(timeout=30)
        pytest.fail(f"worker ended early: {err[-3000:]}")
    return line.rstrip("\n")


def _case_events(db: Database, case_id: int) -> list[CaseEvent]:
    with db.read() as session:
        return list(
            session.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id == case_id, CaseEvent.kind == "case_edited")
                .order_by(CaseEvent.id)
            )
        )


@pytest.mark.parametrize("officers", [2, 3], ids=["two-officers", "three-officers"])
def test_one_save_wins_each_round_and_none_is_lost(
    db: Database, officers: int, request: pytest.FixtureRequest
) -> None:
    soak = request.config.getoption("--soak")
    rounds = 1000 if soak else (300 if officers == 2 else 100)
    actors = ["officer.a", "officer.b", "officer.li"][:officers]
    raw = [RawRecord("[0]", application("KV-SAME-1", documents=[]))]
    case_id = import_records(db, raw, "test.officer", "same.json").first_case_id
    assert case_id is not None
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        start_version, start_address = case.version, case.applicant.address or ""
    workers = [
        _start([str(WORKER), db.url, str(case_id), f"W{i}", a]) for i, a in enumerate(actors)
    ]
    winners: list[tuple[str, str]] = []  # (actor, token) in the order the saves committed
    try:
        for round_no in range(rounds):
            for worker in workers:
                _say(worker, "go")
            versions = {_hear(worker) for worker in workers}
            assert versions == {f"ready {start_version + round_no}"}  # all opened the same
            for worker in workers:
                _say(worker, "go")
            results = [_hear(worker) for worker in workers]
            won = [(actors[i], r[4:]) for i, r in enumerate(results) if r.startswith("won ")]
            assert len(won) == 1, results
            winner = won[0][0]
            for result in results:
                if result.startswith("lost "):
                    # The loser is told who saved, and that nothing of theirs was written.
                    assert f"saved by {winner}" in result, result
            winners.extend(won)
        for worker in workers:
            _say(worker, "stop")
        for worker in workers:
            _out, err = worker.communicate(timeout=60)
            assert worker.returncode == 0, err[-3000:]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        # No lost update: the address holds every winner's token, once, in commit order.
        assert case.applicant.address == start_address + "".join(t for _a, t in winners)
        assert case.version == start_version + rounds
    edits = _case_events(db, case_id)
    assert [e.officer for e in edits] == [a for a, _t in winners]  # one event per win
    assert len({a for a, _t in winners}) > 1 or rounds < 10  # the race really was contested
    report = verify_chain(db)
    assert report.ok, report.problem


def test_imports_while_other_officers_save_their_cases(
    db: Database, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    soak = request.config.getoption("--soak")
    imports, saves = (60, 300) if soak else (8, 40)
    importer = _start(
        [str(IMPORT_WORKER), db.url, str(tmp_path), "IMP", str(imports), "officer.import"]
    )
    editors = [
        _start([str(WORKER), db.url, "-", name, actor, "edit-own", str(saves)])
        for name, actor in (("E1", "officer.a"), ("E2", "officer.b"))
    ]
    outputs = []
    for worker in [importer, *editors]:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err[-3000:]  # no error surfaced to any officer
        assert err.strip() == "" or "Traceback" not in err
        outputs.append(out.splitlines())
    assert len(outputs[0]) == imports  # every import committed
    edited = []
    for lines in outputs[1:]:
        assert lines[:-1] == [f"saved {n}" for n in range(saves)]
        edited.append(int(lines[-1].split()[1]))
    with db.read() as session:
        imported = session.scalar(
            select(func.count()).select_from(Case).where(Case.application_id.like("KV-IMP-%"))
        )
        assert imported == imports
        docs = session.scalar(select(func.count()).select_from(CaseDocument))
        assert docs == imports * 2  # each imported record's two listed documents attached
        for case_id in edited:
            case = session.get(Case, case_id)
            assert case is not None
            assert case.applicant.address == "12 Marina Road, Lagos, Nigeria" + "".join(
                f"{n};" for n in range(saves)
            )
    for case_id in edited:
        assert len(_case_events(db, case_id)) == saves
    report = verify_chain(db)
    assert report.ok, report.problem
