"""Keyboard focus returns to the main window after a message box, a file dialog or a case
view closes, and after signing in, so shortcuts work without a mouse click first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from kvisa_desk.ui.shell.main_window import MainWindow
from tests.ui.opening import open_case


def _in_window(window: MainWindow) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and focused.window() is window


def _close_when_shown(kind: type[QWidget]) -> None:
    def close() -> None:
        shown = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        # Closed once it has the keyboard, as when the officer answers it.
        if isinstance(shown, kind) and focused is not None and focused.window() is shown:
            shown.close()
        else:
            QTimer.singleShot(10, close)

    QTimer.singleShot(10, close)


def test_a_message_box_gives_focus_back_to_the_worklist(qtbot: Any, window: MainWindow) -> None:
    window.worklist_view.setFocus()
    qtbot.waitUntil(lambda: _in_window(window))
    _close_when_shown(QMessageBox)
    QMessageBox.information(window, "KVisa Desk", "Done.")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.worklist_view)


def test_a_file_dialog_gives_focus_back_to_the_search_box_that_had_it(
    qtbot: Any, window: MainWindow
) -> None:
    window.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.worklist.filters.search)
    _close_when_shown(QFileDialog)
    QFileDialog.getOpenFileName(window, "Open", "", options=QFileDialog.Option.DontUseNativeDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.worklist.filters.search)


def test_closing_a_case_view_gives_focus_back_to_the_worklist(
    qtbot: Any, window: MainWindow
) -> None:
    window.worklist_view.setFocus()  # as after Enter on a row
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.worklist_view)
    case_id = window.worklist_model.case_id_at(0)
    assert case_id is not None
    view = open_case(qtbot, window, case_id)
    assert view is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and not _in_window(window))
    view.close()
    qtbot.waitUntil(lambda: not window.case_views)
    qtbot.waitUntil(lambda: _in_window(window))
    assert QApplication.focusWidget() is window.worklist_view


def test_after_signing_in_the_new_window_has_the_keyboard(
    qtbot: Any, cases_db: Any, prompts: Any
) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit

    from kvisa_desk.core.accounts.accounts import authenticate
    from kvisa_desk.ui.shell.app import create_main_window
    from kvisa_desk.ui.shell.desk_session import DeskSession
    from kvisa_desk.ui.shell.sign_in import SignedIn
    from tests.conftest import TEST_PASSWORD
    from tests.ui.conftest import records_for_demo

    signing_in = QDialog()  # stands in for the sign-in dialog, which had the keyboard
    field = QLineEdit(signing_in)
    signing_in.show()
    signing_in.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    signing_in.close()
    session = DeskSession(
        cases_db,
        lambda name: create_main_window(cases_db, name, prompts.prompts(), records_for_demo),
        lambda *_: None,
        30,
        lambda: None,
    )
    window = session.open(SignedIn(authenticate(cases_db, "test.officer", TEST_PASSWORD)))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: _in_window(window))
    window.runner.wait()
    window.reader.wait()


def test_a_dialog_of_a_case_view_gives_focus_back_to_the_case_view(
    qtbot: Any, window: MainWindow
) -> None:
    # Attach, the sign-off confirmation and the letter preview are children of the case
    # view: after them Ctrl+D, Ctrl+L and Escape must reach the case view, not the worklist.
    window.worklist_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.worklist_view)
    case_id = window.worklist_model.case_id_at(0)
    assert case_id is not None
    view = open_case(qtbot, window, case_id)
    assert view is not None
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and not _in_window(window))
    had_it = QApplication.focusWidget()
    assert had_it is not None and had_it.window() is view
    _close_when_shown(QMessageBox)
    QMessageBox.question(view.tabs.currentWidget(), "Sign off", "Agree?")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.wait(50)  # the main window's focus return has run by now, and must leave it there
    assert QApplication.activeWindow() is view
    assert QApplication.focusWidget() is had_it
    view.close()
    qtbot.waitUntil(lambda: not window.case_views)


def test_a_message_box_of_a_window_modal_dialog_gives_focus_back_to_that_dialog(
    qtbot: Any, window: MainWindow
) -> None:
    # As Accounts after a one-time password box: Alt+A (Add account) must reach it.
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    accounts = QDialog(window)
    add = QPushButton("&Add account…", accounts)
    QVBoxLayout(accounts).addWidget(add)
    accounts.open()  # window-modal, as show_accounts opens it
    accounts.activateWindow()
    add.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is add)
    _close_when_shown(QMessageBox)
    QMessageBox.information(accounts, "One-time password", "Given: abcd-efgh")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is accounts)
    assert QApplication.focusWidget() is add
    accounts.close()
