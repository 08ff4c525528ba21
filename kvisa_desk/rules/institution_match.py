"""Revision 2's institution matching: the name decides.

- An exact match of the normalised name (case, diacritics, punctuation and "the" folded), or
  of a name or abbreviation registered for the institution, is a match whatever the e-mail
  says.
- The e-mail's domain is evidence only for an institution whose name is compatible with what
  the applicant wrote: its initials, or a similarity at or above the match threshold. An
  address at another institution (studied at MIT, works at Stanford) never displaces or
  weakens a name match.
- Otherwise a similarity at or above the threshold, with no rival close to it, matches; a
  review names the best candidates (up to five) at or above the floor, and there is "no
  candidate in the registry" only when none reached it.

Revision 1's matcher (institutions.py) stays as it was, for revision 1's snapshots.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kvisa_desk.rules.countries import to_alpha2
from kvisa_desk.rules.facts import Candidate, InstitutionId, InstitutionMatch, MatchBasis
from kvisa_desk.rules.institutions import RegistryEntry, email_domain, normalise_name
from kvisa_desk.rules.text import fold

MAX_CANDIDATES = 5
_PICKED = 12  # the choices each scorer nominates for the combined score
_SLACK = 0.5
MARGIN = 5.0  # a rival this close to the best similarity leaves the choice to an officer
_MINOR = frozenset({"of", "the", "and", "for", "at", "in", "de", "la", "du", "des", "di", "der"})


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The form exact names are compared in: folded, without "the", "&" read as "and"."""
    return " ".join(word for word in fold(name.replace("&", " and ")).split() if word != "the")


@lru_cache(maxsize=65536)
def _similar_form(name: str) -> str:
    # For similarity only: short forms written out ('Univ.' -> 'university'), "the" dropped.
    return " ".join(word for word in normalise_name(name).split() if word != "the")


def _initials(key: str) -> str:
    return "".join(word[0] for word in key.split() if word not in _MINOR)


# The characters rapidfuzz splits words on: str.isspace() less U+0085 and U+00A0.
_RAPIDFUZZ_SPACE = re.compile(
    "[\t\n\x0b\x0c\r\x1c-\x1f \u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)


def _tokens_sorted(text: str) -> str:
    """What token_sort_ratio compares: the words sorted by code point and joined by one
    space, split where rapidfuzz splits them."""
    return " ".join(sorted(word for word in _RAPIDFUZZ_SPACE.split(text) if word))


def _top_positions(form: str, texts: list[str], sorted_texts: list[str] | None = None) -> set[int]:
    """The positions of the twelve best choices by WRatio and by token_sort_ratio, exactly as
    two unbounded `process.extract(..., limit=12)` calls pick them. WRatio (about 3 us a
    choice) gets a score cutoff, under which it gives up on a choice sooner: the twelfth best
    WRatio of a sample, so at least twelve choices reach it and the twelve are the same.
    token_sort_ratio is plain ratio of the sorted words: SORTED_TEXTS has the choices' words
    sorted once per country instead of once per written name."""
    from rapidfuzz import fuzz, process

    if sorted_texts is None:
        sorted_texts = [_tokens_sorted(text) for text in texts]
    by_tokens = process.extract(
        _tokens_sorted(form), sorted_texts, scorer=fuzz.ratio, limit=_PICKED
    )
    picked = {pos for _, _, pos in by_tokens}
    if len(texts) <= _PICKED:
        return picked | set(range(len(texts)))
    # The sample: the best by plain ratio (cheap, and WRatio is never below it) and the above.
    sample = picked | {
        pos for _, _, pos in process.extract(form, texts, scorer=fuzz.ratio, limit=_PICKED)
    }
    scores = sorted((fuzz.WRatio(form, texts[pos]) for pos in sample), reverse=True)
    # The slack covers rapidfuzz turning a cutoff into a distance (a 71.11 cut left 71.11 out).
    bound = max(scores[_PICKED - 1] - _SLACK, 0.0)
    top = process.extract(form, texts, scorer=fuzz.WRatio, limit=_PICKED, score_cutoff=bound)
    return picked | {pos for _, _, pos in top}


# What one index keeps of its matches between checks (the index lives while the registry is
# unchanged, so a second check of the same cases scores no name again), oldest out first:
# a scored name holds ~21 scores (~2 KB), a batch of 100,000 cases writes tens of thousands.
KEEP_SCORED = 20_000
KEEP_MATCHES = 50_000


def _keep(found: dict[Any, Any], key: Any, value: Any, limit: int) -> None:
    """Store VALUE, dropping the oldest entries past LIMIT (another thread may drop them too)."""
    found[key] = value
    while len(found) > limit:
        try:
            found.pop(next(iter(found)), None)
        except (RuntimeError, StopIteration):  # changed by another thread meanwhile
            break


@dataclass(frozen=True, slots=True)
class _Scored:
    index: int
    score: float


@dataclass(frozen=True)
class _Area:
    """One country's (or, for None, every country's) names, folded for matching."""

    exact: dict[str, list[tuple[int, MatchBasis]]]  # by name key: entries and how named
    choices: list[tuple[str, int]]  # similarity forms of every name, with their entry


class NameFirstIndex:
    """The registry (with its registered names) indexed for revision 2's matching; build once
    per check, match many times with a post's threshold and floor."""

    def __init__(
        self,
        entries: Iterable[RegistryEntry],
        registered: Mapping[InstitutionId, Iterable[str]] | None = None,
    ) -> None:
        self._entries = tuple(entries)
        self._pool: dict[str | None, list[int]] = defaultdict(list)
        self._domains: dict[str, list[int]] = defaultdict(list)
        by_id = {e.institution_id: i for i, e in enumerate(self._entries)}
        self._names: dict[int, list[tuple[str, MatchBasis]]] = {
            i: [(e.name, "name")] for i, e in enumerate(self._entries)
        }
        for institution_id, aliases in (registered or {}).items():
            if institution_id in by_id:
                self._names[by_id[institution_id]] += [(a, "registered_name") for a in aliases]
        for i, entry in enumerate(self._entries):
            for area in (entry.country.upper(), None):  # None: country unknown, search everything
                self._pool[area].append(i)
            for domain in entry.domains:
                self._domains[domain.lower().strip(".")].append(i)
        # Each area's exact names and similarity forms, folded on its first match: folding
        # every name of ~10,000 entries cost a process's first check ~0.7 s of CPU, and a
        # case asks about a country or two.
        self._areas: dict[str | None, _Area] = {}
        self._initials: dict[int, str] = {}
        self._cache: dict[tuple[str, str | None, str | None, float, float], InstitutionMatch] = {}
        # The fuzzy scores depend on the name and country only, not on the e-mail or post.
        self._scored: dict[tuple[str, str | None], list[_Scored]] = {}
        self._choice_texts: dict[str | None, list[str]] = {}
        self._choice_sorted: dict[str | None, list[str]] = {}  # their words sorted

    def _area(self, area: str | None) -> _Area:
        found = self._areas.get(area)
        if found is None:
            exact: dict[str, list[tuple[int, MatchBasis]]] = defaultdict(list)
            # Every name an entry is known by, in the similarity form, with the entry it names.
            choices: list[tuple[str, int]] = []
            for i in self._pool.get(area, ()):
                for written, basis in self._names[i]:
                    key = name_key(written)
                    if key and (i, basis) not in exact[key]:
                        exact[key].append((i, basis))
                    choices.append((_similar_form(written), i))
            # Built whole, then published: a check on another thread sees all of it or none.
            found = self._areas[area] = _Area(dict(exact), choices)
        return found

    def _initials_of(self, index: int) -> str:
        found = self._initials.get(index)
        if found is None:
            found = self._initials[index] = _initials(name_key(self._entries[index].name))
        return found

    def match(
        self,
        name: str,
        country: str | None,
        email: str | None = None,
        *,
        threshold: float = 88.0,
        floor: float = 60.0,
    ) -> InstitutionMatch:
        """Match the written NAME within COUNTRY (alpha-2 or alpha-3, or any when unknown)."""
        key = (name_key(name), to_alpha2(country), email_domain(email), threshold, floor)
        found = self._cache.get(key)
        if found is None:
            found = self._match(*key)
            _keep(self._cache, key, found, KEEP_MATCHES)
        return found

    def _match(
        self, written: str, country: str | None, domain: str | None, threshold: float, floor: float
    ) -> InstitutionMatch:
        if country is not None and country not in self._pool:
            country = None  # a country with no registry entry: search everything
        if not written or not self._pool.get(country):
            return InstitutionMatch("unmatched")
        hits = self._domain_hits(domain, country)
        exact = self._area(country).exact.get(written, [])
        if exact:
            return self._exactly(exact, hits)
        scored = self._scores(written, country)
        shown = self._candidates(scored, floor)
        strong = [s for s in scored if s.score >= threshold]
        if strong:
            rivals = [s for s in strong if s.score >= strong[0].score - MARGIN]
            if len(rivals) == 1:
                return self._matched(rivals[0].index, "similar_name", shown)
            supported = [s for s in rivals if s.index in hits]
            if len(supported) == 1:
                return self._matched(supported[0].index, "email_supported", shown)
            return InstitutionMatch("ambiguous", candidates=shown)
        # No name is close enough: the e-mail may lift an entry whose initials were written.
        initials = [i for i in hits if " " not in written and self._initials_of(i) == written]
        if len(set(initials)) == 1 and len(written) >= 2:
            return self._matched(initials[0], "email_supported", shown)
        return InstitutionMatch("unmatched", candidates=shown)

    def _exactly(self, exact: list[tuple[int, MatchBasis]], hits: set[int]) -> InstitutionMatch:
        entries = sorted({i for i, _ in exact}, key=self._tie)
        candidates = tuple(self._candidate(i, 100.0) for i in entries[:MAX_CANDIDATES])
        if len(entries) == 1:
            basis: MatchBasis = "name" if any(b == "name" for _, b in exact) else "registered_name"
            return self._matched(entries[0], basis, candidates)
        supported = [i for i in entries if i in hits]  # one name, two institutions: the e-mail
        if len(supported) == 1:
            return self._matched(supported[0], "email_supported", candidates)
        return InstitutionMatch("ambiguous", candidates=candidates)

    def _scores(self, written: str, country: str | None) -> list[_Scored]:
        """Each entry's best similarity over its names, best first (ties in a fixed order)."""
        found = self._scored.get((written, country))
        if found is None:
            found = self._score(written, country)
            _keep(self._scored, (written, country), found, KEEP_SCORED)
        return found

    def _score(self, written: str, country: str | None) -> list[_Scored]:
        from rapidfuzz import fuzz  # loaded by the first check, not at start

        choices = self._area(country).choices
        form = _similar_form(written)
        picked = _top_positions(form, self._texts(country), self._sorted_texts(country))
        best: dict[int, float] = {}
        for pos in picked:
            text, index = choices[pos]
            score = (fuzz.WRatio(form, text) + fuzz.token_sort_ratio(form, text)) / 2
            best[index] = max(best.get(index, 0.0), round(score, 1))
        found = [_Scored(i, s) for i, s in best.items()]
        return sorted(found, key=lambda s: (-s.score, *self._tie(s.index)))

    def _texts(self, country: str | None) -> list[str]:
        # The similarity forms of a country's choices, listed once, not per written name.
        texts = self._choice_texts.get(country)
        if texts is None:
            choices = self._area(country).choices
            texts = self._choice_texts[country] = [text for text, _ in choices]
        return texts

    def _sorted_texts(self, country: str | None) -> list[str]:
        texts = self._choice_sorted.get(country)
        if texts is None:
            texts = self._choice_sorted[country] = [_tokens_sorted(t) for t in self._texts(country)]
        return texts

    def _candidates(self, scored: list[_Scored], floor: float) -> tuple[Candidate, ...]:
        return tuple(self._candidate(s.index, s.score) for s in scored if s.score >= floor)[
            :MAX_CANDIDATES
        ]

    def _domain_hits(self, domain: str | None, country: str | None) -> set[int]:
        # user@ee.unilag.edu.ng belongs to unilag.edu.ng: try the domain and each parent.
        if domain is None:
            return set()
        labels = domain.split(".")
        pool = set(self._pool[country])
        found: set[int] = set()
        for start in range(len(labels) - 1):
            found |= {i for i in self._domains.get(".".join(labels[start:]), []) if i in pool}
        return found

    def _tie(self, index: int) -> tuple[str, str]:
        entry = self._entries[index]
        return (entry.name, str(entry.institution_id))

    def _candidate(self, index: int, score: float) -> Candidate:
        entry = self._entries[index]
        return Candidate(entry.institution_id, entry.name, score)

    def _matched(
        self, index: int, basis: MatchBasis, candidates: tuple[Candidate, ...]
    ) -> InstitutionMatch:
        entry = self._entries[index]
        return InstitutionMatch(
            "matched", entry.institution_id, entry.name, entry.tier, candidates, basis
        )


@dataclass(frozen=True)
class PostMatcher:
    """The index with one post's threshold and floor, as the facts builder asks it."""

    index: NameFirstIndex
    threshold: float
    floor: float

    def match(self, name: str, country: str | None, email: str | None = None) -> InstitutionMatch:
        return self.index.match(name, country, email, threshold=self.threshold, floor=self.floor)
