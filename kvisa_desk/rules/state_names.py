"""The names of the states and statuses that nationality and issuing-state codes stand for, in
English and Chinese: `DEU` -> Germany / 德国. A leaf (rules' findings and core's letters both
name countries), over pycountry and iso-codes' Chinese catalogue."""

from __future__ import annotations

from functools import cache
from typing import Any

import pycountry

from kvisa_desk.rules.countries import normalise_state

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


def state_name(code: str, language: str) -> str:
    """The country or status a nationality code stands for, in English ("en") or Chinese
    ("zh"): `DEU` -> Germany / 德国. An unknown code is returned as given."""
    bare = normalise_state(code)
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
