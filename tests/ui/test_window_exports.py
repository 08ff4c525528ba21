"""Exports from the window: the worklist (selection, filter, cancel) and, from a case view,
the summary saved and printed and the disclosure bundle; each read back and audited."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pypdf
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.notes import add_note
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.worklist.export import ExportChoice, WorklistExport
from tests.exports.export_samples import read_csv
from tests.ui.conftest import PLAIN_COUNT

NOTE = "Spoke to the host lab: visit confirmed"


def exporter(window: MainWindow) -> WorklistExport:
    found = window.findChild(WorklistExport, "worklist.export")
    assert found is not None
    action = window.findChild(QAction, "action.export_worklist")
    assert action is not None and action.shortcut().toString() == "Ctrl+E"
    return found


def events(db: Database, kind: str) -> list[CaseEvent]:
    with db.read() as session:
        return list(session.scalars(select(CaseEvent).where(CaseEvent.kind == kind)))


def run_export(qtbot: Any, export: WorklistExport, path: Path, choice: ExportChoice) -> None:
    operation = export.export_to(path, choice)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass


def test_selected_rows_and_the_filter(
    qtbot: Any, window: MainWindow, cases_db: Database, tmp_path: Path
) -> None:
    export = exporter(window)
    view = window.worklist_view
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2, 3):
        view.selectionModel().select(window.worklist_model.index(row, 0), flags)
    chosen = window.selected_case_ids()
    assert len(chosen) == 3
    run_export(qtbot, export, tmp_path / "sel.csv", ExportChoice("csv", selection=True))
    rows = read_csv(tmp_path / "sel.csv")
    assert len(rows) == 4 and rows[0][0] == "Case"
    # The worklist's shown columns, in its order, with a code beside status and outcome.
    header = [window.worklist_model.headerData(n, Qt.Orientation.Horizontal) for n in range(11)]
    shown = [header[n] for n in range(11) if not view.horizontalHeader().isSectionHidden(n)]
    assert [h for h in rows[0] if not h.endswith(" code")] == shown
    assert rows[0][rows[0].index("Status") + 1] == "Status code"
    assert "Officer" in rows[0] and "Age" in rows[0]
    assert "3 cases exported to" in window.statusBar().currentMessage()

    # A search is a filter core cannot state in words: exported as the cases it finds.
    with qtbot.waitSignal(window.worklist_refreshed, timeout=10_000):
        window.worklist.filters.search.setText("Surname0001")
        window.worklist.apply()
    shown = window.worklist_model.rowCount()
    assert 0 < shown < PLAIN_COUNT
    run_export(qtbot, export, tmp_path / "found.xlsx", ExportChoice("xlsx", selection=False))
    sheet = load_workbook(tmp_path / "found.xlsx").active
    assert sheet is not None and sheet.max_row == shown + 1
    surnames = {sheet.cell(row=r, column=2).value for r in range(2, sheet.max_row + 1)}
    assert all(str(s).startswith("Surname0001") for s in surnames)
    recorded = events(cases_db, "worklist_exported")
    assert [e.details["rows"] for e in recorded] == [3, shown]
    assert recorded[1].details["filter"]["selection"]["count"] == shown


def test_cancel_leaves_no_file(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    export = exporter(window)
    hold = threading.Event()

    def wait(_report: ReportProgress) -> None:
        hold.wait(10)

    # The worker is busy, so the export is still queued when the officer cancels it.
    blocker = Operation(window.runner, wait).run()
    operation = export.export_to(tmp_path / "never.csv", ExportChoice("csv", selection=False))
    assert operation is not None and export.progress is not None
    export.progress.canceled.emit()  # what its Cancel button (or Esc) does
    hold.set()
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert blocker.cancel_requested is False
    assert not (tmp_path / "never.csv").exists()
    assert list(tmp_path.glob("*.part")) == []
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written."


def open_case(qtbot: Any, desk: DeskContext, db: Database) -> CaseView:
    from tests.ui.conftest import import_applications, plain_records

    report = import_applications(db, plain_records(1, prefix="KV-EXPV"))
    assert report.first_case_id is not None
    add_note(db, report.first_case_id, NOTE, "officer.a")
    view = CaseView(desk, case_detail(db, report.first_case_id))
    qtbot.addWidget(view)
    view.show()
    return view


def finish(qtbot: Any, view: CaseView, start: Any) -> Any:
    with qtbot.waitSignal(view.exports.finished, timeout=30_000) as done:
        start()
    return done.args[0]


def test_case_view_summary_print_and_bundle(
    qtbot: Any, desk: DeskContext, db: Database, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk, db)
    view.grab().save(str(tmp_path / "case-view.png"))
    exports = view.exports
    names = {a.objectName(): a.shortcut().toString() for a in exports.button.menu().actions()}
    assert names == {
        "case.save_summary": "Ctrl+Shift+S",
        "case.print_summary": "Ctrl+P",
        "case.bundle": "Ctrl+Shift+B",
    }
    saved = finish(
        qtbot, view, lambda: exports.save_summary_to(tmp_path / "s.pdf", "en+zh", ("notes",))
    )
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(saved).pages)
    assert "KV-EXPV-00000" in text and NOTE[:12] not in text
    assert view.message.text() == f"Summary saved to {saved}."

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(100)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = finish(qtbot, view, lambda: exports.print_summary_to(printer))
    assert pages >= 1 and len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == pages

    bundle = finish(
        qtbot, view, lambda: exports.bundle_to(tmp_path / "bundle", "en", ("officers",))
    )
    manifest = json.loads((tmp_path / "bundle" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["redacted"][0]["part"] == "officers" and len(bundle.files) == 1
    assert "Disclosure bundle written to" in view.message.text()
    # Refused: the folder now has files in it; the officer is told why, nothing changes.
    with qtbot.waitSignal(
        desk.runner.busy_changed, timeout=20_000, check_params_cb=lambda b: not b
    ):
        exports.bundle_to(tmp_path / "bundle")
    assert view.message.text().startswith("Not done: ") and "not empty" in view.message.text()
    summaries = events(db, "case_summary_exported")
    assert [(len(e.details["redacted"]), e.details["purpose"]) for e in summaries] == [
        (1, "save"),
        (0, "print"),
    ]
    assert len(events(db, "disclosure_bundle_made")) == 1


def test_shortcuts_list_the_exports(window: MainWindow) -> None:
    from kvisa_desk.ui.shell.main_dialogs import show_shortcuts

    table = show_shortcuts(window.menus.shortcut_actions(), window).table  # type: ignore[attr-defined]
    rows = {(table.cell_text(r, 1), table.cell_text(r, 2)) for r in range(table.rowCount())}
    for row in (
        ("Export worklist", "Ctrl+E"),
        ("Dashboard", "Ctrl+Shift+D"),
        ("Save summary", "Ctrl+Shift+S"),
        ("Print summary", "Ctrl+P"),
        ("Disclosure bundle", "Ctrl+Shift+B"),
    ):
        assert row in rows, row


def test_export_options_default_to_csv_and_the_selection(qtbot: Any) -> None:
    from kvisa_desk.ui.worklist.export import ExportOptions

    several = ExportOptions(3)
    qtbot.addWidget(several)
    assert several.choice() == ExportChoice("csv", selection=True)
    several.xlsx.click()
    assert several.choice() == ExportChoice("xlsx", selection=True)
    one = ExportOptions(1)  # one row is only the current case: the whole filter is likelier
    qtbot.addWidget(one)
    assert one.choice() == ExportChoice("csv", selection=False)
    none = ExportOptions(0)
    qtbot.addWidget(none)
    assert not none.selection.isEnabled()


def test_a_second_bundle_the_same_day_gets_its_own_folder(tmp_path: Path) -> None:
    from datetime import date

    from kvisa_desk.ui.case.exports import new_bundle_folder

    day = date(2026, 11, 29)
    first = new_bundle_folder(tmp_path, "C0000042", day)
    assert first.name == "C0000042-disclosure-2026-11-29"
    first.mkdir()
    assert new_bundle_folder(tmp_path, "C0000042", day).name == "C0000042-disclosure-2026-11-29-2"
