"""Reading cases: the worklist page by page, one case in full."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk import labels
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.names import (
    accounts_named,
    actor_in_words,
    full_names,
    with_accounts_in_words,
)
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.as_record import record_of
from kvisa_desk.core.cases.case_parts import CaseParts, read_case_parts
from kvisa_desk.core.cases.case_rows import case_row_query, with_status_and_outcome
from kvisa_desk.core.errors import NotFound
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, format_case_ref


@dataclass(frozen=True)
class CaseRow:
    """One worklist line."""

    case_id: int
    case_ref: str
    application_id: str
    post: str
    surname: str
    given_names: str
    native_name: str | None
    nationality: str
    status: str
    received_at: date
    outcome: str | None = None  # effective outcome of the latest check; None until checked

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_ref,
            "application_id": self.application_id,
            "post": self.post,
            "surname": self.surname,
            "given_names": self.given_names,
            "native_name": self.native_name,
            "nationality": self.nationality,
            "status": self.status,
            "received_at": self.received_at.isoformat(),
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: datetime
    officer: str
    kind: str
    details: dict[str, Any]
    officer_name: str = ""  # the account's full name; empty when it has none
    # The full names of the accounts its details name (the officer a case was assigned to).
    account_names: dict[str, str] = field(default_factory=dict)

    @property
    def who(self) -> str:
        """The officer as a person reads it: the full name, else the username."""
        return self.who_in("en")

    def who_in(self, language: str) -> str:
        """As `who`, with the program's own actors (the demo's, the recovery key) in words."""
        return labels.actor(self.officer, self.officer_name, language)

    def sentence(self, language: str = "en") -> str:
        """What happened as one sentence, an account it names by full name and login."""
        shown = with_accounts_in_words(self.kind, self.details, self.account_names, language)
        who = actor_in_words(self.officer, self.officer_name, language)
        return labels.sentence(self.kind, shown, language, who)


@dataclass(frozen=True)
class CaseDetail:
    """A case as the case view shows it."""

    case_id: int
    case_ref: str
    status: str
    version: int
    record: dict[str, Any]
    documents: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    history: list[HistoryEntry]


def _to_row(r: Any) -> CaseRow:
    return CaseRow(
        r.id,
        format_case_ref(r.id),
        r.application_id,
        r.post,
        r.surname,
        r.given_names,
        r.native_name,
        r.nationality,
        r.status,
        r.received_at,
        r.effective_outcome,
    )


def count_cases(db: Database, status: str | None = None, outcome: str | None = None) -> int:
    query = with_status_and_outcome(select(func.count()).select_from(Case), status, outcome)
    with db.read() as session:
        return int(session.scalar(query) or 0)


def has_cases(db: Database) -> bool:
    """Whether there is any case: one row read, where counting a million takes a while."""
    with db.read() as session:
        return session.scalar(select(Case.id).limit(1)) is not None


def list_cases(
    db: Database,
    status: str | None = None,
    offset: int = 0,
    limit: int = 100,
    outcome: str | None = None,
) -> list[CaseRow]:
    """One page of the worklist, newest case first; outcome "unchecked" finds unchecked cases."""
    query = (
        case_row_query(status=status, outcome=outcome)
        .order_by(Case.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.read() as session:
        return [_to_row(r) for r in session.execute(query)]


def iter_cases(
    db: Database,
    actor: str,
    status: str | None = None,
    batch: int = 2000,
    outcome: str | None = None,
) -> Iterator[CaseRow]:
    """Every matching case, oldest first, a batch at a time (keyset, so a million stays flat).

    The actor's permission is checked here, before the first case is asked for."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
    return _case_batches(db, status, batch, outcome)


def _case_batches(
    db: Database, status: str | None, batch: int, outcome: str | None
) -> Iterator[CaseRow]:
    last = 0
    while True:
        query = (
            case_row_query(status=status, outcome=outcome)
            .where(Case.id > last)
            .order_by(Case.id)
            .limit(batch)
        )
        with db.read() as session:
            rows = [_to_row(r) for r in session.execute(query)]
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1].case_id


def require_case(session: Session, case_id: int) -> None:
    """NotFound unless the case exists: a service checks the id it is given before using it."""
    if session.scalar(select(Case.id).where(Case.id == case_id)) is None:
        raise NotFound.said("case.not_found", case_ref=format_case_ref(case_id), case_id=case_id)


def _parts(session: Session, case_id: int) -> CaseParts:
    parts = read_case_parts(session, case_id)
    if parts is None:
        raise NotFound.said("case.not_found", case_ref=format_case_ref(case_id), case_id=case_id)
    return parts


def _record(parts: CaseParts) -> dict[str, Any]:
    case = parts.case  # its applicant's and passport's columns are in the same row
    return record_of(
        case,
        case,
        case,
        parts.education,
        parts.employment,
        parts.purpose,
        parts.screening,
        parts.documents,
    )


def _documents(parts: CaseParts) -> list[dict[str, Any]]:
    return [
        {
            "type": d.doc_type,
            "file": d.source_path,
            "original_name": d.original_name,
            "sha256": d.sha256,
            "size_bytes": d.size_bytes,
            "verification": d.verification,
        }
        for d in parts.documents
    ]


def case_as_json(db: Database, case_id: int, viewer: str | None = None) -> dict[str, Any]:
    """`show --json`: the import format plus case_id, status and the documents.

    With a viewer, their permission is checked and the view is recorded in the audit.
    """
    if viewer is not None:
        with db.write() as session:
            require(session, viewer, Permission.VIEW_CASES)
            require_case(session, case_id)
            record_event(session, viewer, "case_viewed", case_id)
    with db.read() as session:
        parts = _parts(session, case_id)
    record = _record(parts)
    record["case_id"] = format_case_ref(parts.case.id)
    record["status"] = parts.case.status
    record["documents"] = _documents(parts)
    return record


def open_case_detail(db: Database, case_id: int, actor: str) -> CaseDetail:
    """An officer opening a case in the window: checked, recorded as a view, then read.

    On a read-only database the view cannot be recorded (the window's banner says so).
    """
    with db.read() if db.read_only else db.write() as session:
        require(session, actor, Permission.VIEW_CASES)
        require_case(session, case_id)
        if not db.read_only:
            record_event(session, actor, "case_viewed", case_id)
    return case_detail(db, case_id)


def case_detail(db: Database, case_id: int) -> CaseDetail:
    with db.read() as session:
        parts = _parts(session, case_id)
        named = {u for e in parts.history for u in accounts_named(e.kind, e.details or {})}
        names = full_names(session, named) if named else {}
    case = parts.case
    return CaseDetail(
        case.id,
        format_case_ref(case.id),
        case.status,
        case.version,
        _record(parts),
        _documents(parts),
        [_note(n) for n in parts.notes],
        [
            HistoryEntry(
                e.occurred_at,
                e.officer,
                e.kind,
                dict(e.details),
                (e.display_name or "").strip(),  # as `full_names`: blank is no name
                {u: names[u] for u in accounts_named(e.kind, e.details or {}) if u in names},
            )
            for e in parts.history
        ],
    )


def _note(row: Any) -> dict[str, Any]:
    """A note as the case's readers show it; `officer` is who wrote it as the history names
    people: the full name, else the login ("" for a note whose author is not known)."""
    officer = (row.display_name or "").strip() or (row.username or "")
    return {"created_at": row.created_at, "text": row.text, "officer": officer}
