"""Match a free-text institution name to registry entries: fuzzy name within country + e-mail."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kvisa_desk.rules.countries import to_alpha2
from kvisa_desk.rules.facts import Candidate, InstitutionId, InstitutionMatch
from kvisa_desk.rules.text import fold
from kvisa_desk.rules.tiers import Tier

# Institution words applicants shorten; expanded before comparing names.
_SHORT = {
    "univ": "university",
    "uni": "university",
    "inst": "institute",
    "tech": "technology",
    "coll": "college",
    "intl": "international",
    "natl": "national",
    "sci": "science",
}
_MINOR = frozenset({"of", "the", "and", "for", "at", "in", "de", "la", "du", "des", "di", "der"})
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class RegistryEntry:
    """One registry institution as the matcher needs it; `country` is ISO alpha-2."""

    institution_id: InstitutionId
    name: str
    country: str
    domains: tuple[str, ...]
    tier: Tier


@dataclass(frozen=True)
class _Scored:
    entry: RegistryEntry
    score: float
    domain_hit: bool


@lru_cache(maxsize=65536)  # the same names recur across a post's cases
def normalise_name(name: str) -> str:
    """Folded name, abbreviations written out: 'Univ. of Lagos' -> 'university of lagos'."""
    return " ".join(_SHORT.get(word, word) for word in fold(name).split())


def email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].strip().strip(".").lower() or None


def _tie(scored: _Scored) -> tuple[str, str]:
    # Equal scores still need one fixed order so results never depend on set iteration.
    return (scored.entry.name, str(scored.entry.institution_id))


def _initials(folded: str) -> str:
    return "".join(word[0] for word in folded.split() if word not in _MINOR)


class InstitutionIndex:
    """Registry entries indexed by country, name and domain; build once, match many times.

    Status: `matched` needs a best score ≥ `match_score` and no rival within `margin` points
    (an e-mail domain of the institution lifts a candidate above rivals without one);
    `ambiguous` when rivals are that close; `unmatched` when nothing scores high enough.
    """

    def __init__(
        self,
        entries: Iterable[RegistryEntry],
        *,
        match_score: float = 88.0,
        margin: float = 5.0,
        domain_name_score: float = 60.0,
    ) -> None:
        self.match_score = match_score
        self.margin = margin
        self.domain_name_score = domain_name_score
        self._entries = tuple(entries)
        self._folded = [normalise_name(e.name) for e in self._entries]
        self._by_country: dict[str | None, list[int]] = defaultdict(list)
        self._by_domain: dict[str, list[int]] = defaultdict(list)
        self._by_initials: dict[tuple[str | None, str], list[int]] = defaultdict(list)
        for i, entry in enumerate(self._entries):
            country = entry.country.upper()
            self._by_country[country].append(i)
            self._by_country[None].append(i)  # None: country unknown, search everything
            self._by_initials[(country, _initials(self._folded[i]))].append(i)
            self._by_initials[(None, _initials(self._folded[i]))].append(i)
            for domain in entry.domains:
                self._by_domain[domain.lower().strip(".")].append(i)
        self._choices = {k: [self._folded[i] for i in idx] for k, idx in self._by_country.items()}
        self._cache: dict[tuple[str, str | None, str | None], InstitutionMatch] = {}
        self._name_cache: dict[tuple[str, str | None], dict[int, float]] = {}
        self.hits = 0
        self.misses = 0

    def match(self, name: str, country: str | None, email: str | None = None) -> InstitutionMatch:
        """Match `name` within `country` (alpha-2 or alpha-3), using the e-mail's domain."""
        key = (normalise_name(name), to_alpha2(country), email_domain(email))
        cached = self._cache.get(key)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        result = self._match(*key)
        self._cache[key] = result
        return result

    def _match(self, folded: str, country: str | None, domain: str | None) -> InstitutionMatch:
        pool = self._by_country.get(country, [])
        if country is not None and not pool:
            country, pool = None, self._by_country.get(None, [])  # unknown code: search all
        if not folded or not pool:
            return InstitutionMatch("unmatched")
        scored = self._score(folded, country, domain, pool)
        # Decide with e-mail evidence first; show the officer the best names first.
        ranked = sorted(scored, key=lambda s: (-s.domain_hit, -s.score, *_tie(s)))
        shown = sorted(scored, key=lambda s: (-round(s.score, 1), -s.domain_hit, *_tie(s)))
        candidates = tuple(
            Candidate(s.entry.institution_id, s.entry.name, round(s.score, 1))
            for s in shown[:MAX_CANDIDATES]
        )
        return self._decide(ranked, candidates)

    def _score(
        self, folded: str, country: str | None, domain: str | None, pool: list[int]
    ) -> list[_Scored]:
        scores = self._name_scores(folded, country, pool)
        in_pool = set(pool)
        domain_hits = {i for i in self._domain_entries(domain) if i in in_pool}
        extra = {i: self._pair_score(folded, i, False) for i in domain_hits if i not in scores}
        return [
            _Scored(self._entries[i], score, i in domain_hits)
            for i, score in (scores | extra).items()
        ]

    def _name_scores(self, folded: str, country: str | None, pool: list[int]) -> dict[int, float]:
        # The fuzzy search depends on name and country only: e-mail domains differ per
        # applicant, so caching per name makes checking many cases match each name once.
        key = (folded, country)
        cached = self._name_cache.get(key)
        if cached is not None:
            return cached
        from rapidfuzz import fuzz, process  # ~5 MB: loaded by the first check, not at start

        choices = self._choices[country]
        picked: set[int] = set()
        for scorer in (fuzz.WRatio, fuzz.token_sort_ratio):
            for _, _, pos in process.extract(folded, choices, scorer=scorer, limit=10):
                picked.add(pool[pos])
        acronym_hits: set[int] = set()
        if " " not in folded:
            acronym_hits = set(self._by_initials.get((country, folded), []))
        scores = {i: self._pair_score(folded, i, i in acronym_hits) for i in picked | acronym_hits}
        self._name_cache[key] = scores
        return scores

    def _pair_score(self, folded: str, i: int, acronym: bool) -> float:
        from rapidfuzz import fuzz

        other = self._folded[i]
        score = (fuzz.WRatio(folded, other) + fuzz.token_sort_ratio(folded, other)) / 2
        if acronym and len(folded) >= 2:
            score = max(score, 90.0)  # 'MIT' is the initials of the entry's significant words
        return score

    def _domain_entries(self, domain: str | None) -> list[int]:
        # user@ee.unilag.edu.ng belongs to unilag.edu.ng: try the domain and each parent.
        if domain is None:
            return []
        labels = domain.split(".")
        found: list[int] = []
        for start in range(len(labels) - 1):
            found += self._by_domain.get(".".join(labels[start:]), [])
        return found

    def _decide(self, ranked: list[_Scored], candidates: tuple[Candidate, ...]) -> InstitutionMatch:
        best = ranked[0]
        strong_enough = best.score >= self.match_score or (
            best.domain_hit and best.score >= self.domain_name_score
        )
        if not strong_enough:
            return InstitutionMatch("unmatched", candidates=candidates)
        rivals = [
            s
            for s in ranked[1:]
            if s.domain_hit == best.domain_hit and s.score >= best.score - self.margin
        ]
        # The e-mail points one way but the name clearly names another institution.
        conflict = best.domain_hit and any(
            not s.domain_hit and s.score >= self.match_score and s.score > best.score + self.margin
            for s in ranked
        )
        if rivals or conflict:
            return InstitutionMatch("ambiguous", candidates=candidates)
        entry = best.entry
        return InstitutionMatch("matched", entry.institution_id, entry.name, entry.tier, candidates)
