"""The case view's reader (`case_detail`, Core rows) gives what the ORM reader it replaced
gave, over the demo cases: the record, the documents, the notes and the history."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from kvisa_desk.core.accounts.names import full_names
from kvisa_desk.core.cases.as_record import case_to_record
from kvisa_desk.core.cases.cases import case_as_json, case_detail
from kvisa_desk.core.cases.notes import add_note
from kvisa_desk.demo.cases import load_demo_cases
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseEvent, Note, Officer

pytestmark = pytest.mark.backend


def orm_detail(db: Database, case_id: int) -> dict[str, Any]:
    """The reader before issue 20: the case and each part through the ORM."""
    with db.read() as session:
        case = session.scalar(
            select(Case)
            .where(Case.id == case_id)
            .options(
                joinedload(Case.applicant),
                joinedload(Case.passport),
                joinedload(Case.purpose),
                joinedload(Case.screening),
                selectinload(Case.education),
                selectinload(Case.employment),
                selectinload(Case.documents),
            )
        )
        assert case is not None
        events = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        ).all()
        notes = session.scalars(select(Note).where(Note.case_id == case_id).order_by(Note.id))
        names = full_names(session, (e.officer for e in events))
        documents = [
            {
                "type": d.doc_type,
                "file": d.source_path,
                "original_name": d.original_name,
                "sha256": d.sha256,
                "size_bytes": d.size_bytes,
                "verification": d.verification,
            }
            for d in case.documents
        ]
        return {
            "case_id": case.id,
            "case_ref": case.case_ref,
            "status": case.status,
            "version": case.version,
            "record": case_to_record(case),
            "documents": documents,
            "notes": [
                {"created_at": n.created_at, "text": n.text, "officer": _author(session, n)}
                for n in notes
            ],
            "history": [
                (e.occurred_at, e.officer, e.kind, dict(e.details), names.get(e.officer, ""))
                for e in events
            ],
        }


def test_the_core_reader_reads_every_demo_case_as_the_orm_did(db: Database) -> None:
    load_demo_cases(db, 60, 11, "test.officer")
    with db.read() as session:
        case_ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    add_note(db, case_ids[0], "First note", "test.officer")
    add_note(db, case_ids[0], "Second note", "test.officer")
    seen: dict[str, int] = dict.fromkeys(
        ("education", "employment", "documents", "notes", "named", "no purpose", "screening"), 0
    )
    for case_id in case_ids:
        new = case_detail(db, case_id)
        old = orm_detail(db, case_id)
        assert {
            "case_id": new.case_id,
            "case_ref": new.case_ref,
            "status": new.status,
            "version": new.version,
            "record": new.record,
            "documents": new.documents,
            "notes": new.notes,
            "history": [
                (e.occurred_at, e.officer, e.kind, e.details, e.officer_name) for e in new.history
            ],
        } == old
        shown = case_as_json(db, case_id)
        assert shown == dict(old["record"], case_id=old["case_ref"], status=old["status"],
                             documents=old["documents"])  # fmt: skip
        seen["education"] += bool(new.record["education"])
        seen["employment"] += bool(new.record["employment"])
        seen["documents"] += bool(new.documents)
        seen["notes"] += bool(new.notes)
        seen["named"] += any(e.officer_name for e in new.history)
        seen["no purpose"] += new.record["purpose"] is None
        seen["screening"] += new.record["screening"] is not None
    # The demo cases hold every part the reader reads (else the comparison proves little).
    assert all(seen[part] for part in seen if part != "no purpose"), seen


def _author(session: Any, note: Note) -> str:
    """Who wrote a note, as the case read names them: the full name, else the login."""
    officer = session.get(Officer, note.officer_id) if note.officer_id is not None else None
    return "" if officer is None else (officer.display_name or "").strip() or officer.username
