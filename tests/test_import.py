"""Importing application files: accepted, rejected, repeated, changed and refused files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.applications.readers import FileRefused
from kvisa_desk.core.cases.cases import case_as_json, count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from tests.samples import (
    OKAFOR,
    TRICKY_NAMES,
    application,
    tricky_records,
    write_json,
    write_jsonl,
    write_listed_documents,
)

pytestmark = pytest.mark.backend


def _table_counts(db: Database) -> dict[str, int]:
    from kvisa_desk.store.models import Base

    with db.read() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }


def test_valid_record_is_imported_and_shown_exactly_as_given(db: Database, tmp_path: Path) -> None:
    report = import_file(db, write_json(tmp_path / "a.json", [OKAFOR]), "officer.a")
    assert (report.imported, report.unchanged, report.rejected) == (1, 0, [])
    shown = case_as_json(db, find_case_id(db, "KV-LON-2025-004211"))
    assert shown["status"] == "received"
    assert shown["case_id"].startswith("C")
    for part in ("applicant", "passport", "education", "employment", "purpose", "travel"):
        assert shown[part] == OKAFOR[part]
    assert [d["file"] for d in shown["documents"]] == [d["file"] for d in OKAFOR["documents"]]
    assert {d["verification"] for d in shown["documents"]} == {"unverified"}


def test_tricky_names_are_stored_and_returned_exactly(db: Database, tmp_path: Path) -> None:
    report = import_file(db, write_jsonl(tmp_path / "t.jsonl", tricky_records()), "officer.a")
    assert report.imported == len(TRICKY_NAMES) and report.complete
    for i, (surname, given, native) in enumerate(TRICKY_NAMES):
        applicant = case_as_json(db, find_case_id(db, f"KV-TRICKY-{i}"))["applicant"]
        assert (applicant["surname"], applicant["given_names"], applicant["native_name"]) == (
            surname,
            given,
            native,
        )
    assert count_cases(db) == len(TRICKY_NAMES)  # the DROP TABLE name dropped nothing


def test_invalid_records_are_reported_with_position_field_and_reason(
    db: Database, tmp_path: Path
) -> None:
    bad_date = application("BAD-1", applicant__date_of_birth="1996-02-30")
    bad_country = application("BAD-2", applicant__nationality="XYZ")
    missing = application("BAD-3")
    del missing["passport"]["expiry_date"]
    outside = application("BAD-4", documents=[{"type": "photo", "file": "../../etc/passwd"}])
    records = [OKAFOR, bad_date, bad_country, missing, outside]
    report = import_file(db, write_json(tmp_path / "mixed.json", records), "officer.a")
    assert report.imported == 1
    found = {(r.location, r.field): r.reason for r in report.rejected}
    assert "not a date in the calendar" in found[("[1]", "applicant.date_of_birth")]
    assert "XYZ" in found[("[2]", "applicant.nationality")]
    assert found[("[3]", "passport.expiry_date")] == "is required"
    assert "outside" in found[("[4]", "documents.0.file")]


def test_repeated_import_creates_no_duplicates(db: Database, tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.json", [OKAFOR, application("KV-2")])
    import_file(db, path, "officer.a")
    before = _table_counts(db)
    again = import_file(db, path, "officer.a")
    assert (again.imported, again.unchanged, again.changed) == (0, 2, [])
    after = _table_counts(db)
    assert after["cases"] == before["cases"] == 2
    assert after["case_events"] == before["case_events"] + 1  # only the import itself


def test_changed_record_is_reported_not_applied(db: Database, tmp_path: Path) -> None:
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR]), "officer.a")
    changed = application(OKAFOR["application_id"], passport__number="B99", applicant__sex="X")
    report = import_file(db, write_json(tmp_path / "b.json", [changed]), "officer.a")
    assert report.imported == 0 and len(report.changed) == 1
    assert report.changed[0].fields == ("applicant.sex", "passport.number")
    assert (
        case_as_json(db, find_case_id(db, OKAFOR["application_id"]))["passport"]["number"]
        == "A07761234"
    )


def test_same_application_id_at_another_post_is_a_new_case(db: Database, tmp_path: Path) -> None:
    other = application(OKAFOR["application_id"], post="BER")
    report = import_file(db, write_json(tmp_path / "a.json", [OKAFOR, other]), "officer.a")
    assert report.imported == 2
    assert case_as_json(db, find_case_id(db, "BER/" + OKAFOR["application_id"]))["post"] == "BER"


@pytest.mark.parametrize(
    "content",
    [
        "hello, this is a letter\n",
        "\x00\x01binary",
        "",
        '[{"schema": "kvisa-application/1"}, {"broken": ',
        "{}\n{not json}\n",
    ],
    ids=["prose", "binary", "empty", "broken-array", "broken-jsonl"],
)
def test_refused_file_leaves_database_unchanged(db: Database, tmp_path: Path, content: str) -> None:
    import_file(db, write_json(tmp_path / "first.json", [OKAFOR]), "officer.a")
    before = _table_counts(db)
    path = tmp_path / "refused.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FileRefused):
        import_file(db, path, "officer.a")
    assert _table_counts(db) == before


def test_json_broken_far_into_the_file_is_refused_whole(db: Database, tmp_path: Path) -> None:
    records = [application(f"KV-{i}") for i in range(3000)]
    text = json.dumps(records)
    path = tmp_path / "late.json"
    path.write_text(text[:-40] + "}{oops]", encoding="utf-8")
    with pytest.raises(FileRefused, match="JSON is broken"):
        import_file(db, path, "officer.a")
    assert count_cases(db) == 0


def _csv_row(record: dict[str, object]) -> dict[str, str]:
    a, p = record["applicant"], record["passport"]
    assert isinstance(a, dict) and isinstance(p, dict)
    return {
        "schema": "kvisa-application/1",
        "application_id": str(record["application_id"]),
        "received_at": str(record["received_at"]),
        "post": "LON",
        "applicant.surname": a["surname"],
        "applicant.given_names": a["given_names"],
        "applicant.address": a["address"],
        "applicant.date_of_birth": a["date_of_birth"],
        "applicant.nationality": a["nationality"],
        "passport.number": p["number"],
        "passport.issuing_state": p["issuing_state"],
        "passport.expiry_date": p["expiry_date"],
        "education.0.level": "master",
        "education.0.isced_f": "0713",
        "screening.fraud_found": "false",
        "travel.stay_days": "30",
        "documents.0.type": "photo",
        "documents.0.file": "photo.jpg",
        "documents.1.type": "",
        "documents.1.file": "",
    }


def test_csv_import_with_line_numbers(db: Database, tmp_path: Path) -> None:
    good = _csv_row(OKAFOR)
    bad = _csv_row(application("KV-CSV-2"))
    bad["applicant.date_of_birth"] = "29/02/1996"
    # Free text may hold line breaks (names may not): the quoted cell spans two lines.
    multiline = _csv_row(application("KV-CSV-3", applicant__address="12 Marina Road\nLagos"))
    path = tmp_path / "apps.csv"
    write_listed_documents(tmp_path, [{"documents": [{"file": "photo.jpg"}]}])
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(good))
        writer.writeheader()
        writer.writerows([good, multiline, bad])
    report = import_file(db, path, "officer.a")
    assert report.imported == 2
    assert [(r.location, r.field) for r in report.rejected] == [
        ("line 5", "applicant.date_of_birth")  # the quoted line break makes row 3 two lines
    ]
    shown = case_as_json(db, find_case_id(db, "KV-CSV-3"))
    assert shown["applicant"]["address"] == "12 Marina Road\nLagos"
    assert shown["screening"]["fraud_found"] is False
    assert shown["travel"]["stay_days"] == 30
    assert [d["type"] for d in shown["documents"]] == ["photo"]


def test_every_import_records_history(db: Database, tmp_path: Path) -> None:
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR]), "officer.a")
    with db.read() as session:
        kinds = session.scalars(select(CaseEvent.kind).order_by(CaseEvent.id)).all()
        actors = set(
            session.scalars(select(CaseEvent.officer).where(CaseEvent.case_id.is_not(None)))
        )
    assert kinds[-2:] == ["case_imported", "applications_imported"]
    assert actors == {"officer.a"}


def test_records_with_different_optional_parts_import_together(
    db: Database, tmp_path: Path
) -> None:
    travel_only = application("KV-T", purpose=None)
    purpose_only = application("KV-P", travel=None)
    neither = application("KV-N", purpose=None, travel=None, screening=None, documents=[])
    report = import_file(
        db, write_json(tmp_path / "m.json", [travel_only, purpose_only, neither]), "officer.a"
    )
    assert report.imported == 3 and report.complete
    assert case_as_json(db, find_case_id(db, "KV-T"))["travel"] == OKAFOR["travel"]
    assert case_as_json(db, find_case_id(db, "KV-P"))["purpose"] == OKAFOR["purpose"]
