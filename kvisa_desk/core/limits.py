"""The import's bounds and plausibility policy, as docs/import-format.md states them.

A leaf below core's rooms: the importer, case editing, post settings and letters all
hold values to it, so it lives beside countries.py, not in one of them (no room circle).

Sizes bound what a file can make the importer hold; the text, digit, date and post-code
rules say what a value must look like to be stored. Each check returns the problem in an
officer's words (or None), so the record schema, the readers and the command line that
takes `--post` all say the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MAX_DEPTH = 32  # levels of nesting in one record (the application object is level 1)
MAX_ITEMS = 64  # items in any list; CSV list indexes 0 to 63
MAX_NAME = 1_000  # characters in a name or an identifier
# Surname and given names are indexed together (the worklist's sort): on PostgreSQL an
# index row holds at most 2,704 bytes, so 300 characters each of up to 4 bytes (no real
# name is longer). The passport number's column holds 32 (ICAO numbers have 9).
MAX_PERSON_NAME = 300
MAX_PASSPORT_NUMBER = 32
MAX_TEXT = 10_000  # characters in free text (an address, a description)
MAX_APPLICATION_ID = 64
# No valid record comes near these; they bound what one record may make the reader hold.
MAX_RECORD_BYTES = 4 * 1024 * 1024  # one JSON Lines line or CSV row
MAX_TOKEN_BYTES = 1024 * 1024  # one JSON value as written (a string, a number)
MAX_RECORD_VALUES = 10_000  # keys, values and containers in one record
MAX_RECORD_CHARS = 2_000_000  # characters of text in one record
MAX_PROBLEMS_PER_RECORD = 20
EARLIEST_BIRTH = date(1900, 1, 1)

_POST_CODE = re.compile(r"[A-Z0-9]{2,8}", re.ASCII)
# Letters that render as nothing (Hangul fillers, the blank Braille pattern).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Spaces, format characters (zero-width, bidi controls) and lone combining marks show nothing.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cf", "Cc", "Mn", "Me"})
_LINE_BREAKS = frozenset("\n\r\t\u2028\u2029")
# Control characters (Unicode Cc), broken UTF-16 halves (Cs); names also refuse line breaks.
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def post_code_problem(code: str) -> str | None:
    if _POST_CODE.fullmatch(code):
        return None
    return "a post code is 2 to 8 capital letters A–Z or digits 0–9 (e.g. LON)"


def _codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


def text_problem(value: str, limit: int, *, lines: bool = False) -> str | None:
    """What is wrong with a name (`lines=False`) or free text (`lines=True`), if anything.

    Names are one line: no control character at all. Free text may hold tabs and line
    breaks. Neither may hold NULs, other control characters or broken UTF-16 halves.
    """
    if len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} are allowed"
    found = (_NOT_IN_TEXT if lines else _NOT_IN_NAMES).search(value)
    if found is None:
        return None
    char, position = found.group(), found.start() + 1
    if char == "\x00":
        return f"contains a NUL character at character {position}: remove it"
    what = "a line break or tab" if char in _LINE_BREAKS else "an invisible control character"
    return f"contains {what} ({_codepoint(char)}) at character {position}: remove it"


def has_visible_character(value: str) -> bool:
    return any(
        char not in _BLANK_LETTERS and unicodedata.category(char) not in _INVISIBLE_CATEGORIES
        for char in value
    )


def invisible_problem(value: str) -> str | None:
    """A non-empty value made only of spaces and invisible characters (e.g. U+200B)."""
    if value and not has_visible_character(value):
        shown = " ".join(_codepoint(c) for c in value[:5]) + (" …" if len(value) > 5 else "")
        return f"has no visible character (only {shown}): write it out or leave it empty"
    return None


def birth_problem(born: date, received: date) -> str | None:
    if born < EARLIEST_BIRTH:
        return f"{born.isoformat()} is before 1900: check the date of birth"
    if born >= received:
        return f"{born.isoformat()} is not before the application was received ({received})"
    return None


def received_problem(received: date, today: date) -> str | None:
    if received > today:
        return f"{received.isoformat()} is in the future (today is {today.isoformat()})"
    return None


def passport_dates_problem(issued: date | None, expires: date) -> str | None:
    if issued is not None and issued >= expires:
        return f"{issued.isoformat()} is not before the expiry date ({expires.isoformat()})"
    return None
