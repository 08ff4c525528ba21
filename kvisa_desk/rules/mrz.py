"""ICAO Doc 9303 Part 4 TD3 machine-readable zones: parse, check digits, compare with a record."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from kvisa_desk.rules.countries import normalise_state

LINE_LENGTH = 44
_CHARSET = re.compile(r"[A-Z0-9<]{44}")
_WEIGHTS = (7, 3, 1)


class MrzFormatError(ValueError):
    """The lines are not a TD3 MRZ at all (wrong count, length or characters)."""


@dataclass(frozen=True)
class Td3:
    """The fields of a TD3 MRZ, with the names of any check digits that did not verify."""

    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    number: str
    nationality: str
    birth_date_raw: str
    birth_date: date | None
    sex: str
    expiry_date_raw: str
    expiry_date: date | None
    personal_number: str
    check_errors: tuple[str, ...]


@dataclass(frozen=True)
class Mismatch:
    """A field where the MRZ and the record disagree."""

    field: str
    mrz_value: str
    record_value: str


def char_value(ch: str) -> int:
    """Digits are themselves, A–Z are 10–35, the filler '<' is 0."""
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise MrzFormatError(f"Character {ch!r} cannot appear in an MRZ")


def check_digit(data: str) -> int:
    """ICAO 9303 check digit: weights 7, 3, 1 repeating, sum modulo 10."""
    return sum(char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(data)) % 10


def _digit_ok(data: str, digit: str, *, filler_allowed: bool = False) -> bool:
    # An unused optional-data field may carry '<' as its check digit (Part 4, 4.2.2).
    if filler_allowed and digit == "<" and set(data) <= {"<"}:
        return True
    return digit.isdigit() and int(digit) == check_digit(data)


def resolve_birth(yymmdd: str, reference: date) -> date | None:
    """Birth dates lie in the past: the latest century that is not after `reference`."""
    parsed = _yymmdd(yymmdd)
    if parsed is None:
        return None
    yy, month, day = parsed
    year = reference.year // 100 * 100 + yy
    for candidate_year in (year, year - 100):
        candidate = _safe_date(candidate_year, month, day)
        if candidate is not None and candidate <= reference:
            return candidate
    return None


def resolve_expiry(yymmdd: str, reference: date) -> date | None:
    """Expiry dates lie in the window of 50 years either side of `reference`."""
    parsed = _yymmdd(yymmdd)
    if parsed is None:
        return None
    yy, month, day = parsed
    year = reference.year // 100 * 100 + yy
    if year >= reference.year + 50:
        year -= 100
    elif year < reference.year - 50:
        year += 100
    return _safe_date(year, month, day)


def _yymmdd(text: str) -> tuple[int, int, int] | None:
    if len(text) != 6 or not text.isdigit():
        return None
    return int(text[:2]), int(text[2:4]), int(text[4:])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_td3(
    lines: Sequence[str],
    reference: date,
    *,
    long_numbers: bool = False,
    normalise: Callable[[str], str] = normalise_state,
) -> Td3:
    """Parse two TD3 lines; check-digit failures are reported in `check_errors`, not raised.

    With LONG_NUMBERS (revision 2), a number longer than 9 characters is read as ICAO 9303
    Part 4 writes it: 9 characters, '<' in their check digit's place, and the rest of the
    number with its check digit at the start of the optional data. NORMALISE turns the
    country codes into the forms compared (revision 1 folds the British codes into GBR)."""
    if len(lines) != 2:
        raise MrzFormatError(f"A TD3 MRZ has 2 lines, got {len(lines)}")
    for index, line in enumerate(lines, start=1):
        if not _CHARSET.fullmatch(line):
            raise MrzFormatError(
                f"MRZ line {index} must be 44 characters of A–Z, 0–9 and '<' (got {len(line)})"
            )
    top, bottom = lines
    names = top[5:].rstrip("<").split("<<", 1)
    number_raw, birth_raw, expiry_raw = bottom[0:9], bottom[13:19], bottom[21:27]
    optional = bottom[28:42]
    number, number_ok, personal = (
        number_raw.replace("<", ""),
        _digit_ok(number_raw, bottom[9]),
        optional,
    )
    if long_numbers and bottom[9] == "<" and "<" not in number_raw:
        number, number_ok, personal = _long_number(number_raw, optional)
    checks = (
        ("document_number", number_ok),
        ("birth_date", _digit_ok(birth_raw, bottom[19])),
        ("expiry_date", _digit_ok(expiry_raw, bottom[27])),
        ("personal_number", _digit_ok(optional, bottom[42], filler_allowed=True)),
        ("composite", _digit_ok(bottom[0:10] + bottom[13:20] + bottom[21:43], bottom[43])),
    )
    return Td3(
        document_code=top[0:2].rstrip("<"),
        issuing_state=normalise(top[2:5]),
        surname=names[0].replace("<", " ").strip(),
        given_names=names[1].replace("<", " ").strip() if len(names) > 1 else "",
        number=number,
        nationality=normalise(bottom[10:13]),
        birth_date_raw=birth_raw,
        birth_date=resolve_birth(birth_raw, reference),
        sex={"M": "M", "F": "F"}.get(bottom[20], "X"),
        expiry_date_raw=expiry_raw,
        expiry_date=resolve_expiry(expiry_raw, reference),
        personal_number=personal.replace("<", ""),
        check_errors=tuple(name for name, ok in checks if not ok),
    )


def _long_number(principal: str, optional: str) -> tuple[str, bool, str]:
    """The whole number, whether its check digit holds, and what the optional data holds
    after it: the overflow runs to the first filler and ends with the number's check digit."""
    overflow = optional.split("<", 1)[0]
    if len(overflow) < 2:
        return principal, False, optional  # no overflow written: the number's digit is missing
    number = principal + overflow[:-1]
    return number, _digit_ok(number, overflow[-1]), optional[len(overflow) :]


def normalise_number(number: str) -> str:
    """Passport numbers compare without spaces, hyphens or case: 'l898 902-c3' -> 'L898902C3'."""
    return re.sub(r"[\s\-<]", "", number).upper()


def compare_with_record(
    td3: Td3,
    *,
    number: str,
    nationality: str,
    date_of_birth: date,
    sex: str | None,
    expiry_date: date,
    normalise: Callable[[str], str] = normalise_state,
) -> tuple[Mismatch, ...]:
    """Fields where the MRZ disagrees with the record; dates compare as the MRZ's YYMMDD."""
    pairs = (
        ("number", td3.number, normalise_number(number)),
        ("nationality", td3.nationality, normalise(nationality)),
        ("date_of_birth", td3.birth_date_raw, date_of_birth.strftime("%y%m%d")),
        ("sex", td3.sex, sex or "X"),
        ("expiry_date", td3.expiry_date_raw, expiry_date.strftime("%y%m%d")),
    )
    return tuple(
        Mismatch(name, mrz_value, record_value)
        for name, mrz_value, record_value in pairs
        if mrz_value != record_value
    )


def build_td3(
    *,
    issuing_state: str,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    personal_number: str = "",
) -> tuple[str, str]:
    """Write a valid TD3 MRZ for the given fields (for tests and examples)."""

    def pad(text: str, width: int) -> str:
        return (text.upper().replace(" ", "<") + "<" * width)[:width]

    name_field = pad(surname, 39) if not given_names else pad(f"{surname}<<{given_names}", 39)
    top = "P<" + pad(issuing_state, 3) + name_field
    number_field, optional = pad(number, 9), pad(personal_number, 14)
    optional_digit = "<" if not personal_number else str(check_digit(optional))
    bottom = (
        f"{number_field}{check_digit(number_field)}{pad(nationality, 3)}"
        f"{birth:%y%m%d}{check_digit(f'{birth:%y%m%d}')}{pad(sex if sex in 'MF' else '<', 1)}"
        f"{expiry:%y%m%d}{check_digit(f'{expiry:%y%m%d}')}{optional}{optional_digit}"
    )
    composite = bottom[0:10] + bottom[13:20] + bottom[21:43]
    return top, bottom + str(check_digit(composite))
