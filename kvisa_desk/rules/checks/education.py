"""Route A parts, one result per degree: K-EDU-01 level, K-EDU-02 field, K-EDU-03 institution."""

from __future__ import annotations

from kvisa_desk.rules.checks.base import Assessment, assess_field, assess_institution
from kvisa_desk.rules.facts import CaseFacts, Education
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, Outcome, RuleResult, make_result

DEGREE_LEVELS = ("bachelor", "master", "doctorate")


def assess_level(degree: Education) -> Assessment:
    needed = "bachelor, master or doctorate"
    values: dict[str, MessageValue] = {"level": degree.level, "required": needed}
    if degree.level is None:
        text = f"Degree level not given; Route A needs {needed}."
        return Assessment("review", text, values, (part("level.missing"),))
    outcome: Outcome = "pass" if degree.level in DEGREE_LEVELS else "fail"
    text = f"Degree level {degree.level}; Route A needs {needed}."
    return Assessment(outcome, text, values, (part("level.given", level=degree.level),))


def assess_degree_field(degree: Education, params: Parameters) -> Assessment:
    return assess_field(
        degree.field, degree.isced_f, degree.isced_confirmed, params.get_list("stem_fields")
    )


def assess_degree_institution(degree: Education, params: Parameters) -> Assessment:
    return assess_institution(
        degree.institution,
        degree.institution_country,
        degree.institution_match,
        params.get_str("min_institution_tier"),
    )


def degree_outcomes(degree: Education, params: Parameters) -> tuple[Outcome, Outcome, Outcome]:
    """The three Route A part outcomes of one degree, as K-RTE-01 needs them."""
    return (
        assess_level(degree).outcome,
        assess_degree_field(degree, params).outcome,
        assess_degree_institution(degree, params).outcome,
    )


def _per_degree(rule_id: str, assess: list[Assessment]) -> list[RuleResult]:
    return [
        make_result(rule_id, f"education[{i}]", a.outcome, a.message, a.finding, **a.params)
        for i, a in enumerate(assess)
    ]


def check_edu_level(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-EDU-01: a degree at bachelor's, master's or doctorate level."""
    return _per_degree("K-EDU-01", [assess_level(d) for d in facts.education])


def check_edu_field(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-EDU-02: the degree's ISCED-F field is in a STEM broad field."""
    return _per_degree("K-EDU-02", [assess_degree_field(d, params) for d in facts.education])


def check_edu_institution(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-EDU-03: the awarding institution is in the registry at or above the minimum tier."""
    return _per_degree("K-EDU-03", [assess_degree_institution(d, params) for d in facts.education])
