"""XLSX never cuts a text silently (issue 18, item 10): the cell says it was cut, and so
does the export. (Imports now bound names at 1,000 characters; a case stored before that,
or edited behind the application, may still hold more than a cell can.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from export_samples import make_cases
from openpyxl import load_workbook
from sqlalchemy import update

from kvisa_desk.core.reports.exports import export_worklist
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant
from kvisa_desk.tabular import Column, write_xlsx
from kvisa_desk.tabular import writers as tabular
from tests.samples import application


def _cell_texts(path: Path) -> list[str]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [str(c.value) for row in sheet.iter_rows(min_row=2) for c in row if c.value]


def test_a_text_longer_than_a_cell_is_cut_visibly_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    cuts: list[int] = []
    fits, too_long = "F" * tabular.XLSX_MAX_TEXT, "L" * 40_000
    with path.open("wb") as handle:
        write_xlsx(handle, [Column("A"), Column("B")], [[fits, too_long]], cut=cuts.append)
    kept, cut = _cell_texts(path)
    assert kept == fits  # exactly a cell's worth: whole, unmarked
    assert len(cut) == tabular.XLSX_MAX_TEXT
    assert cut.endswith(" … [cut: 40,000 characters; an Excel cell holds 32,767]")
    assert cut.startswith("L" * 30_000)
    assert cuts == [1]


@pytest.mark.backend
def test_a_worklist_export_says_how_many_texts_it_cut(db: Database, tmp_path: Path) -> None:
    case_id, _other = make_cases(db, tmp_path, [application("KV-LONG"), application("KV-OK")])
    with db.write() as session:
        session.execute(
            update(Applicant).where(Applicant.case_id == case_id).values(surname="S" * 50_000)
        )
    report = export_worklist(db, tmp_path / "w.xlsx", "xlsx", "officer.a")
    assert (report.rows, report.cut_cells) == (2, 1)
    assert any("[cut: 50,0" in text for text in _cell_texts(report.path))  # name and given
    csv_report = export_worklist(db, tmp_path / "w.csv", "csv", "officer.a")
    assert csv_report.cut_cells == 0  # CSV keeps every text whole
