"""Properties over generated cases: ordering, determinism, one result per subject, round trips."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rules_strategies import case_facts
from rules_support import REVISIONS, k_pack

from kvisa_desk.rules import (
    RULES,
    CaseFacts,
    Document,
    Education,
    Override,
    apply_overrides,
    evaluate,
)
from kvisa_desk.rules.results import OUTCOMES, subject_key

SEVERITY = {"pass": 0, "review": 1, "fail": 2}
# Per-test settings, so the rest of the suite keeps its own Hypothesis profile.
RULE_SETTINGS = settings(max_examples=120, deadline=None)


@pytest.mark.parametrize("revision", REVISIONS)
@RULE_SETTINGS
@given(case_facts)
def test_case_outcome_is_the_worst_case_level_outcome(revision: int, facts: CaseFacts) -> None:
    outcome = evaluate(facts, k_pack(revision))
    case_level = [r.outcome for r in outcome.results if r.subject is None]
    assert outcome.outcome == max(case_level, key=SEVERITY.__getitem__)
    if "fail" in case_level:
        assert outcome.outcome == "fail"
    elif "review" in case_level:
        assert outcome.outcome == "review"
    else:
        assert outcome.outcome == "pass"
    assert all(r.outcome in OUTCOMES for r in outcome.results)


@pytest.mark.parametrize("revision", REVISIONS)
@RULE_SETTINGS
@given(case_facts)
def test_evaluation_is_deterministic_and_replays_from_the_snapshot(
    revision: int, facts: CaseFacts
) -> None:
    first = evaluate(facts, k_pack(revision))
    assert evaluate(facts, k_pack(revision)) == first
    replayed = CaseFacts.from_dict(json.loads(json.dumps(facts.to_dict())))
    assert evaluate(replayed, k_pack(revision)) == first


@pytest.mark.parametrize("revision", REVISIONS)
@RULE_SETTINGS
@given(case_facts)
def test_exactly_one_result_per_rule_and_subject(revision: int, facts: CaseFacts) -> None:
    outcome = evaluate(facts, k_pack(revision))
    keys = [(r.rule_id, r.subject) for r in outcome.results]
    assert len(keys) == len(set(keys))
    expected: set[tuple[str, str | None]] = set()
    for rule_id, spec in RULES.items():
        if spec.scope == "case":
            expected.add((rule_id, None))
        else:
            items = facts.education if spec.scope == "education" else facts.employment
            expected |= {(rule_id, f"{spec.scope}[{i}]") for i in range(len(items))}
    assert set(keys) == expected
    assert keys == sorted(keys, key=lambda k: (k[0], subject_key(k[1])))


@pytest.mark.parametrize("revision", REVISIONS)
@RULE_SETTINGS
@given(case_facts, st.sampled_from(["unverified", "verified"]))
def test_an_invitation_letter_never_matters(revision: int, facts: CaseFacts, status: str) -> None:
    without = dataclasses.replace(
        facts, documents=tuple(d for d in facts.documents if d.type != "invitation_letter")
    )
    with_letter = dataclasses.replace(
        without,
        documents=(*without.documents, Document("invitation_letter", status)),  # type: ignore[arg-type]
    )
    a, b = evaluate(without, k_pack(revision)), evaluate(with_letter, k_pack(revision))
    assert [(r.rule_id, r.subject, r.outcome) for r in a.results] == [
        (r.rule_id, r.subject, r.outcome) for r in b.results
    ]


@pytest.mark.parametrize("revision", REVISIONS)
@RULE_SETTINGS
@given(case_facts)
def test_a_degree_with_a_failed_part_never_changes_the_case(
    revision: int, facts: CaseFacts
) -> None:
    failing = Education(level="other", isced_f="0222", isced_confirmed=True)
    more = dataclasses.replace(facts, education=(*facts.education, failing))
    assert evaluate(more, k_pack(revision)).outcome == evaluate(facts, k_pack(revision)).outcome


@RULE_SETTINGS
@given(case_facts)
def test_round_trip_and_digest_stability(facts: CaseFacts) -> None:
    data = facts.to_dict()
    text = json.dumps(data, ensure_ascii=False)
    again = CaseFacts.from_dict(json.loads(text))
    assert again == facts
    assert again.to_dict() == data
    assert again.digest() == facts.digest() == CaseFacts.from_dict(data).digest()
    # A day later, not replace(year=...): 29 February 2028 has no twin in 2029.
    later = dataclasses.replace(facts, reference_date=facts.reference_date + timedelta(days=1))
    assert later.digest() != facts.digest()


@RULE_SETTINGS
@given(case_facts, st.data())
def test_overrides_change_only_effective_outcomes(facts: CaseFacts, data: st.DataObject) -> None:
    recorded = evaluate(facts, k_pack())
    chosen = data.draw(st.lists(st.sampled_from(recorded.results), max_size=4, unique=True))
    digest = data.draw(st.sampled_from([recorded.facts_digest, "stale"]))
    overrides = [
        Override(
            r.rule_id,
            r.subject,
            data.draw(st.sampled_from(OUTCOMES)),
            "Seen by officer.",
            "li",
            datetime(2025, 10, 20, i, tzinfo=UTC),
            digest,
        )
        for i, r in enumerate(chosen)
    ]
    result = apply_overrides(recorded, overrides)
    assert [r.outcome for r in result.results] == [r.outcome for r in recorded.results]
    assert result.outcome == recorded.outcome
    case_effective = [r.effective_outcome for r in result.results if r.subject is None]
    assert result.effective_outcome == max(case_effective, key=SEVERITY.__getitem__)
    if digest == "stale":
        assert len(result.lapsed_overrides) == len(overrides)
        assert result.effective_outcome == recorded.outcome
    else:
        assert result.lapsed_overrides == ()
        for override in overrides:
            hit = result.result(override.rule_id, override.subject)
            assert hit.effective_outcome == override.to_outcome
