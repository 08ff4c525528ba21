"""Application records for tests, in the kvisa-application/1 format."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

OKAFOR: dict[str, Any] = {
    "schema": "kvisa-application/1",
    "application_id": "KV-LON-2025-004211",
    "received_at": "2025-10-15",
    "post": "LON",
    "applicant": {
        "surname": "Okafor",
        "given_names": "Chiamaka Adaeze",
        "native_name": None,
        "sex": "F",
        "date_of_birth": "1996-02-29",
        "place_of_birth": "Enugu",
        "nationality": "NGA",
        "email": "c.okafor@unilag.edu.ng",
        "phone": "+234 803 555 0142",
        "address": "12 Marina Road, Lagos, Nigeria",
    },
    "passport": {
        "number": "A07761234",
        "issuing_state": "NGA",
        "issue_date": "2021-06-01",
        "expiry_date": "2031-05-31",
        "mrz": None,
    },
    "education": [
        {
            "level": "master",
            "field": "MSc Electrical Engineering",
            "isced_f": "0713",
            "institution": "University of Lagos",
            "institution_country": "NG",
            "awarded_on": "2021-11-20",
        }
    ],
    "employment": [
        {
            "employer": "University of Lagos",
            "country": "NG",
            "position": "Research Fellow",
            "kind": "research",
            "field": "Power systems",
            "isced_f": "0713",
            "start_date": "2022-01-10",
            "end_date": None,
        }
    ],
    "purpose": {
        "activity": "science_technology",
        "description": "Joint research visit, grid storage",
        "host_institution": None,
    },
    "travel": {"intended_entry": "2026-01-12", "stay_days": 90},
    "screening": {
        "reentry_ban": False,
        "security_concern": False,
        "fraud_found": False,
        "insufficient_funds": False,
    },
    "documents": [
        {"type": "passport_scan", "file": "docs/KV-LON-2025-004211/passport.pdf"},
        {"type": "photo", "file": "docs/KV-LON-2025-004211/photo.jpg"},
    ],
}

# Names that mean something to HTML, SQL, spreadsheets or bidi rendering: all plain data.
TRICKY_NAMES = [
    ("张", "伟", "张伟"),
    ("الفارسي", "محمد", "محمد الفارسي"),
    ("Smith 😀", "Ann\u200dMarie", None),
    ("<b>Eve</b>", "<script>alert(1)</script>", None),
    ("O'Brien'; DROP TABLE cases; --", "Robert", None),
    ("=cmd|' /C calc'!A0", "+1", "@SUM(A1)"),
    ("Müller", "Zoë \u202eexe.pdf", None),
]


def application(application_id: str, **changes: Any) -> dict[str, Any]:
    """A copy of the sample with a new id; `applicant__surname="X"` changes a nested field."""
    record = copy.deepcopy(OKAFOR)
    record["application_id"] = application_id
    for key, value in changes.items():
        node = record
        *parents, last = key.split("__")
        for part in parents:
            node = node[part]
        node[last] = value
    return record


def tricky_records() -> list[dict[str, Any]]:
    return [
        application(
            f"KV-TRICKY-{i}",
            applicant__surname=surname,
            applicant__given_names=given,
            applicant__native_name=native,
        )
        for i, (surname, given, native) in enumerate(TRICKY_NAMES)
    ]


def write_listed_documents(folder: Path, records: list[Any]) -> None:
    """The files the records list, beside the application file, as an import expects them."""
    from tests.documents.documents_support import write_listed_documents as write_files

    write_files(folder, records)


def write_json(path: Path, records: list[Any]) -> Path:
    """The records as a JSON array, with every document they list written beside it."""
    write_listed_documents(path.parent, records)
    return write_json_only(path, records)


def write_json_only(path: Path, records: list[Any]) -> Path:
    """The records as a JSON array and nothing else: listed documents stay missing."""
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write_jsonl(path: Path, records: list[Any]) -> Path:
    write_listed_documents(path.parent, records)
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path
