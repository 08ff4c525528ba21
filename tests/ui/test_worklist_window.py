"""The officer's worklist in the window: search as you type, queues with counts, filters,
sorting, saved searches and the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, select, update

from kvisa_desk.core.cases.search import catch_up, search_case_ids
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, Officer
from kvisa_desk.ui.shell.app import create_main_window
from kvisa_desk.ui.shell.main_dialogs import show_shortcuts
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import OperationRunner
from kvisa_desk.ui.worklist.columns import COL_AGE, COL_APPLICANT
from kvisa_desk.ui.worklist.panel import WorklistPanel
from tests.samples import TRICKY_NAMES
from tests.ui.conftest import PLAIN_COUNT
from tests.ui.opening import open_current

ALL_CASES = len(TRICKY_NAMES) + PLAIN_COUNT


def surnames(window: MainWindow) -> list[str]:
    model = window.worklist_model
    return [model.row_at(r).surname for r in range(model.rowCount())]  # type: ignore[union-attr]


def search(qtbot: Any, window: MainWindow, text: str) -> None:
    box = window.worklist.filters.search
    box.setFocus()
    box.clear()
    with qtbot.waitSignal(window.worklist_refreshed, timeout=5000):
        if text.isascii():
            qtbot.keyClicks(box, text)
        else:  # keyClicks aborts on non-ASCII: type it as an input method commits it
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(box, event)


def test_typing_searches_as_you_type(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "surname0001")
    assert sorted(surnames(window))[:2] == ["Surname00010", "Surname00011"]
    assert window.worklist.summary.text() == "10 matching cases"  # Surname00010 to 00019
    search(qtbot, window, "O'Brien'; DROP")
    assert surnames(window) == ["O'Brien'; DROP TABLE cases; --"]
    search(qtbot, window, '"*" OR NEAR %_')
    assert surnames(window) == []
    assert window.prompts == window.context.prompts  # nothing was refused or reported


def test_any_script_and_diacritics(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "伟")
    assert surnames(window) == ["张"]
    search(qtbot, window, "muller")
    assert surnames(window) == ["Müller"]
    search(qtbot, window, "Müller")
    assert surnames(window) == ["Müller"]
    search(qtbot, window, "محمد")
    assert surnames(window) == ["الفارسي"]


def test_queues_show_live_counts_and_filter(
    qtbot: Any, window: MainWindow, cases_db: Database
) -> None:
    with cases_db.write() as session:
        me = session.scalar(select(Officer.id).where(Officer.username == "test.officer"))
        session.execute(update(Case).where(Case.id <= 3).values(assigned_officer_id=me))
        session.execute(update(Case).where(Case.id == 4).values(status="awaiting_documents"))
    with qtbot.waitSignal(window.counts_shown, timeout=10_000) as shown:
        window.refresh_counts()
    counts = shown.args[0]
    assert (counts["mine"], counts["awaiting_documents"], counts["all"]) == (3, 1, ALL_CASES)
    texts = [window.queues.queues.item(r).text() for r in range(window.queues.queues.count())]
    assert texts[0] == "My cases  (3)" and texts[-1] == f"All cases  ({ALL_CASES})"
    with qtbot.waitSignal(window.worklist_refreshed):
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.worklist_model.rowCount() == 3
    window.queues.choose("awaiting_documents")
    assert [window.worklist_model.case_id_at(0)] == [4]
    window.queues.choose("all")
    assert window.worklist_model.rowCount() == ALL_CASES


def test_filters_and_saved_searches(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    filters = window.worklist.filters
    search(qtbot, window, "surname")
    filters.nationality.setCurrentIndex(filters.nationality.findData("NGA"))
    assert window.worklist_model.rowCount() == PLAIN_COUNT
    monkeypatch.setattr(
        "kvisa_desk.ui.shell.main_window.QInputDialog.getText",
        lambda *_a, **_k: ("Nigerians", True),
    )
    window.save_search()
    assert [s["name"] for s in window.queues.saved_searches()] == ["Nigerians"]
    filters.clear()
    assert window.worklist_model.rowCount() == ALL_CASES
    item = window.queues.saved.item(0)
    window.queues.saved.itemClicked.emit(item)
    assert filters.text() == "surname" and filters.nationality.currentData() == "NGA"
    assert window.worklist_model.rowCount() == PLAIN_COUNT


def test_clicking_a_header_sorts_the_whole_worklist(qtbot: Any, window: MainWindow) -> None:
    view = window.worklist_view
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(COL_APPLICANT) + 5
    with qtbot.waitSignal(window.worklist_model.modelReset):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = surnames(window)
    assert names == sorted(names) or names == sorted(names, reverse=True)
    view.sortByColumn(COL_AGE, Qt.SortOrder.AscendingOrder)
    assert window.worklist.query().sort == "age"


def test_keyboard_search_next_previous_and_help(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.worklist.filters.search.hasFocus()
    view = window.worklist_view
    view.setFocus()
    view.setCurrentIndex(window.worklist_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.currentIndex().row() == 0
    opened = open_current(qtbot, window)
    assert opened is not None
    second = window.worklist_model.case_id_at(1)
    opened.step_requested.emit(1)  # Alt+Down in the case: the next case opens
    qtbot.waitUntil(lambda: second in window.case_views)
    dialog = show_shortcuts(window.menus.shortcut_actions(), window)
    table = dialog.table  # type: ignore[attr-defined]
    rows = {(table.cell_text(r, 1), table.cell_text(r, 2)) for r in range(table.rowCount())}
    assert ("Run checks", "Ctrl+R") in rows
    assert ("Save", "Ctrl+S") in rows
    assert ("Search", "Ctrl+F") in rows
    assert ("New note", "Ctrl+N") in rows
    assert ("Next case", "Alt+Down") in rows
    assert ("Keyboard shortcuts", "F1") in rows


def test_every_control_has_a_name_for_screen_readers(window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QTableView,
    )

    unnamed = [
        w.objectName() or type(w).__name__
        for kind in (QComboBox, QLineEdit, QListWidget, QTableView)
        for w in window.findChildren(kind)
        if w.isVisible()
        and not w.accessibleName()
        and w.parent() is not None
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]
    assert unnamed == []


def test_selected_cases_are_assigned_in_one_go(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model = window.worklist_model
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1, 2):
        window.worklist_view.selectionModel().select(model.index(row, 0), flags)
    # The three rows are read again and redrawn in place: the list is not reset.
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "3 cases assigned"
    assert {model.row_at(row).officer for row in (0, 1, 2)} == {"test.officer"}
    window.queues.choose("mine")
    assert window.worklist_model.rowCount() == 3


def test_search_results_are_read_a_page_at_a_time_best_first(
    qtbot: Any, cases_db: Database, prompts: Any
) -> None:
    runner = OperationRunner()
    panel = WorklistPanel(DeskContext(cases_db, "test.officer", runner, prompts.prompts(), None),
                          page_size=4)  # fmt: skip
    qtbot.addWidget(panel)
    catch_up(cases_db)  # what the window's indexer does after an import
    bound: list[int] = []  # how many values each SELECT of worklist rows was given

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if "FROM cases JOIN applicants" in statement:
            bound.append(len(parameters))

    event.listen(cases_db.engine, "before_cursor_execute", seen)
    try:
        panel.filters.search.setText("surname")
        panel.apply()
        best_first = search_case_ids(cases_db, "test.officer", "surname")
        assert panel.model.rowCount() == len(best_first) == PLAIN_COUNT
        assert panel.model.case_id_at(0) == best_first[0]
        assert panel.model.loaded_pages == [0] and bound and max(bound) < 10  # not all 30
        shown = [panel.model.case_id_at(row) for row in range(panel.model.rowCount())]
        assert shown == best_first  # page after page, still in the search's order
    finally:
        event.remove(cases_db.engine, "before_cursor_execute", seen)
        runner.wait()


def test_no_sort_arrow_while_results_are_in_match_order(qtbot: Any, window: MainWindow) -> None:
    header = window.worklist_view.horizontalHeader()
    assert header.isSortIndicatorShown()
    search(qtbot, window, "surname")
    assert not header.isSortIndicatorShown() and window.worklist.in_match_order()
    x = header.sectionViewportPosition(COL_APPLICANT) + 5
    with qtbot.waitSignal(window.worklist_model.modelReset):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.isSortIndicatorShown() and not window.worklist.in_match_order()
    names = surnames(window)
    assert len(names) == PLAIN_COUNT
    assert names == sorted(names) or names == sorted(names, reverse=True)
    search(qtbot, window, "surname0001")  # a new search: best match first again
    assert not header.isSortIndicatorShown()
    search(qtbot, window, "")
    assert header.isSortIndicatorShown() and window.worklist_model.rowCount() == ALL_CASES


def test_an_administrators_window_explains_the_empty_worklist(
    qtbot: Any, cases_db: Database, prompts: Any
) -> None:
    window = create_main_window(cases_db, "test.admin", prompts.prompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.counts_shown, timeout=5000):
        window.refresh_counts()
    panel = window.worklist
    assert not panel.may_view and window.worklist_model.rowCount() == 0
    assert panel.empty_state.isVisible() and not window.worklist_view.isVisible()
    assert "case work needs an officer or supervisor account" in panel.empty_state.text()
    assert not panel.filters.isEnabled() and not panel.summary.isVisible()
    queues = window.queues.queues
    texts = [queues.item(row).text() for row in range(queues.count())]
    assert texts and not any("(" in text for text in texts)  # names, no counts
    assert prompts.errors == []  # nothing refused on screen
    window.runner.wait()
    window.reader.wait()
