"""Officer overrides: shown beside the recorded result, voided when the facts change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from kvisa_desk.rules.results import (
    CheckOutcome,
    LapsedOverride,
    Override,
    RuleResult,
    case_outcome,
)


def apply_overrides(
    outcome: CheckOutcome,
    overrides: Iterable[Override],
    earlier_digests: Mapping[int, str] | None = None,
) -> CheckOutcome:
    """Give results and case their effective outcomes; report overrides that no longer hold.

    An override holds while its facts digest equals the run's; the latest (by `at`) of several
    holding overrides for one result wins. Recorded outcomes are never changed. An override
    recorded under an earlier pack revision holds while the same facts, encoded as that
    revision encodes them, still give its digest (EARLIER_DIGESTS, by revision): a new
    revision alone never voids an officer's judgement.
    """
    earlier = earlier_digests or {}
    keys = {(r.rule_id, r.subject) for r in outcome.results}
    holding: dict[tuple[str, str | None], Override] = {}
    lapsed: list[LapsedOverride] = []
    for item in sorted(overrides, key=lambda o: (_instant(o.at), o.rule_id, o.subject or "")):
        key = (item.rule_id, item.subject)
        if not _same_facts(item, outcome, earlier):
            lapsed.append(LapsedOverride(item, "facts_changed"))
        elif key not in keys:
            lapsed.append(LapsedOverride(item, "no_such_result"))
        else:
            holding[key] = item
    results = tuple(_apply(r, holding.get((r.rule_id, r.subject))) for r in outcome.results)
    return replace(
        outcome,
        results=results,
        effective_outcome=case_outcome(results, effective=True),
        applied_overrides=tuple(holding.values()),
        lapsed_overrides=tuple(lapsed),
    )


def _same_facts(item: Override, outcome: CheckOutcome, earlier: Mapping[int, str]) -> bool:
    if item.facts_digest == outcome.facts_digest:
        return True  # one digest, one canonical text: the same facts whatever the revision
    return item.pack_revision != outcome.pack_revision and (
        earlier.get(item.pack_revision) == item.facts_digest
    )


def _instant(at: datetime) -> datetime:
    # Stores may hand back naive UTC datetimes; comparing naive with aware would raise.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _apply(result: RuleResult, override: Override | None) -> RuleResult:
    if override is None:
        if result.override is None and result.effective_outcome == result.outcome:
            return result  # the usual case, and immutable: no copy needed
        return replace(result, effective_outcome=result.outcome, override=None)
    return replace(result, effective_outcome=override.to_outcome, override=override)
