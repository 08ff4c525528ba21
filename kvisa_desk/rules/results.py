"""Outcomes, rule results, officer overrides and the outcome of one check run."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Literal, get_args

from kvisa_desk.rules.findings import FindingPart
from kvisa_desk.rules.params import Parameters

Outcome = Literal["pass", "review", "fail"]
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)
MessageValue = str | int | bool | None
LapseReason = Literal["facts_changed", "no_such_result"]

_SEVERITY: dict[str, int] = {"pass": 0, "review": 1, "fail": 2}
_SUBJECT = re.compile(r"(education|employment)\[(\d+)\]")


def worst(outcomes: Iterable[Outcome]) -> Outcome:
    """fail beats review beats pass; nothing at all is a pass."""
    # A set test instead of a loop: the rules call this a few times per degree and post.
    seen = set(outcomes)
    if "fail" in seen:
        result: Outcome = "fail"
    elif "review" in seen:
        result = "review"
    else:
        result = "pass"
    if not seen <= _SEVERITY.keys():
        raise KeyError(f"Not an outcome: {sorted(map(repr, seen - _SEVERITY.keys()))}")
    return result


@lru_cache(maxsize=256)  # a handful of subjects recur in every case
def subject_key(subject: str | None) -> tuple[int, str, int]:
    """Sort key placing the case first, then education[0], education[1], …, employment[0], …."""
    if subject is None:
        return (0, "", 0)
    found = _SUBJECT.fullmatch(subject)
    if found is None:
        return (2, subject, 0)
    return (1, found.group(1), int(found.group(2)))


@dataclass(frozen=True)
class Override:
    """An officer's written decision to treat one rule result as another outcome."""

    rule_id: str
    subject: str | None
    to_outcome: Outcome
    reason: str
    officer: str
    at: datetime
    facts_digest: str
    # The pack revision of the run overridden: `facts_digest` is in that revision's encoding.
    pack_revision: int = 1

    def __post_init__(self) -> None:
        if self.to_outcome not in OUTCOMES:
            raise ValueError(f"Override outcome must be one of {OUTCOMES}, not {self.to_outcome!r}")
        # The spec requires a written justification; a blank one is no justification.
        if not self.reason.strip():
            raise ValueError("An override needs a written reason")
        if not self.officer.strip():
            raise ValueError("An override must name the officer")

    def to_dict(self) -> dict[str, object]:
        return {
            "rule_id": self.rule_id,
            "subject": self.subject,
            "to_outcome": self.to_outcome,
            "reason": self.reason,
            "officer": self.officer,
            "at": self.at.isoformat(),
            "facts_digest": self.facts_digest,
            "pack_revision": self.pack_revision,
        }


@dataclass(frozen=True)
class LapsedOverride:
    """An override that no longer holds, and why."""

    override: Override
    reason: LapseReason


@dataclass(frozen=True)
class RuleResult:
    """What one rule concluded about the case or one of its degrees or posts."""

    rule_id: str
    subject: str | None
    outcome: Outcome
    message: str
    # Excluded from hashing because a dict cannot be hashed; it is still compared.
    message_params: Mapping[str, MessageValue] = field(hash=False)
    source: str
    assumption: bool
    effective_outcome: Outcome
    override: Override | None = None
    # K-RTE-01 under revision 2: the overrides of parts that made its effective outcome.
    carried_by: tuple[Override, ...] = ()
    # Revision 2 on: the finding as templates with their facts, so it renders in any language.
    finding: tuple[FindingPart, ...] = ()

    def stamped(self, source: str, assumption: bool) -> RuleResult:
        """This result with the pack's source and ASSUMPTION flag (cheaper than replace())."""
        fields = dict(self.__dict__)
        fields["source"], fields["assumption"] = source, assumption
        return _filled(fields)

    def stamped_and_worded(
        self, source: str, assumption: bool, message: str, finding: tuple[FindingPart, ...]
    ) -> RuleResult:
        """stamped() and worded() in one copy: the engine does both to most results."""
        fields = dict(self.__dict__)
        fields["source"], fields["assumption"] = source, assumption
        fields["message"], fields["finding"] = message, finding
        return _filled(fields)

    def worded(self, message: str, finding: tuple[FindingPart, ...]) -> RuleResult:
        """This result with its sentence and finding set (as the engine words it)."""
        fields = dict(self.__dict__)
        fields["message"], fields["finding"] = message, finding
        return _filled(fields)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule_id": self.rule_id,
            "subject": self.subject,
            "outcome": self.outcome,
            "effective_outcome": self.effective_outcome,
            "message": self.message,
            "message_params": dict(self.message_params),
            "source": self.source,
            "assumption": self.assumption,
            "override": None if self.override is None else self.override.to_dict(),
        }
        if self.carried_by:
            out["carried_by"] = [item.to_dict() for item in self.carried_by]
        if self.finding:  # absent for revision 1, so its stored runs stay byte for byte
            out["finding"] = [item.to_dict() for item in self.finding]
        return out


def make_result(
    rule_id: str,
    subject: str | None,
    outcome: Outcome,
    message: str,
    finding: tuple[FindingPart, ...] = (),
    /,
    **message_params: MessageValue,
) -> RuleResult:
    """A result as a rule function builds it; the engine stamps source and assumption (and,
    from revision 2, writes `message` from the finding's English templates)."""
    return _filled(
        {
            "rule_id": rule_id,
            "subject": subject,
            "outcome": outcome,
            "message": message,
            "message_params": message_params,
            "source": "",
            "assumption": False,
            "effective_outcome": outcome,
            "override": None,
            "carried_by": (),
            "finding": finding,
        }
    )


def _filled(fields: dict[str, object]) -> RuleResult:
    """A RuleResult from its complete field values: a frozen dataclass's __init__ sets each
    field through object.__setattr__, which is most of what making a result costs, and the
    rules make about twenty per case. RuleResult has no __post_init__ to skip."""
    item = object.__new__(RuleResult)
    item.__dict__.update(fields)
    return item


@dataclass(frozen=True)
class CheckOutcome:
    """One run of a pack over one facts snapshot, with any officer overrides applied."""

    pack_id: str
    pack_hash: str
    facts_digest: str
    parameters: Parameters
    results: tuple[RuleResult, ...]
    outcome: Outcome
    effective_outcome: Outcome
    applied_overrides: tuple[Override, ...] = ()
    lapsed_overrides: tuple[LapsedOverride, ...] = ()
    pack_revision: int = 1

    def result(self, rule_id: str, subject: str | None = None) -> RuleResult:
        """The single result of `rule_id` for `subject`; KeyError when there is none."""
        for item in self.results:
            if item.rule_id == rule_id and item.subject == subject:
                return item
        raise KeyError(f"No result for {rule_id} / {subject}")

    def to_dict(self) -> dict[str, object]:
        return {
            "pack_id": self.pack_id,
            "pack_hash": self.pack_hash,
            "pack_revision": self.pack_revision,
            "facts_digest": self.facts_digest,
            "parameters": self.parameters.to_dict(),
            "outcome": self.outcome,
            "effective_outcome": self.effective_outcome,
            "results": [item.to_dict() for item in self.results],
            "applied_overrides": [item.to_dict() for item in self.applied_overrides],
            "lapsed_overrides": [
                {"override": item.override.to_dict(), "reason": item.reason}
                for item in self.lapsed_overrides
            ],
        }


def case_outcome(results: Iterable[RuleResult], *, effective: bool = False) -> Outcome:
    """The case's outcome: parts (with a subject) count only through K-RTE-01."""
    return worst(
        (item.effective_outcome if effective else item.outcome)
        for item in results
        if item.subject is None
    )
