"""Killing a worker at random moments never loses a committed action nor leaves half of one.

The default suite kills 20 times; `--soak` kills 200 times.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.documents.integrity import verify_all_documents
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.models import Case, CaseDocument, CaseEvent, CheckRun, RuleOverride

pytestmark = pytest.mark.backend
WORKER = Path(__file__).resolve().parent / "crash_worker.py"


def _entries(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    lines = log.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.endswith("}")]


def _check_after_kill(db: Database, log: Path) -> None:
    path = sqlite_file(db.url)
    if path is not None:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with db.read() as session:
        for entry in _entries(log):
            action = entry["action"]
            if action == "import":
                assert session.get(Case, entry["case_id"]) is not None
            elif action == "attach":
                doc = session.get(CaseDocument, entry["document_id"])
                assert doc is not None and doc.sha256 == entry["sha256"]
            elif action == "verify":
                doc = session.get(CaseDocument, entry["document_id"])
                assert doc is not None and doc.verification == "verified"
            elif action in ("check", "override"):
                assert session.get(CheckRun, entry["run_id"]) is not None
        # No half actions: each run and override has its audit event, each case its import.
        runs = session.scalar(select(func.count()).select_from(CheckRun))
        run_events = session.scalar(select(func.count()).where(CaseEvent.kind == "checks_run"))
        assert runs == run_events
        overrides = session.scalar(select(func.count()).select_from(RuleOverride))
        assert overrides == session.scalar(
            select(func.count()).where(CaseEvent.kind == "rule_overridden")
        )
        cases = session.scalar(select(func.count()).select_from(Case))
        assert cases == session.scalar(
            select(func.count()).where(CaseEvent.kind == "case_imported")
        )
    # Every row with content has its file, intact (a kill may leave content no row refers
    # to: verify reports it and `documents sweep` removes it).
    assert verify_all_documents(db).problems == []
    report = verify_chain(db)
    assert report.ok, report.problem


def test_random_kills_lose_nothing_committed(
    db: Database, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    kills = 200 if request.config.getoption("--soak") else 20
    log = tmp_path / "committed.log"
    rng = random.Random(20251001)
    env = {**os.environ, "PYTHONPATH": str(WORKER.parents[1])}
    for round_no in range(kills):
        worker = subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                db.url,
                str(log),
                str(tmp_path / "work"),
                str(round_no * 10_000),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        # Start-up (imports) takes a second or more on a busy machine; kill anywhere in the
        # work after it.
        assert worker.stdout is not None
        if worker.stdout.readline() != b"ready\n":
            worker.wait()
            pytest.fail(f"worker did not start: {worker.stderr.read().decode()[-2000:]}")
        time.sleep(rng.uniform(0.05, 1.5))
        if worker.poll() is not None:
            pytest.fail(f"worker stopped on its own: {worker.stderr.read().decode()[-2000:]}")
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        worker.stdout.close()
        worker.stderr.close()
        reopened = open_database(db.url).db  # as the next start after a crash would
        try:
            _check_after_kill(reopened, log)
        finally:
            reopened.dispose()
    # Work really happened between the kills (about one commit per kill on a busy machine).
    assert len(_entries(log)) >= kills // 2
