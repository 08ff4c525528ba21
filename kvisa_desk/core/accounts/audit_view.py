"""Reading the audit trail: supervisors and administrators look through it, verify it and
export it. Officers are refused.

Rows carry each event's recorded details, never the personal values kept aside (an edit's
before and after): those stay behind their digest, and go when the case is purged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kvisa_desk import labels
from kvisa_desk.core.accounts.audit import ChainReport, verify_chain
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.names import (
    accounts_named,
    actor_in_words,
    full_names,
    with_accounts_in_words,
)
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_writer
from kvisa_desk.store.models import CaseEvent, format_case_ref
from kvisa_desk.tabular import Cell, Column, write_table

EXPORT_KIND = "audit_exported"
VERIFY_KIND = "audit_verified"
MAX_PAGE = 1000
_BATCH = 2000

# (label key, width): who did it by name with the account beside it, the action in words with
# its code beside it, the event as a sentence, and the recorded details as they are kept, for
# whoever reads the file by machine.
_AUDIT_HEADERS = (
    ("event", 9), ("time_utc", 20), ("done_by", 24), ("account", 18), ("action", 26),
    ("action_code", 22), ("case", 10), ("what_happened", 50), ("recorded_details", 80),
)  # fmt: skip


def audit_columns(language: str = "en") -> tuple[Column, ...]:
    return tuple(Column(labels.label("column", k, language), w) for k, w in _AUDIT_HEADERS)


AUDIT_COLUMNS = audit_columns()


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer asks for; every part optional. Times are compared in UTC."""

    officer: str | None = None
    case: str | None = None  # C0000042 or 42: events of a purged case can still be found
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive

    def to_json(self) -> dict[str, str]:
        found = {
            "officer": self.officer,
            "case": self.case,
            "kind": self.kind,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }
        return {key: value for key, value in found.items() if value}


@dataclass(frozen=True)
class AuditRow:
    event_id: int
    occurred_at: datetime  # aware, UTC
    officer: str
    kind: str
    case_id: int | None
    details: dict[str, Any] = field(default_factory=dict)
    officer_name: str = ""  # the account's full name; "" for the program's own actors
    # The full names of the accounts its details name (whose password was reset, …).
    account_names: dict[str, str] = field(default_factory=dict)

    def done_by(self, language: str = "en") -> str:
        """Who did it, in words: the officer's full name, or what the program acted as."""
        return labels.actor(self.officer, self.officer_name, language)

    def sentence(self, language: str = "en") -> str:
        """What happened as one sentence with its subject, who did it and each account it
        names by full name and login: "Li Ming (chief) reset the password of …"."""
        shown = with_accounts_in_words(self.kind, self.details, self.account_names, language)
        who = actor_in_words(self.officer, self.officer_name, language)
        return labels.sentence(self.kind, shown, language, who)

    def details_in_words(self, language: str = "en") -> list[tuple[str, str]]:
        """The recorded details as (name, value) in words: accounts by full name and login,
        codes as labels, row versions and row numbers left out."""
        shown = with_accounts_in_words(self.kind, self.details, self.account_names, language)
        return labels.detail_words(self.kind, shown, language)

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id) if self.case_id is not None else ""

    @property
    def details_text(self) -> str:
        """One line, `key: value; …`, in key order; nested values as compact JSON."""
        parts = []
        for key in sorted(self.details):
            value = self.details[key]
            if not isinstance(value, str):
                value = json.dumps(value, ensure_ascii=False, separators=(",", ": "))
            parts.append(f"{key}: {value}")
        return "; ".join(parts)


def case_id_of(text: str) -> int:
    """`C0000042`, `c42` or `42`; InvalidInput otherwise."""
    digits = text.strip().lstrip("Cc").lstrip("0") or "0"
    if not digits.isdigit() or len(digits) > 12:
        raise InvalidInput(f"{text!r} is not a case id such as C0000042")
    return int(digits)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive UTC, PostgreSQL aware times.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _naive_utc(moment: datetime) -> datetime:
    return _aware(moment).replace(tzinfo=None)


def _where(query: Select[Any], f: AuditFilter, session: Session) -> Select[Any]:
    if f.officer:
        query = query.where(CaseEvent.officer == f.officer.strip())
    if f.case:
        query = query.where(CaseEvent.case_id == case_id_of(f.case))
    if f.kind:
        query = query.where(CaseEvent.kind == f.kind)
    naive = session.get_bind().dialect.name == "sqlite"  # stored there as naive UTC text
    if f.since:
        query = query.where(CaseEvent.occurred_at >= (_naive_utc(f.since) if naive else f.since))
    if f.until:
        query = query.where(CaseEvent.occurred_at < (_naive_utc(f.until) if naive else f.until))
    return query


# Plain rows, not ORM objects: a page is cheap either way, an export of millions is not.
_COLUMNS = (
    CaseEvent.id,
    CaseEvent.occurred_at,
    CaseEvent.officer,
    CaseEvent.kind,
    CaseEvent.case_id,
    CaseEvent.details,
)


def _names_of(session: Session, events: list[Any]) -> dict[str, str]:
    """The full names of the accounts a page of events was done by or names."""
    named = (u for e in events for u in accounts_named(e.kind, e.details or {}))
    return full_names(session, [*(e.officer for e in events), *named])


def _row(event: Any, names: dict[str, str]) -> AuditRow:
    details = dict(event.details or {})
    return AuditRow(
        event.id,
        _aware(event.occurred_at),
        event.officer,
        event.kind,
        event.case_id,
        details,
        names.get(event.officer, ""),
        {u: names[u] for u in accounts_named(event.kind, details) if u in names},
    )


def count_events(db: Database, actor: str, f: AuditFilter) -> int:
    with db.read() as session:
        require(session, actor, Permission.VIEW_AUDIT)
        query = _where(select(func.count()).select_from(CaseEvent), f, session)
        return int(session.scalar(query) or 0)


def events_page(
    db: Database, actor: str, f: AuditFilter, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """Newest first; `offset` rows of the filtered trail skipped."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_AUDIT)  # permission first, then the arguments
        if not 0 < limit <= MAX_PAGE:
            raise InvalidInput(f"a page holds 1 to {MAX_PAGE} events")
        query = _where(select(*_COLUMNS), f, session).order_by(CaseEvent.id.desc())
        found = list(session.execute(query.offset(max(offset, 0)).limit(limit)))
        names = _names_of(session, found)
        return [_row(e, names) for e in found]


def audit_choices(db: Database, actor: str) -> tuple[list[str], list[str]]:
    """The officers and the actions that occur in the trail, for the viewer's filters."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_AUDIT)
        officers = session.scalars(select(CaseEvent.officer).distinct().order_by(CaseEvent.officer))
        kinds = session.scalars(select(CaseEvent.kind).distinct().order_by(CaseEvent.kind))
        return list(officers), list(kinds)


def actors_in_words(db: Database, usernames: list[str], language: str = "en") -> dict[str, str]:
    """username → who that is in words (full name, or the program's own actor), for the
    viewer's officer filter. Names only: whoever sees the trail sees them on every row."""
    with db.read() as session:
        names = full_names(session, usernames)
    return {u: labels.actor(u, names.get(u, ""), language) for u in usernames}


def verify_audit(
    db: Database, actor: str, progress: Callable[[int], object] | None = None
) -> ChainReport:
    """Walk the whole chain (as `audit verify` does); the verification is recorded."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_AUDIT)
    report = verify_chain(db, progress)
    with db.write() as session:
        record_event(
            session, actor, VERIFY_KIND, checked=report.checked, broken_at=report.broken_at
        )
    return report


def _export_rows(
    session: Session, f: AuditFilter, language: str = "en"
) -> Iterator[tuple[Cell, ...]]:
    last: int | None = None
    while True:
        query = _where(select(*_COLUMNS), f, session).order_by(CaseEvent.id.desc())
        if last is not None:
            query = query.where(CaseEvent.id < last)
        found = list(session.execute(query.limit(_BATCH)))
        names = _names_of(session, found)
        batch = [_row(e, names) for e in found]
        for row in batch:
            yield (
                row.event_id,
                row.occurred_at.replace(tzinfo=None),
                row.done_by(language),
                row.officer,
                labels.label("event", row.kind, language),
                row.kind,
                row.case_ref,
                row.sentence(language),
                row.details_text,
            )
        if len(batch) < _BATCH:
            return
        last = batch[-1].event_id


def export_audit(
    db: Database, actor: str, f: AuditFilter, out_path: Path, language: str = "en"
) -> int:
    """The filtered trail as CSV (formula-neutralised, like worklist exports); recorded.

    Each event's action in LANGUAGE with its code beside it (the filter takes the code),
    what happened as a sentence, and the details as recorded.

    The file appears only whole; if the export cannot be recorded it is removed again.
    """
    out_path = Path(out_path)
    with db.read() as session:
        require(session, actor, Permission.VIEW_AUDIT)
        if language not in labels.LANGUAGES:
            raise InvalidInput(
                f"unknown language {language!r}: use {' or '.join(labels.LANGUAGES)}"
            )
        with atomic_writer(out_path) as handle:
            columns = audit_columns(language)
            count = write_table("csv", handle, columns, _export_rows(session, f, language))
    try:
        with db.write() as session:
            record_event(session, actor, EXPORT_KIND, format="csv", filter=f.to_json(), rows=count)
    except BaseException:
        out_path.unlink(missing_ok=True)
        raise
    return count
