"""Between the file format and the tables: a record's rows, and a stored case as a record."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from kvisa_desk.core.applications.schema import ApplicationRecord


def canonical_json(record_json: dict[str, Any]) -> str:
    return json.dumps(record_json, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_digest(record_json: dict[str, Any], canonical: str | None = None) -> str:
    text = canonical if canonical is not None else canonical_json(record_json)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _isced_source(code: str | None) -> dict[str, str | None]:
    # A code the application gave is the applicant's statement, not a suggestion to confirm.
    return {"isced_source": "application" if code else None}


def _fields(part: Any) -> dict[str, Any]:
    """A part's fields as they are (a part holds no models or lists): what `model_dump()`
    gives, without its serializer's pass over every value, once per part of every record."""
    return dict(part.__dict__)


def child_rows(record: ApplicationRecord, case_id: int) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table below `cases` for one record, keyed by table name."""
    a, p = record.applicant, record.passport
    mrz = p.mrz or (None, None)
    rows: dict[str, list[dict[str, Any]]] = {
        "applicants": [{"case_id": case_id, **_fields(a)}],
        "passports": [
            {
                "case_id": case_id,
                "number": p.number,
                "issuing_state": p.issuing_state,
                "issue_date": p.issue_date,
                "expiry_date": p.expiry_date,
                "mrz_line1": mrz[0],
                "mrz_line2": mrz[1],
            }
        ],
        "education_records": [
            {"case_id": case_id, "position": i, **_isced_source(e.isced_f), **_fields(e)}
            for i, e in enumerate(record.education)
        ],
        "employment_records": [
            {
                "case_id": case_id,
                "position": i,
                "job_title": e.position,
                **_isced_source(e.isced_f),
                **{k: v for k, v in _fields(e).items() if k != "position"},
            }
            for i, e in enumerate(record.employment)
        ],
        "purpose_travel": [],
        "screening_facts": [],
        "case_documents": [
            {
                "case_id": case_id,
                "position": i,
                "doc_type": d.type,
                "source_path": d.file,
                "original_name": d.file.replace("\\", "/").rsplit("/", 1)[-1],
            }
            for i, d in enumerate(record.documents)
        ],
    }
    if record.purpose is not None or record.travel is not None:
        purpose = _fields(record.purpose) if record.purpose else {}
        travel = _fields(record.travel) if record.travel else {}
        rows["purpose_travel"].append({"case_id": case_id, **purpose, **travel})
    if record.screening is not None:
        rows["screening_facts"].append({"case_id": case_id, **_fields(record.screening)})
    return rows


def flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    """`{"applicant": {"surname": "X"}}` -> `{"applicant.surname": "X"}`; lists by index."""
    if isinstance(node, dict):
        items: dict[str, Any] = {}
        for key, value in node.items():
            items.update(flatten(value, f"{prefix}{key}."))
        return items
    if isinstance(node, list) and node:
        items = {}
        for index, value in enumerate(node):
            items.update(flatten(value, f"{prefix}{index}."))
        return items
    return {prefix.rstrip("."): node}


def differing_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    # A missing part and a part whose fields are all null mean the same.
    flat_old = {k: v for k, v in flatten(old).items() if v not in (None, [])}
    flat_new = {k: v for k, v in flatten(new).items() if v not in (None, [])}
    return sorted(
        k for k in flat_old.keys() | flat_new.keys() if flat_old.get(k) != flat_new.get(k)
    )
