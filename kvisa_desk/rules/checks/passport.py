"""Passport: K-PPT-01 validity after intended entry, K-PPT-02 MRZ check digits and agreement."""

from __future__ import annotations

from kvisa_desk.rules.dates import add_months
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.mrz import MrzFormatError, compare_with_record, parse_td3
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, RuleResult, make_result

FIELD_LABELS = {
    "number": "passport number",
    "nationality": "nationality",
    "date_of_birth": "birth date",
    "sex": "sex",
    "expiry_date": "expiry date",
}


def check_validity(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-PPT-01: expiry ≥ intended entry + N calendar months; expired at reception fails."""
    months = params.get_int("passport_min_validity_months")
    expiry, received, entry = facts.passport.expiry_date, facts.reference_date, facts.intended_entry
    values: dict[str, MessageValue] = {
        "expiry_date": expiry.isoformat(),
        "reference_date": received.isoformat(),
        "intended_entry": None if entry is None else entry.isoformat(),
        "months": months,
    }
    if expiry < received:
        text = f"Passport expired on {expiry}, before the application was received on {received}."
        found = (
            part(
                "validity.expired",
                expiry_date=values["expiry_date"],
                reference_date=values["reference_date"],
            ),
        )
        return [make_result("K-PPT-01", None, "fail", text, found, **values)]
    if entry is None:
        text = (
            f"No intended entry date given; the passport is valid on {received} (expires "
            f"{expiry}), but validity {months} months after entry cannot be checked."
        )
        found = (
            part(
                "validity.no_entry",
                expiry_date=values["expiry_date"],
                reference_date=values["reference_date"],
                months=months,
            ),
        )
        return [make_result("K-PPT-01", None, "review", text, found, **values)]
    needed = add_months(entry, months)
    values["required_until"] = needed.isoformat()
    facts_named = {k: v for k, v in values.items() if k != "reference_date"}
    if expiry < needed:
        text = f"Passport expires {expiry}, before entry {entry} + {months} months = {needed}."
        found = (part("validity.short", **facts_named),)
        return [make_result("K-PPT-01", None, "fail", text, found, **values)]
    text = f"Passport expires {expiry}, not before entry {entry} + {months} months = {needed}."
    found = (part("validity.enough", **facts_named),)
    return [make_result("K-PPT-01", None, "pass", text, found, **values)]


def check_mrz(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-PPT-02: a captured MRZ has valid ICAO 9303 check digits and agrees with the record."""
    lines = facts.passport.mrz
    if lines is None:
        text = "No machine-readable zone was captured, so there is nothing to compare."
        return [make_result("K-PPT-02", None, "pass", text, problems=None)]
    try:
        td3 = parse_td3(lines, facts.reference_date)
    except MrzFormatError as exc:
        text = f"MRZ unreadable: {exc}."
        return [make_result("K-PPT-02", None, "review", text, problems=str(exc))]
    problems = [f"check digit of {name.replace('_', ' ')} is wrong" for name in td3.check_errors]
    mismatches = compare_with_record(
        td3,
        number=facts.passport.number,
        nationality=facts.applicant.nationality,
        date_of_birth=facts.applicant.date_of_birth,
        sex=facts.applicant.sex,
        expiry_date=facts.passport.expiry_date,
    )
    problems += [
        f"{FIELD_LABELS[m.field]} is {m.mrz_value} in the MRZ but {m.record_value} in the record"
        for m in mismatches
    ]
    if problems:
        text = "MRZ: " + "; ".join(problems) + "."
        return [make_result("K-PPT-02", None, "review", text, problems="; ".join(problems))]
    text = "MRZ check digits are valid and number, nationality, birth date, sex and expiry agree."
    return [make_result("K-PPT-02", None, "pass", text, problems=None)]
