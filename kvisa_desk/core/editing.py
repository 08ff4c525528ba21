"""Correcting an applicant's facts: each field checked as it is typed, the save checked whole,
and never a silent overwrite of another officer's work.

A save names the version of the case the officer started from. If anyone saved the case
since (another officer, or another window), the save is refused with Conflict naming who
and when, and nothing is written. Every saved change is recorded with its before and after
values (kept aside as personal data, purged with the case); the case is re-indexed for
search in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kvisa_desk.core.countries import is_nationality_code
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.core.history import record_event
from kvisa_desk.core.permissions import Permission, require
from kvisa_desk.core.search import index_cases
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseEvent, format_case_ref
from kvisa_desk.store.vocab import OPEN_STATUSES, SEX_CODES

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PASSPORT = re.compile(r"^[A-Z0-9<]{1,20}$")
# Events that change what a case says; the newest one after a version names who saved.
SAVE_EVENTS = ("case_edited", "status_changed", "case_assigned")


def _text(value: str) -> str:
    return value


def _required(value: str) -> str:
    if not value.strip():
        raise InvalidInput("must not be empty")
    return value


def _optional(value: str) -> str | None:
    return value if value.strip() else None


def _date(value: str) -> date:
    text = value.strip()
    if not _ISO_DATE.match(text):
        raise InvalidInput("write the date as YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text} is not a date in the calendar") from None


def _optional_date(value: str) -> date | None:
    return _date(value) if value.strip() else None


def _nationality(value: str) -> str:
    code = value.strip().upper()
    if not is_nationality_code(code):
        raise InvalidInput(f"{code or value!r} is not a three-letter country code (e.g. NGA)")
    return code


def _sex(value: str) -> str | None:
    code = value.strip().upper()
    if not code:
        return None
    if code not in SEX_CODES:
        raise InvalidInput(f"must be one of {', '.join(SEX_CODES)}")
    return code


def _email(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    if not _EMAIL.match(text):
        raise InvalidInput("is not an e-mail address (name@example.org)")
    return text


def _passport_number(value: str) -> str:
    text = value.strip().upper()
    if not _PASSPORT.match(text):
        raise InvalidInput("letters and digits only, up to 20")
    return text


@dataclass(frozen=True)
class EditableField:
    path: str  # `applicant.surname`
    parse: Callable[[str], Any]  # text as typed -> stored value; InvalidInput if not valid

    @property
    def table(self) -> str:
        return self.path.partition(".")[0]

    @property
    def column(self) -> str:
        return self.path.partition(".")[2]


EDITABLE_FIELDS: dict[str, EditableField] = {
    f.path: f
    for f in (
        EditableField("applicant.surname", _required),
        EditableField("applicant.given_names", _text),
        EditableField("applicant.native_name", _optional),
        EditableField("applicant.sex", _sex),
        EditableField("applicant.date_of_birth", _date),
        EditableField("applicant.place_of_birth", _optional),
        EditableField("applicant.nationality", _nationality),
        EditableField("applicant.email", _email),
        EditableField("applicant.phone", _optional),
        EditableField("applicant.address", _optional),
        EditableField("passport.number", _passport_number),
        EditableField("passport.issuing_state", _nationality),
        EditableField("passport.issue_date", _optional_date),
        EditableField("passport.expiry_date", _date),
    )
}


def parse_field(path: str, text: str) -> Any:
    """The stored value for what was typed in a field; InvalidInput saying what is wrong."""
    spec = EDITABLE_FIELDS.get(path)
    if spec is None:
        raise InvalidInput(f"{path} cannot be edited here")
    return spec.parse(text)


def field_problem(path: str, text: str) -> str | None:
    """For validation as you type: None when the text is acceptable, else why not."""
    try:
        parse_field(path, text)
    except InvalidInput as exc:
        return str(exc)
    return None


def cross_field_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """Rules between fields, on parsed values: {field path: why}."""
    problems: dict[str, str] = {}
    issued, expires = values.get("passport.issue_date"), values.get("passport.expiry_date")
    if isinstance(issued, date) and isinstance(expires, date) and expires <= issued:
        problems["passport.expiry_date"] = "the passport must expire after it was issued"
    born = values.get("applicant.date_of_birth")
    if isinstance(born, date) and born > date.today():
        problems["applicant.date_of_birth"] = "the date of birth is in the future"
    if isinstance(born, date) and isinstance(issued, date) and issued < born:
        problems["passport.issue_date"] = "the passport was issued before the applicant was born"
    return problems


@dataclass(frozen=True)
class SavedEdit:
    case_id: int
    version: int  # the case's version after the save
    changes: dict[str, tuple[Any, Any]]  # path -> (before, after)


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
        who, when = last_saved_by(session, case_id)
        at = f" at {when:%Y-%m-%d %H:%M} UTC" if when is not None else ""
        raise Conflict(
            f"{case.case_ref} was saved by {who}{at} after you opened it. Nothing of yours was "
            "saved and nothing of theirs was overwritten: reload the case to see their "
            "changes, then make yours again."
        )
    return case


def save_case_edits(
    db: Database, case_id: int, expected_version: int, typed: Mapping[str, str], actor: str
) -> SavedEdit:
    """Apply the typed values (field path -> text) if the case is still at `expected_version`."""
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
        parts = {"applicant": case.applicant, "passport": case.passport}
        current = {
            path: getattr(parts[spec.table], spec.column) for path, spec in EDITABLE_FIELDS.items()
        }
        problems = cross_field_problems({**current, **parsed})
        if problems:
            raise InvalidInput("; ".join(f"{p}: {why}" for p, why in sorted(problems.items())))
        changes = {p: (current[p], v) for p, v in parsed.items() if current[p] != v}
        if not changes:
            return SavedEdit(case_id, case.version, {})
        for path, (_before, after) in changes.items():
            spec = EDITABLE_FIELDS[path]
            setattr(parts[spec.table], spec.column, after)
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
