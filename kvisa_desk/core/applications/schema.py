"""One application record of `kvisa-application/1`, validated field by field.

Values must have their JSON types (strict: `"90"` is not a number, `0` is not false);
sizes, text, digits, dates and post codes follow the policy of core/limits.py, which
docs/import-format.md states for the officers and the systems that send files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from kvisa_desk.core.countries import is_country_code, is_nationality_code
from kvisa_desk.core.limits import (
    MAX_APPLICATION_ID,
    MAX_ITEMS,
    MAX_NAME,
    MAX_PASSPORT_NUMBER,
    MAX_PERSON_NAME,
    MAX_PROBLEMS_PER_RECORD,
    MAX_TEXT,
    birth_problem,
    has_visible_character,
    invisible_problem,
    passport_dates_problem,
    post_code_problem,
    received_problem,
    text_problem,
)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_ISCED = re.compile(r"[0-9]{2,4}", re.ASCII)
_MRZ_LINE = re.compile(r"[A-Z0-9<]{44}", re.ASCII)
_ASCII_VISIBLE = re.compile(r"[!-~]")  # letters, digits and signs: each shows
MAX_STAY_DAYS = 3660


def _iso_date(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is not a date in the calendar") from None


def _nationality(value: str) -> str:
    if not is_nationality_code(value):
        raise ValueError(f"{_shown(value)} is not an ISO 3166-1 alpha-3 or ICAO country code")
    return value


def _country(value: str) -> str:
    if not is_country_code(value):
        raise ValueError(f"{_shown(value)} is not an ISO 3166-1 alpha-2 or alpha-3 country code")
    return value


def _text(limit: int, *, lines: bool = False, required: bool = False) -> Callable[[str], str]:
    """A check of a name (one line) or free text (`lines`), refusing any value it cannot show."""

    def check(value: str) -> str:
        # Most values are plain printable ASCII with a letter or digit: nothing to refuse.
        plain = len(value) <= limit and value.isascii() and value.isprintable()
        if plain and _ASCII_VISIBLE.search(value) is not None:
            return value
        # Whether it shows anything, worked out once (it was twice for a required field);
        # a printable ASCII character settles it without a look at each character's category.
        visible = _ASCII_VISIBLE.search(value) is not None or has_visible_character(value)
        if required and not visible:
            hidden = " (it holds only invisible characters)" if value else ""
            raise ValueError(f"must not be empty{hidden}")
        problem = text_problem(value, limit, lines=lines)
        if problem is None and not visible:
            problem = invisible_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value

    return check


def _isced(value: str) -> str:
    if not _ISCED.fullmatch(value):
        raise ValueError("must be two to four digits (0–9) of ISCED-F 2013, such as 0713")
    return value


def _post(value: str) -> str:
    problem = post_code_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def _mrz_line(value: str) -> str:
    if not _MRZ_LINE.fullmatch(value):
        raise ValueError("each MRZ line must be exactly 44 characters A–Z, 0–9 or <")
    return value


def _stay(value: int) -> int:
    if not 1 <= value <= MAX_STAY_DAYS:
        raise ValueError(f"must be between 1 and {MAX_STAY_DAYS:,} days")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Nationality = Annotated[str, AfterValidator(_nationality)]
Country = Annotated[str, AfterValidator(_country)]
Name = Annotated[str, AfterValidator(_text(MAX_NAME))]
Required = Annotated[str, AfterValidator(_text(MAX_NAME, required=True))]
Surname = Annotated[str, AfterValidator(_text(MAX_PERSON_NAME, required=True))]
GivenNames = Annotated[str, AfterValidator(_text(MAX_PERSON_NAME))]
PassportNumber = Annotated[str, AfterValidator(_text(MAX_PASSPORT_NUMBER, required=True))]
FreeText = Annotated[str, AfterValidator(_text(MAX_TEXT, lines=True))]
ApplicationId = Annotated[str, AfterValidator(_text(MAX_APPLICATION_ID, required=True))]
IscedCode = Annotated[str, AfterValidator(_isced)]
PostCode = Annotated[str, AfterValidator(_post)]
MrzLine = Annotated[str, AfterValidator(_mrz_line)]
StayDays = Annotated[int, AfterValidator(_stay)]
# JSON has no tuples: lists arrive as lists, and each item is still checked strictly.
Items = Field(strict=False, max_length=MAX_ITEMS)


class _Part(BaseModel):
    # Unknown keys are refused so a misspelt field is reported, not silently dropped;
    # strict: a value must have its JSON type ("90" is not a number, 0 is not false).
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class ApplicantPart(_Part):
    surname: Surname
    given_names: GivenNames = ""
    native_name: Name | None = None
    sex: Literal["F", "M", "X"] | None = None
    date_of_birth: IsoDate
    place_of_birth: Name | None = None
    nationality: Nationality
    email: Name | None = None
    phone: Name | None = None
    address: FreeText | None = None

    @field_validator("given_names", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value


class PassportPart(_Part):
    number: PassportNumber
    issuing_state: Nationality
    issue_date: IsoDate | None = None
    expiry_date: IsoDate
    mrz: Annotated[tuple[MrzLine, ...], Items] | None = None

    @field_validator("mrz")
    @classmethod
    def _two_lines(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and len(value) != 2:
            raise ValueError("must be the two 44-character lines of the passport's MRZ")
        return value


class EducationPart(_Part):
    level: Literal["bachelor", "master", "doctorate", "other"]
    field: Name | None = None
    isced_f: IscedCode | None = None
    institution: Name | None = None
    institution_country: Country | None = None
    awarded_on: IsoDate | None = None


class EmploymentPart(_Part):
    employer: Name | None = None
    country: Country | None = None
    position: Name | None = None
    kind: Literal["teaching", "research", "industry", "other"] | None = None
    field: Name | None = None
    isced_f: IscedCode | None = None
    start_date: IsoDate | None = None
    end_date: IsoDate | None = None


class PurposePart(_Part):
    activity: (
        Literal[
            "education",
            "science_technology",
            "culture",
            "entrepreneurship",
            "business",
            "employment",
            "other",
        ]
        | None
    ) = None
    description: FreeText | None = None
    host_institution: Name | None = None


class TravelPart(_Part):
    intended_entry: IsoDate | None = None
    stay_days: StayDays | None = None


class ScreeningPart(_Part):
    reentry_ban: bool | None = None
    security_concern: bool | None = None
    fraud_found: bool | None = None
    insufficient_funds: bool | None = None


class DocumentPart(_Part):
    type: Literal[
        "passport_scan",
        "photo",
        "application_form",
        "degree_certificate",
        "transcript",
        "proof_of_post",
        "other",
    ]
    file: Required


class ApplicationRecord(_Part):
    schema_: Literal["kvisa-application/1"] = Field(alias="schema")
    application_id: ApplicationId
    received_at: IsoDate
    # Absent in files from a single post's system: the importer supplies the post's code.
    post: PostCode | None = None
    applicant: ApplicantPart
    passport: PassportPart
    education: Annotated[tuple[EducationPart, ...], Items] = ()
    employment: Annotated[tuple[EmploymentPart, ...], Items] = ()
    purpose: PurposePart | None = None
    travel: TravelPart | None = None
    screening: ScreeningPart | None = None
    documents: Annotated[tuple[DocumentPart, ...], Items] = ()

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)

    @field_validator("education", "employment", "documents", mode="before")
    @classmethod
    def _null_is_empty_list(cls, value: Any) -> Any:
        return () if value is None else value

    def to_json(self) -> dict[str, Any]:
        """The record in the file format, every date as YYYY-MM-DD."""
        return self.model_dump(mode="json", by_alias=True)


def plausibility_problems(record: ApplicationRecord, today: date) -> list[tuple[str, str]]:
    """Dates that are each possible but cannot be true together (or not yet)."""
    checks = (
        ("received_at", received_problem(record.received_at, today)),
        (
            "applicant.date_of_birth",
            birth_problem(record.applicant.date_of_birth, record.received_at),
        ),
        (
            "passport.issue_date",
            passport_dates_problem(record.passport.issue_date, record.passport.expiry_date),
        ),
    )
    return [(field, problem) for field, problem in checks if problem is not None]


# -- error wording: pydantic's own sentences never reach an officer ------------------------

_REASONS = {
    "missing": "is required",
    "extra_forbidden": "is not a field of kvisa-application/1 (check the spelling)",
    "string_type": "must be text in double quotes",
    "bool_parsing": "must be true or false",
    "model_type": "must be an object { … }",
    "model_attributes_type": "must be an object { … }",
    "dict_type": "must be an object { … }",
    "tuple_type": "must be a list [ … ]",
    "list_type": "must be a list [ … ]",
    "date_type": "must be a date written YYYY-MM-DD",
}


def _shown(value: Any) -> str:
    """A value quoted in a message, only when short and plain enough to read."""
    if isinstance(value, str):
        if len(value) <= 40 and value.isprintable():
            return repr(value)
        return "this text"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "this number" if len(repr(value)) > 20 else repr(value)
    if value is None:
        return "null"
    return "a list" if isinstance(value, list | tuple) else "an object"


def _number_reason(value: Any) -> str:
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return f'must be a number without quotes: {value.strip()}, not "{value.strip()}"'
    return "must be a whole number, such as 90"


def _bool_reason(value: Any) -> str:
    if value in ("true", "false"):
        return f'must be true or false without quotes: {value}, not "{value}"'
    return f"must be true or false, not {_shown(value)}"


def _reason(error: Any) -> str:
    kind, value = error["type"], error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    if kind == "literal_error":
        return f"{_shown(value)} is not one of {ctx.get('expected', 'the allowed values')}"
    if kind.startswith("int_"):
        return _number_reason(value)
    if kind in ("bool_type", "bool_parsing"):
        return _bool_reason(value)
    if kind == "too_long":
        return f"has {ctx.get('actual_length')} items; at most {ctx.get('max_length')} are allowed"
    if kind == "string_type" and value is not None and not isinstance(value, list | dict):
        return f"must be text in double quotes, not {_shown(value)}"
    return _REASONS.get(kind, "is not a value this field accepts")


def _field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if not str(p).startswith(("literal[", "function-"))]
    # Pydantic names a union branch in the location; the officer needs the field only.
    parts = [p for p in parts if p not in ("str", "int", "date", "bool", "tuple[...]")]
    parts = [p if len(p) <= 64 else p[:60] + "…" for p in parts]
    return ".".join(parts).replace("schema_", "schema") or "(record)"


def describe_errors(exc: ValidationError) -> list[tuple[str, str]]:
    """(dotted field, reason) pairs in an officer's words."""
    found = [(_field(tuple(e["loc"])), _reason(e)) for e in exc.errors()]
    return found[:MAX_PROBLEMS_PER_RECORD]


def validate_record(
    raw: Any, today: date | None = None
) -> ApplicationRecord | list[tuple[str, str]]:
    """The record, or its problems; dates are judged against `today` (the local date)."""
    if not isinstance(raw, dict):
        return [("(record)", "must be a JSON object { … }")]
    try:
        record = ApplicationRecord.model_validate(raw)
    except ValidationError as exc:
        return describe_errors(exc)
    problems = plausibility_problems(record, today or date.today())
    return problems or record
