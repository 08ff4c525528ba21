"""Documents: K-DOC-01 basics attached, K-DOC-02 route evidence, K-VER-01 verification."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kvisa_desk.rules.checks.route import RouteStatus, route_status
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, RuleResult, make_result

# What K-DOC-01 and K-DOC-02 require: the only place this is written (core's checklist and
# decisions ask here). In code, not in the pack file, whose hash stored runs replay by.
BASIC_DOCUMENTS = ("passport_scan", "photo", "application_form")
ROUTE_DOCUMENTS = {"A": "degree_certificate", "B": "proof_of_post"}  # a route's evidence
ROUTE_A_DOCUMENT = ROUTE_DOCUMENTS["A"]
ROUTE_B_DOCUMENT = ROUTE_DOCUMENTS["B"]
# The document types each documents rule reads.
DOCUMENTS_READ: dict[str, tuple[str, ...]] = {
    "K-DOC-01": BASIC_DOCUMENTS,
    "K-DOC-02": tuple(ROUTE_DOCUMENTS.values()),
    "K-VER-01": (*BASIC_DOCUMENTS, *ROUTE_DOCUMENTS.values()),
}
LABELS = {
    "passport_scan": "passport scan",
    "photo": "photo",
    "application_form": "signed application form",
    "degree_certificate": "degree certificate",
    "proof_of_post": "proof of post",
}


def _label(doc_type: str) -> str:
    return LABELS.get(doc_type, doc_type)


@dataclass(frozen=True)
class RequiredDocument:
    """One line of a case's checklist: the rule that asks, and the types that satisfy it."""

    rule_id: str
    doc_types: tuple[str, ...]  # any one of these satisfies the line


def required_documents(route: str | Iterable[str] | None) -> tuple[RequiredDocument, ...]:
    """K-DOC-01's basic documents, one line each, plus K-DOC-02's evidence of the route met.

    `route` is "A", "B", both (`"AB"`, `"A+B"` or `{"A", "B"}`: either document is
    enough) or None when no route is met.
    """
    basic = tuple(RequiredDocument("K-DOC-01", (t,)) for t in BASIC_DOCUMENTS)
    if route is None:
        return basic
    routes = (
        {c for c in route.upper() if c not in " +,/&"}
        if isinstance(route, str)
        else {r.upper() for r in route}
    )
    unknown = routes - ROUTE_DOCUMENTS.keys()
    if unknown:
        raise ValueError(f"unknown route {sorted(unknown)}: routes are A and B")
    if not routes:
        return basic
    evidence = tuple(ROUTE_DOCUMENTS[r] for r in sorted(routes))
    return (*basic, RequiredDocument("K-DOC-02", evidence))


def routes_met(route_values: Mapping[str, object]) -> str:
    """The routes a K-RTE-01 result found met ("A", "B", "AB"; "" for none), read from its
    message values (as stored with a run), for `required_documents`."""
    found = (("A", "route_a_met_by"), ("B", "route_b_met_by"))
    return "".join(route for route, key in found if route_values.get(key))


def route_documents(status: RouteStatus) -> tuple[str, ...]:
    """Document types the passing route relies on, any one of which is enough; () for none."""
    met = [r for r, is_met in (("A", status.a_met), ("B", status.b_met)) if is_met]
    return tuple(ROUTE_DOCUMENTS[r] for r in met)


def check_basic_documents(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-DOC-01: passport scan, photo and signed application form are attached."""
    present = {doc.type for doc in facts.documents}
    missing = [t for t in BASIC_DOCUMENTS if t not in present]
    required = ", ".join(_label(t) for t in BASIC_DOCUMENTS)
    values = {"missing": ", ".join(missing) or None, "required": ", ".join(BASIC_DOCUMENTS)}
    if missing:
        text = f"Missing: {', '.join(_label(t) for t in missing)}. Required: {required}."
        found = (part("documents.missing", missing=missing, required=list(BASIC_DOCUMENTS)),)
        return [make_result("K-DOC-01", None, "fail", text, found, **values)]
    found = (part("documents.attached", required=list(BASIC_DOCUMENTS)),)
    text = f"Attached: {required}."
    return [make_result("K-DOC-01", None, "pass", text, found, **values)]


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
        found = (part("route_documents.no_route"),)
        return [make_result("K-DOC-02", None, "pass", text, found, **values)]
    names = " or ".join(_label(t) for t in wanted)
    if not any(doc.type in wanted for doc in facts.documents):
        text = f"Missing the {names} that the passing route relies on."
        found = (part("route_documents.missing", needed=list(wanted)),)
        return [make_result("K-DOC-02", None, "review", text, found, **values)]
    text = f"Attached the {names} that the passing route relies on."
    found = (part("route_documents.attached", needed=list(wanted)),)
    return [make_result("K-DOC-02", None, "pass", text, found, **values)]


def check_verification(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-VER-01: no document suspected fraudulent; every required document verified."""
    return verification_result(facts, route_status(facts, params))


def verification_result(facts: CaseFacts, status: RouteStatus) -> list[RuleResult]:
    suspected = [d.type for d in facts.documents if d.verification == "suspected_fraudulent"]
    if suspected:
        text = f"Suspected fraudulent: {', '.join(_label(t) for t in suspected)}."
        found = (part("verification.suspected", suspected=suspected),)
        return [make_result("K-VER-01", None, "fail", text, found, suspected=", ".join(suspected))]
    groups: list[tuple[str, ...]] = [(t,) for t in BASIC_DOCUMENTS]
    route_group = route_documents(status)
    if route_group:
        groups.append(route_group)
    unverified: list[str] = []
    open_groups: list[list[str]] = []
    for group in groups:
        docs = [d for d in facts.documents if d.type in group]
        # A missing document is K-DOC-01/02's concern; here only attached ones are judged.
        if docs and not any(d.verification == "verified" for d in docs):
            unverified.append(" or ".join(_label(t) for t in group))
            open_groups.append(list(group))
    if unverified:
        text = f"Not yet verified: {', '.join(unverified)}."
        found = (part("verification.unverified", unverified=open_groups),)
        return [
            make_result("K-VER-01", None, "review", text, found, unverified=", ".join(unverified))
        ]
    text = "Every attached required document is verified; none is suspected fraudulent."
    found = (part("verification.done"),)
    return [make_result("K-VER-01", None, "pass", text, found, unverified=None, suspected=None)]
