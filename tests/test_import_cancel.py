"""An import the officer stops: the records read before are kept whole, the rest never read;
and the report lists every record with its position, as the window's result dialog shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvisa_desk.core.applications.importer import ImportedRecord, import_file
from kvisa_desk.core.cases.cases import case_as_json, count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.store.engine import Database
from tests.samples import OKAFOR, application, write_jsonl

pytestmark = pytest.mark.backend


def test_a_cancelled_import_keeps_the_records_before_whole(db: Database, tmp_path: Path) -> None:
    records = [application(f"KV-STOP-{i}") for i in range(10)]
    path = write_jsonl(tmp_path / "ten.jsonl", records)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 4  # the officer pressed Cancel while the fifth record was next

    report = import_file(db, path, "officer.a", cancelled=cancelled)
    assert report.cancelled and report.records_read == 4
    assert report.imported == 4 and count_cases(db) == 4
    for i in range(4):  # each one whole: its passport, education and documents are there
        shown = case_as_json(db, find_case_id(db, f"KV-STOP-{i}"))
        assert shown["passport"] == OKAFOR["passport"]
        assert shown["education"] == OKAFOR["education"]
        assert len(shown["documents"]) == len(OKAFOR["documents"])
    assert [r.location for r in report.imported_cases] == ["line 1", "line 2", "line 3", "line 4"]

    # The same file again, to the end: four unchanged, six new.
    again = import_file(db, path, "officer.a")
    assert not again.cancelled and again.records_read == 10
    assert (again.imported, again.unchanged) == (6, 4)
    first = find_case_id(db, "KV-STOP-0")
    assert again.unchanged_cases[0] == ImportedRecord("line 1", "LON", "KV-STOP-0", f"C{first:07d}")
    assert [r.application_id for r in again.imported_cases] == [
        f"KV-STOP-{i}" for i in range(4, 10)
    ]


def test_a_cancel_before_the_first_record_writes_no_case(db: Database, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "one.jsonl", [OKAFOR])
    report = import_file(db, path, "officer.a", cancelled=lambda: True)
    assert report.cancelled and report.imported == 0 and count_cases(db) == 0
