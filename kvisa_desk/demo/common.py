"""What every part of a synthetic record draws on: the constants, the edge cases, the plan, the
head of a record (edge, dates, repeated person), Faker's name pools and the weighted draws."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

import pycountry
from faker import Faker

from kvisa_desk.core.countries import is_country_code
from kvisa_desk.core.post.registry_seed import repaired_name
from kvisa_desk.demo import data

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
