"""K-DUP-01 other cases of the same person, K-REF-01 Law Art. 21 screening facts."""

from __future__ import annotations

from kvisa_desk.rules.dates import add_months
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import RuleResult, make_result

SCREENING_LABELS = {
    "reentry_ban": "re-entry ban in force",
    "security_concern": "danger to national security or public order",
    "fraud_found": "fraud found in the application",
    "insufficient_funds": "no means to cover costs in China",
}
# What a letter may say: the Law (Art. 21) does not oblige the post to give reasons.
LETTER_GROUNDS = {
    "generic_article_21": "other grounds under Article 21 of the Exit and Entry Administration Law",
    "none": None,
}


def letter_grounds(params: Parameters) -> str | None:
    """The only grounds a refusal letter may state under the post's policy, or None."""
    return LETTER_GROUNDS[params.get_str("refusal_grounds_policy")]


def check_duplicates(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-DUP-01: no other open case on the passport and no refusal in the recent window."""
    months = params.get_int("recent_refusal_months")
    window_start = add_months(facts.reference_date, -months)
    # Refusals decided after reception still count: the officer must see them either way.
    recent = [r for r in facts.duplicates.refusals if r.decided_on >= window_start]
    open_cases = facts.duplicates.open_cases
    values = {
        "open_cases": ", ".join(open_cases) or None,
        "months": months,
        "refusals": ", ".join(f"{r.case_ref} ({r.decided_on})" for r in recent) or None,
        "window_start": window_start.isoformat(),
    }
    problems = []
    if open_cases:
        problems.append(f"other open case(s) for the same passport: {', '.join(open_cases)}")
    if recent:
        listed = ", ".join(f"{r.case_ref} refused {r.decided_on} (same {r.basis})" for r in recent)
        problems.append(f"refusal(s) since {window_start} ({months} months): {listed}")
    if problems:
        text = "Found " + "; ".join(problems) + "; an officer must check."
        return [make_result("K-DUP-01", None, "review", text, **values)]
    text = (
        f"No other open case on this passport; no refusal since {window_start} ({months} months)."
    )
    return [make_result("K-DUP-01", None, "pass", text, **values)]


def check_screening(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-REF-01: any Art. 21 fact recorded as true fails; an unrecorded one needs the officer."""
    recorded = {name: getattr(facts.screening, name) for name in SCREENING_LABELS}
    found = [name for name, value in recorded.items() if value is True]
    missing = [name for name, value in recorded.items() if value is None]
    values = {
        "found": ", ".join(found) or None,
        "not_recorded": ", ".join(missing) or None,
        "letter_grounds": letter_grounds(params),
    }
    if found:
        text = "Law Art. 21 screening recorded: " + ", ".join(SCREENING_LABELS[n] for n in found)
        text += ". A refusal letter never names these facts."
        return [make_result("K-REF-01", None, "fail", text, **values)]
    if missing:
        text = (
            "Law Art. 21 screening not recorded yet: "
            + ", ".join(SCREENING_LABELS[n] for n in missing)
            + "."
        )
        return [make_result("K-REF-01", None, "review", text, **values)]
    text = "Law Art. 21 screening recorded with no ground found."
    return [make_result("K-REF-01", None, "pass", text, **values)]
