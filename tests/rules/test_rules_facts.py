"""The facts snapshot: immutable, JSON-safe, exact round trip, stable digest."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from datetime import date, datetime
from typing import Any

import pytest
from rules_support import BASELINE, build_facts

from kvisa_desk.rules import CaseFacts, Document, InstitutionMatch
from kvisa_desk.rules.facts import Candidate


def test_to_dict_is_json_safe_and_mirrors_the_baseline() -> None:
    facts = build_facts()
    data = facts.to_dict()
    assert data == BASELINE
    assert json.loads(json.dumps(data)) == data


def test_round_trip_is_exact() -> None:
    facts = build_facts()
    again = CaseFacts.from_dict(facts.to_dict())
    assert again == facts
    assert again.to_dict() == facts.to_dict()
    assert again.digest() == facts.digest()


def test_digest_is_sha256_of_canonical_json() -> None:
    facts = build_facts()
    canonical = json.dumps(
        facts.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert facts.digest() == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_digest_changes_with_any_fact() -> None:
    base = build_facts()
    changed = [
        build_facts({"reference_date": "2025-10-16"}),
        build_facts({"applicant": {"surname": "Okafor-Eze"}}),
        build_facts({"duplicates": {"open_cases": ["KV-1"]}}),
        build_facts(
            {
                "education": [
                    {
                        "institution_match": {
                            "status": "matched",
                            "tier": "recognised",
                            "institution_id": 4711,
                            "name": "U Lagos",
                        }
                    }
                ]
            }
        ),
        build_facts(verify={"photo": "unverified"}),
    ]
    digests = {f.digest() for f in changed}
    assert base.digest() not in digests and len(digests) == len(changed)


def test_unicode_names_survive_and_hash_as_utf8() -> None:
    name = "Ñúñez 王 <script>&'\" \U0001f600 مرحبا"
    facts = build_facts({"applicant": {"surname": name}})
    again = CaseFacts.from_dict(json.loads(json.dumps(facts.to_dict(), ensure_ascii=False)))
    assert again.applicant.surname == name and again.digest() == facts.digest()


def test_snapshot_is_immutable_and_hashable() -> None:
    facts = build_facts()
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.reference_date = date(2026, 1, 1)  # type: ignore[misc]
    assert isinstance(facts.education, tuple) and isinstance(facts.documents, tuple)
    assert hash(facts) == hash(CaseFacts.from_dict(facts.to_dict()))


def test_lists_given_by_a_caller_become_tuples() -> None:
    facts = build_facts()
    rebuilt = dataclasses.replace(facts, documents=[Document("photo")])  # type: ignore[arg-type]
    assert rebuilt.documents == (Document("photo"),)
    candidates = [Candidate(1, "A", 90)]
    match = InstitutionMatch("ambiguous", candidates=candidates)  # type: ignore[arg-type]
    assert match.candidates == (Candidate(1, "A", 90.0),)
    assert isinstance(match.candidates[0].score, float)


def _set(data: Any, path: str, value: object) -> None:
    """Set a dotted path such as 'education.0.level' inside a to_dict() result."""
    *parents, last = path.split(".")
    for part in parents:
        data = data[int(part)] if isinstance(data, list) else data[part]
    if isinstance(data, list):
        data[int(last)] = value
    else:
        data[last] = value


BAD_CANDIDATE = [{"institution_id": True, "name": "x", "score": 1}]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("reference_date", "2025/10/15", "facts.reference_date"),
        ("reference_date", "20251015", "facts.reference_date"),
        ("applicant.sex", "female", "facts.applicant.sex"),
        ("applicant.nickname", "Chi", "unknown field"),
        ("education.0.level", "phd", "facts.education[0].level"),
        ("documents.1.verification", "ok", "facts.documents[1].verification"),
        ("passport.mrz", ["only one line"], "facts.passport.mrz"),
        ("screening.fraud_found", "no", "facts.screening.fraud_found"),
        ("education.0.institution_match.candidates", BAD_CANDIDATE, "institution_id"),
        ("duplicates.refusals", [{"case_ref": "x"}], "decided_on: required field"),
    ],
)
def test_from_dict_rejects_bad_data_naming_the_field(
    path: str, value: object, message: str
) -> None:
    data = build_facts().to_dict()
    _set(data, path, value)
    with pytest.raises(ValueError, match=re.escape(message)):
        CaseFacts.from_dict(data)


def test_from_dict_requires_the_core_fields() -> None:
    data = build_facts().to_dict()
    del data["passport"]
    with pytest.raises(ValueError, match=r"facts\.passport: required field is missing"):
        CaseFacts.from_dict(data)


def test_optional_parts_default() -> None:
    minimal = {
        "reference_date": "2025-10-15",
        "applicant": {"nationality": "NGA", "date_of_birth": "1996-02-29"},
        "passport": {"number": "A1", "issuing_state": "NGA", "expiry_date": "2031-05-31"},
    }
    facts = CaseFacts.from_dict(minimal)
    assert facts.education == () and facts.screening.fraud_found is None
    assert CaseFacts.from_dict(facts.to_dict()) == facts


def test_datetimes_are_not_dates_in_a_snapshot() -> None:
    facts = dataclasses.replace(build_facts(), reference_date=datetime(2025, 10, 15, 9, 30))
    with pytest.raises(TypeError):
        facts.digest()
