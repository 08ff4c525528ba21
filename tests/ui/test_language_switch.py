"""View → Language switches the running window: menus, headers, tabs and labels of the main
window and of an open case view change at once, and back; typed text is kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QHeaderView, QLabel

from kvisa_desk import labels
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.shell.main_dialogs import show_language
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.translations import (
    LANGUAGE_KEY,
    read_ts,
    switch_language,
    translations_dir,
)
from tests.ui.opening import open_case

ZH = "zh_CN"


def chinese(context: str, source: str) -> str:
    """The finished translation the catalogue holds (the test needs one that exists)."""
    text = read_ts(translations_dir() / "kvisa_desk_zh_CN.ts").get((context, source))
    assert text, f"no Chinese for [{context}] {source}"
    return text


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    switch_language("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def caption(view: Any, buddy_name: str) -> str:
    for label in view.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and buddy.objectName() == buddy_name:
            return str(label.text())
    raise KeyError(buddy_name)


def degree_title(view: Any) -> str:
    return str(view.career.findChildren(QGroupBox)[0].title())


def header_text(window: MainWindow, section: int) -> str:
    header: QHeaderView = window.worklist_view.horizontalHeader()
    return str(header.model().headerData(section, Qt.Orientation.Horizontal))


def test_switching_languages_retranslates_open_windows(
    qtbot: Any, make_window: Any, cases_db: Database
) -> None:
    window = make_window(cases_db)
    case_id = window.worklist_view.current_case_id()
    view = open_case(qtbot, window, case_id)
    assert view is not None
    surname = view.field("applicant.surname")
    surname.setText("Typed-but-not-saved")
    view.applicant_form.commit("applicant.surname")
    english_menus = menu_titles(window)
    english_header = header_text(window, 0)
    assert english_menus[0] == "&File"
    assert view.tabs.tabText(0) == "&Applicant"
    assert caption(view, "applicant.surname") == "Surname"

    switch_language(ZH)
    qtbot.waitUntil(lambda: menu_titles(window)[0] == chinese("MainWindow", "&File"))
    assert menu_titles(window)[-1] == chinese("MainWindow", "&Help")
    assert len(menu_titles(window)) == len(english_menus)
    view_menu = window.menuBar().actions()[english_menus.index("&View")].menu()
    assert chinese("MainWindow", "&Language…") in [a.text() for a in view_menu.actions()]
    assert header_text(window, 0) != english_header  # the worklist's column titles
    assert view.tabs.tabText(0) == chinese("CaseView", "&Applicant")
    assert caption(view, "applicant.surname") == chinese("CaseView", "Surname")
    degree = chinese("CareerTab", "Degree {n}: {level}")
    master = labels.label("level", "master", "zh")  # the catalogue every layer reads
    assert degree_title(view) == degree.format(n=1, level=master)  # built from the record
    assert not view.header.status_label.text().startswith("Status:")  # rebuilt from the case
    assert QLocale().language() == QLocale.Language.Chinese  # dates and numbers follow
    assert surname.text() == "Typed-but-not-saved" and view.editing.dirty

    switch_language("en")
    qtbot.wait(300)
    assert menu_titles(window) == english_menus
    assert header_text(window, 0) == english_header
    assert view.tabs.tabText(0) == "&Applicant"
    assert caption(view, "applicant.surname") == "Surname"
    assert degree_title(view) == "Degree 1: Master's degree"
    assert view.header.status_label.text().startswith("Status:")
    assert QLocale().language() == QLocale.Language.English
    assert surname.text() == "Typed-but-not-saved"
    # Leave no window behind with unsaved typing: it would outlive the test and keep working.
    while view.editing.dirty and view.editing.stack.canUndo():
        view.editing.stack.undo()
    view.close()
    assert not view.isVisible()


def test_the_language_dialog_switches_at_once_and_remembers(
    qtbot: Any, make_window: Any, cases_db: Database, tmp_path: Any
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = make_window(cases_db, settings)
    dialog = show_language(window.context.settings, window)
    dialog.choice.setCurrentIndex(dialog.choice.findData(ZH))
    dialog.accept()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == chinese("MainWindow", "&File"))
    assert settings.value(LANGUAGE_KEY) == ZH
    QApplication.processEvents()
    again = show_language(window.context.settings, window)
    assert again.choice.currentData() == ZH  # the dialog opens on the language shown
    again.reject()
