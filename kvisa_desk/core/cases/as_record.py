"""A case written back in the import format, `kvisa-application/1`: `show --json`, the case view.

In the cases room, below the importer: reading a case needs no import machinery (nor
pydantic), and the importer compares a re-imported record with this one.

Each part is built from anything holding its columns under their names: an ORM instance
(the importer's Case) or a Core row (`case_parts`, which reads a case without the ORM).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from kvisa_desk.store.models import Case

SCHEMA_ID = "kvisa-application/1"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def case_to_record(case: Case) -> dict[str, Any]:
    """The case in the `kvisa-application/1` format (documents as the application listed them)."""
    return record_of(
        case,
        case.applicant,
        case.passport,
        case.education,
        case.employment,
        case.purpose,
        case.screening,
        case.documents,
    )


def record_of(
    case: Any,
    a: Any,
    p: Any,
    education: Iterable[Any],
    employment: Iterable[Any],
    pt: Any | None,
    s: Any | None,
    documents: Iterable[Any],
) -> dict[str, Any]:
    """The record from its parts: the case's, the applicant's and the passport's columns, the
    education and employment rows in order, purpose and screening (None when absent), the
    documents in order."""
    record: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "application_id": case.application_id,
        "received_at": _iso(case.received_at),
        "post": case.post,
        "applicant": {
            "surname": a.surname,
            "given_names": a.given_names,
            "native_name": a.native_name,
            "sex": a.sex,
            "date_of_birth": _iso(a.date_of_birth),
            "place_of_birth": a.place_of_birth,
            "nationality": a.nationality,
            "email": a.email,
            "phone": a.phone,
            "address": a.address,
        },
        "passport": {
            "number": p.number,
            "issuing_state": p.issuing_state,
            "issue_date": _iso(p.issue_date),
            "expiry_date": _iso(p.expiry_date),
            "mrz": [p.mrz_line1, p.mrz_line2] if p.mrz_line1 and p.mrz_line2 else None,
        },
        "education": [
            {
                "level": e.level,
                "field": e.field,
                "isced_f": e.isced_f,
                "institution": e.institution,
                "institution_country": e.institution_country,
                "awarded_on": _iso(e.awarded_on),
            }
            for e in education
        ],
        "employment": [
            {
                "employer": e.employer,
                "country": e.country,
                "position": e.job_title,
                "kind": e.kind,
                "field": e.field,
                "isced_f": e.isced_f,
                "start_date": _iso(e.start_date),
                "end_date": _iso(e.end_date),
            }
            for e in employment
        ],
        "purpose": None,
        "travel": None,
        "screening": None,
        "documents": [{"type": d.doc_type, "file": d.source_path} for d in documents],
    }
    if pt is not None:
        record["purpose"] = {
            "activity": pt.activity,
            "description": pt.description,
            "host_institution": pt.host_institution,
        }
        record["travel"] = {"intended_entry": _iso(pt.intended_entry), "stay_days": pt.stay_days}
    if s is not None:
        record["screening"] = {
            "reentry_ban": s.reentry_ban,
            "security_concern": s.security_concern,
            "fraud_found": s.fraud_found,
            "insufficient_funds": s.insufficient_funds,
        }
    return record
