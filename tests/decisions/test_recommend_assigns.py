"""A recommendation on an unassigned case makes it the recommending officer's own case."""

from __future__ import annotations

from pathlib import Path

import pytest
from decisions_support import REFUSAL_REASONING, checked_case, events_of
from sqlalchemy import select

from kvisa_desk.core.cases.workflow import assign_case
from kvisa_desk.core.changes import ASSIGNMENT
from kvisa_desk.core.decisions.decisions import DecisionView, recommend
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, Officer

pytestmark = pytest.mark.backend


def _assignee(db: Database, case_id: int) -> str | None:
    with db.read() as session:
        return session.scalar(
            select(Officer.username)
            .join(Case, Case.assigned_officer_id == Officer.id)
            .where(Case.id == case_id)
        )


def _refuse(db: Database, officer: str, case_id: int) -> DecisionView:
    return recommend(
        db, officer, case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING
    )


def test_an_unassigned_case_goes_to_the_officer_who_recommends(
    db: Database, tmp_path: Path
) -> None:
    case_id = checked_case(db, tmp_path, "KV-ASSIGN-1", screening__reentry_ban=True)
    assert _assignee(db, case_id) is None
    view = _refuse(db, "officer.a", case_id)
    assert _assignee(db, case_id) == "officer.a"
    assert ASSIGNMENT in view.what_changed.parts
    assigned = [e for e in events_of(db, case_id) if e.kind == "case_assigned"]
    assert [(e.officer, e.details["to"]) for e in assigned] == [("officer.a", "officer.a")]


def test_a_case_already_assigned_stays_with_its_officer(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-ASSIGN-2", screening__reentry_ban=True)
    with db.read() as session:
        version = session.scalar(select(Case.version).where(Case.id == case_id))
    assert version is not None
    assign_case(db, case_id, version, "officer.b", "supervisor.s")
    view = _refuse(db, "officer.a", case_id)
    assert _assignee(db, case_id) == "officer.b"
    assert ASSIGNMENT not in view.what_changed.parts
    assert [e.details["to"] for e in events_of(db, case_id) if e.kind == "case_assigned"] == [
        "officer.b"
    ]
