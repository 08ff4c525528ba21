"""The immutable facts snapshot a check evaluates: everything any rule reads, nothing more."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from kvisa_desk.rules.facts_codec import canonical_json, decode_dataclass, encode
from kvisa_desk.rules.normalise import NormalisedIdentity
from kvisa_desk.rules.tiers import Tier

Sex = Literal["F", "M", "X"]
DegreeLevel = Literal["bachelor", "master", "doctorate", "other"]
PostKind = Literal["teaching", "research", "industry", "other"]
MatchStatus = Literal["matched", "ambiguous", "unmatched"]
Verification = Literal["unverified", "verified", "suspected_fraudulent"]
RefusalBasis = Literal["passport", "identity"]
InstitutionId = int | str
IscedSource = Literal["application", "officer", "suggested"]
# How a revision-2 match was made: the written name is the entry's name or one registered
# for it, or a similar name (with the e-mail's support when the applicant wrote from there).
MatchBasis = Literal["name", "registered_name", "similar_name", "email_supported"]


@dataclass(frozen=True)
class Applicant:
    nationality: str
    date_of_birth: date
    sex: Sex | None = None
    surname: str = ""


@dataclass(frozen=True)
class Passport:
    number: str
    issuing_state: str
    expiry_date: date
    issue_date: date | None = None
    # The two 44-character TD3 lines exactly as captured, or None when no MRZ was read.
    mrz: tuple[str, str] | None = None

    def __post_init__(self) -> None:
        if self.mrz is not None:
            object.__setattr__(self, "mrz", tuple(self.mrz))


@dataclass(frozen=True)
class Candidate:
    """A registry entry the matcher considered, with its name similarity (0–100)."""

    institution_id: InstitutionId
    name: str
    score: float

    def __post_init__(self) -> None:
        # An int score would encode as 100 but decode as 100.0 and change the digest.
        score = float(self.score)
        if score != score or not 0.0 <= score <= 100.0:
            raise ValueError(f"Candidate score must be within 0–100, got {self.score!r}")
        object.__setattr__(self, "score", score)


@dataclass(frozen=True)
class InstitutionMatch:
    """The registry lookup for a free-text institution, frozen into the snapshot."""

    LATER_REVISION_FIELDS: ClassVar[frozenset[str]] = frozenset({"basis"})

    status: MatchStatus = "unmatched"
    institution_id: InstitutionId | None = None
    name: str | None = None
    tier: Tier | None = None
    candidates: tuple[Candidate, ...] = ()
    basis: MatchBasis | None = None  # revision 2

    def __post_init__(self) -> None:
        object.__setattr__(self, "candidates", tuple(self.candidates))


@dataclass(frozen=True)
class Education:
    LATER_REVISION_FIELDS: ClassVar[frozenset[str]] = frozenset({"isced_source", "isced_suggested"})

    level: DegreeLevel | None
    field: str = ""
    isced_f: str | None = None
    # False while the code is only suggested from the free text.
    isced_confirmed: bool = False
    institution: str = ""
    institution_country: str | None = None
    awarded_on: date | None = None
    institution_match: InstitutionMatch = InstitutionMatch()
    # Revision 2: who gave the code (the application states it, an officer confirms it), and
    # the code the free-text field suggests, so a stated code that contradicts it is seen.
    isced_source: IscedSource | None = None
    isced_suggested: str | None = None


@dataclass(frozen=True)
class Employment:
    kind: PostKind | None
    field: str = ""
    isced_f: str | None = None
    isced_confirmed: bool = False
    start_date: date | None = None
    end_date: date | None = None
    employer: str = ""
    country: str | None = None
    position: str = ""
    institution_match: InstitutionMatch = InstitutionMatch()


@dataclass(frozen=True)
class Purpose:
    activity: str | None = None


@dataclass(frozen=True)
class Screening:
    """Law Art. 21 facts recorded by the officer; None means not recorded yet."""

    reentry_ban: bool | None = None
    security_concern: bool | None = None
    fraud_found: bool | None = None
    insufficient_funds: bool | None = None


@dataclass(frozen=True)
class Document:
    type: str
    verification: Verification = "unverified"


@dataclass(frozen=True)
class Refusal:
    """A refusal decision on another case of the same person."""

    case_ref: str
    decided_on: date
    basis: RefusalBasis = "passport"


@dataclass(frozen=True)
class DuplicateFindings:
    """What the store found about other cases; frozen here so a run can be replayed."""

    open_cases: tuple[str, ...] = ()
    refusals: tuple[Refusal, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "open_cases", tuple(self.open_cases))
        object.__setattr__(self, "refusals", tuple(self.refusals))


@dataclass(frozen=True)
class CaseFacts:
    LATER_REVISION_FIELDS: ClassVar[frozenset[str]] = frozenset({"normalised"})

    reference_date: date
    applicant: Applicant
    passport: Passport
    education: tuple[Education, ...] = ()
    employment: tuple[Employment, ...] = ()
    purpose: Purpose = Purpose()
    intended_entry: date | None = None
    screening: Screening = Screening()
    documents: tuple[Document, ...] = ()
    duplicates: DuplicateFindings = DuplicateFindings()
    # Revision 2: the normalised forms of the identity, beside what was written.
    normalised: NormalisedIdentity | None = None

    def __post_init__(self) -> None:
        # Lists passed by a caller become tuples so the snapshot stays hashable and immutable.
        for name in ("education", "employment", "documents"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def to_dict(self) -> dict[str, object]:
        """JSON-safe dict: dates as ISO strings, tuples as lists."""
        # Memoised: the snapshot is immutable; a copy is returned so callers may change it.
        cached = self.__dict__.get("_encoded")
        if not isinstance(cached, dict):
            cached = encode(self)
            assert isinstance(cached, dict)
            self.__dict__["_encoded"] = cached
        return dict(cached)

    @classmethod
    def from_dict(cls, data: object) -> CaseFacts:
        """Rebuild from `to_dict()` output; unknown keys and wrong types raise ValueError."""
        return decode_dataclass(cls, data, "facts")

    def digest(self) -> str:
        """SHA-256 hex of the canonical JSON; equal facts always give the same digest."""
        # Memoised in the instance dict: the snapshot is immutable, so its digest never changes.
        cached = self.__dict__.get("_digest")
        if not isinstance(cached, str):
            cached = hashlib.sha256(canonical_facts_json(self).encode("utf-8")).hexdigest()
            self.__dict__["_digest"] = cached
        return cached


def canonical_facts_json(facts: CaseFacts) -> str:
    """The snapshot's canonical JSON, memoised: its digest and its stored copy are one text."""
    cached = facts.__dict__.get("_canonical")
    if not isinstance(cached, str):
        cached = canonical_json(facts.to_dict())
        facts.__dict__["_canonical"] = cached
    return cached
