"""A smoke test of the worklist benchmark's bulk generator at 200 cases (the benchmark itself
is never run here: bench/README.md). The database must open at the schema head through the
production start-up, hold complete cases, and be found by the search exactly as if
`core.search` had indexed it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.bench_worklist import p95, places
from bench.bulk_cases import build_database, bulk_db_file_name
from kvisa_desk.core.cases.search import Searchable, pending_count, search_case_ids
from kvisa_desk.core.cases.worklist import (
    WorklistQuery,
    count_worklist,
    queue_counts,
    worklist_page,
)
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import sqlite_url
from kvisa_desk.store.migrate import head_revision

COUNT = 200
ACTOR = "bench.officer"


def test_bulk_database_opens_at_head_complete_and_searchable(tmp_path: Path) -> None:
    path = tmp_path / "bulk.sqlite3"
    timings = build_database(path, COUNT)
    assert timings["total"] > 0
    assert f"-{COUNT}-" in bulk_db_file_name(COUNT) and head_revision() in bulk_db_file_name(COUNT)

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO case_search_fts(case_search_fts) VALUES ('integrity-check')")
        for table in ("cases", "applicants", "passports", "purpose_travel", "case_search"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (COUNT,), table
        for table in ("education_records", "case_documents"):
            assert conn.execute(f"SELECT count(DISTINCT case_id) FROM {table}").fetchone() == (
                COUNT,
            ), table
        # The indexes and triggers set aside during the load are all back.
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert {"ix_applicants_surname_given_names", "ix_cases_received_id"} <= names
        assert {"search_queue_applicant_insert", "case_search_fts_insert"} <= names
        indexed = conn.execute(
            "SELECT c.id, c.application_id, a.surname, a.given_names, a.native_name, a.email, "
            "p.number, s.terms FROM cases c JOIN applicants a ON a.case_id = c.id "
            "JOIN passports p ON p.case_id = c.id JOIN case_search s ON s.case_id = c.id"
        ).fetchall()
        named = conn.execute(
            "SELECT id, surname FROM cases JOIN applicants ON case_id = id "
            "WHERE surname GLOB '[A-Z]*' ORDER BY id LIMIT 1"
        ).fetchone()
        assigned = conn.execute(
            "SELECT count(*) FROM cases WHERE assigned_officer_id IS NOT NULL"
        ).fetchone()[0]
    finally:
        conn.close()
    # The terms are exactly what core.search computes for each case.
    assert len(indexed) == COUNT
    assert [row[7] for row in indexed] == [Searchable(*row[:7]).terms() for row in indexed]

    opened = open_database(sqlite_url(path), ACTOR)
    try:
        assert opened.backup is None  # at the head already: nothing to upgrade
        db = opened.db
        assert pending_count(db) == 0
        case_id, surname = named
        assert case_id in search_case_ids(db, ACTOR, surname)
        assert count_worklist(db, WorklistQuery(), ACTOR) == COUNT
        counts = queue_counts(db, ACTOR)
        assert counts["all"] == COUNT
        assert 0 < counts["decided"] < COUNT and 0 < assigned < COUNT
        page = worklist_page(db, WorklistQuery(), ACTOR, 0, 50)
        assert [row.case_id for row in page] == list(range(COUNT, COUNT - 50, -1))
        assert any(row.officer for row in page)
    finally:
        opened.db.dispose()


def test_places_reach_the_end_and_p95_is_by_rank() -> None:
    starts = places(1_000_000, 25)
    assert starts[0] == 0 and len(starts) == 10
    assert starts[-1] + 40 * 25 >= 1_000_000 - 1
    assert p95([float(n) for n in range(1, 101)]) == 95.0
