"""Run every rule's example table from resources/rules/examples, one test per example."""

from __future__ import annotations

from collections import Counter

import pytest
from rules_support import REVISIONS, Example, build_facts, k_pack, load_examples

from kvisa_desk.rules import effective_parameters, evaluate
from kvisa_desk.rules.checks import rules_for

EXAMPLES = load_examples()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.test_id for e in EXAMPLES])
def test_example(example: Example) -> None:
    """Each example under its own revision: revision 1's keep passing under revision 1."""
    facts = example.build()
    pack = k_pack(example.revision)
    outcome = evaluate(facts, pack, effective_parameters(pack, example.params))
    result = outcome.result(example.rule, example.subject)
    assert result.outcome == example.expect, result.message
    if example.case is not None:
        assert outcome.outcome == example.case
    if example.message_contains is not None:
        assert example.message_contains in result.message


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_rule_of_the_pack_has_examples(revision: int) -> None:
    counts = Counter(e.rule for e in EXAMPLES if e.revision == revision)
    for meta in k_pack(revision).rules:
        assert counts[meta.id] >= 3, f"{meta.id} needs an example table in revision {revision}"
    assert set(counts) <= set(rules_for(revision))


def test_example_names_are_unique() -> None:
    ids = Counter(e.test_id for e in EXAMPLES)
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_outcome_a_rule_can_give_is_exemplified(revision: int) -> None:
    seen = {(e.rule, e.expect) for e in EXAMPLES if e.revision == revision}
    never_fail = {"K-EDU-03", "K-PUR-01", "K-DUP-01", "K-PPT-02", "K-DOC-02"}
    never_review = {"K-LEG-01", "K-DOC-01"}
    for rule in rules_for(revision):
        assert (rule, "pass") in seen
        if rule not in never_review:
            assert (rule, "review") in seen, rule
        if rule not in never_fail:
            assert (rule, "fail") in seen, rule


@pytest.mark.parametrize("revision", REVISIONS)
def test_baseline_passes_every_rule(revision: int) -> None:
    outcome = evaluate(build_facts(), k_pack(revision))
    assert outcome.outcome == "pass"
    assert {r.outcome for r in outcome.results} == {"pass"}
