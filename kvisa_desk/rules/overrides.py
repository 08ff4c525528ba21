"""Officer overrides: shown beside the recorded result, voided when the facts change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from kvisa_desk.rules.results import (
    CheckOutcome,
    LapsedOverride,
    Outcome,
    Override,
    RuleResult,
    case_outcome,
    worst,
)

# From revision 2 an officer's override of a part (a degree's or a post's) counts in K-RTE-01.
PARTS_COUNT_FROM = 2
ROUTE_RULE = "K-RTE-01"
PART_RULES = frozenset({"K-EDU-01", "K-EDU-02", "K-EDU-03", "K-WRK-01"})


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
    if outcome.pack_revision >= PARTS_COUNT_FROM:
        results = route_from_parts(results)
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
        if (
            result.override is None
            and result.effective_outcome == result.outcome
            and not result.carried_by
        ):
            return result  # the usual case, and immutable: no copy needed
        return replace(result, effective_outcome=result.outcome, override=None, carried_by=())
    return replace(result, effective_outcome=override.to_outcome, override=override, carried_by=())


def route_from_parts(results: tuple[RuleResult, ...]) -> tuple[RuleResult, ...]:
    """K-RTE-01's effective outcome from the parts' effective outcomes: a route is met when
    every part of one degree or post is effectively pass. An override of K-RTE-01 itself
    still decides; its recorded outcome stays what the recorded parts gave."""
    parts: dict[str, list[RuleResult]] = {}
    for item in results:
        if item.rule_id in PART_RULES and item.subject is not None:
            parts.setdefault(item.subject, []).append(item)
    effective = {s: worst(p.effective_outcome for p in items) for s, items in parts.items()}
    recorded = {s: worst(p.outcome for p in items) for s, items in parts.items()}
    route_outcome = _route(effective.values())
    if route_outcome == _route(recorded.values()):
        return results  # the parts' overrides (if any) change nothing for the route
    changed = [s for s in parts if effective[s] != recorded[s]]
    # The overrides that carried it: those on the subjects now deciding the route.
    deciding = [s for s in changed if effective[s] == route_outcome] or changed
    carried = tuple(p.override for s in deciding for p in parts[s] if p.override is not None)
    out = []
    for item in results:
        if item.rule_id == ROUTE_RULE and item.subject is None and item.override is None:
            item = replace(item, effective_outcome=route_outcome, carried_by=carried)
        out.append(item)
    return tuple(out)


def _route(subjects: Iterable[Outcome]) -> Outcome:
    """pass if one degree or post passes; review if none does but one is only in review."""
    found = set(subjects)
    if "pass" in found:
        return "pass"
    return "review" if "review" in found else "fail"
