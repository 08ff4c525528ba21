"""A synthetic applicant: profile, names in their scripts, birth, passport and contact details."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kvisa_desk.demo import data
from kvisa_desk.demo.common import (
    _ENGLISH_ADDRESSES,
    _LATIN_GROUPS,
    _ORDINARY,
    _ORDINARY_CUTS,
    _PROFILES,
    _X_MARKER,
    SEED_STRIDE,
    _cut_choice,
    _days,
    _faker,
    _fill,
    _Head,
    _head,
    _names_of,
    _Person,
    _weighted,
)
from kvisa_desk.demo.text import (
    add_months,
    age_on,
    ascii_fold,
    minus_years,
    romanise_armenian,
    romanise_cyrillic,
    romanise_georgian,
    romanise_greek,
    romanise_hangul,
    romanise_korean_surname,
)

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
