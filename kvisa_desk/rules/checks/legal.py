"""Who may hold a K visa: K-LEG-01 date in force, K-NAT-01 foreign national, K-AGE-01 age band."""

from __future__ import annotations

from kvisa_desk.rules.countries import normalise_state
from kvisa_desk.rules.dates import age_on
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, Outcome, RuleResult, make_result

PERMIT_REGIONS = {"HKG": "Hong Kong", "MAC": "Macao", "TWN": "Taiwan"}


def check_in_force(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-LEG-01: received on or after the day the K visa came into force."""
    start = params.get_date("k_visa_in_force")
    received = facts.reference_date
    values = {"received": received.isoformat(), "in_force": start.isoformat()}
    if received < start:
        text = f"Received {received}, before the K visa came into force on {start}."
        found = (part("leg.before", **values),)
        return [make_result("K-LEG-01", None, "fail", text, found, **values)]
    text = f"Received {received}, on or after {start} when the K visa came into force."
    found = (part("leg.in_force", **values),)
    return [make_result("K-LEG-01", None, "pass", text, found, **values)]


def check_nationality(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-NAT-01: CHN is not foreign; HKG, MAC and TWN travel on permits, so an officer looks."""
    code = normalise_state(facts.applicant.nationality)
    values = {"nationality": code}
    if code == "CHN":
        text = "Nationality CHN: a Chinese citizen is not a foreign national and needs no visa."
        return [make_result("K-NAT-01", None, "fail", text, **values)]
    if code in PERMIT_REGIONS:
        text = (
            f"Nationality {code}: residents of {PERMIT_REGIONS[code]} travel on permits, not "
            "visas; an officer must check."
        )
        return [make_result("K-NAT-01", None, "review", text, **values)]
    return [make_result("K-NAT-01", None, "pass", f"Nationality {code} is foreign.", **values)]


def check_age(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-AGE-01: age_min ≤ age in completed years ≤ age_max on the reference date."""
    low, high = params.get_int("age_min"), params.get_int("age_max")
    born, on = facts.applicant.date_of_birth, facts.reference_date
    age = age_on(born, on)
    values: dict[str, MessageValue] = {
        "date_of_birth": born.isoformat(),
        "age": age,
        "reference_date": on.isoformat(),
        "age_min": low,
        "age_max": high,
    }
    text = f"Born {born}, {age} on {on}; band {low}–{high}"
    if low <= age <= high:
        found = (part("age.inside", **values),)
        return [make_result("K-AGE-01", None, "pass", f"{text}.", found, **values)]
    outside: Outcome = "fail" if params.get_str("age_outside_band") == "fail" else "review"
    found = (part("age.outside", **values),)
    text = f"{text}; outside the band."
    return [make_result("K-AGE-01", None, outside, text, found, **values)]
