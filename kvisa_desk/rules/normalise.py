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

from dataclasses import dataclass

from kvisa_desk.normal_forms import (
    STATELESS_OR_REFUGEE,
    fold_surname,
    normalise_country,
    normalise_passport_number,
)

__all__ = [
    "STATELESS_OR_REFUGEE",
    "NormalisedIdentity",
    "fold_surname",
    "normalise_country",
    "normalise_passport_number",
    "normalised_identity",
]


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
