"""Importing in the window: File ▸ Import applications… (Ctrl+I) and a file dropped on the
worklist; the progress dialog's Cancel; the result dialog's rows, copied and saved; the new
cases shown in the worklist. Real files of good and bad records, real widgets."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QPushButton, QWidget

from kvisa_desk.core.cases.cases import count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.imports.result_dialog import ImportResultDialog
from kvisa_desk.ui.imports.result_rows import ResultRow
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.operations import Operation
from tests.samples import OKAFOR, application, write_json, write_jsonl
from tests.ui.conftest import FakePrompts


def mixed_file(folder: Path) -> Path:
    """One good record, two bad ones, one already in the database, one changed."""
    records = [
        application("KV-WIN-GOOD"),
        application("KV-WIN-BADDATE", applicant__date_of_birth="1996-02-30"),
        application("KV-WIN-NOPASS", passport__number=""),
        application("KV-UI-00003", applicant__surname="Surname00003",
                    applicant__given_names="Given 3"),
        application("KV-UI-00004", applicant__surname="Changed",
                    applicant__given_names="Given 4"),
    ]  # fmt: skip
    return write_json(folder / "mixed.json", records)


def drop_on(widget: QWidget, path: Path) -> bool:
    """What a file manager sends: a drag entering with the file's URL, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(widget.rect().center())
    copy, left, plain = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where, copy, mime, left, plain)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(where, copy, mime, left, plain)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def finished_import(qtbot: Any, window: MainWindow) -> ImportResultDialog:
    qtbot.waitUntil(lambda: window.importer.result is not None, timeout=20_000)
    dialog = window.importer.result
    assert dialog is not None and dialog.isVisible()
    return dialog


def by_outcome(rows: list[ResultRow], outcome: str) -> list[ResultRow]:
    return [row for row in rows if row.outcome == outcome]


def test_import_from_the_menu_lists_every_record_and_shows_the_new_case(
    qtbot: Any,
    window: MainWindow,
    cases_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = mixed_file(tmp_path)
    action = window.findChild(QAction, "action_import")
    assert action is not None and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+I"
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and action in file_menu.actions()
    asked: list[tuple[str, str]] = []

    def chosen(_parent: Any, _title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((folder, filters))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen)
    before = count_cases(cases_db)
    action.trigger()
    dialog = finished_import(qtbot, window)
    assert "*.json *.jsonl *.csv" in asked[0][1].split(";;")[0]

    assert count_cases(cases_db) == before + 1
    rows = dialog.shown_rows()
    rejected = by_outcome(rows, "rejected")
    # Each rejected record's own application id beside its position.
    assert [(r.position, r.application, r.fields) for r in rejected] == [
        ("mixed.json:[1]", "KV-WIN-BADDATE", "Date of birth"),
        ("mixed.json:[2]", "KV-WIN-NOPASS", "Passport number"),
    ]
    assert "not a date in the calendar" in rejected[0].meaning
    table = dialog.table.model()
    assert table.index(0, 0).data() == "Rejected"
    assert table.index(0, 1).data() == "mixed.json:[1]"
    assert table.index(0, 2).data() == "KV-WIN-BADDATE"
    changed = by_outcome(rows, "changed")
    assert [(c.position, c.fields) for c in changed] == [("mixed.json:[4]", "Surname")]
    unchanged = by_outcome(rows, "unchanged")
    assert [u.position for u in unchanged] == ["mixed.json:[3]"]
    good = find_case_id(cases_db, "KV-WIN-GOOD")
    imported = by_outcome(rows, "imported")
    assert [(i.position, i.application) for i in imported] == [
        ("mixed.json:[0]", "LON/KV-WIN-GOOD")
    ]
    assert f"C{good:07d}" in imported[0].meaning
    assert "Imported: 1 · Unchanged: 1 · Changed, not applied: 1 · Rejected: 2" in (
        dialog.summary.text()
    )

    # The worklist shows the new case, selected, without a refresh by hand.
    assert window.worklist_view.current_case_id() == good

    # Problems only; then the list copied and saved, as the command line prints it.
    dialog.show_filter.setCurrentIndex(1)
    assert {row.outcome for row in dialog.shown_rows()} == {"rejected", "changed"}
    dialog.copy()
    copied = QGuiApplication.clipboard().text()
    assert "mixed.json:[1]: Rejected: KV-WIN-BADDATE: Date of birth: " in copied
    assert "mixed.json:[0]: Imported: LON/KV-WIN-GOOD: " in copied  # the list is whole
    saved = tmp_path / "result.txt"
    assert dialog.save_to(saved)
    assert saved.read_text(encoding="utf-8") == copied

    # The next import starts in the folder this one came from.
    dialog.close()
    qtbot.waitUntil(lambda: window.importer.result is None)  # deleted on close
    action.trigger()
    dialog = finished_import(qtbot, window)
    assert Path(asked[1][0]) == tmp_path
    assert dialog.report.imported == 0 and dialog.report.unchanged == 2


def test_a_file_dropped_on_the_worklist_is_imported(
    qtbot: Any, window: MainWindow, cases_db: Database, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "dropped.jsonl", [application("KV-DROP-1")])
    assert drop_on(window.worklist_view.viewport(), path)
    dialog = finished_import(qtbot, window)
    assert dialog.report.imported == 1
    assert [r.position for r in dialog.shown_rows()] == ["dropped.jsonl, line 1"]
    assert window.worklist_view.current_case_id() == find_case_id(cases_db, "KV-DROP-1")


def test_a_dropped_document_is_not_taken_for_an_import(window: MainWindow, tmp_path: Path) -> None:
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(b"%PDF-1.4\n")
    assert not drop_on(window.worklist_view.viewport(), scan)
    assert window.importer.operation is None


def test_cancel_keeps_whole_records_and_says_so(
    qtbot: Any, window: MainWindow, cases_db: Database, tmp_path: Path
) -> None:
    path = write_json(tmp_path / "many.json", [application(f"KV-CANCEL-{i}") for i in range(5)])
    before = count_cases(cases_db)
    # The worker is kept busy, so the import waits behind it: Cancel comes first, surely.
    release = threading.Event()
    Operation(window.runner, lambda _report: release.wait(20)).run()
    operation = window.importer.start(path)
    assert operation is not None and window.importer.progress is not None
    cancel = window.importer.progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the officer's Cancel, before the first record is read
    release.set()
    dialog = finished_import(qtbot, window)
    assert dialog.report.cancelled and dialog.report.imported == 0
    assert count_cases(cases_db) == before
    assert "stopped" in dialog.headline.text()
    assert "kept whole" in dialog.note.text()
    assert window.importer.progress is None  # closed with the import


def test_a_refused_file_says_why_and_writes_nothing(
    qtbot: Any,
    window: MainWindow,
    cases_db: Database,
    prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"schema": "kvisa-application/1",', encoding="utf-8")
    before = count_cases(cases_db)
    operation = window.importer.start(broken)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert count_cases(cases_db) == before
    (title, message), *_ = prompts.errors
    assert title == "Import applications"
    assert message.startswith("broken.json cannot be imported: ")
    assert message.endswith("Nothing was imported.")
    assert window.importer.result is None

    # Not an application file at all: said at once, nothing started.
    assert window.importer.start(tmp_path / "letter.pdf") is None
    assert "not an application file" in prompts.errors[-1][1]


def test_the_format_link_names_the_shipped_document(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    window.importer.start(write_json(tmp_path / "one.json", [OKAFOR]))
    dialog = finished_import(qtbot, window)
    shown = Path(dialog.format_link.toolTip())
    assert shown.name == "import-format.md" and shown.is_file()
    assert "kvisa-application/1" in shown.read_text(encoding="utf-8")


def test_help_opens_the_installed_import_format(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from kvisa_desk.shipped import import_format_doc

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    action = window.findChild(QAction, "action_import_format")
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu) and action in help_menu.actions()
    action.trigger()
    assert opened == [str(import_format_doc())] and Path(opened[0]).is_file()
