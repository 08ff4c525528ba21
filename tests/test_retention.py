"""Retention purge: a dry run first; the case goes, its events stay and still verify."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.cases import count_cases
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.core.post.retention import plan_purge, purge
from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditPersonal, Case
from tests.samples import OKAFOR, application, write_json

pytestmark = pytest.mark.backend


def test_purge_removes_personal_data_and_keeps_a_verifying_chain(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR, application("KV-KEEP")]), "officer.a")
    with db.write() as session:
        old_id = session.scalar(
            select(Case.id).where(Case.application_id == OKAFOR["application_id"])
        )
        record_event(
            session,
            "officer.a",
            "case_edited",
            old_id,
            personal={"surname": ["Okafor", "Okafor-Ade"]},
            field="applicant.surname",
        )
        cases = table_of(Case)
        session.execute(
            update(cases)
            .where(cases.c.id == old_id)
            .values(status="closed", updated_at=utcnow() - timedelta(days=4000))
        )
    with pytest.raises(PermissionRefused):
        plan_purge(db, "officer.a")  # retention is the administrator's
    plan = plan_purge(db, "test.admin")
    assert plan.case_ids == (old_id,)
    assert count_cases(db) == 2  # the dry run changed nothing
    assert purge(db, "test.admin", plan) == 1
    assert count_cases(db) == 1
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditPersonal)) == 0
    with db.engine.connect() as conn:
        events = " ".join(str(r) for r in conn.execute(text("SELECT details FROM case_events")))
        kept = conn.execute(
            text("SELECT count(*) FROM case_events WHERE case_id = :c"), {"c": old_id}
        ).scalar()
    assert "Okafor" not in events and kept and kept > 0
    assert verify_chain(db).ok
