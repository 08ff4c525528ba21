"""A save in Core statements leaves the database as the ORM save it replaced left it.

The save became Core statements (issue 20). Two copies of one database get the same saves at
the same moments with the same salts, one through today's `save_case_edits`, the other
through the ORM save as it was before (kept here as the reference): every table, the
normalised columns the models' listeners keep, the search terms and the audit chain
included, must be equal row for row.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kvisa_desk.core.accounts import audit
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases import editing
from kvisa_desk.core.cases.editing import (
    EDITABLE_FIELDS,
    INDEXED_FIELDS,
    parse_field,
    save_case_edits,
    stale_case,
)
from kvisa_desk.core.cases.editing_fields import cross_field_problems, field_spec, indexed_path
from kvisa_desk.core.cases.search import index_cases
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import Case, PurposeTravel, ScreeningFacts
from tests.conftest import copy_database_file, dump_database
from tests.samples import application


class _CaseRowsAsBefore:
    """The ORM rows of one loaded case, as the save before issue 20 walked them."""

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

    def row(self, path: str, create: bool = False) -> Any:
        where = indexed_path(path)
        if where is not None:
            return (self.education if where[0] == "education" else self.employment)[where[1]]
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


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _save_as_before(
    db: Database,
    case_id: int,
    expected: int,
    typed: Mapping[str, str],
    actor: str,
    clock: Callable[[], datetime],
) -> None:
    """The ORM save before issue 20 (its writes; permission and refusals left out)."""
    parsed = {path: parse_field(path, text) for path, text in typed.items()}
    with db.write() as session:
        case = stale_case(session, case_id, expected)
        rows = _CaseRowsAsBefore(case)
        current = {path: rows.value(path) for path in rows.paths()}
        assert not cross_field_problems({**current, **parsed})
        changes = {p: (current[p], v) for p, v in parsed.items() if current[p] != v}
        if not changes:
            return
        for path, (_before, after) in changes.items():
            row = rows.row(path, create=True)
            setattr(row, field_spec(path).column, after)
            if path.endswith(".isced_f"):
                row.isced_source = "officer" if after else None
                row.isced_confirmed_by = actor if after else None
        case.updated_at = clock()
        session.flush()
        index_cases(session, [case_id])
        record_event(
            session,
            actor,
            "case_edited",
            case_id,
            personal={p: [_json(b), _json(a)] for p, (b, a) in changes.items()},
            fields=sorted(changes),
            version=case.version,
        )


# Saves an officer makes one after another: a phone, a name (searched), codes written
# lower-case (normalised), the travel and screening rows made, degrees and posts, a code
# cleared, a save that changes nothing.
SAVES: list[dict[str, str]] = [
    {"applicant.phone": "+86 10 1234567"},
    {"applicant.surname": "okafor-bello", "applicant.nationality": "gha"},
    {"passport.number": "ab12345", "passport.issuing_state": "d<<"},
    {
        "travel.stay_days": "45",
        "purpose.host_institution": "Tsinghua",
        "screening.fraud_found": "no",
    },
    {"education.0.isced_f": "0714", "employment.0.end_date": "2025-06-30"},
    {"education.0.isced_f": "", "employment.0.position": "Dean", "applicant.email": ""},
    {"applicant.phone": "+86 10 1234567"},
]


def _version(db: Database, case_id: int) -> int:
    with db.read() as session:
        return int(session.scalar(select(Case.version).where(Case.id == case_id)) or 0)


def test_the_core_save_writes_what_the_orm_save_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _template: str
) -> None:
    if not Path(_template).exists():
        pytest.skip("needs a SQLite file")
    first = copy_database_file(Path(_template), tmp_path / "new.sqlite3")
    made = open_database(sqlite_url(first)).db
    record = application("KV-ROWS-1", documents=[], travel=None, screening=None)
    report = import_records(made, [RawRecord("[0]", record)], "test.officer", "rows.json")
    assert report.first_case_id is not None
    case_id = report.first_case_id
    made.dispose()
    twin_file = copy_database_file(first, tmp_path / "old.sqlite3")
    new, old = open_database(sqlite_url(first)).db, open_database(sqlite_url(twin_file)).db
    start = datetime(2026, 12, 5, 9, 30, 1, 123456, tzinfo=UTC)
    for target, as_before in ((new, False), (old, True)):
        moments, salts = itertools.count(), itertools.count()

        def clock(moments: Any = moments) -> datetime:
            return start + timedelta(seconds=next(moments))

        monkeypatch.setattr(audit, "utcnow", clock)
        monkeypatch.setattr(editing, "utcnow", clock)
        monkeypatch.setattr(secrets, "token_hex", lambda n, s=salts: f"{next(s):0{2 * n}x}")
        for typed in SAVES:
            seen = _version(target, case_id)
            if as_before:
                _save_as_before(target, case_id, seen, typed, "officer.a", clock)
            else:
                save_case_edits(target, case_id, seen, typed, "officer.a")
        target.dispose()
    assert _version(new, case_id) == 1 + len(SAVES) - 1  # every save but the last changed
    new.dispose()
    written, before = dump_database(first), dump_database(twin_file)
    assert sorted(set(written) ^ set(before)) == []  # names the rows that differ
    assert written == before
