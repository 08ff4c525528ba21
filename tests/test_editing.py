"""Editing applicant facts, the workflow and notes, through core: validation, optimistic
locking with the saver named, history with before and after, search kept in step."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.editing import (
    cross_field_problems,
    field_problem,
    parse_field,
    save_case_edits,
)
from kvisa_desk.core.cases.notes import add_note, case_notes
from kvisa_desk.core.cases.search import search_case_ids
from kvisa_desk.core.cases.workflow import (
    TRANSITIONS,
    allowed_moves,
    assign_case,
    assign_cases,
    change_status,
    next_statuses,
)
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound, PermissionRefused
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditPersonal, Case, CaseEvent, Officer
from tests.samples import application

pytestmark = pytest.mark.backend


def one_case(db: Database) -> int:
    raw = [RawRecord("[0]", application("KV-E-1", documents=[]))]
    report = import_records(db, raw, "test.officer", "e.json")
    assert report.first_case_id is not None
    return report.first_case_id


def version(db: Database, case_id: int) -> int:
    return case_detail(db, case_id).version


def events(db: Database, case_id: int, kind: str) -> list[CaseEvent]:
    with db.read() as session:
        return list(
            session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.kind == kind)
            )
        )


def test_fields_are_checked_as_typed() -> None:
    assert field_problem("applicant.date_of_birth", "1996-02-29") is None
    assert field_problem("applicant.date_of_birth", "1997-02-29") == (
        "1997-02-29 is not a date in the calendar"
    )
    assert field_problem("applicant.date_of_birth", "29/02/1996") == "write the date as YYYY-MM-DD"
    assert field_problem("applicant.nationality", "ngx") is not None
    assert parse_field("applicant.nationality", " nga ") == "NGA"
    assert field_problem("applicant.surname", "  ") == "must not be empty"
    assert field_problem("applicant.email", "not-an-address") is not None
    assert parse_field("applicant.email", "") is None
    assert parse_field("passport.number", "a0776 1234".replace(" ", "")) == "A07761234"
    assert field_problem("passport.number", "A07-761") is not None
    assert field_problem("case.status", "x") == "case.status cannot be edited here"
    problems = cross_field_problems(
        {"passport.issue_date": date(2021, 6, 1), "passport.expiry_date": date(2021, 6, 1)}
    )
    assert problems == {"passport.expiry_date": "the passport must expire after it was issued"}


def test_a_save_writes_records_before_and_after_and_reindexes(db: Database) -> None:
    case_id = one_case(db)
    start = version(db, case_id)
    saved = save_case_edits(
        db,
        case_id,
        start,
        {"applicant.surname": "Okafor-Bello", "passport.expiry_date": "2032-01-31"},
        "officer.a",
    )
    assert saved.version == start + 1
    assert saved.changes["applicant.surname"] == ("Okafor", "Okafor-Bello")
    record = case_detail(db, case_id).record
    assert record["applicant"]["surname"] == "Okafor-Bello"
    assert record["passport"]["expiry_date"] == "2032-01-31"
    (event,) = events(db, case_id, "case_edited")
    assert event.officer == "officer.a"
    assert event.details["fields"] == ["applicant.surname", "passport.expiry_date"]
    with db.read() as session:
        personal = session.scalars(
            select(AuditPersonal).where(AuditPersonal.case_id == case_id)
        ).all()
        values = [p.value["value"] for p in personal if "applicant.surname" in str(p.value)]
    assert values[-1]["applicant.surname"] == ["Okafor", "Okafor-Bello"]
    # Found at once, no catch-up needed.
    assert search_case_ids(db, "test.officer", "bello") == [case_id]


def test_an_unchanged_save_writes_nothing(db: Database) -> None:
    case_id = one_case(db)
    start = version(db, case_id)
    saved = save_case_edits(db, case_id, start, {"applicant.surname": "Okafor"}, "officer.a")
    assert saved.changes == {} and saved.version == start
    assert events(db, case_id, "case_edited") == []


def test_a_stale_save_is_refused_naming_who_saved(db: Database) -> None:
    case_id = one_case(db)
    seen = version(db, case_id)  # both officers open the case
    save_case_edits(db, case_id, seen, {"applicant.phone": "+234 1"}, "officer.b")
    with pytest.raises(Conflict, match=r"saved by officer\.b at .* after you opened it"):
        save_case_edits(db, case_id, seen, {"applicant.surname": "Smith"}, "officer.a")
    assert case_detail(db, case_id).record["applicant"]["surname"] == "Okafor"  # not written


def test_invalid_values_and_rules_are_refused_whole(db: Database) -> None:
    case_id = one_case(db)
    start = version(db, case_id)
    with pytest.raises(InvalidInput, match=r"applicant\.date_of_birth"):
        save_case_edits(
            db,
            case_id,
            start,
            {"applicant.surname": "Smith", "applicant.date_of_birth": "1996-13-01"},
            "officer.a",
        )
    with pytest.raises(InvalidInput, match="must expire after it was issued"):
        save_case_edits(db, case_id, start, {"passport.expiry_date": "2020-01-01"}, "officer.a")
    assert version(db, case_id) == start
    with pytest.raises(PermissionRefused):
        save_case_edits(db, case_id, start, {"applicant.surname": "X"}, "nobody.known")
    with pytest.raises(NotFound):
        save_case_edits(db, 999_999, 1, {"applicant.surname": "X"}, "officer.a")


def test_workflow_moves_only_along_the_allowed_paths(db: Database) -> None:
    case_id = one_case(db)
    assert allowed_moves(db, case_id) == ("in_review", "withdrawn")
    with pytest.raises(InvalidInput, match="can move to in_review, withdrawn, not approved"):
        change_status(db, case_id, version(db, case_id), "approved", "officer.a")
    path = ["in_review", "awaiting_documents", "in_review", "ready_for_decision", "refused",
            "letter_issued", "closed"]  # fmt: skip
    for status in path:
        moved = change_status(db, case_id, version(db, case_id), status, "officer.a")
        assert moved.status == status
    assert allowed_moves(db, case_id) == ()
    changes = [(e.details["from"], e.details["to"]) for e in events(db, case_id, "status_changed")]
    assert changes[0] == ("received", "in_review") and changes[-1] == ("letter_issued", "closed")
    assert set(TRANSITIONS) == {
        "received", "in_review", "awaiting_documents", "ready_for_decision",
        "awaiting_sign_off", "approved", "refused", "letter_issued", "closed", "withdrawn",
    }  # fmt: skip


def test_sign_off_setting_routes_approvals_through_a_second_officer() -> None:
    assert "approved" in next_statuses("ready_for_decision")
    assert "approved" not in next_statuses("ready_for_decision", approvals_need_sign_off=True)
    assert "approved" in next_statuses("awaiting_sign_off", approvals_need_sign_off=True)


def test_a_status_change_also_uses_the_version(db: Database) -> None:
    case_id = one_case(db)
    seen = version(db, case_id)
    change_status(db, case_id, seen, "in_review", "officer.b")
    with pytest.raises(Conflict, match=r"officer\.b"):
        change_status(db, case_id, seen, "withdrawn", "officer.a")


def test_assignment(db: Database) -> None:
    case_id = one_case(db)
    moved = assign_case(db, case_id, version(db, case_id), "officer.b", "officer.a")
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.assigned_officer_id is not None
    assert events(db, case_id, "case_assigned")[0].details["to"] == "officer.b"
    with pytest.raises(InvalidInput, match="not an active officer"):
        assign_case(db, case_id, moved.version, "ghost", "officer.a")
    assign_case(db, case_id, moved.version, None, "officer.a")


def test_notes_are_appended_and_attributed(db: Database) -> None:
    case_id = one_case(db)
    first = add_note(db, case_id, "Called the host institution.", "officer.a")
    add_note(db, case_id, "Correction: it was the embassy.", "officer.b")
    notes = case_notes(db, case_id)
    assert [(n.username, n.text) for n in notes] == [
        ("officer.a", "Called the host institution."),
        ("officer.b", "Correction: it was the embassy."),
    ]
    assert notes[0].id == first.id and notes[0].written_at is not None
    with pytest.raises(InvalidInput):
        add_note(db, case_id, "   ", "officer.a")
    assert len(events(db, case_id, "note_added")) == 2
    import kvisa_desk.core.cases.notes as notes_module

    assert not [name for name in dir(notes_module) if "delete" in name or "update" in name]


def test_a_finished_case_is_not_edited(db: Database) -> None:
    case_id = one_case(db)
    change_status(db, case_id, version(db, case_id), "withdrawn", "officer.a")
    with pytest.raises(InvalidInput, match="no longer changed"):
        save_case_edits(db, case_id, version(db, case_id), {"applicant.surname": "X"}, "officer.a")


def test_batch_assignment_skips_finished_cases(db: Database) -> None:
    first, second = one_case(db), one_case_more(db)
    change_status(db, second, version(db, second), "withdrawn", "officer.a")
    done = assign_cases(db, [first, second], "officer.b", "officer.a")
    assert (done.assigned, done.skipped) == ([first], [second])
    assert assign_cases(db, [first], "officer.b", "officer.a").assigned == []  # already so
    assert assign_cases(db, [first, second], None, "officer.a").assigned == [first]


def one_case_more(db: Database) -> int:
    raw = [RawRecord("[0]", application("KV-E-2", documents=[], passport__number="Z9"))]
    report = import_records(db, raw, "test.officer", "e2.json")
    assert report.first_case_id is not None
    return report.first_case_id


def test_history_names_the_assigned_officer_by_full_name_and_login(db: Database) -> None:
    case_id = one_case(db)
    with db.write() as session:
        officer = session.scalars(select(Officer).where(Officer.username == "officer.b")).one()
        officer.display_name = "王芳 Wang Fang"
    assign_case(db, case_id, version(db, case_id), "officer.b", "officer.a")
    assigned = [e for e in case_detail(db, case_id).history if e.kind == "case_assigned"]
    assert assigned[0].details["to"] == "officer.b"  # what is recorded stays the login
    assert "王芳 Wang Fang (officer.b)" in assigned[0].sentence("en")
    assert "王芳 Wang Fang（officer.b）" in assigned[0].sentence("zh")


def test_a_case_read_names_who_wrote_each_note(db: Database) -> None:
    case_id = one_case(db)
    add_note(db, case_id, "Called the host institution.", "officer.a")
    notes = case_detail(db, case_id).notes
    assert [n["officer"] for n in notes] == ["officer.a"]  # no full name: the login
