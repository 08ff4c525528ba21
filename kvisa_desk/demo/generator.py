"""Synthetic `kvisa-application/1` records, deterministic per (seed, index).

Record `i` of seed `s` depends on nothing but `s`, `i`, the installed Faker and the
institution list, so the first 50 records of `--cases 100` are the records of `--cases 50`
and a re-run reproduces them byte for byte. About 15 % of the records are edge cases
the eligibility rules must catch (see `EDGES`).
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

import pycountry
from faker import Faker

from kvisa_desk.core.countries import is_country_code
from kvisa_desk.core.post.registry_seed import repaired_name
from kvisa_desk.demo import data
from kvisa_desk.demo.text import (
    add_months,
    age_on,
    ascii_fold,
    email_part,
    minus_years,
    romanise_armenian,
    romanise_cyrillic,
    romanise_georgian,
    romanise_greek,
    romanise_hangul,
    romanise_korean_surname,
    td3_mrz,
)

SCHEMA = "kvisa-application/1"
FIRST_RECEIVED = date(2025, 9, 20)
LAUNCH = date(2025, 10, 1)  # State Council Order No. 814 in force
LAST_RECEIVED = date(2026, 11, 20)
# The day the demo's workflow is imagined to stand at: older cases are further along.
WORKFLOW_DAY = LAST_RECEIVED
SEED_STRIDE = 1_000_003

# Edge cases, per 10,000 records (about 15 % together).
EDGES: tuple[tuple[str, int], ...] = (
    ("non_stem", 150),  # no STEM degree at all
    ("passport_expired", 100),  # expired on the day received
    ("passport_short", 150),  # short of intended entry + 6 months, or exactly on it
    ("age_17", 60),
    ("age_18", 60),  # 18th birthday on the day received
    ("age_45", 60),  # 46th birthday the day after
    ("age_46", 60),  # 46th birthday on the day received
    ("feb29", 60),  # born on 29 February
    ("greater_china", 150),  # CHN, HKG, MAC, TWN
    ("missing_documents", 150),
    ("pre_launch", 100),  # received before 2025-10-01
    ("bad_mrz", 70),  # an MRZ with a wrong check digit
    ("punctuation", 80),  # apostrophes and hyphens in names
    ("single_name", 60),  # no given names
    ("rtl", 60),  # right-to-left text in free-text fields
    ("screening", 80),  # a Law Art. 21 fact is true
    ("no_entry_date", 50),
    ("awkward_text", 40),  # characters that mean something to HTML, SQL, CSV; astral plane
)
_EDGE_CUTS = list(itertools.accumulate(weight for _, weight in EDGES))
MRZ_SHARE = 0.2
REPEAT_SHARE = 0.012  # the same person applying again (K-DUP-01)

Institution = tuple[str, str, tuple[str, ...]]  # name, alpha-2 country, web domains

# Statuses and the way a case reaches them from `received`.
OPEN = ("received", "in_review", "awaiting_documents", "ready_for_decision", "awaiting_sign_off")
DONE = ("approved", "refused", "letter_issued", "closed", "withdrawn")
STATUSES = OPEN + DONE


@dataclass(frozen=True)
class Plan:
    """What the demo does to a case after import: the statuses it passes and who has it."""

    path: tuple[str, ...]  # statuses after `received`, in order; empty: stays received
    officer: int | None  # index into demo_status.DEMO_OFFICERS; None exactly when no path

    @property
    def status(self) -> str:
        return self.path[-1] if self.path else "received"


@dataclass(frozen=True)
class _Head:
    """The parts of a record other records may need: the edge, dates, a repeated person."""

    edge: str | None
    received: date
    entry: date
    repeat_of: int | None


@dataclass(frozen=True)
class _Person:
    profile: data.Profile
    surname: str
    given_names: str
    native_name: str | None
    sex: str
    birth: date
    place_of_birth: str | None
    passport_number: str
    issue: date
    expiry: date
    phone: str | None
    address: str | None


# --- shared set-up ---------------------------------------------------------------------


@cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


class _Pool:
    """Values of one of Faker's name lists, drawn with our own generator (weighted if Faker is)."""

    def __init__(self, values: Any) -> None:
        if isinstance(values, dict):
            self.items: list[Any] = list(values)
            self.cuts: list[float] | None = list(itertools.accumulate(values.values()))
        else:
            self.items, self.cuts = list(values), None

    def pick(self, rng: random.Random) -> Any:
        if self.cuts is None:
            return self.items[int(rng.random() * len(self.items))]
        index = bisect.bisect_right(self.cuts, rng.random() * self.cuts[-1])
        return self.items[min(index, len(self.items) - 1)]


class _Names:
    """The name lists of a Faker locale: first, last, middle names by sex; Japanese pairs."""

    _FALLBACKS = {
        "first_names_male": ("first_names",),
        "first_names_female": ("first_names",),
        "last_names_male": ("last_names",),
        "last_names_female": ("last_names",),
        "middle_names_male": ("middle_names",),
        "middle_names_female": ("middle_names",),
    }

    def __init__(self, locale: str) -> None:
        generator = _faker(locale)[locale]
        provider = next(
            p
            for p in generator.providers
            if type(p).__module__.startswith("faker.providers.person")
        )
        self._provider = provider
        self._pools: dict[str, _Pool] = {}

    def pick(self, rng: random.Random, kind: str) -> Any:
        pool = self._pools.get(kind)
        if pool is None:
            for name in (kind, *self._FALLBACKS.get(kind, ())):
                values = getattr(self._provider, name, None)
                if values:
                    pool = self._pools[kind] = _Pool(values)
                    break
            else:
                raise LookupError(f"Faker locale has no {kind}")
        return pool.pick(rng)

    def first(self, rng: random.Random, female: bool) -> str:
        return str(self.pick(rng, "first_names_female" if female else "first_names_male"))

    def last(self, rng: random.Random, female: bool) -> str:
        return str(self.pick(rng, "last_names_female" if female else "last_names_male"))

    def middle(self, rng: random.Random, female: bool) -> str:
        return str(self.pick(rng, "middle_names_female" if female else "middle_names_male"))


@cache
def _names_of(locale: str) -> _Names:
    return _Names(locale)


@cache
def _alpha3_of() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


_PROFILES = {p.iso3: p for p in data.PROFILES}
_ORDINARY = tuple(p for p in data.PROFILES if p.weight > 0)
_ORDINARY_CUTS = list(itertools.accumulate(p.weight for p in _ORDINARY))
_LATIN_GROUPS = {
    "GBR": "en",
    "IRL": "en",
    "USA": "en",
    "CAN": "en",
    "AUS": "en",
    "NZL": "en",
    "FRA": "fr",
    "BEL": "nl",
    "ITA": "it",
    "NLD": "nl",
    "CHE": "fr",
}
# Faker's English-language addresses are slow and name invented towns: build these.
_ENGLISH_ADDRESSES = frozenset({"GBR", "IRL", "USA", "CAN", "AUS", "NZL", "PHL", "ZAF"})
_ABROAD_POSTS_FROM = {
    p.post: tuple(a for a in data.ABROAD_POSTS if a[0] != p.post) for p in data.PROFILES
}
# Posts that need a doctorate are not offered to applicants without one.
_SENIOR = {
    "Postdoctoral Researcher",
    "Principal Investigator",
    "Professor",
    "Associate Professor",
    "Assistant Professor",
    "Adjunct Professor",
}
_JUNIOR = {
    kind: tuple(p for p in titles if p not in _SENIOR) for kind, titles in data.POSITIONS.items()
}
_MBA = next(d for d in data.OTHER_DISCIPLINES if d.master == "MBA")
_X_MARKER = frozenset({"AUS", "NZL", "CAN", "DEU", "USA", "NLD", "IND", "PAK", "ARG", "COL"})


class Registry:
    """The institutions the generator may name, by country, in a fixed order."""

    def __init__(self, rows: Iterable[Sequence[Any]]) -> None:
        cleaned: set[Institution] = set()
        for name, country, domains in rows:
            if name and country and is_country_code(str(country)):
                # Old databases keep the seed's mis-decoded quotes; records must not.
                entry = (
                    repaired_name(str(name)),
                    str(country),
                    tuple(str(d) for d in domains or ()),
                )
                cleaned.add(entry)
        self.all: list[Institution] = sorted(cleaned)
        self.by_country: dict[str, list[Institution]] = {}
        for entry in self.all:
            self.by_country.setdefault(entry[1], []).append(entry)

    def pick(self, rng: random.Random, country: str) -> Institution | None:
        choices = self.by_country.get(country)
        if not choices:
            return None
        return choices[rng.randrange(len(choices))]


def _cut_choice(rng: random.Random, cuts: list[float] | list[int], total: float) -> int:
    return bisect.bisect_right(cuts, rng.random() * total)


@cache
def _cuts(pairs: tuple[tuple[Any, float], ...]) -> tuple[tuple[Any, ...], list[float]]:
    return tuple(v for v, _ in pairs), list(itertools.accumulate(w for _, w in pairs))


def _weighted(rng: random.Random, pairs: tuple[tuple[Any, float], ...]) -> Any:
    """A value of (value, weight) pairs, drawn by weight."""
    values, cuts = _cuts(pairs)
    return values[min(bisect.bisect_right(cuts, rng.random() * cuts[-1]), len(values) - 1)]


def _days(rng: random.Random, start: date, end: date) -> date:
    """A day in [start, end]."""
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, max(span, 0)))


_FILL = {
    "D": "0123456789",
    "#": "0123456789",
    "N": "123456789",
    "L": "ABCDEFGHJKLMNPRSTUVWXYZ",
    "A": "0123456789CFGHJKLMNPRTVWXYZ",
}


def _fill(rng: random.Random, pattern: str) -> str:
    """'LDDD' -> 'K042': placeholders as in `Profile.passport`; other characters upper-cased."""
    draw = rng.random
    out = []
    for ch in pattern:
        chars = _FILL.get(ch)
        out.append(chars[int(draw() * len(chars))] if chars else ch.upper())
    return "".join(out)


# --- the head of a record ----------------------------------------------------------------


def _head(seed: int, index: int) -> tuple[random.Random, _Head]:
    rng = random.Random(seed * SEED_STRIDE + index)
    point = rng.randrange(10_000)
    slot = bisect.bisect_right(_EDGE_CUTS, point)
    edge = EDGES[slot][0] if slot < len(EDGES) else None
    if edge == "pre_launch":
        received = _days(rng, FIRST_RECEIVED, LAUNCH - timedelta(days=1))
    elif edge == "feb29" and rng.random() < 0.5:
        # The day before and the day after a 29 February birthday in a common year.
        received = rng.choice((date(2026, 2, 28), date(2026, 3, 1)))
    else:
        received = _days(rng, LAUNCH, LAST_RECEIVED)
    entry = received + timedelta(days=rng.randint(10, 150))
    if edge == "passport_short" and rng.random() < 0.5:
        # Entry on the 31st, so entry + 6 months falls on a shorter month's last day.
        entry = rng.choice(
            (
                date(2026, 8, 31),
                date(2026, 3, 31),
                date(2026, 5, 31),
                date(2026, 12, 31),
                date(2026, 10, 31),
            )
        )
        entry = max(entry, received + timedelta(days=7))
    repeat_of = None
    if edge is None and index > 0 and rng.random() < REPEAT_SHARE:
        for _ in range(4):
            candidate = index - 1 - rng.randrange(min(index, 5000))
            other = _head(seed, candidate)[1]
            if other.edge is None and other.received <= received - timedelta(days=30):
                repeat_of = candidate
                break
    return rng, _Head(edge, received, entry, repeat_of)


# --- a person ------------------------------------------------------------------------------


def _pick_profile(rng: random.Random, edge: str | None) -> data.Profile:
    if edge == "greater_china":
        return _PROFILES[_weighted(rng, (("CHN", 40), ("HKG", 25), ("TWN", 25), ("MAC", 10)))]
    if edge == "rtl":
        return _PROFILES[rng.choice(data.RTL_PROFILES)]
    if edge == "single_name":
        return _PROFILES[rng.choice(data.SINGLE_NAME_PROFILES)]
    if edge == "punctuation":
        return _PROFILES[rng.choice(sorted(_LATIN_GROUPS))]
    return _ORDINARY[_cut_choice(rng, _ORDINARY_CUTS, _ORDINARY_CUTS[-1])]


def _latin_names(rng: random.Random, profile: data.Profile, female: bool) -> tuple[str, str]:
    names = _names_of(profile.locale)
    given = names.first(rng, female)
    if rng.random() < 0.25:
        second = names.first(rng, female)
        if second != given:
            given = f"{given} {second}"
    surname = names.last(rng, female)
    if profile.locale.startswith("es") and rng.random() < 0.6:
        surname = f"{surname} {names.last(rng, female)}"  # father's and mother's surnames
    return surname, given


def _names(rng: random.Random, profile: data.Profile, sex: str) -> tuple[str, str, str | None]:
    """(surname, given names in Latin script, native-script full name or None)."""
    style = profile.names
    female = sex == "F" or (sex == "X" and rng.random() < 0.5)
    names = _names_of(profile.locale)
    if style == "latin" or (style == "indian" and rng.random() < 0.6):
        return (*_latin_names(rng, profile, female), None)
    if style == "vietnamese":
        surname = names.last(rng, female)
        given = f"{names.pick(rng, 'middle_names')} {names.first(rng, female)}"
        if rng.random() < 0.5:
            return surname, given, None
        return ascii_fold(surname), ascii_fold(given), f"{surname} {given}"
    if style in ("russian", "ukrainian", "bulgarian"):
        last, first = names.last(rng, female), names.first(rng, female)
        language = {"russian": "ru", "ukrainian": "uk", "bulgarian": "bg"}[style]
        native = f"{first} {last}"
        if style != "bulgarian":
            native = f"{last} {first} {names.middle(rng, female)}"
        return romanise_cyrillic(last, language), romanise_cyrillic(first, language), native
    if style in ("greek", "georgian", "armenian"):
        last, first = names.last(rng, female), names.first(rng, female)
        roman = {
            "greek": romanise_greek,
            "georgian": romanise_georgian,
            "armenian": romanise_armenian,
        }[style]
        return roman(last), roman(first), f"{first} {last}"
    if style == "korean":
        last, first = str(names.pick(rng, "last_names")), names.first(rng, female)
        given = romanise_hangul(first)
        if rng.random() < 0.5 and len(first) == 2:
            given = f"{romanise_hangul(first[0])}-{romanise_hangul(first[1]).lower()}"
        return romanise_korean_surname(last), given, f"{last}{first}"
    if style == "japanese":
        family = names.pick(rng, "last_name_pairs")
        own = names.pick(rng, "first_name_female_pairs" if female else "first_name_male_pairs")
        return family[2], own[2], f"{family[0]} {own[0]}"
    if style.startswith("chinese"):
        return _chinese(rng, style, female)
    paired = data.PAIRED_NAMES["hindi" if style == "indian" else style]
    surnames = paired.surnames_by_country.get(profile.iso3, paired.surnames)
    family = rng.choice(surnames)
    names_given = [rng.choice(paired.female if female else paired.male)]
    if rng.random() < paired.two_given:
        names_given.append(rng.choice(paired.male))  # the father's name
    native = " ".join([g[0] for g in names_given] + [family[0]])
    return family[1], " ".join(g[1] for g in names_given), native


def _chinese(rng: random.Random, style: str, female: bool) -> tuple[str, str, str | None]:
    column = {"chinese_cn": 2, "chinese_tw": 3, "chinese_hk": 4, "chinese_mo": 5}[style]
    script = 0 if style == "chinese_cn" else 1
    family = rng.choice(data.CHINESE_SURNAMES)
    pool = [g for g, sex in data.CHINESE_GIVEN if (sex == "F") == female]
    given = rng.choice(pool)
    latin_given = given[column]
    if style == "chinese_hk" and rng.random() < 0.35:
        english = rng.choice(data.HONG_KONG_ENGLISH["F" if female else "M"])
        latin_given = f"{english} {latin_given}"
    return family[column], latin_given, family[script] + given[script]


def _birth(rng: random.Random, edge: str | None, received: date) -> date:
    day = timedelta(days=1)
    if edge == "age_17":
        if rng.random() < 0.5:
            return minus_years(received + day, 18)  # 18th birthday tomorrow
        return minus_years(received, 17) - timedelta(days=rng.randrange(300))
    if edge == "age_18":
        return minus_years(received, 18)
    if edge == "age_45":
        if rng.random() < 0.5:
            return minus_years(received + day, 46)  # 46th birthday tomorrow
        return minus_years(received, 45) - timedelta(days=rng.randrange(300))
    if edge == "age_46":
        return minus_years(received, 46)
    if edge == "feb29":
        if received in (date(2026, 2, 28), date(2026, 3, 1)):
            return date(rng.choice((2008, 1980)), 2, 29)  # turning 18 / 46 that day
        return date(rng.choice((1984, 1988, 1992, 1996, 2000, 2004)), 2, 29)
    age = int(rng.triangular(22, 45, 29))
    return minus_years(received, age) - timedelta(days=rng.randrange(365))


def _passport_dates(
    rng: random.Random, edge: str | None, profile: data.Profile, birth: date, head: _Head
) -> tuple[date, date]:
    years = profile.validity_years if age_on(birth, head.received) >= 20 else 5

    def expiry_of(issue: date) -> date:
        end = add_months(issue, 12 * years)
        return end - timedelta(days=1) if profile.iso3 in ("GBR", "DEU", "FRA", "JPN") else end

    def issue_for(expiry: date) -> date:
        return add_months(expiry, -12 * years)

    if edge == "passport_expired":
        expiry = head.received - timedelta(days=rng.randint(1, 400))
        return issue_for(expiry), expiry
    if edge == "passport_short":
        required = add_months(head.entry, 6)
        variant = rng.random()
        if variant < 0.35:
            expiry = required  # exactly enough
        elif variant < 0.7:
            expiry = required - timedelta(days=1)  # one day short
        else:
            expiry = _days(rng, head.received + timedelta(days=1), required - timedelta(days=2))
        return min(issue_for(expiry), head.received - timedelta(days=10)), expiry
    earliest = max(add_months(head.entry, 7 - 12 * years), minus_years(birth, -14))
    latest = head.received - timedelta(days=20)
    issue = _days(rng, earliest, latest) if earliest <= latest else latest
    return issue, expiry_of(issue)


def _person(seed: int, index: int, head: _Head) -> _Person:
    base = seed * SEED_STRIDE + index
    rng = random.Random(base * 8 + 1)
    edge = head.edge
    awkward = rng.choice(data.AWKWARD_NAMES) if edge == "awkward_text" else None
    profile = _PROFILES[awkward[3]] if awkward else _pick_profile(rng, edge)
    gen = _faker(profile.locale)
    gen.seed_instance(base)
    sex = "F" if rng.random() < 0.44 else "M"
    if profile.iso3 in _X_MARKER and rng.random() < 0.01:
        sex = "X"
    surname, given, native = _names(rng, profile, sex)
    if edge == "punctuation":
        surname, given = _punctuated(rng, profile, surname, given)
    elif edge == "single_name":
        surname, given, native = rng.choice(data.SINGLE_NAMES[profile.iso3]), "", None
    elif awkward is not None:
        surname, given, native = awkward[0], awkward[1], awkward[2]
    birth = _birth(rng, edge, head.received)
    issue, expiry = _passport_dates(rng, edge, profile, birth, head)
    if edge == "rtl" and profile.iso3 in data.RTL_ADDRESSES:
        address: str | None = rng.choice(data.RTL_ADDRESSES[profile.iso3])
    elif profile.streets:
        city = rng.choice(profile.cities)
        address = f"{rng.randint(1, 250)} {rng.choice(profile.streets)}, {city}, {profile.country}"
    elif profile.iso3 in _ENGLISH_ADDRESSES:
        street = _names_of(profile.locale).last(rng, False)
        suffix = rng.choice(("Street", "Road", "Avenue", "Lane", "Drive", "Close", "Way"))
        city = rng.choice(profile.cities)
        address = f"{rng.randint(1, 400)} {street} {suffix}, {city}, {profile.country}"
    else:
        address = gen.address().replace("\n", ", ") + f", {profile.country}"
    if rng.random() < 0.03:
        address = None
    return _Person(
        profile=profile,
        surname=surname,
        given_names=given,
        native_name=native,
        sex=sex,
        birth=birth,
        place_of_birth=rng.choice(profile.cities) if rng.random() < 0.85 else None,
        passport_number=_fill(rng, profile.passport),
        issue=issue,
        expiry=expiry,
        phone=_fill(rng, profile.phone) if rng.random() < 0.95 else None,
        address=address,
    )


def _punctuated(
    rng: random.Random, profile: data.Profile, surname: str, given: str
) -> tuple[str, str]:
    roll = rng.random()
    group = _LATIN_GROUPS.get(profile.iso3, "en")
    if roll < 0.5:
        return rng.choice(data.APOSTROPHE_SURNAMES[group]), given
    if roll < 0.8:
        return f"{surname}-{_names_of(profile.locale).last(rng, False)}", given
    return surname, rng.choice(data.APOSTROPHE_GIVEN)


def _resolve_person(seed: int, index: int, head: _Head) -> tuple[_Person, bool]:
    """The record's applicant; True when it is someone who applied in an earlier record."""
    if head.repeat_of is None:
        return _person(seed, index, head), False
    earlier = head.repeat_of
    earlier_head = _head(seed, earlier)[1]
    return _resolve_person(seed, earlier, earlier_head)[0], True


# --- education and employment ----------------------------------------------------------------


@dataclass
class _Career:
    education: list[dict[str, Any]]
    employment: list[dict[str, Any]]
    discipline: data.Discipline
    has_degree: bool
    current_post: bool  # a current teaching or research post
    email_domain: str | None


def _country_code(rng: random.Random, alpha2: str) -> str | None:
    roll = rng.random()
    if roll < 0.05:
        return None
    if roll < 0.2:
        return _alpha3_of().get(alpha2, alpha2)
    return alpha2


def _institution(
    rng: random.Random, registry: Registry, profile: data.Profile
) -> tuple[str, str | None, Institution | None]:
    """(name as the applicant writes it, country code as written, registry entry or None)."""
    roll = rng.random()
    entry = None
    if roll < 0.75:
        entry = registry.pick(rng, profile.iso2)
    if entry is None and roll < 0.95:
        entry = registry.pick(rng, _weighted(rng, data.STUDY_ABROAD))
    if entry is None:
        city = rng.choice(profile.cities)
        name = rng.choice(data.UNLISTED_INSTITUTIONS).format(city=city)
        return name, _country_code(rng, profile.iso2), None
    name = entry[0]
    variant = rng.random()
    if variant < 0.05:
        name = name.replace("University", "Univ.")
    elif variant < 0.08:
        name = name.removeprefix("The ")
    elif variant < 0.1:
        name = name.lower()
    return name, _country_code(rng, entry[1]), entry


def _isced(rng: random.Random, code: str) -> str | None:
    roll = rng.random()
    if roll < 0.4:
        return None
    if roll < 0.49:
        return code[:3]
    if roll < 0.52:
        return code[:2]
    return code


def _degree_title(
    rng: random.Random, level: str, discipline: data.Discipline, profile: data.Profile, home: bool
) -> str:
    name = discipline.name
    local = discipline.local.get(profile.lang)
    if home and local and level != "other" and rng.random() < 0.45:
        titles = data.LOCAL_TITLES[profile.lang]
        key = level if level == "bachelor" or not discipline.engineering else f"{level}_eng"
        return rng.choice(titles[key]).format(f=local)
    if level == "other":
        return rng.choice(data.OTHER_LEVEL_TITLES).format(f=name)
    roll = rng.random()
    if level == "bachelor":
        if profile.iso3 in ("IND", "PAK") and discipline.engineering and roll < 0.6:
            return f"B.Tech {name}"
        if roll < 0.15:
            kind = (
                "Engineering"
                if discipline.engineering
                else ("Science" if discipline.stem else "Arts")
            )
            return f"Bachelor of {kind} in {name}"
        title = f"{discipline.bachelor} {name}"
        if profile.iso3 == "GBR" and roll < 0.35:
            title = f"{discipline.bachelor} (Hons) {name}"
    elif level == "master":
        if roll < 0.15 and discipline.stem:
            return f"Master of Science in {name}"
        title = "MBA" if discipline.master == "MBA" else f"{discipline.master} {name}"
    else:
        if roll < 0.12:
            return f"Doctor of Philosophy in {name}"
        if profile.iso3 == "GBR" and roll < 0.2:
            return f"DPhil {name}"
        title = f"PhD {name}"
    if rng.random() < 0.08:
        title = title.replace("Engineering", "Eng.").replace("Science", "Sci.")
    return title


def _career(rng: random.Random, registry: Registry, person: _Person, head: _Head) -> _Career:
    profile = person.profile
    age = age_on(person.birth, head.received)
    non_stem = head.edge == "non_stem"
    pool = data.OTHER_DISCIPLINES if non_stem else data.STEM_DISCIPLINES
    main = rng.choice(pool)
    education: list[dict[str, Any]] = []
    domains: list[str] = []
    last_award = minus_years(person.birth, -18)
    highest = _weighted(rng, (("bachelor", 33), ("master", 40), ("doctorate", 22), ("other", 5)))
    if age < 21:
        highest = "school"
    elif age < 23 and highest in ("master", "doctorate"):
        highest = "bachelor"
    elif age < 26 and highest == "doctorate":
        highest = "master"
    level_lists: dict[str, list[str]] = {
        "school": [],
        "other": ["other"],
        "bachelor": ["bachelor"],
        "master": ["bachelor", "master"],
        "doctorate": ["bachelor", "master", "doctorate"],
    }
    levels = level_lists[highest]
    if highest == "doctorate" and rng.random() < 0.2:
        levels.remove("master")  # straight from a bachelor's to a doctorate
    if highest == "school" and rng.random() < 0.6:
        education.append(
            {
                "level": "other",
                "field": rng.choice(data.SCHOOL_LEAVING),
                "isced_f": None,
                "institution": None,
                "institution_country": None,
                "awarded_on": None,
            }
        )
    # Some mix fields: a BA in Economics before an MSc, or an MBA after a BEng.
    mixed = None
    if not non_stem and len(levels) > 1 and rng.random() < 0.12:
        mixed = rng.choice(("first", "last"))
    for position, level in enumerate(levels):
        discipline = main
        if mixed == "first" and position == 0:
            discipline = rng.choice(data.OTHER_DISCIPLINES)
        elif mixed == "last" and position == len(levels) - 1:
            discipline = _MBA
        elif position > 0 and rng.random() < 0.3:
            discipline = rng.choice(pool)
        gap = {"bachelor": (21, 23), "other": (20, 22), "master": (1, 2), "doctorate": (3, 5)}
        low, high = gap[level]
        if level in ("bachelor", "other"):
            award = minus_years(person.birth, -rng.randint(low, high))
        else:
            award = minus_years(last_award, -rng.randint(low, high))
        award = award.replace(month=rng.choice((6, 7, 7, 12)), day=rng.randint(1, 28))
        if award > head.received - timedelta(days=30):
            break
        last_award = award
        name, country, entry = _institution(rng, registry, profile)
        if entry is not None and entry[2]:
            domains.append(entry[2][0])
        education.append(
            {
                "level": level,
                "field": _degree_title(
                    rng, level, discipline, profile, entry is None or entry[1] == profile.iso2
                ),
                "isced_f": _isced(rng, discipline.isced),
                "institution": name,
                "institution_country": country,
                "awarded_on": award.isoformat() if rng.random() < 0.97 else None,
            }
        )
    has_degree = any(e["level"] != "other" for e in education)
    employment, current_post, job_domain = _employment(
        rng, registry, person, head, main, highest, last_award, non_stem
    )
    domain = job_domain or (domains[-1] if domains else None)
    return _Career(education, employment, main, has_degree, current_post, domain)


def _employment(
    rng: random.Random,
    registry: Registry,
    person: _Person,
    head: _Head,
    discipline: data.Discipline,
    highest: str,
    start_from: date,
    non_stem: bool,
) -> tuple[list[dict[str, Any]], bool, str | None]:
    if highest == "school":
        return [], False, None
    count = _weighted(rng, ((0, 25), (1, 50), (2, 25)))
    kinds = {
        "doctorate": (("research", 45), ("teaching", 30), ("industry", 20), ("other", 5)),
        "master": (("research", 25), ("teaching", 15), ("industry", 50), ("other", 10)),
    }.get(highest, (("industry", 60), ("research", 15), ("teaching", 15), ("other", 10)))
    jobs: list[dict[str, Any]] = []
    current_post, domain = False, None
    start = start_from + timedelta(days=rng.randint(20, 200))
    for number in range(count):
        if start >= head.received - timedelta(days=30):
            break
        last = number == count - 1
        kind = _weighted(rng, kinds)
        if non_stem and kind in ("research", "teaching") and rng.random() < 0.6:
            kind = "industry"
        current = last and rng.random() < 0.75
        if current:
            end = (
                None if rng.random() < 0.8 else head.received + timedelta(days=rng.randint(60, 900))
            )
        else:
            end = _days(rng, start + timedelta(days=120), head.received - timedelta(days=10))
        entry = None
        if kind in ("teaching", "research"):
            home = rng.random() < 0.7
            country = person.profile.iso2 if home else _weighted(rng, data.STUDY_ABROAD)
            entry = registry.pick(rng, country) or registry.pick(rng, "US")
        if entry is not None:
            employer, country_code = entry[0], _country_code(rng, entry[1])
            if current and entry[2]:
                domain = entry[2][0]
            current_post = current_post or current
        else:
            employer = _company(rng, person.profile)
            country_code = _country_code(rng, person.profile.iso2)
        jobs.append(
            {
                "employer": employer,
                "country": country_code,
                "position": rng.choice(
                    data.POSITIONS[kind] if highest == "doctorate" else _JUNIOR[kind]
                ),
                "kind": kind,
                "field": rng.choice(discipline.topics),
                "isced_f": _isced(rng, discipline.isced),
                "start_date": start.isoformat(),
                "end_date": end.isoformat() if end is not None else None,
            }
        )
        if end is None or end >= head.received:
            break
        start = end + timedelta(days=rng.randint(1, 90))
    return jobs, current_post, domain


def _company(rng: random.Random, profile: data.Profile) -> str:
    if profile.iso3 not in _ENGLISH_ADDRESSES and rng.random() < 0.8:
        return str(_faker(profile.locale).company())  # seeded with the record's person
    name = (
        _names_of(profile.locale).last(rng, False)
        if rng.random() < 0.6
        else rng.choice(profile.cities)
    )
    form = {"USA": "Inc.", "GBR": "Ltd", "IRL": "Ltd", "AUS": "Pty Ltd", "CAN": "Inc."}
    return f"{name} {rng.choice(data.COMPANY_SUFFIX_FALLBACK)} {form.get(profile.iso3, 'Ltd')}"


# --- the rest of a record --------------------------------------------------------------------


def _email(rng: random.Random, person: _Person, domain: str | None) -> str | None:
    if rng.random() < 0.03:
        return None
    given = email_part(person.given_names.split(" ")[0]) if person.given_names else ""
    surname = email_part(person.surname.replace(" ", "")) or "applicant"
    pattern = rng.randrange(4)
    if pattern == 0 and given:
        local = f"{given}.{surname}"
    elif pattern == 1 and given:
        local = f"{given[0]}.{surname}"
    elif pattern == 2:
        local = f"{surname}{given[:1]}{rng.randint(1, 99)}"
    else:
        local = f"{given}{surname}{person.birth.year % 100:02d}"
    if domain is not None and rng.random() < 0.45:
        return f"{local}@{domain}"
    if person.profile.mail and rng.random() < 0.3:
        return f"{local}@{rng.choice(person.profile.mail)}"
    return f"{local}@{_weighted(rng, data.FREE_MAIL)}"


def _post(rng: random.Random, profile: data.Profile) -> str | None:
    roll = rng.random()
    if roll < 0.02:
        return None  # from a single post's system: the importer supplies HQ
    if profile.post == data.POSTS_DEFAULT or roll < 0.08:
        return str(_weighted(rng, _ABROAD_POSTS_FROM[profile.post]))
    return profile.post


def _purpose(
    rng: random.Random, registry: Registry, career: _Career, edge: str | None
) -> dict[str, Any] | None:
    activity = _weighted(rng, data.ACTIVITIES)
    if activity is None:
        return None
    topic = rng.choice(career.discipline.topics).lower()
    position = rng.choice(data.POSITIONS["industry"])
    description = rng.choice(data.PURPOSES[activity]).format(topic=topic, position=position)
    if edge == "rtl":
        description = rng.choice(data.RTL_DESCRIPTIONS)
    elif edge == "awkward_text":
        description = rng.choice(data.AWKWARD_DESCRIPTIONS)
    host = None
    if activity in ("science_technology", "education") and rng.random() < 0.5:
        entry = registry.pick(rng, "CN")
        host = entry[0] if entry else None
    elif activity in ("business", "entrepreneurship") and rng.random() < 0.4:
        host = rng.choice(data.BUSINESS_HOSTS)
    return {"activity": activity, "description": description, "host_institution": host}


def _screening(rng: random.Random, edge: str | None) -> dict[str, Any] | None:
    facts = {
        "reentry_ban": False,
        "security_concern": False,
        "fraud_found": False,
        "insufficient_funds": False,
    }
    if edge == "screening":
        facts[
            _weighted(
                rng,
                (
                    ("reentry_ban", 3),
                    ("security_concern", 1),
                    ("fraud_found", 2),
                    ("insufficient_funds", 4),
                ),
            )
        ] = True
        return facts
    return facts if rng.random() < 0.9 else None


_FILE_NAMES = {
    "passport_scan": "passport.pdf",
    "photo": "photo.jpg",
    "application_form": "application.pdf",
    "degree_certificate": "degree_certificate.pdf",
    "transcript": "transcript.pdf",
    "proof_of_post": "employment_letter.pdf",
    "other": "cv.pdf",
}
_LOCAL_FILE_NAMES = {
    "degree_certificate": ("学位证书.pdf", "Diplom_Zeugnis.pdf", "شهادة.pdf"),
    "other": ("Lebenslauf_Müller.pdf", "CV – final (2).pdf"),
}


def _documents(
    rng: random.Random, application_id: str, career: _Career, edge: str | None
) -> list[dict[str, str]]:
    types = ["passport_scan", "photo", "application_form"]
    if career.has_degree and rng.random() < 0.9:
        types.append("degree_certificate")
    if career.has_degree and rng.random() < 0.3:
        types.append("transcript")
    if career.current_post and rng.random() < 0.85:
        types.append("proof_of_post")
    if rng.random() < 0.08:
        types.append("other")
    if edge == "missing_documents":
        droppable = [t for t in types if t != "other"]
        for _ in range(1 if rng.random() < 0.7 else 2):
            if droppable:
                types.remove(droppable.pop(rng.randrange(len(droppable))))
    documents = []
    for doc_type in types:
        name = _FILE_NAMES[doc_type]
        if doc_type in _LOCAL_FILE_NAMES and rng.random() < 0.05:
            name = rng.choice(_LOCAL_FILE_NAMES[doc_type])
        documents.append({"type": doc_type, "file": f"docs/{application_id}/{name}"})
    return documents


def _status_plan(rng: random.Random, head: _Head) -> Plan:
    edge, waited = head.edge, (WORKFLOW_DAY - head.received).days
    weights: tuple[tuple[str, int], ...]
    if edge == "screening":
        weights = (
            ("refused", 45),
            ("ready_for_decision", 20),
            ("awaiting_sign_off", 15),
            ("in_review", 20),
        )
    elif edge == "greater_china":
        weights = (("refused", 40), ("in_review", 35), ("withdrawn", 25))
    elif edge == "missing_documents":
        weights = (
            ("awaiting_documents", 55),
            ("in_review", 20),
            ("received", 10),
            ("refused", 10),
            ("withdrawn", 5),
        )
    elif edge == "passport_expired":
        weights = (
            ("awaiting_documents", 35),
            ("refused", 30),
            ("in_review", 25),
            ("withdrawn", 10),
        )
    elif waited < 14:
        weights = (("received", 60), ("in_review", 35), ("awaiting_documents", 5))
    elif waited < 45:
        weights = (
            ("received", 25),
            ("in_review", 35),
            ("awaiting_documents", 15),
            ("ready_for_decision", 15),
            ("awaiting_sign_off", 10),
        )
    else:
        weights = (
            ("received", 12),
            ("in_review", 20),
            ("awaiting_documents", 12),
            ("ready_for_decision", 10),
            ("awaiting_sign_off", 6),
            ("approved", 6),
            ("refused", 5),
            ("letter_issued", 13),
            ("closed", 12),
            ("withdrawn", 4),
        )
    final = _weighted(rng, weights)
    path = _path_to(rng, final)
    # A case is assigned when an officer first takes it out of `received`.
    officer = _weighted(rng, ((0, 30), (1, 30), (2, 20), (3, 15), (4, 5))) if path else None
    return Plan(path, officer)


def _path_to(rng: random.Random, final: str) -> tuple[str, ...]:
    if final == "received":
        return ()
    if final == "withdrawn":
        return rng.choice(
            (
                ("withdrawn",),
                ("in_review", "withdrawn"),
                ("in_review", "awaiting_documents", "withdrawn"),
            )
        )
    review: tuple[str, ...] = ("in_review",)
    if final == "in_review":
        return review
    if final == "awaiting_documents":
        return (*review, "awaiting_documents")
    if rng.random() < 0.25:
        review = ("in_review", "awaiting_documents", "in_review")
    ready = (*review, "ready_for_decision")
    if final == "ready_for_decision":
        return ready
    sign_off = (*ready, "awaiting_sign_off")
    if final == "awaiting_sign_off":
        return sign_off
    if final in ("approved", "refused"):
        return (*sign_off, final)
    if final == "letter_issued":
        return (*sign_off, "approved", "letter_issued")
    if rng.random() < 0.7:
        return (*sign_off, "approved", "letter_issued", "closed")
    return (*sign_off, "refused", "closed")


def _mrz(rng: random.Random, person: _Person, edge: str | None) -> list[str] | None:
    if edge != "bad_mrz" and rng.random() >= MRZ_SHARE:
        return None
    state = "D" if person.profile.iso3 == "DEU" else person.profile.iso3
    personal = "".join(str(rng.randrange(10)) for _ in range(rng.randint(9, 11)))
    return td3_mrz(
        state=state,
        surname=person.surname,
        given_names=person.given_names,
        number=person.passport_number,
        nationality=state,
        birth=person.birth,
        sex=person.sex,
        expiry=person.expiry,
        personal_number=personal if rng.random() < 0.15 else "",
        filler_check=rng.random() < 0.3,
        corrupt=rng.choice(("number", "birth", "expiry", "composite"))
        if edge == "bad_mrz"
        else None,
    )


def _record(seed: int, index: int, registry: Registry) -> tuple[dict[str, Any], Plan]:
    rng, head = _head(seed, index)
    person, repeated = _resolve_person(seed, index, head)
    profile = person.profile
    number, issue, expiry = person.passport_number, person.issue, person.expiry
    if repeated and (rng.random() < 0.3 or expiry <= head.received):
        # A new passport since the earlier application: same person, another number.
        number = _fill(rng, profile.passport)
        issue = head.received - timedelta(days=rng.randint(30, 300))
        expiry = add_months(issue, 12 * profile.validity_years)
        person = replace(person, passport_number=number, issue=issue, expiry=expiry)
    post = _post(rng, profile)
    application_id = f"KV-{post or data.POSTS_DEFAULT}-{head.received.year}-D{seed}-{index + 1:06d}"
    career = _career(rng, registry, person, head)
    purpose = _purpose(rng, registry, career, head.edge)
    travel: dict[str, Any] | None
    if head.edge == "no_entry_date":
        travel = None if rng.random() < 0.5 else {"intended_entry": None, "stay_days": 30}
    else:
        travel = {
            "intended_entry": head.entry.isoformat(),
            "stay_days": _weighted(rng, data.STAY_DAYS),
        }
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "application_id": application_id,
        "received_at": head.received.isoformat(),
        "post": post,
        "applicant": {
            "surname": person.surname,
            "given_names": person.given_names,
            "native_name": person.native_name,
            "sex": person.sex,
            "date_of_birth": person.birth.isoformat(),
            "place_of_birth": person.place_of_birth,
            "nationality": profile.iso3,
            "email": _email(rng, person, career.email_domain),
            "phone": person.phone,
            "address": person.address,
        },
        "passport": {
            "number": number,
            "issuing_state": profile.iso3,
            "issue_date": issue.isoformat(),
            "expiry_date": expiry.isoformat(),
            "mrz": _mrz(rng, person, head.edge),
        },
        "education": career.education,
        "employment": career.employment,
        "purpose": purpose,
        "travel": travel,
        "screening": _screening(rng, head.edge),
        "documents": _documents(rng, application_id, career, head.edge),
    }
    return record, _status_plan(rng, head)


def generate(
    count: int, seed: int, institutions: Registry | Iterable[Sequence[Any]]
) -> Iterator[tuple[dict[str, Any], Plan]]:
    """Records with their workflow plans, one at a time."""
    registry = institutions if isinstance(institutions, Registry) else Registry(institutions)
    for index in range(count):
        yield _record(seed, index, registry)
