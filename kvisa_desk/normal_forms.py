"""The forms written identity values are compared in (rules revision 2): country codes,
passport numbers and surnames. A leaf like vocab: the store keeps these forms beside what was
written (its column defaults), the rules compare them; rules/normalise.py explains them.
"""

from __future__ import annotations

import re
import unicodedata

# ICAO Doc 9303 Part 3 codes that are not ISO alpha-3 but stand for an ISO country.
ICAO_TO_ISO: dict[str, str] = {"D": "DEU"}
STATELESS_OR_REFUGEE: frozenset[str] = frozenset({"XXA", "XXB", "XXC", "XXX"})
_NUMBER_NOISE = re.compile(r"[\s\-<]+")
# Letters NFKD does not decompose but readers take as plain Latin letters.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})


def normalise_country(code: str) -> str:
    """'d<<' -> 'DEU', ' gbn ' -> 'GBN', 'XXA' -> 'XXA'."""
    bare = code.replace("<", "").strip().upper()
    return ICAO_TO_ISO.get(bare, bare)


def normalise_passport_number(number: str) -> str:
    """'x 1234-567' -> 'X1234567'."""
    return _NUMBER_NOISE.sub("", number).upper()


def fold_surname(surname: str) -> str:
    """'Müller' -> 'muller', 'ＭＵＬＬＥＲ' -> 'muller'; spaces collapsed."""
    composed = unicodedata.normalize("NFKC", surname).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", composed)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())
