"""Correcting degrees, posts, travel and screening facts through core: each field checked,
saved with before and after in the history, behind the same version check as the applicant."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date

import pytest
from sqlalchemy import select

from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases.cases import HistoryEntry, case_detail
from kvisa_desk.core.cases.editing import (
    cross_field_problems,
    field_problem,
    save_case_edits,
    shown_after,
)
from kvisa_desk.core.checks.review import replay_run
from kvisa_desk.core.checks.runs import check_cases
from kvisa_desk.core.errors import Conflict, InvalidInput
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditPersonal, CaseEvent, EducationRecord
from tests.samples import application

pytestmark = pytest.mark.backend


def one_case(db: Database, **changes: object) -> int:
    raw = [RawRecord("[0]", application("KV-CAR-1", documents=[], **changes))]
    report = import_records(db, raw, "test.officer", "career.json")
    assert report.first_case_id is not None
    return report.first_case_id


def test_career_and_travel_fields_are_checked_as_typed() -> None:
    assert field_problem("education.0.isced_f", "0713") is None
    assert field_problem("education.3.isced_f", "") is None  # no code: a suggestion is shown
    assert field_problem("education.0.isced_f", "07A3") == (
        "an ISCED-F code is two to four digits, e.g. 0713"
    )
    assert field_problem("employment.1.isced_f", "07135") is not None
    assert field_problem("education.0.institution_country", "ng") is None
    assert field_problem("employment.0.country", "XQ") == (
        "XQ is not a two- or three-letter country code (e.g. NG or NGA)"
    )
    assert (
        field_problem("education.0.level", "")
        == "must be one of bachelor, master, doctorate, other"
    )
    assert field_problem("employment.0.kind", "") is None
    assert field_problem("employment.0.start_date", "2022-02-30") == (
        "2022-02-30 is not a date in the calendar"
    )
    assert field_problem("travel.stay_days", "0") == "a whole number of days from 1 to 3660"
    assert field_problem("screening.fraud_found", "maybe") is not None
    assert field_problem("screening.fraud_found", "") is None
    assert (
        field_problem("education.0.nonsense", "x") == "education.0.nonsense cannot be edited here"
    )


def test_end_after_start_and_degrees_after_birth() -> None:
    problems = cross_field_problems(
        {
            "applicant.date_of_birth": date(1996, 3, 14),
            "employment.0.start_date": date(2022, 1, 10),
            "employment.0.end_date": date(2021, 12, 31),
            "employment.1.start_date": date(2020, 1, 1),
            "employment.1.end_date": date(2021, 1, 1),
            "education.0.awarded_on": date(1990, 6, 1),
            "education.1.awarded_on": date(2099, 6, 1),
        },
        today=date(2026, 1, 1),
    )
    assert problems == {
        "employment.0.end_date": "the post must end after it started",
        "education.0.awarded_on": "the degree is awarded before the applicant was born",
        "education.1.awarded_on": "the degree is awarded in the future",
    }


def test_a_degree_post_and_trip_are_saved_with_history(db: Database) -> None:
    case_id = one_case(db)
    start = case_detail(db, case_id).version
    typed = {
        "education.0.field": "Electrical and Electronic Engineering",
        "education.0.isced_f": "0714",
        "employment.0.end_date": "2025-06-30",
        "employment.0.position": "Senior Research Fellow",
        "travel.stay_days": "120",
        "screening.insufficient_funds": "yes",
    }
    saved = save_case_edits(db, case_id, start, typed, "officer.a")
    assert saved.version > start
    assert saved.changes["education.0.isced_f"] == ("0713", "0714")
    assert saved.changes["employment.0.end_date"] == (None, date(2025, 6, 30))
    assert saved.changes["screening.insufficient_funds"] == (False, True)
    record = case_detail(db, case_id).record
    assert record["education"][0]["field"] == "Electrical and Electronic Engineering"
    assert record["employment"][0]["position"] == "Senior Research Fellow"
    assert record["travel"]["stay_days"] == 120
    assert record["screening"]["insufficient_funds"] is True
    with db.read() as session:
        degree = session.scalars(
            select(EducationRecord).where(EducationRecord.case_id == case_id)
        ).one()
        assert (degree.isced_source, degree.isced_confirmed_by) == ("officer", "officer.a")
        event = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.kind == "case_edited")
        ).one()
        assert event.officer == "officer.a"
        assert event.details["fields"] == sorted(typed)
        personal = session.scalars(
            select(AuditPersonal).where(AuditPersonal.case_id == case_id)
        ).all()
        values = [p.value["value"] for p in personal if "education.0.isced_f" in str(p.value)]
    assert values[-1]["education.0.isced_f"] == ["0713", "0714"]
    assert values[-1]["employment.0.end_date"] == [None, "2025-06-30"]


def test_travel_and_screening_rows_are_made_when_the_file_had_none(db: Database) -> None:
    case_id = one_case(db, purpose=None, travel=None, screening=None)
    start = case_detail(db, case_id).version
    typed = {"travel.intended_entry": "2026-03-01", "screening.reentry_ban": "no"}
    save_case_edits(db, case_id, start, typed, "officer.a")
    record = case_detail(db, case_id).record
    assert record["travel"]["intended_entry"] == "2026-03-01"
    assert record["screening"]["reentry_ban"] is False
    assert record["screening"]["fraud_found"] is None  # still unanswered


def test_purpose_and_travel_typed_together_make_one_row(db: Database) -> None:
    case_id = one_case(db, purpose=None, travel=None, screening=None)
    start = case_detail(db, case_id).version
    typed = {"purpose.activity": "science_technology", "travel.stay_days": "90"}
    save_case_edits(db, case_id, start, typed, "officer.a")
    record = case_detail(db, case_id).record
    assert (
        record["purpose"]["activity"] == "science_technology"
        and record["travel"]["stay_days"] == 90
    )
    assert record["purpose"]["description"] is None and record["travel"]["intended_entry"] is None


def _as_utc(entry: HistoryEntry) -> HistoryEntry:
    # SQLite gives back naive UTC times, PostgreSQL aware ones: the same moment either way.
    moment = entry.occurred_at
    return replace(entry, occurred_at=moment if moment.tzinfo else moment.replace(tzinfo=UTC))


@pytest.mark.parametrize(
    "typed",
    [
        {"applicant.phone": "+86 10 1234567"},
        {"applicant.surname": "okafor-bello", "passport.issuing_state": "nga"},
        {"travel.stay_days": "45", "screening.fraud_found": "no", "education.0.isced_f": ""},
        {"employment.0.position": "Dean", "education.0.awarded_on": "2015-07-01"},
    ],
)
def test_what_the_save_returns_is_the_case_as_read_again(
    db: Database, typed: dict[str, str]
) -> None:
    """The case view shows a save from what it returns, reading nothing: the same case a
    read after the save gives (values as stored, version, the history line)."""
    case_id = one_case(db, travel=None, screening=None)
    before = case_detail(db, case_id)
    saved = save_case_edits(db, case_id, before.version, typed, "officer.a")
    assert saved.changes and saved.event is not None
    shown, read = shown_after(before, saved), case_detail(db, case_id)
    assert (shown.version, shown.record, shown.status) == (read.version, read.record, read.status)
    assert [_as_utc(e) for e in shown.history] == [_as_utc(e) for e in read.history]
    assert (
        shown_after(before, save_case_edits(db, case_id, read.version, typed, "officer.a"))
        == before
    )


def test_refusals_write_nothing(db: Database) -> None:
    case_id = one_case(db)
    start = case_detail(db, case_id).version
    with pytest.raises(InvalidInput, match="the post must end after it started"):
        save_case_edits(db, case_id, start, {"employment.0.end_date": "2021-01-01"}, "officer.a")
    with pytest.raises(InvalidInput, match="the case has no education\\[4\\]"):
        save_case_edits(db, case_id, start, {"education.4.field": "Physics"}, "officer.a")
    save_case_edits(db, case_id, start, {"education.0.institution": "UNILAG"}, "officer.b")
    with pytest.raises(Conflict, match=r"was saved by officer\.b"):
        save_case_edits(db, case_id, start, {"employment.0.kind": "industry"}, "officer.a")
    record = case_detail(db, case_id).record
    assert record["employment"][0]["end_date"] is None
    assert record["employment"][0]["kind"] == "research"


def test_an_edited_code_reaches_the_next_check_and_old_runs_replay(db: Database) -> None:
    case_id = one_case(db, education=[dict(application("x")["education"][0], isced_f=None)])
    (first,) = check_cases(db, [case_id], "officer.a")
    start = case_detail(db, case_id).version
    save_case_edits(db, case_id, start, {"education.0.isced_f": "0533"}, "officer.a")
    (second,) = check_cases(db, [case_id], "officer.a")
    assert first.facts_digest != second.facts_digest
    assert replay_run(db, first.run_id).identical  # the earlier run still stands as it was
