"""The worklist's search box: the passport's MRZ spelling finds the case, Enter opens the one
match or moves to the list, and the count says "1 matching case" / "2 matching cases" in
English and in Chinese (Qt's %n plural forms)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.translations import CatalogueTranslator, install_translations
from tests.ui.test_worklist_window import search, surnames


@pytest.fixture
def english(qtbot: Any) -> Iterator[None]:
    install_translations(QCoreApplication.instance(), "en")
    yield
    install_translations(QCoreApplication.instance(), "en")


def press_enter(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.worklist_refreshed, timeout=5000):
        qtbot.keyClick(window.worklist.filters.search, Qt.Key.Key_Return)


def test_the_mrz_spelling_finds_the_case_in_the_window(
    qtbot: Any, window: MainWindow, english: None
) -> None:
    search(qtbot, window, "Mueller")  # ICAO 9303 writes Ü as UE in the passport's MRZ
    assert surnames(window) == ["Müller"]
    search(qtbot, window, "Muller")  # the folded spelling still finds it
    assert surnames(window) == ["Müller"]


def test_enter_opens_the_one_matching_case(qtbot: Any, window: MainWindow, english: None) -> None:
    search(qtbot, window, "Mueller")
    assert window.worklist.summary.text() == "1 matching case"
    assert window.case_views == {}
    press_enter(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.case_views))  # read off the GUI thread
    (opened,) = window.case_views
    assert opened == window.worklist_view.current_case_id()


def test_enter_with_several_matches_moves_to_the_list(
    qtbot: Any, window: MainWindow, english: None
) -> None:
    window.show()
    qtbot.waitExposed(window)
    search(qtbot, window, "surname0001")
    assert window.worklist.summary.text() == "10 matching cases"
    press_enter(qtbot, window)
    assert window.case_views == {}
    qtbot.waitUntil(lambda: window.worklist_view.hasFocus())
    assert window.worklist_view.currentIndex().row() == 0  # Down, Enter: the next step


def test_no_match_says_so_with_the_plural(qtbot: Any, window: MainWindow, english: None) -> None:
    search(qtbot, window, "nobodyhere")
    assert window.worklist.summary.text() == "0 matching cases"
    window.worklist.filters.clear()
    qtbot.waitUntil(lambda: window.worklist.summary.text().endswith(" cases"))
    assert window.worklist.summary.text().split()[0].replace(",", "").isdigit()


def test_counts_in_chinese(qtbot: Any, window: MainWindow) -> None:
    install_translations(QCoreApplication.instance(), "zh_CN")
    try:
        search(qtbot, window, "Mueller")
        assert window.worklist.summary.text() == "1 个匹配的案件"
        search(qtbot, window, "surname0001")
        assert window.worklist.summary.text() == "10 个匹配的案件"
    finally:
        install_translations(QCoreApplication.instance(), "en")


def test_a_catalogue_picks_the_plural_form_by_count(qtbot: Any) -> None:
    forms = "%n file\x1f%n files"
    english = CatalogueTranslator({("C", "%n files"): forms}, language="en")
    app = QCoreApplication.instance()
    app.installTranslator(english)
    try:
        assert QCoreApplication.translate("C", "%n files", None, 1) == "1 file"
        assert QCoreApplication.translate("C", "%n files", None, 2) == "2 files"
        assert QCoreApplication.translate("C", "%n files", None, 0) == "0 files"
    finally:
        app.removeTranslator(english)
