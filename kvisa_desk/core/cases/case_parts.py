"""One case read in full as plain rows, without the ORM: what the case view, `show --json` and
the summary read of a case.

Six Core statements made once (the case with its one-per-case parts joined; education,
employment, documents, notes; the history with each officer's full name): building ORM
instances, their identity map and twelve queries (one `selectinload` per part) was most
of what opening a case cost. Rows carry their columns under the names the ORM instances
have, so `as_record.record_of` builds the same record from either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Row, Table, bindparam, select
from sqlalchemy.orm import Session

from kvisa_desk.store.models import (
    Applicant,
    Case,
    CaseDocument,
    CaseEvent,
    EducationRecord,
    EmploymentRecord,
    Note,
    Officer,
    Passport,
    PurposeTravel,
    ScreeningFacts,
)

AnyRow = Row[*tuple[Any, ...]]


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


# Plain tables, not the mapped classes: a statement of mapped attributes runs through the
# ORM's compile and load steps even when it selects only columns.
_case, _applicant, _passport = _table(Case), _table(Applicant), _table(Passport)
_purpose, _screening = _table(PurposeTravel), _table(ScreeningFacts)
_education, _employment = _table(EducationRecord), _table(EmploymentRecord)
_documents, _notes, _events = _table(CaseDocument), _table(Note), _table(CaseEvent)
_officers = _table(Officer)
_CASE_ID: BindParameter[int] = bindparam("case_id")
_APPLICANT = (
    "surname",
    "given_names",
    "native_name",
    "sex",
    "date_of_birth",
    "place_of_birth",
    "nationality",
    "email",
    "phone",
    "address",
)
_PASSPORT = ("number", "issuing_state", "issue_date", "expiry_date", "mrz_line1", "mrz_line2")

# The case and its one-per-case parts in one row; no two selected columns share a name.
_ONE_ROW = (
    select(
        _case.c.id,
        _case.c.post,
        _case.c.application_id,
        _case.c.received_at,
        _case.c.status,
        _case.c.version,
        *(_applicant.c[name] for name in _APPLICANT),
        *(_passport.c[name] for name in _PASSPORT),
        _purpose.c.case_id.label("has_purpose"),
        _purpose.c.activity,
        _purpose.c.description,
        _purpose.c.host_institution,
        _purpose.c.intended_entry,
        _purpose.c.stay_days,
        _screening.c.case_id.label("has_screening"),
        _screening.c.reentry_ban,
        _screening.c.security_concern,
        _screening.c.fraud_found,
        _screening.c.insufficient_funds,
    )
    .select_from(
        _case.outerjoin(_applicant, _applicant.c.case_id == _case.c.id)
        .outerjoin(_passport, _passport.c.case_id == _case.c.id)
        .outerjoin(_purpose, _purpose.c.case_id == _case.c.id)
        .outerjoin(_screening, _screening.c.case_id == _case.c.id)
    )
    .where(_case.c.id == _CASE_ID)
)
_EDUCATION = (
    select(
        _education.c.level,
        _education.c.field,
        _education.c.isced_f,
        _education.c.institution,
        _education.c.institution_country,
        _education.c.awarded_on,
    )
    .where(_education.c.case_id == _CASE_ID)
    .order_by(_education.c.position, _education.c.id)
)
_EMPLOYMENT = (
    select(
        _employment.c.employer,
        _employment.c.country,
        _employment.c.job_title,
        _employment.c.kind,
        _employment.c.field,
        _employment.c.isced_f,
        _employment.c.start_date,
        _employment.c.end_date,
    )
    .where(_employment.c.case_id == _CASE_ID)
    .order_by(_employment.c.position, _employment.c.id)
)
_DOCUMENTS = (
    select(
        _documents.c.doc_type,
        _documents.c.source_path,
        _documents.c.original_name,
        _documents.c.sha256,
        _documents.c.size_bytes,
        _documents.c.verification,
    )
    .where(_documents.c.case_id == _CASE_ID)
    .order_by(_documents.c.position, _documents.c.id)
)
# Each note with who wrote it (full name and login; none for notes of an older import).
_NOTES = (
    select(_notes.c.created_at, _notes.c.text, _officers.c.username, _officers.c.display_name)
    .select_from(_notes.outerjoin(_officers, _officers.c.id == _notes.c.officer_id))
    .where(_notes.c.case_id == _CASE_ID)
    .order_by(_notes.c.id)
)
# Each event with its officer's full name (an account's username is unique).
_HISTORY = (
    select(
        _events.c.occurred_at,
        _events.c.officer,
        _events.c.kind,
        _events.c.details,
        _officers.c.display_name,
    )
    .select_from(_events.outerjoin(_officers, _officers.c.username == _events.c.officer))
    .where(_events.c.case_id == _CASE_ID)
    .order_by(_events.c.id)
)


@dataclass(frozen=True, slots=True)
class CaseParts:
    """One case's stored rows: `case` holds its own columns and those of its applicant,
    passport, purpose and screening (`has_purpose`/`has_screening` None when absent)."""

    case: AnyRow
    education: list[AnyRow]
    employment: list[AnyRow]
    documents: list[AnyRow]
    notes: list[AnyRow]
    history: list[AnyRow]

    @property
    def purpose(self) -> AnyRow | None:
        return self.case if self.case.has_purpose is not None else None

    @property
    def screening(self) -> AnyRow | None:
        return self.case if self.case.has_screening is not None else None


def read_case_parts(session: Session, case_id: int) -> CaseParts | None:
    """The case's rows, or None when there is no such case."""
    conn = session.connection()
    given = {"case_id": case_id}
    case = conn.execute(_ONE_ROW, given).first()
    if case is None:
        return None
    return CaseParts(
        case,
        list(conn.execute(_EDUCATION, given)),
        list(conn.execute(_EMPLOYMENT, given)),
        list(conn.execute(_DOCUMENTS, given)),
        list(conn.execute(_NOTES, given)),
        list(conn.execute(_HISTORY, given)),
    )
