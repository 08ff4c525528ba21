"""Run a pack's rules over a facts snapshot: pure, ordered and reproducible."""

from __future__ import annotations

from kvisa_desk.rules.checks import rules_for
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.findings import render_finding_memoised
from kvisa_desk.rules.pack import Pack
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import CheckOutcome, RuleResult, case_outcome, subject_key


def evaluate(facts: CaseFacts, pack: Pack, params: Parameters | None = None) -> CheckOutcome:
    """Every rule of `pack` over `facts` with the rule code of the pack's revision; `params`
    defaults to the pack's own defaults."""
    params = pack.defaults() if params is None else params
    if params.pack_id != pack.id:
        raise ValueError(f"Parameters were built for pack {params.pack_id}, not {pack.id}")
    if params.revision != pack.revision:
        raise ValueError(
            f"Parameters were built for revision {params.revision} of {pack.id}, "
            f"not revision {pack.revision}"
        )
    rules = rules_for(pack.revision)
    wording = pack.wording
    results: list[RuleResult] = []
    for meta in pack.rules:
        source, assumption = meta.source, meta.assumption
        for item in rules[meta.id].check(facts, params):
            if wording is not None and item.finding:
                # The finding's English template is the stored sentence, so both agree; the
                # pack's source and ASSUMPTION flag stamped in the same copy.
                message = render_finding_memoised(item.finding, wording, "en")
                item = item.stamped_and_worded(source, assumption, message, item.finding)
                results.append(item)
                continue
            # Source and ASSUMPTION flag belong to the pack, so they are stamped here.
            if item.source != source or item.assumption != assumption:
                item = item.stamped(source, assumption)
            if wording is None and item.finding:
                # Revision 1 stored English sentences only: its runs replay byte for byte.
                item = item.worded(item.message, ())
            results.append(item)
    results.sort(key=lambda r: (r.rule_id, subject_key(r.subject)))
    _check_unique(results)
    outcome = case_outcome(results)
    return CheckOutcome(
        pack_id=pack.id,
        pack_hash=pack.content_hash,
        pack_revision=pack.revision,
        facts_digest=facts.digest(),
        parameters=params,
        results=tuple(results),
        outcome=outcome,
        effective_outcome=outcome,
    )


def _check_unique(results: list[RuleResult]) -> None:
    seen: set[tuple[str, str | None]] = set()
    for item in results:
        key = (item.rule_id, item.subject)
        if key in seen:
            raise AssertionError(f"Rule {item.rule_id} gave two results for {item.subject}")
        seen.add(key)
