"""Country codes as applications and passports write them (ISO 3166-1 plus ICAO 9303 codes)."""

from __future__ import annotations

from functools import cache

import pycountry

from kvisa_desk.rules.normalise import normalise_country
from kvisa_desk.rules.state_names import state_name

# ICAO Doc 9303 Part 3 codes that are not ISO 3166-1 alpha-3, mapped to what they stand for.
ICAO_SPECIAL_CODES: dict[str, str] = {
    "D": "DEU",
    "GBD": "GBR",
    "GBN": "GBR",
    "GBO": "GBR",
    "GBP": "GBR",
    "GBS": "GBR",
    "RKS": "RKS",
    "EUE": "EUE",
    "UNO": "UNO",
    "UNA": "UNA",
    "UNK": "UNK",
    "XBA": "XBA",
    "XIM": "XIM",
    "XCC": "XCC",
    "XCE": "XCE",
    "XCO": "XCO",
    "XEC": "XEC",
    "XES": "XES",
    "XMP": "XMP",
    "XOM": "XOM",
    "XDC": "XDC",
    "XPO": "XPO",
    "XXA": "XXA",
    "XXB": "XXB",
    "XXC": "XXC",
    "XXX": "XXX",
}


@cache
def _alpha3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def _alpha2_to_3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def is_nationality_code(code: str) -> bool:
    """ISO alpha-3 or an ICAO code, in any form a passport writes it (`D`, `D<<`, `DEU`): at
    most three characters, `<` as filler, any letter case."""
    if not code or len(code) > 3 or code != code.strip() or code.startswith("<"):
        return False
    bare = normalise_country(code)
    return bare in _alpha3() or bare in ICAO_SPECIAL_CODES


def normalise_nationality(code: str) -> str:
    """ISO alpha-3 for comparisons: `D` and `D<<` become `DEU`."""
    bare = code.rstrip("<")
    return ICAO_SPECIAL_CODES.get(bare, bare)


def is_country_code(code: str) -> bool:
    """Alpha-2 or alpha-3, as education and employment records may give either."""
    return code in _alpha2_to_3() or code in _alpha3()


def to_alpha2(code: str) -> str | None:
    if len(code) == 2:
        return code if code in _alpha2_to_3() else None
    for alpha2, alpha3 in _alpha2_to_3().items():
        if alpha3 == code:
            return alpha2
    return None


def to_alpha3(code: str) -> str | None:
    """`KR` -> `KOR`; None for a code that is no country."""
    return _alpha2_to_3().get(code.strip().upper())


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None and len(code) == 2:
        country = pycountry.countries.get(alpha_2=code)
    return country.name if country is not None else code


def nationality_name(code: str, language: str) -> str:
    """The country or status a nationality code stands for, in English ("en") or Chinese
    ("zh"): `DEU` -> Germany / 德国. An unknown code is returned as given."""
    return state_name(code.strip().upper(), language)
