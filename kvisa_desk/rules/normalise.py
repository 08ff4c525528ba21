"""Normalised identity values (revision 2): the forms every comparison is made on.

- Country codes: upper case, fillers `<` removed, ICAO-only codes that stand for an ISO
  country mapped to ISO 3166-1 alpha-3 (`D` -> `DEU`). The British codes `GBD`, `GBN`, `GBO`,
  `GBP`, `GBS` stay themselves (they are different documents from `GBR`), as do the codes
  of stateless persons and refugees (`XXA`, `XXB`, `XXC`, `XXX`) and the other ICAO codes.
- Passport numbers: upper case, spaces, hyphens and fillers removed.
- Surnames, for "same person": Unicode NFKC, case folded, diacritics folded (`Müller` and
  `MULLER` are one surname).

Revision 1 compared with `countries.normalise_state`, which folds the British codes into
`GBR`; it stays as it was for revision 1's rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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


@dataclass(frozen=True)
class NormalisedIdentity:
    """The normalised forms of what the applicant wrote, kept beside it in the snapshot."""

    nationality: str
    issuing_state: str
    passport_number: str
    surname: str


def normalised_identity(
    nationality: str, issuing_state: str, passport_number: str, surname: str
) -> NormalisedIdentity:
    return NormalisedIdentity(
        normalise_country(nationality),
        normalise_country(issuing_state),
        normalise_passport_number(passport_number),
        fold_surname(surname),
    )
