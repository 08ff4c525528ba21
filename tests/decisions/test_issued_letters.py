"""Issued letters: every kind and language read back, kept byte for byte, corrected, verified."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from decisions_support import (
    approved_case,
    assert_not_blank,
    checked_case,
    events_of,
    flat,
    pdf_text,
    qpdf_check,
    refused_case,
    squeezed,
    status_of,
    to_pngs,
)
from sqlalchemy import Engine, text, update
from sqlalchemy.exc import DBAPIError

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.decisions.decisions import make_interview, recommend
from kvisa_desk.core.decisions.letters import (
    case_letters,
    issue_letter,
    letter_count,
    letter_plan,
    load_letter,
    reprint,
    verify_letter,
)
from kvisa_desk.core.errors import Conflict, InvalidInput, PermissionRefused
from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.pdf.verify import pdf_sha256
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models.decisions import IssuedLetter

pytestmark = pytest.mark.backend

DAY = date(2026, 3, 9)
LETTERHEAD = {
    "letterhead_name_en": "Embassy of the People's Republic of China in the United Kingdom",
    "letterhead_name_zh": "中华人民共和国驻英国大使馆",
    "letterhead_address": "Visa Section, 31 Portland Place; London W1B 1QD, United Kingdom",
    "letterhead_phone": "+44 20 7299 4049",
    "letterhead_email": "visa.uk@example.org",
}
ZH_TITLES = {
    "approval": "签证批准通知书",
    "refusal": "拒签通知书",
    "request-documents": "补充材料通知书",
    "interview": "面谈通知书",
}


def _case_for(kind: str, db: Database, folder: Path, app_id: str) -> tuple[int, dict[str, object]]:
    """A case whose decision calls for KIND, and the extra arguments its letter needs."""
    native = {"applicant__native_name": "奥卡福·奇亚玛卡"}
    if kind == "approval":
        return approved_case(db, folder, app_id, **native), {}
    if kind == "refusal":
        return refused_case(db, folder, app_id, **native)[0], {}
    case_id = checked_case(db, folder, app_id, **native)
    if kind == "request-documents":
        recommend(
            db,
            "officer.b",
            case_id,
            "request-documents",
            reasoning="Transcript needed to confirm the field of study.",
            documents=["transcript", "Letter from the host laboratory"],
            reply_by=date(2026, 4, 8),
            today=DAY,
        )
        return case_id, {}
    return case_id, {
        "interview": make_interview(
            datetime(2026, 3, 23, 10, 30), "Visa Section, 31 Portland Place, London"
        )
    }


def _zh_title(kind: str) -> str:
    from kvisa_desk.pdf.texts import load_texts

    return str(load_texts("zh").text(f"{kind}.title"))


@pytest.mark.parametrize("language", ["en", "zh", "en+zh"])
@pytest.mark.parametrize("kind", ["approval", "refusal", "request-documents", "interview"])
def test_every_kind_in_every_language_reads_back(
    db: Database, tmp_path: Path, kind: str, language: str
) -> None:
    update_post_settings(db, "LON", LETTERHEAD, "supervisor.s")
    case_id, extra = _case_for(kind, db, tmp_path, f"KV-{kind[:3].upper()}-{language}")
    issued = issue_letter(
        db,
        "officer.b",
        case_id,
        None if kind != "interview" else kind,
        language,
        today=DAY,
        **extra,
    )
    assert issued.kind == kind and issued.language == language
    assert re.fullmatch(r"LON-K-2026-\d{6}", issued.reference)
    assert issued.pdf_sha256 == pdf_sha256(issued.pdf) and issued.pages >= 1
    text = pdf_text(issued.pdf)
    words = flat(text)
    tight = squeezed(text)
    assert issued.reference in words and f"C{case_id:07d}" in words
    assert "A07761234" in words  # passport number
    assert "Okafor" in words and "Chiamaka Adaeze" in words
    assert "奥卡福·奇亚玛卡" in tight
    if "en" in language:
        assert "9 March 2026" in words  # the letter's date
        assert "29 February 1996" in words  # date of birth
        assert "Embassy of the People's Republic of China in the United Kingdom" in words
        assert "Page 1 of" in words
    if "zh" in language:
        assert "2026年3月9日" in tight and "1996年2月29日" in tight
        assert _zh_title(kind) in tight
        assert "中华人民共和国驻英国大使馆" in tight
        assert "第1页" in tight or "第 1 页" in text
    if kind == "approval" and "en" in language:
        assert "Multiple entries" in words and "180 days" in words and "90 days" in words
    if kind == "request-documents" and "en" in language:
        assert "Academic transcript" in words and "Letter from the host laboratory" in words
        assert "8 April 2026" in words
    if kind == "interview":
        assert "10:30" in words
        if "zh" in language:
            assert "2026年3月23日" in tight
    if kind in ("approval", "refusal"):
        assert status_of(db, case_id) == "letter_issued"
    pngs = to_pngs(issued.pdf, tmp_path, name=f"{kind}-{language}")
    assert len(pngs) == issued.pages
    for png in pngs:
        assert_not_blank(png)
    qpdf_check(issued.pdf, tmp_path)


def test_reprint_gives_the_same_bytes_and_the_database_refuses_changes(
    db: Database, tmp_path: Path, owner_engine: Engine
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-RPT-1")
    issued = issue_letter(db, "officer.a", case_id, today=DAY)
    assert reprint(db, "officer.b", issued.reference) == issued.pdf
    assert reprint(db, "officer.b", issued.letter_id, purpose="print", printer="PDF") == issued.pdf
    assert load_letter(db, "officer.b", issued.reference).pdf == issued.pdf
    outputs = [e.details for e in events_of(db, case_id) if e.kind == "letter_output"]
    assert [(o["purpose"], o["printer"]) for o in outputs] == [("reprint", None), ("print", "PDF")]
    # No service updates a letter, and the database refuses it too, even to its owner.
    with pytest.raises(DBAPIError, match="immutable"), owner_engine.begin() as conn:
        conn.execute(
            update(IssuedLetter).where(IssuedLetter.id == issued.letter_id).values(pdf=b"x")
        )
    with pytest.raises(PermissionRefused):
        reprint(db, "test.admin", issued.reference)


def test_a_correction_references_the_letter_it_replaces(db: Database, tmp_path: Path) -> None:
    case_id = approved_case(db, tmp_path, "KV-CORR-1")
    first = issue_letter(db, "officer.a", case_id, today=DAY)
    with pytest.raises(Conflict, match=f"already issued.*--replaces {first.reference}"):
        issue_letter(db, "officer.a", case_id, today=DAY)
    corrected = issue_letter(db, "officer.a", case_id, replaces=first.reference, today=DAY)
    assert corrected.replaces == first.reference and corrected.kind == "approval"
    assert corrected.reference != first.reference
    words = flat(pdf_text(corrected.pdf))
    assert f"replaces our letter {first.reference}" in words
    with pytest.raises(Conflict, match=f"already replaced by {corrected.reference}"):
        issue_letter(db, "officer.a", case_id, replaces=first.reference, today=DAY)
    listed = {info.reference: info for info in case_letters(db, "officer.a", case_id)}
    assert listed[first.reference].replaced_by == corrected.reference
    assert listed[corrected.reference].replaces == first.reference
    # The replaced letter is still genuine (and says so), and still reprints byte for byte.
    old = verify_letter(db, "officer.b", first.pdf)
    assert old.genuine and f"replaced by {corrected.reference}" in old.message
    assert reprint(db, "officer.a", first.reference) == first.pdf


def test_letters_follow_the_decision(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-FLOW-1", screening__reentry_ban=True)
    with pytest.raises(Conflict, match="no decision in effect"):
        issue_letter(db, "officer.a", case_id, today=DAY)
    recommend(
        db,
        "officer.a",
        case_id,
        "refuse",
        grounds=["K-REF-01"],
        reasoning="Re-entry ban in force until 2027.",
    )
    with pytest.raises(Conflict, match="awaits sign-off"):
        issue_letter(db, "officer.a", case_id, today=DAY)
    with pytest.raises(
        Conflict, match="needs a decision to approve in effect; no decision is in effect"
    ):
        issue_letter(db, "officer.a", case_id, "approval", today=DAY)
    with pytest.raises(InvalidInput, match="kind is one of"):
        issue_letter(db, "officer.a", case_id, "praise", today=DAY)
    with pytest.raises(InvalidInput, match="language is one of"):
        issue_letter(db, "officer.a", case_id, language="fr", today=DAY)


def test_refusal_letters_never_name_screening_facts(db: Database, tmp_path: Path) -> None:
    screening = {
        "screening__reentry_ban": True,
        "screening__security_concern": True,
        "screening__fraud_found": True,
        "screening__insufficient_funds": True,
    }
    case_id, _ = refused_case(db, tmp_path, "KV-SCR-1", **screening)  # type: ignore[arg-type]
    silent = flat(pdf_text(issue_letter(db, "officer.a", case_id, "refusal", "en", today=DAY).pdf))
    assert "has been refused" in silent
    assert "following grounds" not in silent and "other grounds under Article 21" not in silent
    update_post_settings(db, "LON", {"state_refusal_grounds": True}, "supervisor.s")
    other, _ = refused_case(db, tmp_path, "KV-SCR-2", **screening)  # type: ignore[arg-type]
    for language in ("en", "en+zh"):
        stated = issue_letter(
            db,
            "officer.a",
            other,
            "refusal",
            language,
            today=DAY,
            replaces=None
            if language == "en"
            else case_letters(db, "officer.a", other)[-1].reference,
        )
        words = flat(pdf_text(stated.pdf)).lower()
        assert "other grounds under article 21" in words
        for fact in (
            "re-entry",
            "ban",
            "security",
            "fraud",
            "means to cover",
            "funds",
            "k-ref-01",
            "screening",
        ):
            assert fact not in words, fact
        assert "入境禁令" not in squeezed(pdf_text(stated.pdf))
    # The grounds stay in the case record.
    assert any(
        e.kind == "decision_recommended" and e.details["grounds"] == [["K-REF-01", None]]
        for e in events_of(db, other)
    )


def test_markup_in_names_is_printed_literally(db: Database, tmp_path: Path) -> None:
    surname = '<b>Eve</b> & "Mallory" <font color=red>X</font>'
    given = "<script>alert(1)</script> O'Brien"
    native = "\u202eexe.pdf 张𠀋"
    case_id = approved_case(
        db,
        tmp_path,
        "KV-MARK-1",
        applicant__surname=surname,
        applicant__given_names=given,
        applicant__native_name=native,
    )
    issued = issue_letter(db, "officer.a", case_id, language="en+zh", today=DAY)
    text = pdf_text(issued.pdf)
    words = flat(text)
    assert '<b>Eve</b> & "Mallory" <font color=red>X</font>' in words
    assert "<script>alert(1)</script> O'Brien" in words
    assert "exe.pdf 张𠀋" in words  # Extension B (U+2000B): printed as written
    for png in to_pngs(issued.pdf, tmp_path, name="markup"):
        assert_not_blank(png)
    qpdf_check(issued.pdf, tmp_path)


def test_a_name_no_font_can_print_issues_no_letter(db: Database, tmp_path: Path) -> None:
    """Issue 18, item 11: a letter printed `[U+1F600]` for a character no font has."""
    case_id = approved_case(db, tmp_path, "KV-EMOJI-1", applicant__surname="Smith 😀")
    with pytest.raises(InvalidInput, match=r"not issued: the character U\+1F600 \(GRINNING FACE\)"):
        issue_letter(db, "officer.a", case_id, today=DAY)
    assert letter_count(db, "LON", DAY.year) == 0
    assert [e for e in events_of(db, case_id) if e.kind == "letter_issued"] == []


def test_verify_genuine_modified_and_foreign(db: Database, tmp_path: Path) -> None:
    case_id, decision = refused_case(db, tmp_path, "KV-VER-1")
    issued = issue_letter(db, "officer.a", case_id, today=DAY)
    genuine = verify_letter(db, "officer.b", issued.pdf)
    assert genuine.status == "genuine" and genuine.genuine
    assert genuine.letter is not None and genuine.letter.case_id == case_id
    assert genuine.letter.decision_id == decision.decision_id
    assert f"case C{case_id:07d}" in genuine.message
    assert f"decision {decision.decision_id}" in genuine.message

    # One byte changed, in the page content, in the metadata, or at the very end.
    # In the payload, a digit of the digest that stays a hex digit when flipped (an A or F
    # would become a non-hex character, and the file would name no reference at all).
    digest = issued.pdf.index(b"KVISA1:") + len(f"KVISA1:{issued.reference}:")
    in_payload = digest + next(
        k for k in range(64) if issued.pdf[digest + k : digest + k + 1] in b"0123456789BCDEbcde"
    )
    for position in (len(issued.pdf) // 2, in_payload, len(issued.pdf) - 3):
        changed = bytearray(issued.pdf)
        changed[position] ^= 0x01
        result = verify_letter(db, "officer.b", bytes(changed))
        assert result.status == "modified", (position, result)
        assert not result.genuine and result.reference == issued.reference
        assert "MODIFIED" in result.message

    # A letter rendered elsewhere with an unknown reference, and a PDF that is no letter.
    from tests.documents.documents_support import pdf_bytes

    foreign_letter = issued.pdf.replace(issued.reference.encode(), b"LON-K-2026-999999")
    assert verify_letter(db, "officer.b", foreign_letter).status == "foreign"
    plain = verify_letter(db, "officer.b", pdf_bytes(1))
    assert plain.status == "foreign" and "no letter reference" in plain.message
    assert verify_letter(db, "officer.b", b"not a pdf at all").status == "foreign"
    results = [e.details["result"] for e in events_of(db, case_id) if e.kind == "letter_verified"]
    assert results == ["genuine", "modified", "modified", "modified"]
    assert verify_chain(db).ok


def test_officer_name_and_title_come_from_the_account(db: Database, tmp_path: Path) -> None:
    from kvisa_desk.store.models import Officer

    with db.write() as session:
        session.execute(
            update(Officer)
            .where(Officer.username == "officer.b")
            .values(display_name="Li Ming 李明", title="Consul (Visa Section)")
        )
    case_id = approved_case(db, tmp_path, "KV-OFF-1")
    words = flat(pdf_text(issue_letter(db, "officer.b", case_id, language="en", today=DAY).pdf))
    assert "Li Ming 李明" in words and "Consul (Visa Section)" in words
    other = approved_case(db, tmp_path, "KV-OFF-2")
    words = flat(pdf_text(issue_letter(db, "officer.a", other, language="en", today=DAY).pdf))
    assert "officer.a" in words and "Visa Officer" in words


def test_a_purged_case_takes_its_decisions_and_letters_with_it(
    db: Database, tmp_path: Path
) -> None:
    from datetime import timedelta

    from kvisa_desk.core.post.retention import plan_purge, purge
    from kvisa_desk.store.base import utcnow
    from kvisa_desk.store.models.case import cases_table

    case_id, _ = refused_case(db, tmp_path, "KV-PURGE-1")
    issued = issue_letter(db, "officer.a", case_id, today=DAY)
    issue_letter(db, "officer.a", case_id, replaces=issued.reference, today=DAY)
    with db.write() as session:
        session.execute(
            cases_table()
            .update()
            .where(cases_table().c.id == case_id)
            .values(updated_at=utcnow() - timedelta(days=4000))
        )
    plan = plan_purge(db, "test.admin")
    assert case_id in plan.case_ids
    assert purge(db, "test.admin", plan) == 1
    with db.read() as session:
        for table in ("decisions", "decision_grounds", "issued_letters"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    assert verify_letter(db, "officer.b", issued.pdf).status == "foreign"


def test_untitled_accounts_sign_with_the_posts_title_for_their_role(
    db: Database, tmp_path: Path
) -> None:
    """The post names its signatories' default titles (a versioned setting); the letterhead
    carries the post's own name; nationality is a country name."""
    case_id = approved_case(db, tmp_path, "KV-TTL-1")
    words = squeezed(
        pdf_text(issue_letter(db, "officer.a", case_id, "approval", "en+zh", today=DAY).pdf)
    )
    assert "VisaOfficer" in words and "签证官员" in words  # the shipped defaults
    assert "EmbassyofthePeople'sRepublicofChinaintheUnitedKingdom" in words
    assert "中华人民共和国驻英国大使馆" in words and "（LON）" not in words
    assert "Nigeria" in words and "尼日利亚" in words and "NGA" not in words
    changed = update_post_settings(
        db,
        "LON",
        {
            "signatory_title_officer_en": "Attaché (Visa Section)",
            "signatory_title_officer_zh": "随员（签证处）",
        },
        "supervisor.s",
    )
    assert changed.version >= 1
    other = approved_case(db, tmp_path, "KV-TTL-2")
    words = squeezed(
        pdf_text(issue_letter(db, "officer.a", other, "approval", "en+zh", today=DAY).pdf)
    )
    assert "Attaché(VisaSection)" in words and "随员（签证处）" in words
    assert "VisaOfficer" not in words


def test_the_plan_names_the_letter_and_reference_without_taking_it(
    db: Database, tmp_path: Path
) -> None:
    case_id = refused_case(db, tmp_path, "KV-PLAN-1")[0]
    plan = letter_plan(db, "officer.b", case_id, today=DAY)
    assert (plan.kind, plan.language) == ("refusal", "en+zh")
    assert plan == letter_plan(db, "officer.b", case_id, today=DAY)  # nothing was taken
    issued = issue_letter(db, "officer.b", case_id, today=DAY)
    assert issued.reference == plan.reference and issued.kind == plan.kind
    with pytest.raises(PermissionRefused):
        letter_plan(db, "nobody.here", case_id, today=DAY)


def test_a_post_without_its_own_name_is_refused_before_a_number_is_taken(
    db: Database, tmp_path: Path
) -> None:
    """The generic "Embassy of the PRC" names no mission: plan and issue refuse, in words that
    say who sets the name and where, and the post's counter is not moved."""
    case_id = refused_case(db, tmp_path, "KV-NONAME-1")[0]
    update_post_settings(
        db, "LON", {}, "supervisor.s", reset=("letterhead_name_en", "letterhead_name_zh")
    )
    for attempt in (
        lambda: letter_plan(db, "officer.a", case_id, today=DAY),
        lambda: issue_letter(db, "officer.a", case_id, today=DAY),
    ):
        with pytest.raises(Conflict) as refused:
            attempt()
        assert refused.value.message_id == "letters.post_unnamed"
        said = str(refused.value)
        assert "A supervisor" in said and "Post settings" in said and "no number taken" in said
    assert letter_count(db, "LON", DAY.year) == 0
    # Only the Chinese name set: still refused (both lines of the letterhead name the post).
    update_post_settings(
        db, "LON", {"letterhead_name_zh": "中华人民共和国驻英国大使馆"}, "supervisor.s"
    )
    with pytest.raises(Conflict):
        issue_letter(db, "officer.a", case_id, today=DAY)
    named = {"letterhead_name_en": "Embassy of the People's Republic of China in the UK"}
    update_post_settings(db, "LON", named, "supervisor.s")
    assert issue_letter(db, "officer.a", case_id, today=DAY).reference == "LON-K-2026-000001"


def test_demo_names_never_overwrite_a_posts_own_name(db: Database) -> None:
    from kvisa_desk.core.post.settings import load_post_settings
    from kvisa_desk.demo.posts import name_demo_posts

    update_post_settings(db, "BER", LETTERHEAD, "supervisor.s")
    assert name_demo_posts(db, "supervisor.s", ["BER", "PAR"]) == ["PAR"]
    assert (
        load_post_settings(db, "BER").working("letterhead_name_zh") == "中华人民共和国驻英国大使馆"
    )
    assert "French" in load_post_settings(db, "PAR").working("letterhead_name_en")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_draft_reads_as_the_letter_will_without_a_number(
    db: Database, tmp_path: Path, language: str
) -> None:
    case_id = refused_case(db, tmp_path, f"KV-DRAFT-{language}")[0]
    plan = letter_plan(db, "officer.a", case_id, language=language, draft=True, today=DAY)
    words = squeezed(pdf_text(plan.draft))
    if language == "en":
        assert "DRAFT" in words and "(givenwhenissued)" in words and "NoticeofVisaRefusal" in words
        assert "拒签通知书" not in words
    else:
        assert "草稿" in words and "（出具时编号）" in words and "拒签通知书" in words
        assert "NoticeofVisaRefusal" not in words
    assert plan.reference not in words and "LON-K-" not in words  # no number on a draft
    assert letter_count(db, "LON", DAY.year) == 0  # nothing taken
    assert verify_letter(db, "officer.a", plan.draft).status == "foreign"
    # The issued letter says what the draft said, with its number instead of the mark.
    issued = squeezed(pdf_text(issue_letter(db, "officer.a", case_id, language=language).pdf))
    assert "DRAFT" not in issued and "草稿" not in issued and plan.reference in issued


def test_the_plan_names_the_letter_a_second_one_must_correct(db: Database, tmp_path: Path) -> None:
    case_id = refused_case(db, tmp_path, "KV-SECOND-1")[0]
    assert letter_plan(db, "officer.a", case_id, today=DAY).existing is None
    first = issue_letter(db, "officer.a", case_id, today=DAY)
    plan = letter_plan(db, "officer.a", case_id, draft=True, today=DAY)
    assert plan.existing is not None and plan.existing.reference == first.reference
    assert plan.replaces == first.reference
    assert first.reference in squeezed(pdf_text(plan.draft))  # the draft says what it replaces
    with pytest.raises(Conflict):
        issue_letter(db, "officer.a", case_id, today=DAY)  # never a second one silently
    second = issue_letter(db, "officer.a", case_id, replaces=plan.replaces, today=DAY)
    assert second.replaces == first.reference
    later = letter_plan(db, "officer.a", case_id, today=DAY)
    assert later.existing is not None and later.existing.reference == second.reference


def test_a_second_interview_invitation_is_only_a_correction(db: Database, tmp_path: Path) -> None:
    case_id = checked_case(db, tmp_path, "KV-INT-2")
    interview = make_interview(datetime(2026, 3, 23, 10, 30), "Visa Section, London")
    first = issue_letter(db, "officer.a", case_id, "interview", interview=interview, today=DAY)
    plan = letter_plan(db, "officer.a", case_id, "interview", interview=interview, today=DAY)
    assert plan.existing is not None and plan.existing.reference == first.reference
    with pytest.raises(Conflict, match=first.reference):
        issue_letter(db, "officer.a", case_id, "interview", interview=interview, today=DAY)
    moved = make_interview(datetime(2026, 3, 24, 10, 30), "Visa Section, London")
    again = issue_letter(
        db, "officer.a", case_id, "interview", interview=moved, replaces=first.letter_id, today=DAY
    )
    assert again.replaces == first.reference


def test_an_accounts_title_prints_in_chinese_under_the_chinese_text(
    db: Database, tmp_path: Path
) -> None:
    from kvisa_desk.core.accounts.accounts import update_account
    from kvisa_desk.store.models import Officer

    # An account from before titles had a Chinese form: a common consular title is known.
    with db.write() as session:
        session.execute(
            update(Officer)
            .where(Officer.username == "officer.b")
            .values(display_name="周敏 Zhou Min", title="Consul")
        )
    case_id = approved_case(db, tmp_path, "KV-TZH-1")
    pdf = issue_letter(db, "officer.b", case_id, "approval", "en+zh", today=DAY).pdf
    words = squeezed(pdf_text(pdf))
    assert "Consul" in words and "领事" in words
    (tmp_path / "title-zh.pdf").write_bytes(pdf)
    # Its own Chinese title, set by an administrator, prints under the Chinese text; a
    # Chinese-only letter carries no English title.
    update_account(db, "officer.b", "test.admin", title="Visa Section Head", title_zh="签证处长")
    other = approved_case(db, tmp_path, "KV-TZH-2")
    words = squeezed(
        pdf_text(issue_letter(db, "officer.b", other, "approval", "zh", today=DAY).pdf)
    )
    assert "签证处长" in words and "VisaSectionHead" not in words
    third = approved_case(db, tmp_path, "KV-TZH-3")
    words = squeezed(
        pdf_text(issue_letter(db, "officer.b", third, "approval", "en+zh", today=DAY).pdf)
    )
    assert "VisaSectionHead" in words and "签证处长" in words
