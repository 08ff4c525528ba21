"""Sample letters and letterheads for the letter tests (and the benchmark)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from kvisa_desk.pdf.model import (
    Applicant,
    DocumentRequest,
    Interview,
    LetterContent,
    Letterhead,
    VisaTerms,
)
from kvisa_desk.pdf.summary import (
    CaseSummary,
    ChecklistItem,
    CheckRunEntry,
    DecisionEntry,
    DocumentEntry,
    EducationEntry,
    EmploymentEntry,
    HistoryEntry,
    LetterEntry,
    NoteEntry,
    OverrideEntry,
    PurposeTravel,
    RuleResult,
    ScreeningAnswer,
    SummaryApplicant,
    SummaryPassport,
)

LETTERHEAD = Letterhead(
    post_code="LON",
    post_name_en="Embassy of the People's Republic of China in the United Kingdom",
    post_name_zh="中华人民共和国驻英国大使馆",
    address_lines=("Visa Section, 31 Portland Place", "London W1B 1QD, United Kingdom"),
    phone="+44 20 7299 4049",
    email="visa.uk@example.org",
)

APPLICANT = Applicant(
    surname="ZHANG",
    given_names="Wei",
    native_name="张伟",
    date_of_birth=date(1994, 3, 7),
    nationality="GBR",
    passport_number="K1234567",
)


def content(kind: str = "refusal", language: str = "en+zh", **changes: object) -> LetterContent:
    base: dict[str, object] = {
        "kind": kind,
        "language": language,
        "reference": "LON-K-2026-000123",
        "issue_date": date(2025, 10, 15),
        "case_ref": "C0000042",
        "applicant": APPLICANT,
        "officer_name": "Li Ming",
        "officer_title": "Consul (Visa Section)",
        "officer_title_zh": "领事（签证处）",
    }
    if kind == "approval":
        base["terms"] = VisaTerms(entries="multiple", validity_days=180, stay_days=90)
    elif kind == "refusal":
        base["grounds"] = ("article-21-other",)
    elif kind == "request-documents":
        base["request"] = DocumentRequest(
            documents=("degree_certificate", "proof_of_post", "Letter from the host laboratory"),
            reply_by=date(2025, 11, 14),
        )
    elif kind == "interview":
        base["interview"] = Interview(
            at=datetime(2025, 10, 29, 10, 30), place="Visa Section, 31 Portland Place, London"
        )
    base.update(changes)
    return LetterContent(**base)  # type: ignore[arg-type]


def with_applicant(letter: LetterContent, **changes: object) -> LetterContent:
    return replace(letter, applicant=replace(letter.applicant, **changes))  # type: ignore[arg-type]


def summary(history: int = 8, runs: int = 2, **changes: object) -> CaseSummary:
    """A case summary with every section present; HISTORY events and RUNS check runs."""
    start = datetime(2025, 9, 1, 9, 0)
    check_runs = tuple(
        CheckRunEntry(
            number=n + 1,
            pack="k-visa-2025.2",
            ran_at=start + timedelta(days=n, hours=1),
            officer="test.officer",
            outcome="review" if n % 3 else "pass",
            results=tuple(
                RuleResult(f"K-{code}-0{i}", ("pass", "fail", "review")[(n + i) % 3],
                           f"Rule {code}-{i}: checked degree level, age 31 < 45, <b>ok</b> & done",
                           "education[1]" if code == "EDU" else None)
                for i, code in enumerate(("AGE", "EDU", "EMP", "DOC", "REF"))
            ),
            overrides=(
                OverrideEntry("K-EDU-01", "pass", "Degree confirmed with the university registry.",
                              "li.supervisor", start + timedelta(days=n, hours=2)),
            ) if n % 2 else (),
        )
        for n in range(runs)
    )  # fmt: skip
    events = tuple(
        HistoryEntry(
            at=start + timedelta(hours=5 * i),
            officer=("test.officer", "li.supervisor", None)[i % 3],
            event=("case_imported", "document_attached", "checks_run", "note_added")[i % 4],
            details=f'Event {i + 1}: changed field «address» from "A & B" to <i>C</i>',
            recorded={"source": "a.json", "doc_type": "passport_scan", "effective_outcome": "pass"},
        )
        for i in range(history)
    )
    base: dict[str, object] = {
        "case_ref": "C0000042",
        "post": "LON",
        "application_id": "KV-LON-2025-0000042",
        "received_on": date(2025, 9, 1),
        "status": "letter_issued",
        "applicant": SummaryApplicant(
            surname="ZHANG", given_names="Wei", native_name="张伟", sex="M",
            date_of_birth=date(1994, 3, 7), nationality="GBR", place_of_birth="Manchester",
            email="wei.zhang@example.org", phone="+44 7700 900123",
            address="Flat 3, 12 Example Street\nManchester M1 1AA",
        ),
        "passport": SummaryPassport(
            number="K1234567", issuing_state="GBR", issue_date=date(2020, 1, 2),
            expiry_date=date(2030, 1, 1),
            mrz_lines=("P<GBRZHANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                       "K1234567<4GBR9403075M3001019<<<<<<<<<<<<<<02"),
        ),
        "prepared_at": datetime(2025, 10, 20, 16, 45),
        "prepared_by": "Li Ming",
        "education": (
            EducationEntry("doctorate", "Physics", "University of Manchester", "GBR",
                           date(2021, 7, 1)),
            EducationEntry("master", "Physics", "清华大学", "CHN", date(2017, 7, 1)),
        ),
        "employment": (
            EmploymentEntry("Example Labs Ltd", "Research scientist", "research", "Physics",
                            "GBR", date(2021, 9, 1), None),
        ),
        "purpose": PurposeTravel("science_technology", "Joint research on quantum sensors",
                                 "Chinese Academy of Sciences", date(2026, 2, 1), 90),
        "screening": (ScreeningAnswer("reentry_ban", False),
                      ScreeningAnswer("insufficient_funds", None)),
        "checklist": (ChecklistItem("passport_scan", True, True),
                      ChecklistItem("degree_certificate", True, False)),
        "documents": (
            DocumentEntry("passport_scan", "passport.pdf", 183_211, "ab" * 32, "verified",
                          "li.supervisor 2025-09-03"),
            DocumentEntry("photo", "<script>.jpg", 52_000, None, "unverified"),
        ),
        "check_runs": check_runs,
        "decisions": (
            DecisionEntry("refuse", "test.officer", start + timedelta(days=20),
                          grounds=("K-REF-01: other grounds under Article 21",),
                          reasoning="The documents do not support the stated post.",
                          sign_off="agree", signed_by="li.supervisor",
                          signed_at=start + timedelta(days=21)),
        ),
        "letters": (
            LetterEntry("LON-K-2026-000123", "refusal", "en+zh", date(2025, 10, 15), "cd" * 32),
        ),
        "notes": (NoteEntry(start, "test.officer", "Called the host: confirmed <b>visit</b>."),),
        "history": events,
    }  # fmt: skip
    base.update(changes)
    return CaseSummary(**base)  # type: ignore[arg-type]
