"""Correcting a case's facts (applicant, passport, degrees, posts, travel and purpose,
screening answers): each field checked as it is typed, the save checked whole, and never a
silent overwrite of another officer's work. The fields and their checks are in
editing_fields; an ISCED-F code saved here counts as the officer's, as if confirmed.

A save names the version of the case the officer started from. If anyone saved the case
since (another officer, or another window), the save is refused with Conflict naming who
and when, and nothing is written. Every saved change is recorded with its before and after
values (kept aside as personal data, purged with the case); the case is re-indexed for
search in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.cases.editing_fields import (
    EDITABLE_FIELDS,
    INDEXED_FIELDS,
    NO,
    YES,
    EditableField,
    cross_field_problems,
    field_problem,
    field_spec,
    indexed_path,
    parse_field,
)
from kvisa_desk.core.cases.search import index_cases
from kvisa_desk.core.changes import FACTS, NO_CHANGES, Changes
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import (
    Case,
    CaseEvent,
    EducationRecord,
    EmploymentRecord,
    PurposeTravel,
    ScreeningFacts,
    format_case_ref,
)
from kvisa_desk.vocab import OPEN_STATUSES

__all__ = [
    "EDITABLE_FIELDS",
    "INDEXED_FIELDS",
    "NO",
    "YES",
    "EditableField",
    "SavedEdit",
    "case_version",
    "cross_field_problems",
    "field_problem",
    "parse_field",
    "require_version",
    "save_case_edits",
    "stale_case",
]

# Events that change what a case says; the newest one after a version names who saved.
SAVE_EVENTS = ("case_edited", "status_changed", "case_assigned")


@dataclass(frozen=True)
class SavedEdit:
    case_id: int
    version: int  # the case's version after the save
    changes: dict[str, tuple[Any, Any]]  # path -> (before, after)

    @property
    def what_changed(self) -> Changes:
        return Changes.of_case(self.case_id, FACTS) if self.changes else NO_CHANGES


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def last_saved_by(session: Session, case_id: int) -> tuple[str, datetime | None]:
    event = session.scalar(
        select(CaseEvent)
        .where(CaseEvent.case_id == case_id, CaseEvent.kind.in_(SAVE_EVENTS))
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    return (event.officer, event.occurred_at) if event is not None else ("another process", None)


def stale_case(session: Session, case_id: int, expected_version: int) -> Case:
    """The case, locked for the save; Conflict if it moved past `expected_version`."""
    case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
    if case is None:
        raise NotFound(f"case {format_case_ref(case_id)} does not exist")
    if case.version != expected_version:
        raise _saved_since(session, case_id)
    return case


def _saved_since(session: Session, case_id: int) -> Conflict:
    who, when = last_saved_by(session, case_id)
    at = f" at {when:%Y-%m-%d %H:%M} UTC" if when is not None else ""
    return Conflict(
        f"{format_case_ref(case_id)} was saved by {who}{at} after you opened it. Nothing of "
        "yours was saved and nothing of theirs was overwritten: reload the case to see their "
        "changes, then make yours again."
    )


def require_version(db: Database, case_id: int, expected_version: int) -> None:
    """Conflict naming who saved, if the case moved past the version the officer sees (a read:
    for an action on what the officer sees that is not itself a save of the case)."""
    with db.read() as session:
        version = session.scalar(select(Case.version).where(Case.id == case_id))
        if version is None:
            raise NotFound(f"case {format_case_ref(case_id)} does not exist")
        if version != expected_version:
            raise _saved_since(session, case_id)


Row = Any  # one of the mapped rows below a case


class _CaseRows:
    """Where each editable path of one loaded case is stored, and its value now."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.education = {e.position: e for e in case.education}
        self.employment = {e.position: e for e in case.employment}

    def paths(self) -> list[str]:
        indexed = [
            spec.path.replace("*", str(n))
            for spec in INDEXED_FIELDS.values()
            for n in (self.education if spec.table == "education" else self.employment)
        ]
        return [*EDITABLE_FIELDS, *indexed]

    def row(self, path: str, create: bool = False) -> Row | None:
        where = indexed_path(path)
        if where is not None:
            rows: dict[int, EducationRecord] | dict[int, EmploymentRecord] = (
                self.education if where[0] == "education" else self.employment
            )
            if where[1] not in rows:
                raise InvalidInput(f"{path}: the case has no {where[0]}[{where[1]}]")
            return rows[where[1]]
        table = path.partition(".")[0]
        if table in ("applicant", "passport"):
            return getattr(self.case, table)
        if table in ("purpose", "travel"):
            if self.case.purpose is None and create:
                self.case.purpose = PurposeTravel()
            return self.case.purpose
        if self.case.screening is None and create:
            self.case.screening = ScreeningFacts()
        return self.case.screening

    def value(self, path: str) -> Any:
        row = self.row(path)
        return None if row is None else getattr(row, field_spec(path).column)

    def set(self, path: str, value: Any, actor: str) -> None:
        row = self.row(path, create=True)
        assert row is not None  # created above when missing
        setattr(row, field_spec(path).column, value)
        if path.endswith(".isced_f"):
            # A code an officer typed is the officer's, as if confirmed with confirm-field.
            row.isced_source = "officer" if value else None
            row.isced_confirmed_by = actor if value else None


def save_case_edits(
    db: Database, case_id: int, expected_version: int, typed: Mapping[str, str], actor: str
) -> SavedEdit:
    """Apply the typed values (field path -> text) if the case is still at `expected_version`."""
    require_first(db, actor, Permission.WORK_CASES)  # before the typed values are parsed
    parsed: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for path, text in typed.items():
        try:
            parsed[path] = parse_field(path, text)
        except InvalidInput as exc:
            problems[path] = str(exc)
    if problems:
        raise InvalidInput("; ".join(f"{path}: {why}" for path, why in sorted(problems.items())))
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)
        case = stale_case(session, case_id, expected_version)
        if case.status not in OPEN_STATUSES:
            raise InvalidInput(
                f"{case.case_ref} is {case.status.replace('_', ' ')}: the facts of a decided, "
                "withdrawn or closed case are no longer changed"
            )
        rows = _CaseRows(case)
        for path in parsed:
            rows.row(path)  # a degree or post that is not there is refused before anything
        current = {path: rows.value(path) for path in rows.paths()}
        problems = cross_field_problems({**current, **parsed})
        if problems:
            raise InvalidInput("; ".join(f"{p}: {why}" for p, why in sorted(problems.items())))
        changes = {p: (current[p], v) for p, v in parsed.items() if current[p] != v}
        if not changes:
            return SavedEdit(case_id, case.version, {})
        for path, (_before, after) in changes.items():
            rows.set(path, after, actor)
        case.updated_at = utcnow()  # the case row itself is written, so its version moves
        try:
            session.flush()
        except StaleDataError:
            who, _when = last_saved_by(session, case_id)
            raise Conflict(
                f"{case.case_ref} was saved by {who} while you were saving; reload it"
            ) from None
        index_cases(session, [case_id])
        record_event(
            session,
            actor,
            "case_edited",
            case_id,
            personal={
                path: [_json_value(before), _json_value(after)]
                for path, (before, after) in changes.items()
            },
            fields=sorted(changes),
            version=case.version,
        )
        return SavedEdit(case_id, case.version, changes)


def case_version(db: Database, case_id: int) -> int:
    with db.read() as session:
        version = session.scalar(select(Case.version).where(Case.id == case_id))
        if version is None:
            raise NotFound(f"case {format_case_ref(case_id)} does not exist")
        return int(version)
