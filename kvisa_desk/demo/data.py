"""The demo generator's tables, read from `resources/demo/*.json` on first use.

Applicant countries, names, degrees, jobs and purposes are data: the files say what each
table holds (see `resources/demo/README.md`) and the choices are made in `generator`. Every
list is read back as a tuple, so the tables stay as immutable as when they were code.
Names are module attributes (`data.PROFILES`), loaded together on the first one asked for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kvisa_desk.shipped import resources_dir

FILES = ("countries", "names", "studies", "work_and_travel")


@dataclass(frozen=True)
class Profile:
    """One applicant country: how its people's names, passports, phones and addresses look."""

    iso3: str
    iso2: str
    country: str  # English short name, as an address ends
    weight: float  # share among ordinary applicants (0: only as an edge case)
    post: str
    names: str  # name style ("latin", "korean", a key of PAIRED_NAMES…), see people._names
    locale: str  # Faker locale for names, addresses, companies
    phone: str  # '#' is a digit, 'N' a digit 1-9
    passport: str  # 'L' letter, 'D' digit, 'N' digit 1-9, 'A' either; lower case and digits literal
    cities: tuple[str, ...]
    streets: tuple[str, ...] = ()  # when given, addresses are built from these, not Faker's
    lang: str = "en"  # language of localised degree titles
    mail: tuple[str, ...] = ()  # free mail providers popular in the country
    validity_years: int = 10


# Chinese: (simplified, traditional, pinyin, Wade-Giles, Cantonese (Hong Kong), Macao).
HanName = tuple[str, str, str, str, str, str]
NamePairs = tuple[tuple[str, str], ...]  # (native, Latin)


@dataclass(frozen=True)
class PairedNames:
    male: NamePairs
    female: NamePairs
    surnames: NamePairs
    two_given: float = 0.0  # share with a second given name (e.g. the father's name)
    native_order: str = "given_first"  # how the native script orders the full name
    surnames_by_country: dict[str, NamePairs] = field(default_factory=dict)


@dataclass(frozen=True)
class Discipline:
    name: str
    isced: str
    stem: bool
    bachelor: str  # the degree's abbreviation at each level
    master: str
    topics: tuple[str, ...]
    local: dict[str, str] = field(default_factory=dict)  # name in other languages
    engineering: bool = False


# The tables, typed here and read on first access through __getattr__ below.
PROFILES: tuple[Profile, ...]
GREATER_CHINA: tuple[str, ...]
RTL_PROFILES: tuple[str, ...]
SINGLE_NAME_PROFILES: tuple[str, ...]
ABROAD_POSTS: tuple[tuple[str, int], ...]
CHINESE_SURNAMES: tuple[HanName, ...]
CHINESE_GIVEN: tuple[tuple[HanName, str], ...]
HONG_KONG_ENGLISH: dict[str, tuple[str, ...]]
PAIRED_NAMES: dict[str, PairedNames]  # by name style
APOSTROPHE_SURNAMES: dict[str, tuple[str, ...]]
APOSTROPHE_GIVEN: tuple[str, ...]
SINGLE_NAMES: dict[str, tuple[str, ...]]
AWKWARD_NAMES: tuple[tuple[str, str, str | None, str], ...]
DISCIPLINES: tuple[Discipline, ...]
STEM_DISCIPLINES: tuple[Discipline, ...]
OTHER_DISCIPLINES: tuple[Discipline, ...]
LOCAL_TITLES: dict[str, dict[str, tuple[str, ...]]]
OTHER_LEVEL_TITLES: tuple[str, ...]
SCHOOL_LEAVING: tuple[str, ...]
UNLISTED_INSTITUTIONS: tuple[str, ...]
STUDY_ABROAD: tuple[tuple[str, int], ...]
POSITIONS: dict[str, tuple[str, ...]]
COMPANY_SUFFIX_FALLBACK: tuple[str, ...]
ACTIVITIES: tuple[tuple[str | None, int], ...]
PURPOSES: dict[str, tuple[str, ...]]
BUSINESS_HOSTS: tuple[str, ...]
STAY_DAYS: tuple[tuple[int, int], ...]
FREE_MAIL: tuple[tuple[str, int], ...]
POSTS_DEFAULT: str
AWKWARD_DESCRIPTIONS: tuple[str, ...]
RTL_DESCRIPTIONS: tuple[str, ...]
RTL_ADDRESSES: dict[str, tuple[str, ...]]


def _frozen(value: Any) -> Any:
    """JSON's lists as tuples, all the way down: the generator hashes and compares them."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


def _read(name: str) -> dict[str, Any]:
    path = resources_dir() / "demo" / f"{name}.json"
    tables: dict[str, Any] = _frozen(json.loads(path.read_text(encoding="utf-8")))
    return tables


@cache
def tables() -> dict[str, Any]:
    """Every table by name, read once."""
    found: dict[str, Any] = {}
    for name in FILES:
        found.update(_read(name))
    found["PROFILES"] = tuple(Profile(**p) for p in found["PROFILES"])
    found["DISCIPLINES"] = tuple(Discipline(**d) for d in found["DISCIPLINES"])
    found["STEM_DISCIPLINES"] = tuple(d for d in found["DISCIPLINES"] if d.stem)
    found["OTHER_DISCIPLINES"] = tuple(d for d in found["DISCIPLINES"] if not d.stem)
    # Name styles that share a set of names (Arabic for three countries) share one object.
    sets = {key: PairedNames(**value) for key, value in found.pop("PAIRED_NAME_SETS").items()}
    found["PAIRED_NAMES"] = {style: sets[key] for style, key in found["PAIRED_NAMES"].items()}
    return found


def __getattr__(name: str) -> Any:
    if name.startswith("__"):  # the import machinery's probes read no file
        raise AttributeError(name)
    try:
        return tables()[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
