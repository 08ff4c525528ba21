"""K-RTE-01: Route A (a degree) or Route B (a post) is met; the only way parts reach the case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kvisa_desk.rules.checks.education import degree_outcomes
from kvisa_desk.rules.checks.employment import assess_post
from kvisa_desk.rules.facts import CaseFacts, Education, Employment
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import Outcome, RuleResult, make_result, worst

# A revision's way of judging one degree's parts and one post, as K-RTE-01 needs them.
DegreeParts = Callable[[Education, CaseFacts, Parameters], Outcome]
PostOutcome = Callable[[Employment, CaseFacts, Parameters], Outcome]


@dataclass(frozen=True)
class RouteStatus:
    """Which degrees and posts pass every part, and which are only held up by reviews."""

    a_met_by: tuple[str, ...]
    b_met_by: tuple[str, ...]
    open_parts: tuple[str, ...]

    @property
    def a_met(self) -> bool:
        return bool(self.a_met_by)

    @property
    def b_met(self) -> bool:
        return bool(self.b_met_by)


def _degree_revision1(degree: Education, facts: CaseFacts, params: Parameters) -> Outcome:
    return worst(degree_outcomes(degree, params))


def _post_revision1(post: Employment, facts: CaseFacts, params: Parameters) -> Outcome:
    return assess_post(post, facts.reference_date, params).outcome


def route_status(
    facts: CaseFacts,
    params: Parameters,
    degree: DegreeParts = _degree_revision1,
    post: PostOutcome = _post_revision1,
) -> RouteStatus:
    """Evaluate every degree and post the same way the part rules (of a revision) do."""
    subjects: list[tuple[str, Outcome]] = [
        (f"education[{i}]", degree(item, facts, params)) for i, item in enumerate(facts.education)
    ]
    subjects += [
        (f"employment[{i}]", post(item, facts, params)) for i, item in enumerate(facts.employment)
    ]
    return status_of(subjects)


def status_of(subjects: list[tuple[str, Outcome]]) -> RouteStatus:
    """Which subjects pass every part, and which are held up only by parts in review."""
    a_met: list[str] = []
    b_met: list[str] = []
    open_parts: list[str] = []
    for subject, outcome in subjects:
        if outcome == "pass":
            (a_met if subject.startswith("education") else b_met).append(subject)
        elif outcome == "review":
            open_parts.append(subject)
    return RouteStatus(tuple(a_met), tuple(b_met), tuple(open_parts))


def check_route(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-RTE-01: pass if a route is met; review if something is only in review; else fail."""
    return route_result(facts, route_status(facts, params))


def route_result(facts: CaseFacts, status: RouteStatus) -> list[RuleResult]:
    """K-RTE-01's result for a route status however a revision judged the parts."""
    values = {
        "route_a_met_by": ", ".join(status.a_met_by) or None,
        "route_b_met_by": ", ".join(status.b_met_by) or None,
        "in_review": ", ".join(status.open_parts) or None,
        "degrees": len(facts.education),
        "posts": len(facts.employment),
    }
    if status.a_met or status.b_met:
        a_text = f"met by {', '.join(status.a_met_by)}" if status.a_met else "not met"
        b_text = f"met by {', '.join(status.b_met_by)}" if status.b_met else "not met"
        message = f"Route A (degree) {a_text}; Route B (post) {b_text}."
        found = part(
            "route.met",
            route_a_met_by=list(status.a_met_by) or None,
            route_b_met_by=list(status.b_met_by) or None,
        )
        return [make_result("K-RTE-01", None, "pass", message, (found,), **values)]
    if status.open_parts:
        message = (
            f"No route met yet: {', '.join(status.open_parts)} has no failed part, only parts "
            "an officer must review."
        )
        found = part("route.in_review", in_review=list(status.open_parts))
        return [make_result("K-RTE-01", None, "review", message, (found,), **values)]
    if not facts.education and not facts.employment:
        message = "No route met: the record has no degree and no post."
        found = part("route.nothing_on_record")
    else:
        message = (
            f"No route met: each of {len(facts.education)} degree(s) and "
            f"{len(facts.employment)} post(s) has a failed part."
        )
        found = part("route.all_failed", degrees=len(facts.education), posts=len(facts.employment))
    return [make_result("K-RTE-01", None, "fail", message, (found,), **values)]
