"""What K-DOC-01 and K-DOC-02 require, asked of the rules: the checklist and the rules agree."""

from __future__ import annotations

from typing import Any

import pytest
from rules_support import BASELINE, build_facts, k_pack

from kvisa_desk.rules import evaluate
from kvisa_desk.rules.checks.documents import (
    BASIC_DOCUMENTS,
    DOCUMENTS_READ,
    RequiredDocument,
    required_documents,
    routes_met,
)
from kvisa_desk.vocab import DocumentType

NO_DOCUMENTS = tuple(d["type"] for d in BASELINE["documents"])
ROUTES: dict[str, dict[str, Any]] = {
    "AB": {},
    "A": {"employment": []},
    "B": {"education": []},
    "": {"education": [], "employment": []},
}


def test_required_documents_by_route() -> None:
    assert [r.doc_types[0] for r in required_documents(None)] == list(BASIC_DOCUMENTS)
    assert {r.rule_id for r in required_documents(None)} == {"K-DOC-01"}
    assert required_documents("A")[-1] == RequiredDocument("K-DOC-02", ("degree_certificate",))
    assert required_documents("B")[-1].doc_types == ("proof_of_post",)
    assert required_documents("A+B")[-1].doc_types == ("degree_certificate", "proof_of_post")
    assert required_documents({"A", "B"}) == required_documents("AB")
    assert required_documents("") == required_documents(None)
    for unknown in ({"C"}, "C", "A+C"):
        with pytest.raises(ValueError, match="unknown route"):
            required_documents(unknown)


def test_every_required_type_is_a_document_type_of_the_desk() -> None:
    known = {t.value for t in DocumentType}
    for types in DOCUMENTS_READ.values():
        assert set(types) <= known
    assert set(DOCUMENTS_READ["K-VER-01"]) == set(DOCUMENTS_READ["K-DOC-01"]) | set(
        DOCUMENTS_READ["K-DOC-02"]
    )


@pytest.mark.parametrize("route", list(ROUTES))
def test_the_checklist_asks_for_what_the_rules_find_missing(route: str) -> None:
    facts = build_facts(ROUTES[route], drop_documents=NO_DOCUMENTS)
    outcome = evaluate(facts, k_pack())
    found = routes_met(outcome.result("K-RTE-01").message_params)
    assert found == route
    checklist = required_documents(found or None)
    basic = [line.doc_types[0] for line in checklist if line.rule_id == "K-DOC-01"]
    assert ", ".join(basic) == outcome.result("K-DOC-01").message_params["missing"]
    evidence = [line.doc_types for line in checklist if line.rule_id == "K-DOC-02"]
    needed = outcome.result("K-DOC-02").message_params["needed"]
    assert (" or ".join(evidence[0]) if evidence else "") == needed
