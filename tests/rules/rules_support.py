"""Test helpers for the rule engine: the baseline case, example tables and fact strategies."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from kvisa_desk.rules import CaseFacts, load_packs, rules_folder
from kvisa_desk.rules.pack import Pack

EXAMPLES_DIR = rules_folder() / "examples"
REVISIONS = (1, 2)  # each revision of k-2025.10 has its own complete table of examples

MATCHED_LAGOS: dict[str, Any] = {
    "status": "matched",
    "institution_id": 4711,
    "name": "University of Lagos",
    "tier": "listed",
    "candidates": [{"institution_id": 4711, "name": "University of Lagos", "score": 100.0}],
}

# A degree and a post that pass every part; list items in examples are merged onto these.
EDUCATION_TEMPLATE: dict[str, Any] = {
    "level": "master",
    "field": "MSc Electrical Engineering",
    "isced_f": "0713",
    "isced_confirmed": True,
    "institution": "University of Lagos",
    "institution_country": "NG",
    "awarded_on": "2021-11-20",
    "institution_match": MATCHED_LAGOS,
}
EMPLOYMENT_TEMPLATE: dict[str, Any] = {
    "kind": "research",
    "field": "Power systems",
    "isced_f": "0713",
    "isced_confirmed": True,
    "start_date": "2022-01-10",
    "end_date": None,
    "employer": "University of Lagos",
    "country": "NG",
    "position": "Research Fellow",
    "institution_match": MATCHED_LAGOS,
}
DOCUMENT_TEMPLATE: dict[str, Any] = {"type": "other", "verification": "verified"}
TEMPLATES = {
    "education": EDUCATION_TEMPLATE,
    "employment": EMPLOYMENT_TEMPLATE,
    "documents": DOCUMENT_TEMPLATE,
}

# The default case: passes every rule, both routes met, every document verified.
BASELINE: dict[str, Any] = {
    "reference_date": "2025-10-15",
    "applicant": {
        "nationality": "NGA",
        "date_of_birth": "1996-02-29",
        "sex": "F",
        "surname": "Okafor",
    },
    "passport": {
        "number": "A07761234",
        "issuing_state": "NGA",
        "issue_date": "2021-06-01",
        "expiry_date": "2031-05-31",
        "mrz": None,
    },
    "education": [EDUCATION_TEMPLATE],
    "employment": [EMPLOYMENT_TEMPLATE],
    "purpose": {"activity": "science_technology"},
    "intended_entry": "2026-01-12",
    "screening": {
        "reentry_ban": False,
        "security_concern": False,
        "fraud_found": False,
        "insufficient_funds": False,
    },
    "documents": [
        {"type": t, "verification": "verified"}
        for t in (
            "passport_scan",
            "photo",
            "application_form",
            "degree_certificate",
            "proof_of_post",
        )
    ],
    "duplicates": {"open_cases": [], "refusals": []},
}


NULL = "<null>"  # TOML has no null; examples write "<null>" for a missing value.
REPLACED = {"institution_match"}  # tables given whole, not merged onto the template's


def plain(value: Any) -> Any:
    """TOML values to the JSON-safe form of CaseFacts.to_dict (dates as ISO strings)."""
    if value == NULL:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def merge(base: Any, change: Any, key: str | None = None) -> Any:
    """Tables merge key by key; a list replaces the baseline's, each item merged on a template."""
    if isinstance(change, dict) and isinstance(base, dict) and key not in REPLACED:
        out = dict(base)
        for k, v in change.items():
            out[k] = merge(base.get(k), v, k) if k in base else merge(None, v, k)
        return out
    if isinstance(change, list) and key in TEMPLATES:
        return [merge(TEMPLATES[key], item) if isinstance(item, dict) else item for item in change]
    return copy.deepcopy(change)


def build_facts(
    changes: Mapping[str, Any] | None = None,
    *,
    drop_documents: tuple[str, ...] = (),
    add_documents: tuple[Mapping[str, Any], ...] = (),
    verify: Mapping[str, str] | None = None,
) -> CaseFacts:
    """The baseline with `changes` merged in, then document edits applied by type."""
    data = merge(copy.deepcopy(BASELINE), plain(dict(changes or {})))
    docs = [d for d in data["documents"] if d["type"] not in drop_documents]
    docs += [merge(DOCUMENT_TEMPLATE, plain(dict(d))) for d in add_documents]
    for doc in docs:
        if verify and doc["type"] in verify:
            doc["verification"] = verify[doc["type"]]
    data["documents"] = docs
    return CaseFacts.from_dict(data)


@cache
def k_pack(revision: int = 1) -> Pack:
    """Pack k-2025.10 at REVISION (1, the first reading, unless a test names another)."""
    return load_packs().get("k-2025.10", revision=revision)


@dataclass(frozen=True)
class Example:
    rule: str
    name: str
    expect: str
    revision: int = 1
    facts: dict[str, Any] = field(default_factory=dict)
    subject: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    case: str | None = None
    message_contains: str | None = None
    drop_documents: tuple[str, ...] = ()
    add_documents: tuple[dict[str, Any], ...] = ()
    verify: dict[str, str] = field(default_factory=dict)

    @property
    def test_id(self) -> str:
        return f"r{self.revision} {self.rule}: {self.name}"

    def build(self) -> CaseFacts:
        return build_facts(
            self.facts,
            drop_documents=self.drop_documents,
            add_documents=self.add_documents,
            verify=self.verify,
        )


_EXAMPLE_KEYS = {
    "name",
    "expect",
    "facts",
    "subject",
    "params",
    "case",
    "message_contains",
    "drop_documents",
    "add_documents",
    "verify",
}


def load_examples(folder: Path = EXAMPLES_DIR) -> list[Example]:
    """Every example of every `revision-N/<RULE-ID>.toml`; unknown keys are an error."""
    return [e for revision in REVISIONS for e in load_revision_examples(folder, revision)]


def load_revision_examples(folder: Path, revision: int) -> list[Example]:
    examples = []
    for path in sorted((folder / f"revision-{revision}").glob("*.toml")):
        doc = tomllib.loads(path.read_text("utf-8"))
        rule = doc["rule"]
        assert path.stem == rule, f"{path.name} holds examples of {rule}"
        for raw in doc["examples"]:
            unknown = set(raw) - _EXAMPLE_KEYS
            assert not unknown, f"{path.name} {raw.get('name')}: unknown keys {unknown}"
            examples.append(
                Example(
                    rule=rule,
                    name=raw["name"],
                    expect=raw["expect"],
                    revision=revision,
                    facts=raw.get("facts", {}),
                    subject=raw.get("subject"),
                    params=plain(raw.get("params", {})),
                    case=raw.get("case"),
                    message_contains=raw.get("message_contains"),
                    drop_documents=tuple(raw.get("drop_documents", ())),
                    add_documents=tuple(raw.get("add_documents", ())),
                    verify=raw.get("verify", {}),
                )
            )
    return examples
