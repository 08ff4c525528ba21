"""Stored codes in the officer's words, through Qt's translation so a Chinese UI is a file away."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kvisa_desk.vocab import CaseStatus, DocumentType, Verification


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for translation later; Qt's own is typed `object`. lupdate seeks the name."""
    return source


_STATUS: dict[str, str] = {
    CaseStatus.RECEIVED: QT_TRANSLATE_NOOP("CaseStatus", "Received"),
    CaseStatus.IN_REVIEW: QT_TRANSLATE_NOOP("CaseStatus", "In review"),
    CaseStatus.AWAITING_DOCUMENTS: QT_TRANSLATE_NOOP("CaseStatus", "Awaiting documents"),
    CaseStatus.READY_FOR_DECISION: QT_TRANSLATE_NOOP("CaseStatus", "Ready for decision"),
    CaseStatus.AWAITING_SIGN_OFF: QT_TRANSLATE_NOOP("CaseStatus", "Awaiting sign-off"),
    CaseStatus.APPROVED: QT_TRANSLATE_NOOP("CaseStatus", "Approved"),
    CaseStatus.REFUSED: QT_TRANSLATE_NOOP("CaseStatus", "Refused"),
    CaseStatus.LETTER_ISSUED: QT_TRANSLATE_NOOP("CaseStatus", "Letter issued"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseStatus", "Closed"),
    CaseStatus.WITHDRAWN: QT_TRANSLATE_NOOP("CaseStatus", "Withdrawn"),
}

_CODES: dict[str, dict[str, str]] = {
    "sex": {
        "F": QT_TRANSLATE_NOOP("Codes", "Female"),
        "M": QT_TRANSLATE_NOOP("Codes", "Male"),
        "X": QT_TRANSLATE_NOOP("Codes", "Unspecified (X)"),
    },
    "level": {
        "bachelor": QT_TRANSLATE_NOOP("Codes", "Bachelor's degree"),
        "master": QT_TRANSLATE_NOOP("Codes", "Master's degree"),
        "doctorate": QT_TRANSLATE_NOOP("Codes", "Doctorate"),
        "other": QT_TRANSLATE_NOOP("Codes", "Other qualification"),
    },
    "kind": {
        "teaching": QT_TRANSLATE_NOOP("Codes", "Teaching"),
        "research": QT_TRANSLATE_NOOP("Codes", "Research"),
        "industry": QT_TRANSLATE_NOOP("Codes", "Industry"),
        "other": QT_TRANSLATE_NOOP("Codes", "Other"),
    },
    "activity": {
        "education": QT_TRANSLATE_NOOP("Codes", "Education"),
        "science_technology": QT_TRANSLATE_NOOP("Codes", "Science and technology"),
        "culture": QT_TRANSLATE_NOOP("Codes", "Culture"),
        "entrepreneurship": QT_TRANSLATE_NOOP("Codes", "Entrepreneurship"),
        "business": QT_TRANSLATE_NOOP("Codes", "Business"),
        "employment": QT_TRANSLATE_NOOP("Codes", "Employment"),
        "other": QT_TRANSLATE_NOOP("Codes", "Other"),
    },
    "document": {
        DocumentType.PASSPORT_SCAN: QT_TRANSLATE_NOOP("Codes", "Passport scan"),
        DocumentType.PHOTO: QT_TRANSLATE_NOOP("Codes", "Photo"),
        DocumentType.APPLICATION_FORM: QT_TRANSLATE_NOOP("Codes", "Application form"),
        DocumentType.DEGREE_CERTIFICATE: QT_TRANSLATE_NOOP("Codes", "Degree certificate"),
        DocumentType.TRANSCRIPT: QT_TRANSLATE_NOOP("Codes", "Transcript"),
        DocumentType.PROOF_OF_POST: QT_TRANSLATE_NOOP("Codes", "Proof of post"),
        DocumentType.OTHER: QT_TRANSLATE_NOOP("Codes", "Other document"),
    },
    "verification": {
        Verification.UNVERIFIED: QT_TRANSLATE_NOOP("Codes", "Not verified"),
        Verification.VERIFIED: QT_TRANSLATE_NOOP("Codes", "Verified"),
        Verification.SUSPECTED_FRAUDULENT: QT_TRANSLATE_NOOP("Codes", "Suspected fraudulent"),
    },
    "event": {
        "case_imported": QT_TRANSLATE_NOOP("Codes", "Imported"),
        "applications_imported": QT_TRANSLATE_NOOP("Codes", "Applications imported"),
        "registry_seeded": QT_TRANSLATE_NOOP("Codes", "Institution registry seeded"),
        "status_changed": QT_TRANSLATE_NOOP("Codes", "Status changed"),
        "case_assigned": QT_TRANSLATE_NOOP("Codes", "Case assigned"),
    },
}


_ACCELERATOR = re.compile(r"\(&[^)]\)|&(.)")  # "(&O)", or "&" before the letter it marks


def action_caption(text: str) -> str:
    """An action's text as a list shows it: no accelerator, whether written "&Open" (English)
    or "打开(&O)" (Chinese), and no trailing ellipsis."""
    # "&&" is a literal ampersand: the group keeps the second "&" of the pair.
    return _ACCELERATOR.sub(lambda m: m.group(1) or "", text).rstrip("…")


def status_label(status: str) -> str:
    """A case status as the officer says it; an unknown code is shown as it is stored."""
    source = _STATUS.get(status)
    return QCoreApplication.translate("CaseStatus", source) if source else status


def code_label(kind: str, code: str | None) -> str:
    """A code from one of the vocabularies above; empty for None, the code itself if unknown."""
    if code is None:
        return ""
    source = _CODES[kind].get(code)
    if source:
        return QCoreApplication.translate("Codes", source)
    return code.replace("_", " ").capitalize() if kind == "event" else code


def yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("Codes", "Not answered")
    if value:
        return QCoreApplication.translate("Codes", "Yes")
    return QCoreApplication.translate("Codes", "No")


def text_of(value: Any) -> str:
    """Any stored value as plain text: None is empty, dates are ISO, the rest exactly as stored."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
        return stamp.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def event_details(kind: str, details: dict[str, Any]) -> str:
    """A history event's details in one line; a status change reads `Received → In review`."""
    if kind == "status_changed" and {"from", "to"} <= details.keys():
        change = f"{status_label(str(details['from']))} → {status_label(str(details['to']))}"
        rest = {k: v for k, v in details.items() if k not in ("from", "to")}
        return " · ".join([change, *(f"{k}: {text_of(v)}" for k, v in rest.items())])
    return " · ".join(f"{k}: {text_of(v)}" for k, v in details.items())


def applicant_name(surname: str, given_names: str) -> str:
    """`Surname, Given names`, or the surname alone for a person with one name."""
    return f"{surname}, {given_names}" if given_names else surname


_OUTCOMES: dict[str, str] = {
    "pass": QT_TRANSLATE_NOOP("Outcome", "Pass"),
    "review": QT_TRANSLATE_NOOP("Outcome", "Review"),
    "fail": QT_TRANSLATE_NOOP("Outcome", "Fail"),
}
UNCHECKED = "unchecked"


def outcome_label(outcome: str | None) -> str:
    """A check outcome in the officer's words; None (never checked) reads `Not checked`."""
    if outcome is None or outcome == UNCHECKED:
        return QCoreApplication.translate("Outcome", "Not checked")
    source = _OUTCOMES.get(outcome)
    return QCoreApplication.translate("Outcome", source) if source else outcome


def subject_label(subject: str | None) -> str:
    """`education[0]` reads `Degree 1`, `employment[1]` reads `Post 2`, None reads `Case`."""
    if subject is None:
        return QCoreApplication.translate("Outcome", "Whole case")
    kind, _, rest = subject.partition("[")
    number = rest.rstrip("]")
    if number.isdigit():
        n = int(number) + 1
        if kind == "education":
            return QCoreApplication.translate("Outcome", "Degree {n}").format(n=n)
        if kind == "employment":
            return QCoreApplication.translate("Outcome", "Post {n}").format(n=n)
    return subject


def date_text(value: date | None) -> str:
    """A date as the officer's language writes it: `15 Oct 2025`, `2025年10月15日`."""
    if value is None:
        return ""
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()
    day = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(day, "yyyy年M月d日")
    return locale.toString(day, "d MMM yyyy")
