"""A synthetic applicant's education and employment: institutions, degrees, ISCED codes, posts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kvisa_desk.demo import data
from kvisa_desk.demo.common import (
    _ENGLISH_ADDRESSES,
    _JUNIOR,
    _MBA,
    Institution,
    Registry,
    _alpha3_of,
    _days,
    _faker,
    _Head,
    _names_of,
    _Person,
    _weighted,
)
from kvisa_desk.demo.text import (
    age_on,
    minus_years,
)

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
