"""K-PUR-01: the purpose of the visit is one the K visa permits."""

from __future__ import annotations

from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import RuleResult, make_result

PERMITTED = ("education", "science_technology", "culture", "entrepreneurship", "business")


def check_purpose(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    activity = facts.purpose.activity
    allowed = ", ".join(PERMITTED)
    values = {"activity": activity, "permitted": allowed}
    if activity in PERMITTED:
        text = f"Purpose {activity} is a permitted K visa activity ({allowed})."
        found = (part("purpose.permitted", activity=activity, permitted=list(PERMITTED)),)
        return [make_result("K-PUR-01", None, "pass", text, found, **values)]
    if activity == "employment":
        text = (
            "Purpose employment: working in China needs a work permit and a Z visa "
            "(Exit and Entry Administration Law, Art. 41); an officer should suggest the Z visa."
        )
        found = (part("purpose.employment"),)
        return [make_result("K-PUR-01", None, "review", text, found, **values)]
    shown = "not given" if activity is None else f"'{activity}'"
    text = f"Purpose {shown} is not a permitted activity ({allowed}); an officer must check."
    found = (
        part("purpose.not_given", permitted=list(PERMITTED))
        if activity is None
        else part("purpose.other", activity=activity, permitted=list(PERMITTED)),
    )
    return [make_result("K-PUR-01", None, "review", text, found, **values)]
