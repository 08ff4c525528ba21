"""Revision 2's institution matching ("Matching, precisely") over the real registry seed and
its registered names: a table of real institution pairs with the match an officer expects."""

from __future__ import annotations

import json
from functools import cache
from typing import NamedTuple

import pytest

from kvisa_desk.core.post.alias_seed import seed_entries
from kvisa_desk.rules.institution_match import MAX_CANDIDATES, NameFirstIndex, PostMatcher
from kvisa_desk.rules.institutions import InstitutionIndex, RegistryEntry
from kvisa_desk.shipped import resources_dir


class Pair(NamedTuple):
    kind: str
    written: str
    country: str | None
    email: str | None
    status: str  # matched | ambiguous | unmatched
    expected: str | None  # the registry name matched, or None
    basis: str | None = None
    expected_country: str | None = None


EXACT, ABBREVIATION, TRANSLITERATION = "exact", "abbreviation", "transliteration"
EMPLOYER, SHARED_WORD, TWO_COUNTRIES = "other employer", "shared word", "two countries"
WEAK = "weak or no name"

PAIRS = [
    # Exact names (case, diacritics, punctuation and "the" folded), whatever the e-mail says.
    Pair(EXACT, "Massachusetts Institute of Technology", "US", None, "matched",
         "Massachusetts Institute of Technology", "name"),
    Pair(EXACT, "university of lagos", "NG", "c.okafor@unilag.edu.ng", "matched",
         "University of Lagos", "name"),
    Pair(EXACT, "Universite de Montreal", "CA", None, "matched", "Université de Montréal", "name"),
    Pair(EXACT, "Universidade de Sao Paulo", "BR", None, "matched", "Universidade de São Paulo",
         "name"),
    Pair(EXACT, "The University of Tokyo", "JP", None, "matched", "University of Tokyo", "name"),
    Pair(EXACT, "Korea Advanced Institute of Science and Technology", "KR", None, "matched",
         "Korea Advanced Institute of Science & Technology", "name"),
    Pair(EXACT, "Universität Zürich", "CHE", None, "matched", "Universität Zürich", "name"),
    # Registered abbreviations and other names.
    Pair(ABBREVIATION, "UNILAG", "NG", "c.okafor@unilag.edu.ng", "matched", "University of Lagos",
         "registered_name"),
    Pair(ABBREVIATION, "UNILAG", "NG", None, "matched", "University of Lagos", "registered_name"),
    Pair(ABBREVIATION, "MIT", "US", None, "matched", "Massachusetts Institute of Technology",
         "registered_name"),
    Pair(ABBREVIATION, "KAIST", "KR", None, "matched",
         "Korea Advanced Institute of Science & Technology", "registered_name"),
    Pair(ABBREVIATION, "LASU", "NG", "x@unilag.edu.ng", "matched", "Lagos State University",
         "registered_name"),
    Pair(ABBREVIATION, "KNUST", "GH", None, "matched",
         "Kwame Nkrumah University of Science and Technology", "registered_name"),
    Pair(ABBREVIATION, "ETH Zurich", "CH", None, "matched", "ETHZ - ETH Zurich",
         "registered_name"),
    # Initials alone are only a compatible name: the e-mail there supports them.
    Pair(ABBREVIATION, "UBA", "AR", "a.perez@uba.ar", "matched", "Universidad de Buenos Aires",
         "email_supported"),
    Pair(ABBREVIATION, "UBA", "AR", None, "unmatched", None),
    # Transliterations and names in other languages and scripts.
    Pair(TRANSLITERATION, "Technische Universitaet Muenchen", "DE", None, "matched",
         "Technische Universität München", "similar_name"),
    Pair(TRANSLITERATION, "Ludwig Maximilians Universitaet Muenchen", "DE", None, "matched",
         "Ludwig-Maximilians-Universität München", "similar_name"),
    Pair(TRANSLITERATION, "Universitaet Zuerich", "CH", None, "matched", "Universität Zürich",
         "similar_name"),
    Pair(TRANSLITERATION, "Technical University of Munich", "DE", None, "matched",
         "Technische Universität München", "registered_name"),
    Pair(TRANSLITERATION, "清华大学", "CN", None, "matched", "Tsinghua University",
         "registered_name"),
    Pair(TRANSLITERATION, "Beijing University", "CN", None, "matched", "Peking University",
         "registered_name"),
    Pair(TRANSLITERATION, "Karlsruhe Institute of Technology", "DE", None, "matched",
         "Karlsruher Institut für Technologie", "registered_name"),
    # Studied at one institution, writes from another (the employer's address).
    Pair(EMPLOYER, "Massachusetts Institute of Technology", "US", "j.doe@stanford.edu", "matched",
         "Massachusetts Institute of Technology", "name"),
    Pair(EMPLOYER, "University of Oxford", "GB", "a.smith@cam.ac.uk", "matched",
         "University of Oxford", "name"),
    Pair(EMPLOYER, "Tsinghua University", "CN", "li.wei@pku.edu.cn", "matched",
         "Tsinghua University", "name"),
    Pair(EMPLOYER, "Oxford University", "GB", "r.jones@brookes.ac.uk", "matched",
         "University of Oxford", "similar_name"),
    Pair(EMPLOYER, "University of Ibadan", "NG", "t.ade@unilag.edu.ng", "matched",
         "University of Ibadan", "name"),
    Pair(EMPLOYER, "Univ. of Cape Town", "ZA", "k.n@wits.ac.za", "matched",
         "University of Cape Town", "similar_name"),
    # A domain never carries a name it does not resemble.
    Pair(EMPLOYER, "Abuja Institute of Grid Studies", "NG", "c.okafor@unilag.edu.ng",
         "unmatched", None),
    # Two universities sharing a word.
    Pair(SHARED_WORD, "Lagos State University", "NG", None, "matched", "Lagos State University",
         "name"),
    Pair(SHARED_WORD, "Oxford Brookes University", "GB", None, "matched",
         "Oxford Brookes University", "name"),
    Pair(SHARED_WORD, "Peking University", "CN", "x@tsinghua.edu.cn", "matched",
         "Peking University", "name"),
    Pair(SHARED_WORD, "University of Michigan", "US", None, "ambiguous", None),
    Pair(SHARED_WORD, "Lagos", "NG", None, "unmatched", None),
    # The same name in two countries: the country decides, else the e-mail, else an officer.
    Pair(TWO_COUNTRIES, "Northeastern University", "US", None, "matched",
         "Northeastern University", "name", "US"),
    Pair(TWO_COUNTRIES, "Northeastern University", "CN", None, "matched",
         "Northeastern University", "name", "CN"),
    Pair(TWO_COUNTRIES, "Northeastern University", None, "w.li@neu.edu.cn", "matched",
         "Northeastern University", "email_supported", "CN"),
    Pair(TWO_COUNTRIES, "Northeastern University", None, None, "ambiguous", None),
    Pair(TWO_COUNTRIES, "University of New England", "AU", None, "matched",
         "University of New England", "name", "AU"),
    Pair(TWO_COUNTRIES, "Universidad de Cordoba", "ES", None, "matched",
         "Universidad de Córdoba", "name", "ES"),
    Pair(TWO_COUNTRIES, "University of Lagos", "GH", None, "unmatched", None),
    # Weak names: a review naming the nearest, never a guess.
    Pair(WEAK, "Stanford", "US", "x@stanford.edu", "unmatched", None),
    Pair(WEAK, "Kwame Nkrumah University", "GH", None, "unmatched", None),
]  # fmt: skip


@cache
def _registry() -> tuple[NameFirstIndex, dict[object, tuple[str, str]]]:
    path = resources_dir() / "registry" / "world_universities_and_domains.json"
    seed = json.loads(path.read_text("utf-8"))
    entries = [
        RegistryEntry(
            i, e["name"].strip(), e["alpha_two_code"].upper(), tuple(e["domains"]), "listed"
        )
        for i, e in enumerate(seed)
        if e.get("name") and e.get("alpha_two_code")
    ]
    ids = {(e.country, e.name): e.institution_id for e in entries}
    registered = {
        ids[(x["country"], x["name"])]: [a["name"] for a in x["aliases"]] for x in seed_entries()
    }
    where = {e.institution_id: (e.name, e.country) for e in entries}
    return NameFirstIndex(entries, registered), where


def test_the_table_covers_every_kind_of_pair() -> None:
    kinds = {p.kind for p in PAIRS}
    assert {EXACT, ABBREVIATION, TRANSLITERATION, EMPLOYER, SHARED_WORD, TWO_COUNTRIES} <= kinds
    assert len(PAIRS) >= 30


@pytest.mark.parametrize(
    "pair", PAIRS, ids=[f"{p.kind}: {p.written} {p.email or ''}" for p in PAIRS]
)
def test_real_pairs_match_as_an_officer_expects(pair: Pair) -> None:
    index, where = _registry()
    found = index.match(pair.written, pair.country, pair.email)
    assert found.status == pair.status, found
    if pair.status == "matched":
        assert found.name == pair.expected and found.basis == pair.basis
        if pair.expected_country:
            assert where[found.institution_id][1] == pair.expected_country
    else:
        assert found.institution_id is None and found.basis is None
    assert len(found.candidates) <= MAX_CANDIDATES
    assert [c.score for c in found.candidates] == sorted(
        (c.score for c in found.candidates), reverse=True
    )


def test_a_review_names_the_nearest_with_their_similarity() -> None:
    index, _ = _registry()
    stanford = index.match("Stanford", "US", "x@stanford.edu")
    assert [(c.name, c.score) for c in stanford.candidates][:1] == [("Stanford University", 74.6)]
    ambiguous = index.match("Northeastern University", None)
    assert [c.score for c in ambiguous.candidates] == [100.0, 100.0]
    nothing = index.match("Qwzx Yvvb Institute", "NG")
    assert nothing.status == "unmatched" and nothing.candidates == ()


def test_threshold_and_floor_are_the_posts() -> None:
    index, _ = _registry()
    lenient = PostMatcher(index, threshold=70, floor=60)
    assert lenient.match("Stanford", "US").name == "Stanford University"
    strict = PostMatcher(index, threshold=99, floor=95)
    oxford = strict.match("Oxford University", "GB")
    assert oxford.status == "unmatched" and oxford.candidates == ()  # none reached 95
    assert strict.match("University of Oxford", "GB").status == "matched"  # exact stays exact


def test_revision_1_matching_stays_as_it_was() -> None:
    # Revision 1 let the domain carry the name and judged only its top candidate.
    path = resources_dir() / "registry" / "world_universities_and_domains.json"
    seed = json.loads(path.read_text("utf-8"))
    entries = [
        RegistryEntry(
            i, e["name"].strip(), e["alpha_two_code"].upper(), tuple(e["domains"]), "listed"
        )
        for i, e in enumerate(seed)
        if e.get("name") and e.get("alpha_two_code")
    ]
    old = InstitutionIndex(entries)
    assert old.match("Massachusetts Institute of Technology", "US", "j@stanford.edu").status != (
        "matched"
    )


def test_scores_are_kept_between_checks_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # The index lives while the registry is unchanged: a second check of the same names
    # scores none of them again; past the bound the oldest go, and scoring them again gives
    # the same matches.
    from kvisa_desk.rules import institution_match

    index, _ = _registry()
    fresh = NameFirstIndex(index._entries, {})
    names = [("Stanford", "US"), ("Oxford University", "GB"), ("Qwzx Yvvb Institute", "NG")]
    names += [("Univ of Lgos", "NG"), ("Technical Univ Munich", "DE")]
    scored: list[tuple[str, str | None]] = []
    real_score = NameFirstIndex._score

    def counted(self: NameFirstIndex, written: str, country: str | None) -> object:
        scored.append((written, country))
        return real_score(self, written, country)

    monkeypatch.setattr(NameFirstIndex, "_score", counted)
    first = [fresh.match(n, c) for n, c in names]
    assert len(scored) == len(names)
    assert [fresh.match(n, c) for n, c in names] == first and len(scored) == len(names)
    monkeypatch.setattr(institution_match, "KEEP_SCORED", 2)
    monkeypatch.setattr(institution_match, "KEEP_MATCHES", 2)
    bounded = NameFirstIndex(index._entries, {})
    assert [bounded.match(n, c) for n, c in names] == first
    assert len(bounded._scored) <= 2 and len(bounded._cache) <= 2
    assert [bounded.match(n, c) for n, c in names] == first  # the dropped ones scored anew
    assert len(scored) == 3 * len(names)
