"""Country codes as applications and passports write them (ISO 3166-1 plus ICAO 9303 codes)."""

from __future__ import annotations

from functools import cache
from typing import Any

import pycountry

from kvisa_desk.rules.normalise import normalise_country

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


# Names a Chinese mission writes differently from ISO 3166's English and iso-codes' Chinese
# (written for this project, from the PRC's usage in official documents).
_OFFICIAL_NAMES: dict[str, tuple[str, str]] = {
    "HKG": ("Hong Kong SAR, China", "中国香港"),
    "MAC": ("Macao SAR, China", "中国澳门"),
    "TWN": ("Taiwan, China", "中国台湾"),
    "KOR": ("Republic of Korea", "韩国"),
    "PRK": ("Democratic People's Republic of Korea", "朝鲜"),
    "RUS": ("Russian Federation", "俄罗斯"),
    "GBR": ("United Kingdom", "英国"),
    "USA": ("United States of America", "美国"),
    "IRN": ("Iran", "伊朗"),
    "VNM": ("Viet Nam", "越南"),
    "LAO": ("Lao People's Democratic Republic", "老挝"),
    "SYR": ("Syria", "叙利亚"),
    "BOL": ("Bolivia", "玻利维亚"),
    "VEN": ("Venezuela", "委内瑞拉"),
    "TZA": ("Tanzania", "坦桑尼亚"),
    "MDA": ("Moldova", "摩尔多瓦"),
    # ICAO Doc 9303 codes for people rather than states.
    "XXA": ("Stateless person", "无国籍人"),
    "XXB": ("Refugee (1951 Convention)", "难民（1951年公约）"),
    "XXC": ("Refugee (other)", "难民（其他）"),
    "XXX": ("Nationality not specified", "国籍未说明"),
    "EUE": ("European Union", "欧洲联盟"),
    "UNO": ("United Nations", "联合国"),
    "UNA": ("United Nations specialised agency", "联合国专门机构"),
}


@cache
def _chinese_catalogue() -> Any:
    """iso-codes' Simplified Chinese country names, shipped inside pycountry (LGPL-2.1)."""
    import gettext

    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True
    )


def nationality_name(code: str, language: str) -> str:
    """The country or status a nationality code stands for, in English ("en") or Chinese
    ("zh"): `DEU` -> Germany / 德国. An unknown code is returned as given."""
    bare = normalise_nationality(code.strip().upper())
    if bare in _OFFICIAL_NAMES:
        english, chinese = _OFFICIAL_NAMES[bare]
        return chinese if language == "zh" else english
    country = pycountry.countries.get(alpha_3=bare) if len(bare) == 3 else None
    if country is None:
        return code
    english = str(getattr(country, "common_name", None) or country.name)
    if language != "zh":
        return english
    chinese = str(_chinese_catalogue().gettext(country.name))
    return chinese if chinese != country.name else english
