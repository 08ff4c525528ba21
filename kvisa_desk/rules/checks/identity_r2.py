"""Revision 2 of the identity rules: K-NAT-01 passports China recognises, K-PPT-02 long
passport numbers, K-DUP-01 refusals decided by the reference date, K-REF-01 incomplete
screening. Every comparison is made on normalised values (rules/normalise.py)."""

from __future__ import annotations

from kvisa_desk.rules.checks.passport import FIELD_LABELS
from kvisa_desk.rules.checks.screening import SCREENING_LABELS, letter_grounds
from kvisa_desk.rules.dates import add_months
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.mrz import MrzFormatError, compare_with_record, parse_td3
from kvisa_desk.rules.normalise import (
    STATELESS_OR_REFUGEE,
    NormalisedIdentity,
    normalise_country,
    normalised_identity,
)
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, Outcome, RuleResult, make_result

PERMIT_REGIONS = {"HKG": "Hong Kong", "MAC": "Macao", "TWN": "Taiwan"}
BNO_NOT_RECOGNISED_SINCE = "2021-01-31"


def identity(facts: CaseFacts) -> NormalisedIdentity:
    """The snapshot's normalised identity; a snapshot without one is normalised here alike."""
    if facts.normalised is not None:
        return facts.normalised
    a, p = facts.applicant, facts.passport
    return normalised_identity(a.nationality, p.issuing_state, p.number, a.surname)


def _written(written: str, normalised: str) -> str:
    """'DEU' or 'DEU (written D<<)' when the applicant wrote another form."""
    return normalised if written.strip() == normalised else f"{normalised} (written {written})"


def check_nationality(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-NAT-01: a foreign national on a passport China recognises."""
    ident = identity(facts)
    nat, state = ident.nationality, ident.issuing_state
    values: dict[str, MessageValue] = {
        "nationality": nat,
        "issuing_state": state,
        "nationality_written": facts.applicant.nationality,
        "issuing_state_written": facts.passport.issuing_state,
    }
    shown_nat = _written(facts.applicant.nationality, nat)
    shown_state = _written(facts.passport.issuing_state, state)
    # What was written, where it differs from the normalised code ("D<<" for DEU).
    nat_facts = {
        "nationality": nat,
        "nationality_written": _differs(facts.applicant.nationality, nat),
    }
    state_facts = {
        "issuing_state": state,
        "issuing_state_written": _differs(facts.passport.issuing_state, state),
    }

    def result(outcome: Outcome, text: str, key: str, **named: object) -> list[RuleResult]:
        found = (part(key, **named),)
        return [make_result("K-NAT-01", None, outcome, text, found, **values)]

    if nat == "CHN":
        return result(
            "fail",
            f"Nationality {shown_nat}: a Chinese citizen is not a foreign national and needs "
            "no visa.",
            "nat.chinese_citizen",
            **nat_facts,
        )
    if state == "CHN":
        return result(
            "fail",
            f"Passport issued by {shown_state}: a Chinese passport is held by Chinese citizens, "
            f"who enter on it; nationality {shown_nat} as declared does not make it a foreign "
            "national's passport.",
            "nat.chinese_passport",
            **nat_facts,
            **state_facts,
        )
    if state == "GBN":
        return result(
            "fail",
            f"Passport issued by {shown_state}, a British National (Overseas) passport: China "
            f"has not recognised it as a travel document since {BNO_NOT_RECOGNISED_SINCE}; "
            "the applicant must apply on another passport.",
            "nat.bno",
            since=BNO_NOT_RECOGNISED_SINCE,
            **state_facts,
        )
    if nat in PERMIT_REGIONS:
        return result(
            "review",
            f"Nationality {shown_nat}: residents of {PERMIT_REGIONS[nat]} travel on permits, "
            "not visas; an officer must check.",
            "nat.permit_region",
            **nat_facts,
        )
    stateless = [c for c in (nat, state) if c in STATELESS_OR_REFUGEE]
    if stateless:
        return result(
            "review",
            f"Travel document of a stateless person or refugee ({stateless[0]}): an officer "
            "must check that China accepts the document.",
            "nat.stateless",
            document=stateless[0],
        )
    return result(
        "pass",
        f"Nationality {shown_nat} is foreign; passport issued by {shown_state}.",
        "nat.foreign",
        **nat_facts,
        **state_facts,
    )


def _differs(written: str, normalised: str) -> str | None:
    return None if written.strip() == normalised else written


def check_mrz(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-PPT-02: a captured MRZ has valid check digits and agrees with the record; a number
    longer than 9 characters is read as ICAO 9303 Part 4 writes it."""
    lines = facts.passport.mrz
    if lines is None:
        text = "No machine-readable zone was captured, so there is nothing to compare."
        found = (part("mrz.none"),)
        return [make_result("K-PPT-02", None, "pass", text, found, problems=None)]
    try:
        td3 = parse_td3(lines, facts.reference_date, long_numbers=True, normalise=normalise_country)
    except MrzFormatError as exc:
        text = f"MRZ unreadable: {exc}."
        found = (part("mrz.unreadable", problem=str(exc)),)
        return [make_result("K-PPT-02", None, "review", text, found, problems=str(exc))]
    problems = [f"check digit of {name.replace('_', ' ')} is wrong" for name in td3.check_errors]
    mismatches = compare_with_record(
        td3,
        number=facts.passport.number,
        nationality=facts.applicant.nationality,
        date_of_birth=facts.applicant.date_of_birth,
        sex=facts.applicant.sex,
        expiry_date=facts.passport.expiry_date,
        normalise=normalise_country,
    )
    problems += [
        f"{FIELD_LABELS[m.field]} is {m.mrz_value} in the MRZ but {m.record_value} in the record"
        for m in mismatches
    ]
    named: list[list[str]] = [["check_digit", name] for name in td3.check_errors]
    named += [["mismatch", m.field, str(m.mrz_value), str(m.record_value)] for m in mismatches]
    if problems:
        text = "MRZ: " + "; ".join(problems) + "."
        found = (part("mrz.problems", problems=named),)
        return [make_result("K-PPT-02", None, "review", text, found, problems="; ".join(problems))]
    text = "MRZ check digits are valid and number, nationality, birth date, sex and expiry agree."
    found = (part("mrz.agrees"),)
    return [make_result("K-PPT-02", None, "pass", text, found, problems=None)]


def check_duplicates(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-DUP-01: no other open case on the passport; no refusal of the same person decided
    on or before the reference date and within the window before it."""
    months = params.get_int("recent_refusal_months")
    received = facts.reference_date
    window_start = add_months(received, -months)
    recent = [r for r in facts.duplicates.refusals if window_start <= r.decided_on <= received]
    open_cases = facts.duplicates.open_cases
    values = {
        "open_cases": ", ".join(open_cases) or None,
        "months": months,
        "refusals": ", ".join(f"{r.case_ref} ({r.decided_on})" for r in recent) or None,
        "window_start": window_start.isoformat(),
        "reference_date": received.isoformat(),
    }
    problems = []
    if open_cases:
        problems.append(f"other open case(s) for the same passport: {', '.join(open_cases)}")
    if recent:
        listed = ", ".join(f"{r.case_ref} refused {r.decided_on} (same {r.basis})" for r in recent)
        problems.append(f"refusal(s) from {window_start} to {received} ({months} months): {listed}")
    window = {
        "window_start": window_start.isoformat(),
        "reference_date": received.isoformat(),
        "months": months,
    }
    refused = [[r.case_ref, r.decided_on.isoformat(), r.basis] for r in recent]
    if open_cases and recent:
        found = part(
            "duplicates.open_and_refused", open_cases=list(open_cases), refusals=refused, **window
        )
    elif open_cases:
        found = part("duplicates.open", open_cases=list(open_cases))
    else:
        found = part("duplicates.refused", refusals=refused, **window)
    if problems:
        text = "Found " + "; ".join(problems) + "; an officer must check."
        return [make_result("K-DUP-01", None, "review", text, (found,), **values)]
    text = (
        f"No other open case on this passport; no refusal from {window_start} to {received} "
        f"({months} months)."
    )
    found = part("duplicates.none", **window)
    return [make_result("K-DUP-01", None, "pass", text, (found,), **values)]


def check_screening(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-REF-01: any Art. 21 fact recorded true fails; one not yet recorded leaves the
    screening incomplete (review, naming it); all recorded false passes."""
    recorded = {name: getattr(facts.screening, name) for name in SCREENING_LABELS}
    found = [name for name, value in recorded.items() if value is True]
    found_facts = list(found)
    missing = [name for name, value in recorded.items() if value is None]
    values = {
        "found": ", ".join(found) or None,
        "not_recorded": ", ".join(missing) or None,
        "letter_grounds": letter_grounds(params),
    }
    if found:
        text = "Law Art. 21 screening recorded: " + ", ".join(SCREENING_LABELS[n] for n in found)
        text += ". A refusal letter never names these facts."
        said = (part("screening.found", found=found_facts),)
        return [make_result("K-REF-01", None, "fail", text, said, **values)]
    if missing:
        text = (
            "Screening not complete: not yet recorded: "
            + ", ".join(SCREENING_LABELS[n] for n in missing)
            + ". An officer records each fact before the case can pass."
        )
        said = (part("screening.incomplete", not_recorded=missing),)
        return [make_result("K-REF-01", None, "review", text, said, **values)]
    text = "Law Art. 21 screening recorded with no ground found."
    said = (part("screening.clear"),)
    return [make_result("K-REF-01", None, "pass", text, said, **values)]
