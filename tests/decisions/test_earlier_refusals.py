"""K-DUP-01 reads the refusals in effect from the decisions table: on the same passport, or of
the same person under another passport; a refusal awaiting sign-off or sent back does not
count, and a refusal taking effect makes the other case's checks stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from decisions_support import (
    REASONING,
    REFUSAL_REASONING,
    TERMS,
    checked_case,
    make_case,
    run_checks,
)

from kvisa_desk.core.checks.report import case_check_report
from kvisa_desk.core.decisions.decisions import recommend, sign_off
from kvisa_desk.core.errors import Conflict
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import format_case_ref

pytestmark = pytest.mark.backend
# A refusal counts for applications received on or after the day it was decided (revision 2):
# the later applications here arrive on the day the test refuses the first one.
TODAY = date.today().isoformat()


def dup_result(db: Database, case_id: int) -> tuple[str, str, dict[str, object]]:
    report = case_check_report(db, case_id)
    assert report is not None
    (line,) = [line for line in report.lines if line.rule_id == "K-DUP-01"]
    return line.outcome, line.message, line.message_params


def refuse(db: Database, case_id: int, agree: bool = True) -> None:
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    if agree:
        sign_off(db, "supervisor.s", case_id, "agree")


def test_refusal_in_effect_on_the_same_passport_puts_a_new_case_to_review(
    db: Database, tmp_path: Path
) -> None:
    refused = checked_case(db, tmp_path, "KV-DUP-A", screening__reentry_ban=True)
    refuse(db, refused)
    later = checked_case(db, tmp_path, "KV-DUP-B", received_at=TODAY)
    outcome, message, params = dup_result(db, later)
    assert outcome == "review"
    assert f"{format_case_ref(refused)} refused" in message and "(same passport)" in message
    assert format_case_ref(refused) in str(params["refusals"])
    # The refused case itself is not its own earlier refusal.
    run_checks(db, refused)
    assert format_case_ref(refused) not in str(dup_result(db, refused)[2]["refusals"])


def test_same_person_under_a_new_passport_is_found_by_identity(
    db: Database, tmp_path: Path
) -> None:
    refused = checked_case(db, tmp_path, "KV-DUP-C", screening__reentry_ban=True)
    refuse(db, refused)
    # Same surname (in other letter case), birth date and nationality.
    later = checked_case(
        db,
        tmp_path,
        "KV-DUP-D",
        passport__number="B99887766",
        applicant__surname="OKAFOR",
        received_at=TODAY,
    )
    outcome, message, _params = dup_result(db, later)
    assert outcome == "review"
    assert f"{format_case_ref(refused)} refused" in message and "(same identity)" in message

    stranger = checked_case(
        db,
        tmp_path,
        "KV-DUP-E",
        passport__number="C11223344",
        applicant__surname="Adeyemi",
        received_at=TODAY,
    )
    assert dup_result(db, stranger)[0] == "pass"


def test_pending_or_returned_refusals_do_not_count(db: Database, tmp_path: Path) -> None:
    pending = checked_case(
        db, tmp_path, "KV-DUP-F", passport__number="D1", screening__reentry_ban=True
    )
    refuse(db, pending, agree=False)
    later = checked_case(db, tmp_path, "KV-DUP-G", passport__number="D1", applicant__surname="X")
    assert "refused" not in dup_result(db, later)[1]
    sign_off(db, "supervisor.s", pending, "return", "Check the ban's end date first.")
    run_checks(db, later)
    assert "refused" not in dup_result(db, later)[1]


def test_a_refusal_taking_effect_makes_the_other_cases_checks_stale(
    db: Database, tmp_path: Path
) -> None:
    first = checked_case(
        db, tmp_path, "KV-DUP-H", passport__number="E1", screening__reentry_ban=True
    )
    recommend(db, "officer.a", first, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    second = make_case(db, tmp_path, "KV-DUP-I", passport__number="E2", applicant__surname="Y")
    run_checks(db, second)
    # Same identity as the first? No: a different surname, so only the passport could link them.
    assert dup_result(db, second)[0] == "pass"
    third = make_case(
        db, tmp_path, "KV-DUP-J", passport__number="E1", applicant__surname="Z", received_at=TODAY
    )
    run_checks(db, third)
    assert "refused" not in dup_result(db, third)[1]
    # The third case is a new fact for the first too (an open case with its passport): the
    # refusal is recommended again on a new run before it can be agreed.
    sign_off(db, "supervisor.s", first, "return", "Another application with this passport.")
    run_checks(db, first)
    recommend(db, "officer.a", first, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    sign_off(db, "supervisor.s", first, "agree")
    # The refusal now in effect is a new fact for the third case: its run is stale.
    with pytest.raises(Conflict) as refused:
        recommend(db, "officer.a", third, "approve", reasoning=REASONING, terms=TERMS)
    assert refused.value.message_id == "decision.checks_stale"
    run_checks(db, third)
    outcome, message, _ = dup_result(db, third)
    assert outcome == "review" and format_case_ref(first) in message


def test_a_refusal_decided_after_an_application_was_received_does_not_count(
    db: Database, tmp_path: Path
) -> None:
    refused = checked_case(db, tmp_path, "KV-DUP-K", screening__reentry_ban=True)
    earlier = checked_case(db, tmp_path, "KV-DUP-L")  # received 2025-10-15, long before
    run_checks(db, refused)  # an open case on the same passport is a new fact for it
    refuse(db, refused)
    run_checks(db, earlier)
    outcome, message, params = dup_result(db, earlier)
    assert (outcome, params["refusals"], params["open_cases"]) == ("pass", None, None)
    assert "refused" not in message
