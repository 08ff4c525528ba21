"""Documents: K-DOC-01 basics attached, K-DOC-02 route evidence, K-VER-01 verification."""

from __future__ import annotations

from kvisa_desk.rules.checks.route import RouteStatus, route_status
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, RuleResult, make_result

BASIC_DOCUMENTS = ("passport_scan", "photo", "application_form")
ROUTE_A_DOCUMENT = "degree_certificate"
ROUTE_B_DOCUMENT = "proof_of_post"
LABELS = {
    "passport_scan": "passport scan",
    "photo": "photo",
    "application_form": "signed application form",
    "degree_certificate": "degree certificate",
    "proof_of_post": "proof of post",
}


def _label(doc_type: str) -> str:
    return LABELS.get(doc_type, doc_type)


def route_documents(status: RouteStatus) -> tuple[str, ...]:
    """Document types the passing route relies on, any one of which is enough; () for none."""
    if status.a_met and status.b_met:
        return (ROUTE_A_DOCUMENT, ROUTE_B_DOCUMENT)
    if status.a_met:
        return (ROUTE_A_DOCUMENT,)
    if status.b_met:
        return (ROUTE_B_DOCUMENT,)
    return ()


def check_basic_documents(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-DOC-01: passport scan, photo and signed application form are attached."""
    present = {doc.type for doc in facts.documents}
    missing = [t for t in BASIC_DOCUMENTS if t not in present]
    required = ", ".join(_label(t) for t in BASIC_DOCUMENTS)
    values = {"missing": ", ".join(missing) or None, "required": ", ".join(BASIC_DOCUMENTS)}
    if missing:
        text = f"Missing: {', '.join(_label(t) for t in missing)}. Required: {required}."
        return [make_result("K-DOC-01", None, "fail", text, **values)]
    return [make_result("K-DOC-01", None, "pass", f"Attached: {required}.", **values)]


def check_route_documents(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-DOC-02: the passing route's evidence is attached; either one when both routes pass."""
    return route_documents_result(facts, route_status(facts, params))


def route_documents_result(facts: CaseFacts, status: RouteStatus) -> list[RuleResult]:
    wanted = route_documents(status)
    values: dict[str, MessageValue] = {
        "route_a_met": status.a_met,
        "route_b_met": status.b_met,
        "needed": " or ".join(wanted),
    }
    if not wanted:
        text = "No route is met, so no route document is needed here (K-RTE-01 speaks)."
        return [make_result("K-DOC-02", None, "pass", text, **values)]
    names = " or ".join(_label(t) for t in wanted)
    if not any(doc.type in wanted for doc in facts.documents):
        text = f"Missing the {names} that the passing route relies on."
        return [make_result("K-DOC-02", None, "review", text, **values)]
    text = f"Attached the {names} that the passing route relies on."
    return [make_result("K-DOC-02", None, "pass", text, **values)]


def check_verification(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-VER-01: no document suspected fraudulent; every required document verified."""
    return verification_result(facts, route_status(facts, params))


def verification_result(facts: CaseFacts, status: RouteStatus) -> list[RuleResult]:
    suspected = [d.type for d in facts.documents if d.verification == "suspected_fraudulent"]
    if suspected:
        text = f"Suspected fraudulent: {', '.join(_label(t) for t in suspected)}."
        return [make_result("K-VER-01", None, "fail", text, suspected=", ".join(suspected))]
    groups: list[tuple[str, ...]] = [(t,) for t in BASIC_DOCUMENTS]
    route_group = route_documents(status)
    if route_group:
        groups.append(route_group)
    unverified: list[str] = []
    for group in groups:
        docs = [d for d in facts.documents if d.type in group]
        # A missing document is K-DOC-01/02's concern; here only attached ones are judged.
        if docs and not any(d.verification == "verified" for d in docs):
            unverified.append(" or ".join(_label(t) for t in group))
    if unverified:
        text = f"Not yet verified: {', '.join(unverified)}."
        return [make_result("K-VER-01", None, "review", text, unverified=", ".join(unverified))]
    text = "Every attached required document is verified; none is suspected fraudulent."
    return [make_result("K-VER-01", None, "pass", text, unverified=None, suspected=None)]
