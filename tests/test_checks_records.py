"""Checking many cases reads facts without the ORM; the snapshot must not change because of it.

Checks read a batch with `load_case_records` (plain rows); a single case's review and
decision read it through the ORM (`load_cases`). Both must give the same facts, or an
override would lapse for nothing and a decision would see a digest no run has.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.checks.earlier_refusals import duplicate_findings
from kvisa_desk.core.checks.facts_builder import (
    build_facts,
    load_case_records,
    load_cases,
    load_registry_index,
)
from kvisa_desk.core.checks.review import replay_run
from kvisa_desk.core.checks.runs import all_case_ids, check_cases
from kvisa_desk.demo.cases import load_demo_cases
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.facts_codec import canonical_json
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseDocument, CheckRun, format_case_ref
from kvisa_desk.store.models.case import cases_table
from tests.samples import OKAFOR, application, write_json

pytestmark = pytest.mark.backend


def _both_ways(db: Database, case_ids: list[int]) -> tuple[list[CaseFacts], list[CaseFacts]]:
    with db.read() as session:
        index = load_registry_index(session)
        orm = load_cases(session, case_ids)
        rows = load_case_records(session, case_ids)
        found_orm = duplicate_findings(session, orm)
        found_rows = duplicate_findings(session, rows)  # type: ignore[arg-type]
        return (
            [build_facts(c, index, found_orm[c.id]) for c in orm],
            [build_facts(r, index, found_rows[r.id]) for r in rows],
        )


def test_rows_and_orm_give_the_same_snapshot_for_varied_demo_cases(db: Database) -> None:
    # Demo cases carry a workflow: statuses, decisions, attached and verified documents.
    load_demo_cases(db, 60, 11, "officer.a")
    ids = all_case_ids(db)
    with db.write() as session:
        doc = session.scalars(
            select(CaseDocument).where(CaseDocument.sha256.is_not(None)).limit(1)
        ).one()
        doc.removed_at = doc.created_at  # a removed document no longer counts
    by_orm, by_rows = _both_ways(db, ids)
    assert len(by_rows) == len(ids) == 60
    assert [f.digest() for f in by_rows] == [f.digest() for f in by_orm]
    assert by_rows == by_orm
    # The demo has what a snapshot can differ in, so the comparison above means something.
    assert any(len(f.education) > 1 for f in by_rows)
    assert any(f.employment for f in by_rows)
    assert any(f.documents for f in by_rows)
    assert any(f.passport.mrz for f in by_rows)


def test_only_open_cases_count_as_duplicates(db: Database, tmp_path: Path) -> None:
    records = [OKAFOR, application("KV-TWIN"), application("KV-CLOSED")]  # one passport
    import_file(db, write_json(tmp_path / "a.json", records), "officer.a")
    first, twin, closed = all_case_ids(db)
    with db.write() as session:
        session.execute(
            update(cases_table()).where(cases_table().c.id == closed).values(status="closed")
        )
    by_orm, by_rows = _both_ways(db, [first])
    assert by_rows[0].duplicates.open_cases == (format_case_ref(twin),)
    assert by_rows == by_orm


def test_stored_run_is_canonical_json_and_replays(db: Database, tmp_path: Path) -> None:
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR, application("KV-2")]), "officer.a")
    ids = all_case_ids(db)
    checks = list(check_cases(db, ids, "officer.a"))
    assert gc.isenabled()  # paused for each batch only
    for check in checks:
        with db.read() as session:
            run = session.get(CheckRun, check.run_id)
            assert run is not None
            facts = CaseFacts.from_dict(run.facts)
            assert facts.digest() == run.facts_digest == check.facts_digest
            assert canonical_json(run.facts) == canonical_json(facts.to_dict())
            assert run.results == json.loads(json.dumps(check.results))
            assert run.parameters["age_max"] == 45
        assert replay_run(db, check.run_id).identical
