"""Institution matching: fuzzy names within the country, e-mail domains, ties, speed."""

from __future__ import annotations

import json
import time
from functools import cache

import pytest

from kvisa_desk.rules import InstitutionIndex, RegistryEntry, rules_folder

REGISTRY = rules_folder().parent / "registry" / "world_universities_and_domains.json"

SMALL = [
    RegistryEntry(1, "University of Lagos", "NG", ("unilag.edu.ng",), "listed"),
    RegistryEntry(2, "Lagos State University", "NG", ("lasu.edu.ng",), "listed"),
    RegistryEntry(3, "University of Jos", "NG", ("unijos.edu.ng",), "unlisted"),
    RegistryEntry(4, "University of Bath", "GB", ("bath.ac.uk",), "recognised"),
    RegistryEntry(5, "University of Bath", "GB", ("bathspa.example.uk",), "listed"),
    RegistryEntry(6, "Massachusetts Institute of Technology", "US", ("mit.edu",), "recognised"),
    RegistryEntry(7, "Harvard University", "US", ("harvard.edu",), "recognised"),
    RegistryEntry(8, "Boston University", "US", ("bu.edu",), "listed"),
    RegistryEntry(9, "Technische Universität München", "DE", ("tum.de",), "recognised"),
    RegistryEntry(10, "Université de Montréal", "CA", ("umontreal.ca",), "listed"),
]


@pytest.fixture(scope="module")
def small() -> InstitutionIndex:
    return InstitutionIndex(SMALL)


@cache
def real_entries() -> tuple[RegistryEntry, ...]:
    data = json.loads(REGISTRY.read_text("utf-8"))
    return tuple(
        RegistryEntry(i, row["name"], row["alpha_two_code"], tuple(row["domains"]), "listed")
        for i, row in enumerate(data)
    )


@pytest.fixture(scope="module")
def real() -> InstitutionIndex:
    return InstitutionIndex(real_entries())


def test_exact_name_in_country_matches(small: InstitutionIndex) -> None:
    match = small.match("University of Lagos", "NG")
    assert (match.status, match.institution_id, match.tier) == ("matched", 1, "listed")
    assert match.candidates[0].score == 100.0 and len(match.candidates) <= 5


def test_alpha3_country_abbreviation_and_case(small: InstitutionIndex) -> None:
    match = small.match("univ. of LAGOS", "NGA")
    assert match.status == "matched" and match.institution_id == 1


def test_diacritics_are_ignored(small: InstitutionIndex) -> None:
    assert small.match("Technische Universitat Munchen", "DE").institution_id == 9
    assert small.match("Universite de Montreal", "CAN").institution_id == 10


def test_wrong_country_does_not_match(small: InstitutionIndex) -> None:
    assert small.match("University of Lagos", "GB").status != "matched"


def test_same_name_twice_in_a_country_is_ambiguous(small: InstitutionIndex) -> None:
    match = small.match("University of Bath", "GB")
    assert match.status == "ambiguous" and match.institution_id is None
    assert {c.institution_id for c in match.candidates[:2]} == {4, 5}


def test_email_domain_breaks_the_tie(small: InstitutionIndex) -> None:
    match = small.match("University of Bath", "GB", "a.smith@bath.ac.uk")
    assert (match.status, match.institution_id, match.tier) == ("matched", 4, "recognised")


def test_email_subdomain_counts(small: InstitutionIndex) -> None:
    match = small.match("Bath University", "GB", "a.smith@cs.bath.ac.uk")
    assert match.status == "matched" and match.institution_id == 4


def test_lookalike_domain_does_not_count(small: InstitutionIndex) -> None:
    match = small.match("University of Bath", "GB", "a.smith@notbath.ac.uk")
    assert match.status == "ambiguous"


def test_email_and_name_disagreeing_is_ambiguous(small: InstitutionIndex) -> None:
    match = small.match("Harvard University", "US", "x@bu.edu")
    assert match.status == "ambiguous"
    assert match.candidates[0].institution_id == 7  # best name shown first


def test_acronym_matches_initials(small: InstitutionIndex) -> None:
    match = small.match("MIT", "US")
    assert match.status == "matched" and match.institution_id == 6


def test_weak_match_is_unmatched_with_candidates(small: InstitutionIndex) -> None:
    match = small.match("Royal Academy of Dance", "GB")
    assert match.status == "unmatched" and match.candidates


def test_near_tie_is_ambiguous() -> None:
    index = InstitutionIndex(
        [
            RegistryEntry(1, "Northern State University", "US", (), "listed"),
            RegistryEntry(2, "Northern State Universty", "US", (), "listed"),
        ]
    )
    assert index.match("Northern State University", "US").status == "ambiguous"


def test_empty_name_or_registry() -> None:
    assert InstitutionIndex(SMALL).match("", "NG").status == "unmatched"
    assert InstitutionIndex([]).match("University of Lagos", "NG").status == "unmatched"


def test_unknown_country_searches_everything(small: InstitutionIndex) -> None:
    assert small.match("University of Lagos", None).institution_id == 1
    assert small.match("University of Lagos", "XXA").institution_id == 1


def test_results_are_memoised() -> None:
    index = InstitutionIndex(SMALL)
    first = index.match("University of Lagos", "NG", "a@unilag.edu.ng")
    again = index.match("university of lagos", "NGA", "b@UNILAG.edu.ng")
    assert again is first and (index.hits, index.misses) == (1, 1)


def test_real_registry_examples(real: InstitutionIndex) -> None:
    assert real.match("University of Lagos", "NG").name == "University of Lagos"
    assert real.match("Tsinghua University", "CN").status == "matched"
    assert real.match("Universidade de Sao Paulo", "BR").name == "Universidade de São Paulo"
    assert real.match("University of Bath", "GB").status == "ambiguous"
    bath = real.match("University of Bath", "GB", "someone@bath.ac.uk")
    assert bath.status == "matched" and bath.name == "University of Bath"
    assert real.match("Some Unknown Place", "FR").status == "unmatched"


def test_matching_100000_cases_is_fast(real: InstitutionIndex) -> None:
    entries = real_entries()
    distinct = [(e.name, e.country) for e in entries[::20]]  # about 500 distinct names
    started = time.perf_counter()
    statuses = [real.match(*distinct[i % len(distinct)]).status for i in range(100_000)]
    elapsed = time.perf_counter() - started
    assert statuses.count("unmatched") == 0
    assert real.misses <= len(distinct) + 20
    assert elapsed < 30, elapsed
