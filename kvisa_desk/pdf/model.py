"""What a letter prints, as plain frozen dataclasses, and the digest of that content.

The caller (core) fills these from the case; this package only renders them. Nothing
here knows about the database, so a letter can be re-rendered from its stored content.

`content_digest(content, letterhead)` is the SHA-256 of the canonical JSON of every data
value the letter prints (and the format tag `kvisa-letter/1`). The fixed wording of the
templates is not part of it: the digest identifies the letter's data, and the stored PDF
bytes (their own SHA-256) identify the exact file.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, get_args

LetterKind = Literal["approval", "refusal", "request-documents", "interview"]
Language = Literal["en", "zh", "en+zh"]
Entries = Literal["1", "2", "multiple"]

LETTER_KINDS: tuple[str, ...] = get_args(LetterKind)
LANGUAGES: tuple[str, ...] = get_args(Language)
ENTRIES: tuple[str, ...] = get_args(Entries)

FORMAT = "kvisa-letter/1"

# Refusal grounds a letter may state: codes whose wording (in every language) lives in
# resources/letters/<lang>.toml under [refusal_grounds]. A closed list on purpose: a letter
# can never name a screening fact (K-REF-01), whatever the caller passes.
REFUSAL_GROUNDS: tuple[str, ...] = ("article-21-other",)

# A reference such as LON-K-2026-000123: letters, digits and hyphens (no "|": the QR payload
# uses it as separator).
_REFERENCE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def _require_text(value: object, what: str, *, allow_empty: bool = False) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise ValueError(f"{what} is empty")


def _require_reference(value: object, what: str) -> None:
    _require_text(value, what)
    assert isinstance(value, str)
    if len(value) > 64 or not _REFERENCE.fullmatch(value):
        raise ValueError(f"{what} {value!r} is not a letter reference like LON-K-2026-000123")


@dataclass(frozen=True)
class Letterhead:
    """The post issuing the letter, as printed at the top of every letter."""

    post_code: str
    post_name_en: str
    post_name_zh: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""

    def __post_init__(self) -> None:
        _require_text(self.post_code, "post_code")
        _require_text(self.post_name_en, "post_name_en")
        _require_text(self.post_name_zh, "post_name_zh")
        for line in self.address_lines:
            _require_text(line, "an address line", allow_empty=True)
        _require_text(self.phone, "phone", allow_empty=True)
        _require_text(self.email, "email", allow_empty=True)


@dataclass(frozen=True)
class Applicant:
    """The applicant as the letter names them (passport spelling and native script)."""

    surname: str
    given_names: str
    date_of_birth: date
    nationality: str
    passport_number: str
    native_name: str | None = None
    # The nationality as the letter names it ("Germany", "德国"); the code when left empty.
    nationality_en: str = ""
    nationality_zh: str = ""

    def __post_init__(self) -> None:
        _require_text(self.surname, "surname", allow_empty=True)
        _require_text(self.given_names, "given_names", allow_empty=True)
        if not (self.surname.strip() or self.given_names.strip()):
            raise ValueError("the applicant has no name")
        if not isinstance(self.date_of_birth, date) or isinstance(self.date_of_birth, datetime):
            raise TypeError("date_of_birth must be a date")
        _require_text(self.nationality, "nationality")
        _require_text(self.passport_number, "passport_number")
        if self.native_name is not None:
            _require_text(self.native_name, "native_name", allow_empty=True)
        _require_text(self.nationality_en, "nationality_en", allow_empty=True)
        _require_text(self.nationality_zh, "nationality_zh", allow_empty=True)

    @property
    def latin_name(self) -> str:
        """Given names then surname, as in a salutation ("Wei ZHANG" as given)."""
        return " ".join(part for part in (self.given_names.strip(), self.surname.strip()) if part)

    def nationality_in(self, language: str) -> str:
        """The nationality's name in LANGUAGE ("en" or "zh"), else its code."""
        name = self.nationality_zh if language == "zh" else self.nationality_en
        return name.strip() or self.nationality

    def name_in(self, language: str) -> str:
        """How a letter in LANGUAGE addresses the applicant: in Chinese by the native name when
        it is written in Chinese characters (尊敬的张伟), else by the Latin name."""
        native = (self.native_name or "").strip()
        if language == "zh" and native and all(_is_han(ch) or ch in "·・ " for ch in native):
            return native
        return self.latin_name


def _is_han(ch: str) -> bool:
    """A CJK ideograph (the unified blocks and extensions A to H, and compatibility forms)."""
    point = ord(ch)
    return (
        0x4E00 <= point <= 0x9FFF
        or 0x3400 <= point <= 0x4DBF
        or 0x20000 <= point <= 0x323AF
        or 0xF900 <= point <= 0xFAFF
        or point == 0x3007
    )


@dataclass(frozen=True)
class VisaTerms:
    """The visa an approval grants, as the officer entered it (no defaults exist)."""

    entries: Entries
    validity_days: int
    stay_days: int

    def __post_init__(self) -> None:
        if self.entries not in ENTRIES:
            raise ValueError(f"entries must be one of {ENTRIES}, not {self.entries!r}")
        for what, value in (("validity_days", self.validity_days), ("stay_days", self.stay_days)):
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"{what} must be a positive whole number of days")


@dataclass(frozen=True)
class DocumentRequest:
    """What a request for further documents asks for, and by when.

    Each item is a document type code (`degree_certificate`, ...), printed by its name in
    the letter's language, or any other text, printed as given.
    """

    documents: tuple[str, ...]
    reply_by: date

    def __post_init__(self) -> None:
        if not self.documents:
            raise ValueError("a request for documents names at least one document")
        for item in self.documents:
            _require_text(item, "a requested document")
        if not isinstance(self.reply_by, date) or isinstance(self.reply_by, datetime):
            raise TypeError("reply_by must be a date")


@dataclass(frozen=True)
class Interview:
    """When and where the applicant is invited (the post's local time, as given)."""

    at: datetime
    place: str

    def __post_init__(self) -> None:
        if not isinstance(self.at, datetime):
            raise TypeError("the interview time must be a datetime")
        _require_text(self.place, "the interview place")


@dataclass(frozen=True)
class LetterContent:
    """Everything a letter prints besides the letterhead.

    Kind-specific parts must be present for their kind and absent otherwise: `terms` for
    an approval, `grounds` (possibly empty: then the refusal states none) for a refusal,
    `request` for a request for documents, `interview` for an interview invitation.
    `replaces` is the reference of the letter this one corrects.
    """

    kind: LetterKind
    language: Language
    reference: str
    issue_date: date
    case_ref: str
    applicant: Applicant
    officer_name: str
    officer_title: str
    officer_title_zh: str = ""
    terms: VisaTerms | None = None
    grounds: tuple[str, ...] = ()
    request: DocumentRequest | None = None
    interview: Interview | None = None
    replaces: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in LETTER_KINDS:
            raise ValueError(f"kind must be one of {LETTER_KINDS}, not {self.kind!r}")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {self.language!r}")
        _require_reference(self.reference, "reference")
        if self.replaces is not None:
            _require_reference(self.replaces, "replaces")
            if self.replaces == self.reference:
                raise ValueError("a letter cannot replace itself")
        if not isinstance(self.issue_date, date) or isinstance(self.issue_date, datetime):
            raise TypeError("issue_date must be a date")
        _require_text(self.case_ref, "case_ref")
        if not isinstance(self.applicant, Applicant):
            raise TypeError("applicant must be an Applicant")
        _require_text(self.officer_name, "officer_name")
        _require_text(self.officer_title, "officer_title")
        _require_text(self.officer_title_zh, "officer_title_zh", allow_empty=True)
        for ground in self.grounds:
            if ground not in REFUSAL_GROUNDS:
                raise ValueError(
                    f"refusal ground {ground!r} is not one a letter may state: {REFUSAL_GROUNDS}"
                )
        wanted = {
            "terms": self.kind == "approval",
            "request": self.kind == "request-documents",
            "interview": self.kind == "interview",
        }
        for field_name, needed in wanted.items():
            present = getattr(self, field_name) is not None
            if needed and not present:
                raise ValueError(f"a {self.kind} letter needs {field_name}")
            if present and not needed:
                raise ValueError(f"a {self.kind} letter does not print {field_name}")
        if self.grounds and self.kind != "refusal":
            raise ValueError(f"a {self.kind} letter does not print refusal grounds")


def _plain(value: Any) -> Any:
    """A JSON-able, unambiguous form of a model value."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


def canonical_content(content: LetterContent, letterhead: Letterhead) -> bytes:
    """The canonical JSON (UTF-8, sorted keys, no spaces) of everything the letter prints."""
    document = {
        "format": FORMAT,
        "letterhead": _plain(letterhead),
        "content": _plain(content),
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def content_digest(content: LetterContent, letterhead: Letterhead) -> str:
    """SHA-256 (hex) of `canonical_content`: what the QR code and the metadata carry."""
    return hashlib.sha256(canonical_content(content, letterhead)).hexdigest()
