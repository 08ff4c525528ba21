"""Recommendations and sign-off: the rules of who may decide what, and when, in core."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from decisions_support import (
    REASONING,
    REFUSAL_REASONING,
    TERMS,
    approved_case,
    checked_case,
    events_of,
    full_documents,
    make_case,
    refused_case,
    run_checks,
    status_of,
)
from sqlalchemy import select

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.checks.review import override_result
from kvisa_desk.core.decisions.decisions import (
    awaiting_sign_off,
    case_decisions,
    make_interview,
    make_terms,
    reasoning_warnings,
    recommend,
    sign_off,
)
from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.documents.status import set_verification
from kvisa_desk.core.errors import Conflict, InvalidInput, PermissionRefused
from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditPersonal

pytestmark = pytest.mark.backend


# -- approving ---------------------------------------------------------------------------------


def test_approval_is_refused_while_a_result_fails_then_allowed_after_an_override(
    db: Database, tmp_path: Path
) -> None:
    # No signed application form: K-DOC-01 fails.
    docs = [
        {"type": "passport_scan", "file": "docs/x/passport.pdf"},
        {"type": "photo", "file": "docs/x/photo.jpg"},
        {"type": "degree_certificate", "file": "docs/x/degree.pdf"},
    ]
    case_id = checked_case(db, tmp_path, "KV-FAIL-1", documents=docs)
    with pytest.raises(Conflict) as refused:
        recommend(db, "officer.a", case_id, "approve", reasoning=REASONING, terms=TERMS)
    message = str(refused.value)
    assert "K-DOC-01 fail" in message and "signed application form" in message
    assert "or override it with a written reason" in message
    assert status_of(db, case_id) == "received"
    assert case_decisions(db, "officer.a", case_id) == []

    override_result(
        db,
        case_id,
        "K-DOC-01",
        None,
        "pass",
        "Signed form received on paper at the counter on 2025-10-16; scanned copy to follow.",
        "officer.a",
    )
    view = recommend(db, "officer.a", case_id, "approve", reasoning=REASONING, terms=TERMS)
    assert (view.recommendation, view.state, view.case_status) == (
        "approve",
        "in_effect",
        "approved",
    )
    assert view.checks_current and not view.needs_sign_off


def test_approval_is_refused_on_stale_checks_then_allowed_after_re_running(
    db: Database, tmp_path: Path
) -> None:
    case_id = checked_case(db, tmp_path, "KV-STALE-1", verify=False)
    # A document's verification is a fact the rules read: the run is now older than the facts.
    for document in list_documents(db, "test.officer", case_id):
        set_verification(db, "officer.a", case_id, document.document_id, "verified")
    with pytest.raises(Conflict) as refused:
        recommend(db, "officer.a", case_id, "approve", reasoning=REASONING, terms=TERMS)
    assert "older than the latest change to the case's facts" in str(refused.value)
    assert "run the checks again" in str(refused.value)

    run_checks(db, case_id)
    view = recommend(db, "officer.a", case_id, "approve", reasoning=REASONING, terms=TERMS)
    assert view.case_status == "approved"


def test_a_refusal_is_refused_on_stale_checks_and_so_is_agreeing_after_the_facts_change(
    db: Database, tmp_path: Path
) -> None:
    case_id = checked_case(db, tmp_path, "KV-STALE-R", verify=False, screening__reentry_ban=True)
    documents = list_documents(db, "test.officer", case_id)
    set_verification(db, "officer.a", case_id, documents[0].document_id, "verified")
    # The officer verified a document after the run: no refusal rests on the old results.
    with pytest.raises(Conflict) as refused:
        recommend(
            db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING
        )
    assert refused.value.message_id == "decision.checks_stale"
    assert "run the checks again" in str(refused.value)
    assert status_of(db, case_id) != "awaiting_sign_off"  # nothing recorded

    run_checks(db, case_id)
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    # The facts change while it awaits sign-off: the supervisor cannot agree, only return it.
    set_verification(db, "officer.a", case_id, documents[1].document_id, "verified")
    with pytest.raises(Conflict) as not_agreed:
        sign_off(db, "supervisor.s", case_id, "agree")
    assert not_agreed.value.message_id == "sign_off.checks_stale"
    assert "return it" in str(not_agreed.value)
    assert status_of(db, case_id) == "awaiting_sign_off"
    sign_off(db, "supervisor.s", case_id, "return", "Documents verified since: re-run the checks.")
    assert status_of(db, case_id) != "refused"


def test_approval_needs_terms_and_has_no_defaults(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-TERMS-1")
    with pytest.raises(InvalidInput, match="no defaults"):
        recommend(db, "officer.a", case_id, "approve", reasoning=REASONING)
    with pytest.raises(InvalidInput, match="missing validity days, stay days"):
        make_terms("2", None, None)
    with pytest.raises(InvalidInput, match="entries"):
        make_terms("3", 30, 30)
    with pytest.raises(InvalidInput, match="positive"):
        make_terms("1", 0, 30)
    view = recommend(
        db, "officer.a", case_id, "approve", reasoning=REASONING, terms=make_terms("2", 90, 30)
    )
    assert view.terms is not None and (
        view.terms.entries,
        view.terms.validity_days,
        view.terms.stay_days,
    ) == ("2", 90, 30)


def test_a_failed_part_does_not_block_approval_when_the_other_route_passes(
    db: Database, tmp_path: Path
) -> None:
    # The degree is not bachelor-level (K-EDU-01 education[0] fails) but the research post
    # meets Route B, so the case does not fail: parts reach it only through K-RTE-01.
    case_id = checked_case(
        db,
        tmp_path,
        "KV-PART-1",
        education=[
            {
                "level": "other",
                "field": "Diploma in welding",
                "isced_f": "0715",
                "institution": "University of Lagos",
                "institution_country": "NG",
                "awarded_on": "2015-07-01",
            }
        ],
        # Route B passes, so its proof of post is the document K-DOC-02 asks for.
        documents=[
            *full_documents("KV-PART-1"),
            {"type": "proof_of_post", "file": "docs/KV-PART-1/post.pdf"},
        ],
    )
    view = recommend(
        db,
        "officer.a",
        case_id,
        "approve",
        grounds=["K-RTE-01", "K-EDU-01"],
        reasoning=REASONING,
        terms=TERMS,
    )
    outcomes = {(g.rule_id, g.subject): g.outcome for g in view.grounds}
    assert outcomes[("K-EDU-01", "education[0]")] == "fail"
    assert outcomes[("K-RTE-01", None)] == "pass"


def test_approvals_need_sign_off_when_the_post_says_so(db: Database, tmp_path: Path) -> None:
    update_post_settings(db, "LON", {"approvals_need_sign_off": True}, "supervisor.s")
    case_id = checked_case(db, tmp_path, "KV-SIGN-APP")
    view = recommend(db, "officer.a", case_id, "approve", reasoning=REASONING, terms=TERMS)
    assert (view.state, view.case_status, view.needs_sign_off) == (
        "awaiting_sign_off",
        "awaiting_sign_off",
        True,
    )
    agreed = sign_off(db, "supervisor.t", case_id, "agree")
    assert (agreed.state, agreed.case_status) == ("in_effect", "approved")


# -- grounds and reasoning ---------------------------------------------------------------------


def test_each_ground_is_tied_to_its_result_run_facts_and_documents(
    db: Database, tmp_path: Path
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-GRND-1")
    (decision,) = case_decisions(db, "officer.a", case_id)
    detail = case_detail(db, case_id)
    assert decision.check_run_id is not None and decision.facts_digest
    ref = decision.grounds[0]
    assert (ref.rule_id, ref.subject, ref.outcome) == ("K-REF-01", None, "fail")
    assert "re-entry ban in force" in ref.message
    assert (ref.run_id, ref.facts_digest) == (decision.check_run_id, decision.facts_digest)
    assert ref.documents == ()  # screening facts are recorded by the officer, not a document
    # A documentary ground names the documents with their content hashes.
    other = checked_case(db, tmp_path, "KV-GRND-2")
    view = recommend(
        db,
        "officer.b",
        other,
        "request-documents",
        grounds=["K-VER-01", "K-EDU-01"],
        reasoning="The degree certificate needs verifying with the university registry.",
        documents=["transcript"],
    )
    by_rule = {g.rule_id: g for g in view.grounds}
    types = sorted(d["type"] for d in by_rule["K-VER-01"].documents)
    assert types == ["application_form", "degree_certificate", "passport_scan", "photo"]
    assert all(len(d["sha256"]) == 64 for d in by_rule["K-VER-01"].documents)
    assert [d["type"] for d in by_rule["K-EDU-01"].documents] == ["degree_certificate"]
    assert by_rule["K-EDU-01"].subject == "education[0]"
    assert detail.status == "refused"


def test_grounds_must_be_results_of_the_latest_run(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-GRND-3")
    with pytest.raises(InvalidInput, match="not a result of the latest check run"):
        recommend(
            db,
            "officer.a",
            case_id,
            "refuse",
            grounds=["K-XYZ-99"],
            reasoning=REFUSAL_REASONING,
        )
    with pytest.raises(InvalidInput, match="at least one ground"):
        recommend(db, "officer.a", case_id, "refuse", reasoning=REFUSAL_REASONING)
    with pytest.raises(InvalidInput, match="reasoning"):
        recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=" ")


def test_unchecked_case_cannot_be_decided(db: Database, tmp_path: Path) -> None:
    case_id = make_case(db, tmp_path, "KV-UNCHK")
    with pytest.raises(Conflict, match="run the checks"):
        recommend(db, "officer.a", case_id, "approve", reasoning=REASONING, terms=TERMS)


def test_stock_phrases_only_are_a_warning_not_a_refusal(db: Database, tmp_path: Path) -> None:
    assert reasoning_warnings("Meets requirements. All checks passed.")
    assert reasoning_warnings("As per rules; approved!")
    assert reasoning_warnings("n/a")
    assert not reasoning_warnings(REASONING)
    assert not reasoning_warnings("Meets requirements: PhD in physics from ETH Zürich, 2021.")
    case_id = checked_case(db, tmp_path, "KV-STOCK")
    view = recommend(
        db, "officer.a", case_id, "approve", reasoning="Meets requirements. OK.", terms=TERMS
    )
    assert view.case_status == "approved"
    assert len(view.warnings) == 1 and "stock phrases" in view.warnings[0]


# -- refusal and sign-off ----------------------------------------------------------------------


def test_refusal_waits_for_a_different_supervisor(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-SO-1", screening__reentry_ban=True)
    view = recommend(
        db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING
    )
    assert (view.state, view.case_status) == ("awaiting_sign_off", "awaiting_sign_off")
    # An officer cannot sign off at all, their own or anyone's.
    for officer in ("officer.a", "officer.b"):
        with pytest.raises(PermissionRefused, match="may not sign off"):
            sign_off(db, officer, case_id, "agree")
    # Nothing else happens to the case while it waits.
    with pytest.raises(Conflict, match="awaiting sign-off"):
        recommend(db, "officer.b", case_id, "approve", reasoning=REASONING, terms=TERMS)
    assert [v.decision_id for v in awaiting_sign_off(db, "supervisor.s")] == [view.decision_id]
    agreed = sign_off(db, "supervisor.s", case_id, "agree")
    assert (agreed.state, agreed.sign_off, agreed.signed_off_by, agreed.case_status) == (
        "in_effect",
        "agree",
        "supervisor.s",
        "refused",
    )
    with pytest.raises(Conflict, match="no recommendation awaiting sign-off"):
        sign_off(db, "supervisor.t", case_id, "agree")


def test_a_supervisor_never_signs_off_their_own_recommendation(
    db: Database, tmp_path: Path
) -> None:
    case_id = checked_case(db, tmp_path, "KV-SO-2", screening__reentry_ban=True)
    recommend(
        db,
        "supervisor.s",
        case_id,
        "refuse",
        grounds=["K-REF-01"],
        reasoning=REFUSAL_REASONING,
    )
    with pytest.raises(PermissionRefused, match="another supervisor must"):
        sign_off(db, "supervisor.s", case_id, "agree")
    # Their own does not even appear in their sign-off queue; it does in the other's.
    assert awaiting_sign_off(db, "supervisor.s") == []
    assert len(awaiting_sign_off(db, "supervisor.t")) == 1
    assert status_of(db, case_id) == "awaiting_sign_off"
    assert sign_off(db, "supervisor.t", case_id, "agree").case_status == "refused"


def test_return_sends_the_case_back_with_a_reason(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-RET-1", screening__reentry_ban=True)
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    with pytest.raises(InvalidInput, match="needs a reason"):
        sign_off(db, "supervisor.s", case_id, "return")
    returned = sign_off(
        db,
        "supervisor.s",
        case_id,
        "return",
        "The ban was lifted on appeal in 2025; check with the border authority first.",
    )
    assert (returned.state, returned.sign_off, returned.case_status) == (
        "returned",
        "return",
        "in_review",
    )
    assert returned.sign_off_reason and "lifted on appeal" in returned.sign_off_reason
    # The officer may recommend again.
    again = recommend(
        db,
        "officer.a",
        case_id,
        "request-documents",
        reasoning="Ask for the appeal decision that lifted the ban.",
        documents=["Decision of the appeal lifting the re-entry ban"],
    )
    assert again.case_status == "awaiting_documents"
    assert [d.state for d in case_decisions(db, "officer.a", case_id)] == [
        "returned",
        "in_effect",
    ]


def test_request_documents_defaults(db: Database, tmp_path: Path) -> None:
    # Only a passport scan and a photo: the form (K-DOC-01) and the degree (K-DOC-02) lack.
    docs = [
        {"type": "passport_scan", "file": "docs/y/passport.pdf"},
        {"type": "photo", "file": "docs/y/photo.jpg"},
    ]
    case_id = checked_case(db, tmp_path, "KV-REQ-1", documents=docs)
    today = date(2025, 10, 20)
    view = recommend(
        db,
        "officer.a",
        case_id,
        "request-documents",
        grounds=["K-DOC-01", "K-DOC-02"],
        reasoning="Form and degree certificate missing from the file.",
        today=today,
        interview=make_interview(datetime(2025, 11, 3, 9, 30), "Visa Section, room 2"),
    )
    assert view.requested_documents == ("application_form", "degree_certificate")
    assert view.reply_by == today + timedelta(days=30)
    assert view.interview is not None and view.interview.place == "Visa Section, room 2"
    assert view.case_status == "awaiting_documents" and view.state == "in_effect"
    update_post_settings(db, "LON", {"reply_by_days": 14}, "supervisor.s")
    other = checked_case(db, tmp_path, "KV-REQ-2", documents=docs)
    view = recommend(
        db, "officer.a", other, "request-documents", reasoning="Form missing.", today=today
    )
    assert view.reply_by == date(2025, 11, 3)
    with pytest.raises(InvalidInput, match="belong to a request for documents"):
        recommend(
            db,
            "officer.a",
            other,
            "approve",
            reasoning=REASONING,
            terms=TERMS,
            reply_by=date(2026, 1, 1),
        )


def test_roles_and_stale_versions(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-ROLE-1")
    with pytest.raises(PermissionRefused, match="may not record a recommendation"):
        recommend(db, "test.admin", case_id, "approve", reasoning=REASONING, terms=TERMS)
    version = case_detail(db, case_id).version
    with pytest.raises(Conflict, match="changed since you opened it"):
        recommend(
            db,
            "officer.a",
            case_id,
            "approve",
            reasoning=REASONING,
            terms=TERMS,
            expected_version=version - 1,
        )
    view = recommend(
        db,
        "officer.a",
        case_id,
        "approve",
        reasoning=REASONING,
        terms=TERMS,
        expected_version=version,
    )
    assert view.case_status == "approved"
    with pytest.raises(Conflict, match="approved: it takes no new recommendation"):
        recommend(
            db,
            "officer.b",
            case_id,
            "request-documents",
            reasoning="More please.",
            documents=["transcript"],
        )


# -- the audit ---------------------------------------------------------------------------------


def test_every_step_is_recorded_and_attributed(db: Database, tmp_path: Path) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-AUD-1")
    approved = approved_case(db, tmp_path, "KV-AUD-2")
    steps = [
        (
            e.kind,
            e.officer,
            e.details.get("to") or e.details.get("sign_off") or e.details.get("recommendation"),
        )
        for e in events_of(db, case_id)
        if e.kind in ("decision_recommended", "decision_signed_off", "status_changed")
    ]
    assert steps == [
        ("decision_recommended", "officer.a", "refuse"),
        ("status_changed", "officer.a", "awaiting_sign_off"),
        ("decision_signed_off", "supervisor.s", "agree"),
        ("status_changed", "supervisor.s", "refused"),
    ]
    recommended = next(e for e in events_of(db, case_id) if e.kind == "decision_recommended")
    assert recommended.details["grounds"] == [["K-REF-01", None]]
    assert recommended.details["run_id"] and recommended.details["facts_digest"]
    # Free text is kept as a personal value (purged with the case), not in the chain.
    assert "re-entry ban" not in str(recommended.details)
    with db.read() as session:
        personal = [
            row.value["value"]
            for row in session.scalars(
                select(AuditPersonal).where(AuditPersonal.case_id == case_id)
            )
        ]
    assert any(p.get("reasoning") == REFUSAL_REASONING for p in personal if isinstance(p, dict))
    assert [e.kind for e in events_of(db, approved)][-3:] == [
        "decision_recommended",
        "case_assigned",  # it was unassigned: the recommending officer has it now
        "status_changed",
    ]
    report = verify_chain(db)
    assert report.ok, report.problem
