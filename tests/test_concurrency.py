"""Several officers' processes at once on one database: no errors, nothing lost, one chain."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CheckRun

pytestmark = pytest.mark.backend
WORKER = Path(__file__).resolve().parent / "concurrent_worker.py"


def test_officers_working_on_different_cases_at_once(db: Database, tmp_path: Path) -> None:
    officers = ["officer.a", "officer.b", "officer.li", "officer.wang"]
    per_worker = 12
    env = {**os.environ, "PYTHONPATH": str(WORKER.parents[1])}
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), db.url, str(tmp_path), f"W{i}", str(per_worker), who],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, who in enumerate(officers)
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err[-3000:]  # busy waits handled, no error surfaced
        assert len(out.splitlines()) == per_worker
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 4 * per_worker
        assert session.scalar(select(func.count()).select_from(CheckRun)) == 4 * per_worker
    report = verify_chain(db)  # concurrent appenders never forked the chain
    assert report.ok, report.problem
