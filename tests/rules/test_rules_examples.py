"""Run every rule's example table from resources/rules/examples, one test per example."""

from __future__ import annotations

from collections import Counter

import pytest
from rules_support import Example, build_facts, k_pack, load_examples

from kvisa_desk.rules import RULES, effective_parameters, evaluate, pack_for

EXAMPLES = load_examples()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.test_id for e in EXAMPLES])
def test_example(example: Example) -> None:
    facts = example.build()
    pack = pack_for(facts.reference_date)
    outcome = evaluate(facts, pack, effective_parameters(pack, example.params))
    result = outcome.result(example.rule, example.subject)
    assert result.outcome == example.expect, result.message
    if example.case is not None:
        assert outcome.outcome == example.case
    if example.message_contains is not None:
        assert example.message_contains in result.message


def test_every_rule_of_the_pack_has_examples() -> None:
    counts = Counter(e.rule for e in EXAMPLES)
    for meta in k_pack().rules:
        assert counts[meta.id] >= 3, f"{meta.id} needs an example table"
    assert set(counts) <= set(RULES)


def test_example_names_are_unique() -> None:
    ids = Counter(e.test_id for e in EXAMPLES)
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_outcome_a_rule_can_give_is_exemplified() -> None:
    seen = {(e.rule, e.expect) for e in EXAMPLES}
    never_fail = {"K-EDU-03", "K-PUR-01", "K-DUP-01", "K-PPT-02", "K-DOC-02"}
    never_review = {"K-LEG-01", "K-DOC-01"}
    for rule in RULES:
        assert (rule, "pass") in seen
        if rule not in never_review:
            assert (rule, "review") in seen, rule
        if rule not in never_fail:
            assert (rule, "fail") in seen, rule


def test_baseline_passes_every_rule() -> None:
    outcome = evaluate(build_facts(), k_pack())
    assert outcome.outcome == "pass"
    assert {r.outcome for r in outcome.results} == {"pass"}
