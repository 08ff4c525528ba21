"""The facts an officer may correct, each with how its typed text is read and checked.

A field is named by its path as the case view names its editor: `applicant.surname`,
`travel.stay_days`, `screening.reentry_ban`, and for the n-th degree or post (from 0)
`education.0.isced_f`, `employment.1.end_date`. Parsers turn the text as typed into the
stored value or raise InvalidInput saying what is wrong, in words an officer can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kvisa_desk.core.countries import is_country_code, is_nationality_code
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.core.limits import (
    MAX_NAME,
    MAX_PERSON_NAME,
    MAX_TEXT,
    invisible_problem,
    text_problem,
)
from kvisa_desk.vocab import ACTIVITIES, DEGREE_LEVELS, EMPLOYMENT_KINDS, SEX_CODES

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PASSPORT = re.compile(r"^[A-Z0-9<]{1,20}$")
_ISCED = re.compile(r"^[0-9]{2,4}$")
_INDEXED = re.compile(r"^(education|employment)\.(\d+)\.(\w+)$")
YES, NO = "yes", "no"
MAX_STAY_DAYS = 3660


def _checked(value: str, limit: int, lines: bool = False) -> str:
    """The import's text policy (core/limits.py): size, no control characters."""
    problem = text_problem(value, limit, lines=lines) or invisible_problem(value)
    if problem is not None:
        raise InvalidInput(problem)
    return value


def _text(value: str) -> str:
    return _checked(value, MAX_PERSON_NAME) if value.strip() else value


def _required(value: str) -> str:
    if not value.strip():
        raise InvalidInput("must not be empty")
    return _checked(value, MAX_PERSON_NAME)


def _optional(value: str) -> str | None:
    return _checked(value, MAX_NAME) if value.strip() else None


def _optional_text(value: str) -> str | None:
    return _checked(value, MAX_TEXT, lines=True) if value.strip() else None


def _date(value: str) -> date:
    text = value.strip()
    if not _ISO_DATE.match(text):
        raise InvalidInput("write the date as YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text} is not a date in the calendar") from None


def _optional_date(value: str) -> date | None:
    return _date(value) if value.strip() else None


def _nationality(value: str) -> str:
    code = value.strip().upper()
    if not is_nationality_code(code):
        raise InvalidInput(f"{code or value!r} is not a three-letter country code (e.g. NGA)")
    return code


def _country(value: str) -> str | None:
    # Degrees and posts may name a country by its two- or three-letter ISO code.
    code = value.strip().upper()
    if not code:
        return None
    if not is_country_code(code):
        raise InvalidInput(f"{code} is not a two- or three-letter country code (e.g. NG or NGA)")
    return code


def _sex(value: str) -> str | None:
    code = value.strip().upper()
    if not code:
        return None
    if code not in SEX_CODES:
        raise InvalidInput(f"must be one of {', '.join(SEX_CODES)}")
    return code


def _email(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    if not _EMAIL.match(text):
        raise InvalidInput("is not an e-mail address (name@example.org)")
    return text


def _passport_number(value: str) -> str:
    text = value.strip().upper()
    if not _PASSPORT.match(text):
        raise InvalidInput("letters and digits only, up to 20")
    return text


def isced_code(value: str) -> str | None:
    """An ISCED-F 2013 code: broad (2 digits), narrow (3) or detailed (4); empty for none."""
    text = value.strip()
    if not text:
        return None
    if not _ISCED.match(text):
        raise InvalidInput("an ISCED-F code is two to four digits, e.g. 0713")
    return text


def _choice(values: tuple[str, ...], required: bool = False) -> Callable[[str], str | None]:
    def parse(value: str) -> str | None:
        code = value.strip()
        if not code and not required:
            return None
        if code not in values:
            raise InvalidInput(f"must be one of {', '.join(values)}")
        return code

    return parse


def _yes_no(value: str) -> bool | None:
    text = value.strip().lower()
    if not text:
        return None
    if text not in (YES, NO):
        raise InvalidInput("answer yes or no, or leave it unanswered")
    return text == YES


def _stay_days(value: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_STAY_DAYS:
        raise InvalidInput(f"a whole number of days from 1 to {MAX_STAY_DAYS}")
    return int(text)


@dataclass(frozen=True)
class EditableField:
    path: str  # `applicant.surname`, or `education.*.field` for every degree
    parse: Callable[[str], Any]  # text as typed -> stored value; InvalidInput if not valid
    stored_as: str = ""  # the column, when it is not the last part of the path

    @property
    def table(self) -> str:
        return self.path.partition(".")[0]

    @property
    def column(self) -> str:
        return self.stored_as or self.path.rpartition(".")[2]


EDITABLE_FIELDS: dict[str, EditableField] = {
    f.path: f
    for f in (
        EditableField("applicant.surname", _required),
        EditableField("applicant.given_names", _text),
        EditableField("applicant.native_name", _optional),
        EditableField("applicant.sex", _sex),
        EditableField("applicant.date_of_birth", _date),
        EditableField("applicant.place_of_birth", _optional),
        EditableField("applicant.nationality", _nationality),
        EditableField("applicant.email", _email),
        EditableField("applicant.phone", _optional),
        EditableField("applicant.address", _optional_text),
        EditableField("passport.number", _passport_number),
        EditableField("passport.issuing_state", _nationality),
        EditableField("passport.issue_date", _optional_date),
        EditableField("passport.expiry_date", _date),
        EditableField("purpose.activity", _choice(ACTIVITIES)),
        EditableField("purpose.description", _optional_text),
        EditableField("purpose.host_institution", _optional),
        EditableField("travel.intended_entry", _optional_date),
        EditableField("travel.stay_days", _stay_days),
        EditableField("screening.reentry_ban", _yes_no),
        EditableField("screening.security_concern", _yes_no),
        EditableField("screening.fraud_found", _yes_no),
        EditableField("screening.insufficient_funds", _yes_no),
    )
}

# One entry per column of every degree and every post; the `*` stands for its number.
INDEXED_FIELDS: dict[str, EditableField] = {
    f.path: f
    for f in (
        EditableField("education.*.level", _choice(DEGREE_LEVELS, required=True)),
        EditableField("education.*.field", _optional),
        EditableField("education.*.isced_f", isced_code),
        EditableField("education.*.institution", _optional),
        EditableField("education.*.institution_country", _country),
        EditableField("education.*.awarded_on", _optional_date),
        EditableField("employment.*.employer", _optional),
        EditableField("employment.*.position", _optional, stored_as="job_title"),
        EditableField("employment.*.kind", _choice(EMPLOYMENT_KINDS)),
        EditableField("employment.*.field", _optional),
        EditableField("employment.*.isced_f", isced_code),
        EditableField("employment.*.country", _country),
        EditableField("employment.*.start_date", _optional_date),
        EditableField("employment.*.end_date", _optional_date),
    )
}


def indexed_path(path: str) -> tuple[str, int, str] | None:
    """`education.2.field` -> ("education", 2, "field"); None for a path of the case itself."""
    match = _INDEXED.match(path)
    return (match.group(1), int(match.group(2)), match.group(3)) if match else None


def field_spec(path: str) -> EditableField:
    spec = EDITABLE_FIELDS.get(path)
    if spec is None:
        where = indexed_path(path)
        if where is not None:
            spec = INDEXED_FIELDS.get(f"{where[0]}.*.{where[2]}")
    if spec is None:
        raise InvalidInput(f"{path} cannot be edited here")
    return spec


def parse_field(path: str, text: str) -> Any:
    """The stored value for what was typed in a field; InvalidInput saying what is wrong."""
    return field_spec(path).parse(text)


def field_problem(path: str, text: str) -> str | None:
    """For validation as you type: None when the text is acceptable, else why not."""
    try:
        parse_field(path, text)
    except InvalidInput as exc:
        return str(exc)
    return None


def _dates(values: Mapping[str, Any], part: str, column: str) -> dict[int, date]:
    found: dict[int, date] = {}
    for path, value in values.items():
        where = indexed_path(path)
        if where and where[0] == part and where[2] == column and isinstance(value, date):
            found[where[1]] = value
    return found


def cross_field_problems(values: Mapping[str, Any], today: date | None = None) -> dict[str, str]:
    """Rules between fields, on parsed values: {field path: why}."""
    today = today or date.today()
    problems: dict[str, str] = {}
    issued, expires = values.get("passport.issue_date"), values.get("passport.expiry_date")
    if isinstance(issued, date) and isinstance(expires, date) and expires <= issued:
        problems["passport.expiry_date"] = "the passport must expire after it was issued"
    born = values.get("applicant.date_of_birth")
    if isinstance(born, date) and born > today:
        problems["applicant.date_of_birth"] = "the date of birth is in the future"
    if isinstance(born, date) and isinstance(issued, date) and issued < born:
        problems["passport.issue_date"] = "the passport was issued before the applicant was born"
    starts = _dates(values, "employment", "start_date")
    for n, ended in _dates(values, "employment", "end_date").items():
        if n in starts and ended < starts[n]:
            problems[f"employment.{n}.end_date"] = "the post must end after it started"
    for n, awarded in _dates(values, "education", "awarded_on").items():
        path = f"education.{n}.awarded_on"
        if awarded > today:
            problems[path] = "the degree is awarded in the future"
        elif isinstance(born, date) and awarded <= born:
            problems[path] = "the degree is awarded before the applicant was born"
    return problems
