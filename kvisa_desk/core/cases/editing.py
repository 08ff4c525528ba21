"""Correcting a case's facts (applicant, passport, degrees, posts, travel and purpose,
screening answers): each field checked as it is typed, the save checked whole, and never a
silent overwrite of another officer's work. The fields and their checks are in
editing_fields; an ISCED-F code saved here counts as the officer's, as if confirmed.

A save names the version of the case the officer started from. If anyone saved the case
since (another officer, or another window), the save is refused with Conflict naming who
and when, and nothing is written. Every saved change is recorded with its before and after
values (kept aside as personal data, purged with the case); when a field the case is found
by changed, it is re-indexed for search in the same transaction.

A save is a handful of Core statements (the case locked and read with its one-to-one parts in
one, its degrees and posts, each changed row written once, the audit event) and returns what
the case view shows after it (`shown_after`), so the view reads nothing again.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.audit import NewEvent, append_stored
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.cases.cases import CaseDetail, HistoryEntry
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
from kvisa_desk.normal_forms import fold_surname, normalise_country, normalise_passport_number
from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import (
    Applicant,
    Case,
    CaseEvent,
    EducationRecord,
    EmploymentRecord,
    Passport,
    PurposeTravel,
    ScreeningFacts,
    format_case_ref,
)
from kvisa_desk.store.models.worklist import SearchPending
from kvisa_desk.vocab import OPEN_STATUSES

log = logging.getLogger("kvisa_desk.core.accounts.history")  # where every event's line goes

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
    "shown_after",
    "stale_case",
]

# Events that change what a case says; the newest one after a version names who saved.
SAVE_EVENTS = ("case_edited", "status_changed", "case_assigned")


@dataclass(frozen=True)
class SavedEdit:
    case_id: int
    version: int  # the case's version after the save
    changes: dict[str, tuple[Any, Any]]  # path -> (before, after)
    event: HistoryEntry | None = None  # the line the save added to the case's history

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


_CASES = table_of(Case)
_PARTS: dict[str, Table] = {
    "applicant": table_of(Applicant),
    "passport": table_of(Passport),
    "purpose": table_of(PurposeTravel),
    "travel": table_of(PurposeTravel),
    "screening": table_of(ScreeningFacts),
    "education": table_of(EducationRecord),
    "employment": table_of(EmploymentRecord),
}
# The fields a case is found by (search.Searchable): a save of others leaves its terms alone.
SEARCHED_FIELDS = frozenset(
    {
        "applicant.surname",
        "applicant.given_names",
        "applicant.native_name",
        "applicant.email",
        "passport.number",
    }
)


_PENDING = table_of(SearchPending)


def _column(path: str) -> Any:
    return _PARTS[path.partition(".")[0]].c[field_spec(path).column]


# Statements made once (compiled once by SQLAlchemy): the case locked with its version and
# status and every field of its one-to-one parts in one read, each degree and post in another.
_FACT_PATHS = list(EDITABLE_FIELDS)
_CASE_AND_FACTS = (
    select(
        _CASES.c.version,
        _CASES.c.status,
        _PARTS["purpose"].c.case_id,
        _PARTS["screening"].c.case_id,
        _PENDING.c.case_id,
        *[_column(path) for path in _FACT_PATHS],
    )
    .select_from(
        _CASES.outerjoin(_PARTS["applicant"], _PARTS["applicant"].c.case_id == _CASES.c.id)
        .outerjoin(_PARTS["passport"], _PARTS["passport"].c.case_id == _CASES.c.id)
        .outerjoin(_PARTS["purpose"], _PARTS["purpose"].c.case_id == _CASES.c.id)
        .outerjoin(_PARTS["screening"], _PARTS["screening"].c.case_id == _CASES.c.id)
        .outerjoin(_PENDING, _PENDING.c.case_id == _CASES.c.id)
    )
    .where(_CASES.c.id == bindparam("cid"))
    .with_for_update(of=_CASES)
)
_INDEXED_COLUMNS = {
    part: [spec for path, spec in INDEXED_FIELDS.items() if path.startswith(part + ".")]
    for part in ("education", "employment")
}
_INDEXED_ROWS = {
    part: select(
        _PARTS[part].c.id,
        _PARTS[part].c.position,
        *[_PARTS[part].c[spec.column] for spec in specs],
    ).where(_PARTS[part].c.case_id == bindparam("cid"))
    for part, specs in _INDEXED_COLUMNS.items()
}
_NEW_VERSION = (
    _CASES.update()
    .where(_CASES.c.id == bindparam("cid"), _CASES.c.version == bindparam("seen"))
    .values(version=bindparam("next_version"), updated_at=bindparam("now"))
)


# What the models' before_update listeners keep in step with the written values
# (store/models/case.py): a Core update passes them by, so the save writes them as they would,
# on every update of the row.
_DERIVED: dict[str, tuple[tuple[str, str, Callable[[str], str]], ...]] = {
    "applicant": (
        ("nationality_normalised", "applicant.nationality", normalise_country),
        ("surname_folded", "applicant.surname", fold_surname),
    ),
    "passport": (
        ("number_normalised", "passport.number", normalise_passport_number),
        ("issuing_state_normalised", "passport.issuing_state", normalise_country),
    ),
}
# The SET clause is each save's changed columns, given as the parameters.
_UPDATE_PART = {
    part: _PARTS[part].update().where(_PARTS[part].c.case_id == bindparam("cid"))
    for part in ("applicant", "passport", "purpose", "screening")
}
_UPDATE_ROW = {
    part: _PARTS[part].update().where(_PARTS[part].c.id == bindparam("row_id"))
    for part in ("education", "employment")
}


@dataclass
class _Facts:
    """One case's editable fields as stored, read for a save: path -> value."""

    version: int
    status: str
    values: dict[str, Any]
    missing: set[str]  # parts with no row yet ("purpose" for purpose and travel, "screening")
    row_ids: dict[tuple[str, int], int]  # (education|employment, position) -> the row's id
    queued: bool  # waiting in search_pending to be indexed (a save indexes it, as before)

    def where(self, path: str) -> tuple[str, int | None]:
        """(part, position) of the row PATH is stored in; InvalidInput if there is none."""
        indexed = indexed_path(path)
        if indexed is None:
            part = path.partition(".")[0]
            return ("purpose" if part == "travel" else part), None  # one row holds both
        if (indexed[0], indexed[1]) not in self.row_ids:
            raise InvalidInput(f"{path}: the case has no {indexed[0]}[{indexed[1]}]")
        return indexed[0], indexed[1]


def _read_facts(session: Session, case_id: int, expected_version: int) -> _Facts:
    """The case locked for the save and its fields; Conflict if it moved past the version."""
    row = session.execute(_CASE_AND_FACTS, {"cid": case_id}).first()
    if row is None:
        raise NotFound(f"case {format_case_ref(case_id)} does not exist")
    if row[0] != expected_version:
        raise _saved_since(session, case_id)
    values = dict(zip(_FACT_PATHS, row[5:], strict=True))
    missing = set()
    if row[2] is None:
        missing.add("purpose")
    if row[3] is None:
        missing.add("screening")
    row_ids: dict[tuple[str, int], int] = {}
    for part, specs in _INDEXED_COLUMNS.items():
        for found in session.execute(_INDEXED_ROWS[part], {"cid": case_id}):
            row_ids[part, found[1]] = found[0]
            for spec, value in zip(specs, found[2:], strict=True):
                values[spec.path.replace("*", str(found[1]))] = value
    return _Facts(row[0], row[1], values, missing, row_ids, row[4] is not None)


def _write_facts(
    session: Session,
    case_id: int,
    facts: _Facts,
    changes: Mapping[str, tuple[Any, Any]],
    actor: str,
) -> None:
    """Each changed row written once, with only its changed columns."""
    rows: dict[tuple[str, int | None], dict[str, Any]] = {}
    for path, (_before, after) in changes.items():
        written = rows.setdefault(facts.where(path), {})
        written[field_spec(path).column] = after
        if path.endswith(".isced_f"):
            # A code an officer typed is the officer's, as if confirmed with confirm-field.
            written["isced_source"] = "officer" if after else None
            written["isced_confirmed_by"] = actor if after else None
    for (part, position), written in rows.items():
        for column, source, normalise in _DERIVED.get(part, ()):
            after = changes[source][1] if source in changes else facts.values[source]
            written[column] = normalise(after)
        if position is not None:
            row_id = facts.row_ids[part, position]
            session.execute(_UPDATE_ROW[part], {**written, "row_id": row_id})
        elif part in facts.missing:
            session.execute(_PARTS[part].insert(), {"case_id": case_id, **written})
        else:
            session.execute(_UPDATE_PART[part], {**written, "cid": case_id})


def _parsed(typed: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    parsed: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for path, text in typed.items():
        try:
            parsed[path] = parse_field(path, text)
        except InvalidInput as exc:
            problems[path] = str(exc)
    return parsed, problems


def _refused(problems: Mapping[str, str]) -> InvalidInput:
    return InvalidInput("; ".join(f"{path}: {why}" for path, why in sorted(problems.items())))


def save_case_edits(
    db: Database, case_id: int, expected_version: int, typed: Mapping[str, str], actor: str
) -> SavedEdit:
    """Apply the typed values (field path -> text) if the case is still at `expected_version`.

    Returns what the case view needs to show the save without reading the case again: the
    new version, each changed field's values and the history line it added.
    """
    parsed, problems = _parsed(typed)
    if problems:
        require_first(db, actor, Permission.WORK_CASES)  # a refused account hears that first
        raise _refused(problems)
    with db.write() as session:
        account = require(session, actor, Permission.WORK_CASES)  # the one account read
        facts = _read_facts(session, case_id, expected_version)
        if facts.status not in OPEN_STATUSES:
            raise InvalidInput(
                f"{format_case_ref(case_id)} is {facts.status.replace('_', ' ')}: the facts of "
                "a decided, withdrawn or closed case are no longer changed"
            )
        for path in parsed:
            facts.where(path)  # a degree or post that is not there is refused before anything
        problems = cross_field_problems({**facts.values, **parsed})
        if problems:
            raise _refused(problems)
        changes = {p: (facts.values[p], v) for p, v in parsed.items() if facts.values[p] != v}
        if not changes:
            return SavedEdit(case_id, facts.version, {})
        version = facts.version + 1  # the case row itself is written, so its version moves
        bumped = session.execute(
            _NEW_VERSION,
            {"cid": case_id, "seen": facts.version, "next_version": version, "now": utcnow()},
        )
        if cast(CursorResult[Any], bumped).rowcount != 1:
            who, _when = last_saved_by(session, case_id)
            raise Conflict(
                f"{format_case_ref(case_id)} was saved by {who} while you were saving; reload it"
            )
        _write_facts(session, case_id, facts, changes, actor)
        if facts.queued or not SEARCHED_FIELDS.isdisjoint(changes):
            index_cases(session, [case_id])
        details = {"fields": sorted(changes), "version": version}
        personal = {
            path: [_json_value(before), _json_value(after)]
            for path, (before, after) in changes.items()
        }
        (stored,) = append_stored(
            session, [NewEvent(actor, "case_edited", case_id, details, personal)]
        )
        log.info("case_edited case=%s officer=%s", format_case_ref(case_id), actor)
        event = HistoryEntry(
            stored.occurred_at,
            actor,
            "case_edited",
            stored.details,
            account.display_name.strip(),
        )
        return SavedEdit(case_id, version, changes, event)


def shown_after(detail: CaseDetail, saved: SavedEdit) -> CaseDetail:
    """DETAIL (the case as the view read it, at the version the save started from) as the
    save left it: its new values, version and history line, without reading it again."""
    if not saved.changes:
        return detail
    record = copy.deepcopy(detail.record)
    for path, (_before, after) in saved.changes.items():
        parts = path.split(".")
        holder = record.get(parts[0])
        if holder is None:  # a part the file had not: made with every field unanswered
            for part in ("purpose", "travel") if parts[0] in ("purpose", "travel") else parts[:1]:
                record[part] = {p.partition(".")[2]: None for p in _parts_paths(part)}
            holder = record[parts[0]]
        if isinstance(holder, list):
            holder = holder[int(parts[1])]
        holder[parts[-1]] = _json_value(after)
    history = [*detail.history, saved.event] if saved.event is not None else detail.history
    return replace(detail, version=saved.version, record=record, history=history)


def _parts_paths(part: str) -> list[str]:
    return [path for path in EDITABLE_FIELDS if path.partition(".")[0] == part]


def case_version(db: Database, case_id: int) -> int:
    with db.read() as session:
        version = session.scalar(select(Case.version).where(Case.id == case_id))
        if version is None:
            raise NotFound(f"case {format_case_ref(case_id)} does not exist")
        return int(version)
