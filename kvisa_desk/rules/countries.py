"""Country codes: ICAO 9303 passport codes normalised to ISO 3166-1, alpha-2 and alpha-3."""

from __future__ import annotations

import pycountry

# ICAO Doc 9303 Part 3 codes that are not ISO alpha-3 but stand for an ISO country.
ICAO_TO_ISO: dict[str, str] = {
    "D": "DEU",  # Germany writes D<< in the MRZ
    "GBD": "GBR",  # British Overseas Territories citizen
    "GBN": "GBR",  # British National (Overseas)
    "GBO": "GBR",  # British Overseas citizen
    "GBP": "GBR",  # British protected person
    "GBS": "GBR",  # British subject
}

# ICAO codes with no ISO country that must stay exactly as they are.
ICAO_SPECIAL: frozenset[str] = frozenset(
    {"UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "EUE", "XOM", "XPO", "XCC", "XBA", "XIM"}
)


def normalise_state(code: str) -> str:
    """Normalise a nationality or issuing-state code: 'D<<' -> 'DEU', 'gbd' -> 'GBR'."""
    bare = code.replace("<", "").strip().upper()
    return ICAO_TO_ISO.get(bare, bare)


def to_alpha2(code: str | None) -> str | None:
    """Alpha-2 for an alpha-2, alpha-3 or ICAO code, or None when it names no ISO country."""
    if not code:
        return None
    bare = normalise_state(code)
    if len(bare) == 2 and bare.isalpha():
        return bare
    if len(bare) == 3 and bare not in ICAO_SPECIAL:
        country = pycountry.countries.get(alpha_3=bare)
        if country is not None:
            return str(country.alpha_2)
    return None
