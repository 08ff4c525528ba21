"""The exports benchmark's dashboard floor (bench/bench_exports.py) on a 600-case bulk
database with its decision history: plain sqlite3's figures must be the dashboard's, or the
benchmark's ratio compares different work. The benchmark itself is never run here."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bench.bench_exports import add_decision_history, dashboard, plain_dashboard
from bench.bulk_cases import build_database

COUNT = 600


def test_the_dashboard_floor_computes_the_dashboards_figures(tmp_path: Path) -> None:
    path = tmp_path / "bulk.sqlite3"
    build_database(path, COUNT)
    added = add_decision_history(path)
    conn = sqlite3.connect(path)
    try:
        decided = conn.execute(
            "SELECT count(*) FROM cases WHERE status IN ('approved', 'refused', 'letter_issued')"
        ).fetchone()[0]
        reopened = conn.execute(
            "SELECT count(*) FROM (SELECT case_id FROM case_events WHERE kind = 'status_changed'"
            " AND json_extract(details, '$.to') IN ('approved', 'refused')"
            " GROUP BY case_id HAVING count(*) > 1)"
        ).fetchone()[0]
    finally:
        conn.close()
    assert decided > 50 and added["decisions"] > 0 and reopened > 0  # every path is taken

    floor = plain_dashboard({"db": str(path)})["figures"]
    ours = dashboard({"db": str(path)})["figures"]
    assert json.loads(json.dumps(floor)) == json.loads(json.dumps(ours))
    assert ours["received"] == COUNT and ours["decided"] > 0
    # Decided without an event (one in ten) count under no officer unless recommended.
    assert ours["by_officer"] and ours["by_sign_off"] and ours["by_nationality"]
