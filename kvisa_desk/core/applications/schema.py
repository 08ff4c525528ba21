"""One application record of `kvisa-application/1`, validated field by field."""

from __future__ import annotations

import re
from datetime import date
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

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISCED = re.compile(r"^\d{2,4}$")


def _iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is not a date in the calendar") from None


def _nationality(value: str) -> str:
    if not is_nationality_code(value):
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 or ICAO country code")
    return value


def _country(value: str) -> str:
    if not is_country_code(value):
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 or alpha-3 country code")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Nationality = Annotated[str, AfterValidator(_nationality)]
Country = Annotated[str, AfterValidator(_country)]
Required = Annotated[str, AfterValidator(_not_blank)]
IscedCode = Annotated[str, Field(pattern=_ISCED.pattern)]


class _Part(BaseModel):
    # Unknown keys are refused so a misspelt field is reported, not silently dropped.
    model_config = ConfigDict(extra="forbid", frozen=True)


class ApplicantPart(_Part):
    surname: Required
    given_names: str = ""
    native_name: str | None = None
    sex: Literal["F", "M", "X"] | None = None
    date_of_birth: IsoDate
    place_of_birth: str | None = None
    nationality: Nationality
    email: str | None = None
    phone: str | None = None
    address: str | None = None

    @field_validator("given_names", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value


class PassportPart(_Part):
    number: Required
    issuing_state: Nationality
    issue_date: IsoDate | None = None
    expiry_date: IsoDate
    mrz: tuple[Annotated[str, Field(min_length=44, max_length=44)], ...] | None = None

    @field_validator("mrz")
    @classmethod
    def _two_lines(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and len(value) != 2:
            raise ValueError("must be the two 44-character lines of the passport's MRZ")
        return value


class EducationPart(_Part):
    level: Literal["bachelor", "master", "doctorate", "other"]
    field: str | None = None
    isced_f: IscedCode | None = None
    institution: str | None = None
    institution_country: Country | None = None
    awarded_on: IsoDate | None = None


class EmploymentPart(_Part):
    employer: str | None = None
    country: Country | None = None
    position: str | None = None
    kind: Literal["teaching", "research", "industry", "other"] | None = None
    field: str | None = None
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
    description: str | None = None
    host_institution: str | None = None


class TravelPart(_Part):
    intended_entry: IsoDate | None = None
    stay_days: Annotated[int, Field(ge=1, le=3660)] | None = None


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
    application_id: Annotated[Required, Field(max_length=64)]
    received_at: IsoDate
    # Absent in files from a single post's system: the importer supplies the post's code.
    post: Annotated[str, Field(min_length=2, max_length=16, pattern=r"^[A-Z0-9]+$")] | None = None
    applicant: ApplicantPart
    passport: PassportPart
    education: tuple[EducationPart, ...] = ()
    employment: tuple[EmploymentPart, ...] = ()
    purpose: PurposePart | None = None
    travel: TravelPart | None = None
    screening: ScreeningPart | None = None
    documents: tuple[DocumentPart, ...] = ()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("education", "employment", "documents", mode="before")
    @classmethod
    def _null_is_empty_list(cls, value: Any) -> Any:
        return () if value is None else value

    def to_json(self) -> dict[str, Any]:
        """The record in the file format, every date as YYYY-MM-DD."""
        return self.model_dump(mode="json", by_alias=True)


_REASONS = {
    "missing": "is required",
    "extra_forbidden": "is not a field of kvisa-application/1 (check the spelling)",
    "string_type": "must be text",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "model_type": "must be an object",
    "dict_type": "must be an object",
    "tuple_type": "must be a list",
    "list_type": "must be a list",
}


def _reason(error: Any) -> str:
    kind = error["type"]
    if kind == "literal_error":
        allowed = error.get("ctx", {}).get("expected", "")
        return f"{error.get('input')!r} is not one of {allowed}"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and error["loc"][-1] == "isced_f":
        return "must be two to four digits of ISCED-F 2013"
    if kind in ("string_too_long", "string_too_short") and "mrz" in error["loc"]:
        return "each MRZ line must be exactly 44 characters"
    return _REASONS.get(kind, str(error["msg"]))


def describe_errors(exc: ValidationError) -> list[tuple[str, str]]:
    """(dotted field, reason) pairs in an officer's words."""
    found: list[tuple[str, str]] = []
    for error in exc.errors():
        parts = [str(p) for p in error["loc"] if not str(p).startswith(("literal[", "function-"))]
        # Pydantic names a union branch in the location; the officer needs the field only.
        parts = [p for p in parts if p not in ("str", "int", "date", "bool", "tuple[...]")]
        field = ".".join(parts).replace("schema_", "schema") or "(record)"
        found.append((field, _reason(error)))
    return found


def validate_record(raw: Any) -> ApplicationRecord | list[tuple[str, str]]:
    if not isinstance(raw, dict):
        return [("(record)", "must be a JSON object")]
    try:
        return ApplicationRecord.model_validate(raw)
    except ValidationError as exc:
        return describe_errors(exc)
