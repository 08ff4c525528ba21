"""The engine: ordering, case outcome, results as data, and officer overrides."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from rules_support import build_facts, k_pack

from kvisa_desk.rules import CaseFacts, Override, apply_overrides, evaluate, letter_grounds
from kvisa_desk.rules.results import worst

AT = datetime(2025, 10, 20, 9, 0, tzinfo=UTC)


def _override(rule_id: str, subject: str | None, to: str, digest: str, **kw: object) -> Override:
    fields: dict[str, object] = {
        "reason": "Checked the original certificate.",
        "officer": "officer.li",
        "at": AT,
    }
    fields.update(kw)
    return Override(rule_id, subject, to, facts_digest=digest, **fields)  # type: ignore[arg-type]


def test_results_are_ordered_by_rule_then_subject_index() -> None:
    facts = build_facts({"education": [{}] * 12, "employment": [{}, {}]})
    outcome = evaluate(facts, k_pack())
    keys = [(r.rule_id, r.subject) for r in outcome.results]
    edu = [s for rule, s in keys if rule == "K-EDU-01"]
    assert edu == [f"education[{i}]" for i in range(12)]  # education[10] after education[9]
    assert [r for r, _ in keys] == sorted(r for r, _ in keys)
    assert [s for rule, s in keys if rule == "K-WRK-01"] == ["employment[0]", "employment[1]"]


def test_results_carry_the_pack_source_and_assumption() -> None:
    outcome = evaluate(build_facts(), k_pack())
    age = outcome.result("K-AGE-01")
    assert age.assumption is True and "joint Q&A" in age.source
    mrz = outcome.result("K-PPT-02")
    assert mrz.assumption is False and mrz.source == "ICAO Doc 9303 Part 4"
    assert outcome.pack_id == "k-2025.10" and outcome.pack_hash == k_pack().content_hash
    assert outcome.facts_digest == build_facts().digest()


def test_message_params_let_the_ui_translate() -> None:
    facts = build_facts({"applicant": {"date_of_birth": "1979-03-02"}})
    age = evaluate(facts, k_pack()).result("K-AGE-01")
    assert age.message == "Born 1979-03-02, 46 on 2025-10-15; band 18–45; outside the band."
    assert age.message_params == {
        "date_of_birth": "1979-03-02",
        "age": 46,
        "reference_date": "2025-10-15",
        "age_min": 18,
        "age_max": 45,
    }


def test_outcome_to_dict_is_json() -> None:
    outcome = evaluate(build_facts({"purpose": {"activity": "employment"}}), k_pack())
    data = json.loads(json.dumps(outcome.to_dict(), ensure_ascii=False))
    assert data["outcome"] == "review" and data["pack_id"] == "k-2025.10"
    assert data["parameters"]["stem_fields"] == ["05", "06", "07"]
    assert len(data["results"]) == len(outcome.results)


def test_parts_reach_the_case_only_through_the_route_rule() -> None:
    facts = build_facts({"education": [{"level": "other", "isced_f": "0222"}]})
    outcome = evaluate(facts, k_pack())
    assert outcome.result("K-EDU-01", "education[0]").outcome == "fail"
    assert outcome.result("K-EDU-02", "education[0]").outcome == "fail"
    assert outcome.result("K-RTE-01").outcome == "pass"
    assert outcome.outcome == "pass"


def test_case_outcome_is_worst_of_case_rules() -> None:
    facts = build_facts({"purpose": {"activity": "other"}, "screening": {"fraud_found": True}})
    outcome = evaluate(facts, k_pack())
    assert outcome.outcome == "fail"
    assert worst(["pass", "review"]) == "review" and worst([]) == "pass"


def test_override_holds_while_facts_are_unchanged() -> None:
    facts = build_facts({"purpose": {"activity": "employment"}})
    recorded = evaluate(facts, k_pack())
    assert recorded.outcome == "review"
    override = _override("K-PUR-01", None, "pass", facts.digest())
    result = apply_overrides(recorded, [override])
    purpose = result.result("K-PUR-01")
    assert (purpose.outcome, purpose.effective_outcome) == ("review", "pass")
    assert purpose.override == override
    assert (result.outcome, result.effective_outcome) == ("review", "pass")
    assert result.applied_overrides == (override,) and result.lapsed_overrides == ()
    # A later run of the same facts keeps the override.
    again = apply_overrides(evaluate(facts, k_pack()), [override])
    assert again.effective_outcome == "pass"


def test_changed_facts_void_the_override_and_say_so() -> None:
    old = build_facts({"purpose": {"activity": "employment"}})
    override = _override("K-PUR-01", None, "pass", old.digest())
    new = build_facts({"purpose": {"activity": "employment"}, "intended_entry": "2026-02-01"})
    result = apply_overrides(evaluate(new, k_pack()), [override])
    assert result.effective_outcome == "review"
    assert result.result("K-PUR-01").effective_outcome == "review"
    assert [(lapse.override, lapse.reason) for lapse in result.lapsed_overrides] == [
        (override, "facts_changed")
    ]


def test_override_of_a_missing_result_lapses() -> None:
    facts = build_facts()
    override = _override("K-EDU-01", "education[3]", "pass", facts.digest())
    result = apply_overrides(evaluate(facts, k_pack()), [override])
    assert result.lapsed_overrides[0].reason == "no_such_result"


def test_latest_override_wins_and_can_tighten() -> None:
    facts = build_facts()
    first = _override("K-DOC-01", None, "review", facts.digest())
    later = _override("K-DOC-01", None, "fail", facts.digest(), at=AT.replace(hour=10))
    result = apply_overrides(evaluate(facts, k_pack()), [later, first])
    assert result.result("K-DOC-01").effective_outcome == "fail"
    assert result.outcome == "pass" and result.effective_outcome == "fail"


def test_part_override_is_shown_but_reaches_the_case_only_via_route_rule() -> None:
    facts = build_facts({"employment": [], "education": [{"level": "other"}]})
    recorded = evaluate(facts, k_pack())
    assert recorded.outcome == "fail"
    part = _override("K-EDU-01", "education[0]", "pass", facts.digest())
    shown = apply_overrides(recorded, [part])
    assert shown.result("K-EDU-01", "education[0]").effective_outcome == "pass"
    assert shown.effective_outcome == "fail"
    route = _override("K-RTE-01", None, "pass", facts.digest())
    assert apply_overrides(recorded, [part, route]).effective_outcome == "pass"


def test_apply_overrides_with_none_resets_effective_outcomes() -> None:
    facts = build_facts({"purpose": {"activity": "other"}})
    overridden = apply_overrides(
        evaluate(facts, k_pack()), [_override("K-PUR-01", None, "pass", facts.digest())]
    )
    cleared = apply_overrides(overridden, [])
    assert cleared.effective_outcome == "review" and cleared.applied_overrides == ()


@pytest.mark.parametrize("kw", [{"reason": "  "}, {"officer": ""}, {"to_outcome": "approve"}])
def test_override_needs_a_reason_an_officer_and_an_outcome(kw: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "rule_id": "K-PUR-01",
        "subject": None,
        "to_outcome": "pass",
        "reason": "Seen.",
        "officer": "li",
        "at": AT,
        "facts_digest": "x",
    }
    fields.update(kw)
    with pytest.raises(ValueError):
        Override(**fields)  # type: ignore[arg-type]


def test_refusal_letter_grounds_follow_the_post_policy() -> None:
    pack = k_pack()
    facts = build_facts({"screening": {"security_concern": True}})
    result = evaluate(facts, pack).result("K-REF-01")
    assert result.outcome == "fail"
    generic = "other grounds under Article 21 of the Exit and Entry Administration Law"
    assert result.message_params["letter_grounds"] == generic
    assert letter_grounds(pack.defaults()) == generic
    from kvisa_desk.rules import effective_parameters

    assert letter_grounds(effective_parameters(pack, {"refusal_grounds_policy": "none"})) is None


def test_naive_and_aware_override_times_mix() -> None:
    facts = build_facts()
    naive = _override("K-DOC-01", None, "review", facts.digest(), at=datetime(2025, 10, 20, 11))
    aware = _override("K-DOC-01", None, "fail", facts.digest())
    result = apply_overrides(evaluate(facts, k_pack()), [aware, naive])
    assert result.result("K-DOC-01").effective_outcome == "review"  # 11:00 UTC is the later


def test_an_override_of_an_earlier_revision_holds_while_its_facts_do() -> None:
    facts = build_facts({"purpose": {"activity": "employment"}})
    override = _override("K-PUR-01", None, "pass", "digest-under-revision-1")
    assert override.pack_revision == 1
    newer = evaluate(facts, k_pack(2))
    assert newer.pack_revision == 2
    held = apply_overrides(newer, [override], {1: "digest-under-revision-1"})
    assert held.result("K-PUR-01").effective_outcome == "pass" and held.lapsed_overrides == ()
    changed = apply_overrides(newer, [override], {1: "another-digest"})
    assert changed.result("K-PUR-01").effective_outcome == "review"
    assert [x.reason for x in changed.lapsed_overrides] == ["facts_changed"]
    # The earlier digest speaks only for overrides recorded under that earlier revision.
    same_revision = _override("K-PUR-01", None, "pass", "old", pack_revision=2)
    assert apply_overrides(newer, [same_revision], {2: "old"}).lapsed_overrides != ()


def _unmatched_degree_only() -> CaseFacts:
    return build_facts(
        {"employment": [], "education": [{"institution_match": {"status": "unmatched"}}]}
    )


def test_revision_2_a_part_override_carries_the_route_and_the_case() -> None:
    facts = _unmatched_degree_only()
    recorded = evaluate(facts, k_pack(2))
    assert recorded.result("K-EDU-03", "education[0]").outcome == "review"
    assert (recorded.result("K-RTE-01").outcome, recorded.outcome) == ("review", "review")
    part = _override("K-EDU-03", "education[0]", "pass", facts.digest(), pack_revision=2)
    shown = apply_overrides(recorded, [part])
    route = shown.result("K-RTE-01")
    assert (route.outcome, route.effective_outcome) == ("review", "pass")
    assert route.carried_by == (part,) and route.override is None
    assert (shown.outcome, shown.effective_outcome) == ("review", "pass")
    assert route.to_dict()["carried_by"] == [part.to_dict()]
    # Revision 1 as it was: the part's override never reached the route.
    first = apply_overrides(
        evaluate(facts, k_pack(1)), [_override("K-EDU-03", "education[0]", "pass", facts.digest())]
    )
    assert first.result("K-RTE-01").effective_outcome == "review"
    assert first.result("K-RTE-01").carried_by == ()


def test_revision_2_a_part_override_can_tighten_and_the_route_override_decides() -> None:
    facts = build_facts({"employment": []})
    recorded = evaluate(facts, k_pack(2))
    assert recorded.outcome == "pass"
    fail_part = _override("K-EDU-02", "education[0]", "fail", facts.digest(), pack_revision=2)
    tightened = apply_overrides(recorded, [fail_part])
    assert tightened.result("K-RTE-01").effective_outcome == "fail"
    assert tightened.result("K-RTE-01").carried_by == (fail_part,)
    assert tightened.effective_outcome == "fail"
    route = _override("K-RTE-01", None, "pass", facts.digest(), pack_revision=2)
    both = apply_overrides(recorded, [fail_part, route])
    assert both.result("K-RTE-01").effective_outcome == "pass"
    assert both.result("K-RTE-01").override == route and both.effective_outcome == "pass"


def test_revision_2_a_part_override_on_another_degree_changes_nothing() -> None:
    facts = build_facts({"employment": [], "education": [{}, {"level": "other"}]})
    recorded = evaluate(facts, k_pack(2))
    other = _override("K-EDU-01", "education[1]", "pass", facts.digest(), pack_revision=2)
    result = apply_overrides(recorded, [other])
    assert result.result("K-RTE-01").carried_by == ()  # the route was met anyway
    assert result.result("K-RTE-01").effective_outcome == "pass"
