"""The sign-in dialog's first keys (new-user s4 findings 2, 3 and 20): a refused password is
cleared with the cursor back in it, the start offers no operating-system login, the button
is "Sign in" after a language change too, and a new database's first event is the program's."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from kvisa_desk.store.engine import Database
from kvisa_desk.store.models.history import CaseEvent
from kvisa_desk.ui.shell import app as app_module
from kvisa_desk.ui.shell.sign_in_form import (
    LAST_USER_KEY,
    SignInDialog,
    offered_username,
    remember_signed_in,
)
from kvisa_desk.ui.shell.start import DeskStart
from tests.conftest import TEST_PASSWORD


def _ok(dialog: SignInDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def no_last_user(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("KVISA_USER", raising=False)
    QSettings().remove(LAST_USER_KEY)
    yield
    QSettings().remove(LAST_USER_KEY)


def test_a_refused_password_is_cleared_and_typing_goes_back_into_it(
    qtbot: Any, db: Database
) -> None:
    dialog = SignInDialog(db, "officer.a")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.keyClicks(dialog.password, "not the password")
    _ok(dialog)
    qtbot.waitUntil(lambda: "wrong password" in dialog.error.text(), timeout=10_000)
    assert dialog.password.text() == ""  # Enter cannot send the refused one again
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password)
    refused = dialog.error.text()
    _ok(dialog)  # Enter at once, nothing typed: asked here, no try spent
    assert dialog.error.text() == "Type your password." and not dialog.busy
    assert refused != dialog.error.text()
    qtbot.keyClicks(QApplication.focusWidget(), TEST_PASSWORD)
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.account is not None, timeout=10_000)


def test_the_start_offers_no_computer_login_and_puts_the_cursor_in_username(
    qtbot: Any, db: Database, no_last_user: Any
) -> None:
    assert offered_username() == ""
    start = DeskStart(argparse.Namespace(db=str(db.url), db_url=None, user=None))
    dialog = start.dialog
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert dialog.username.text() == "" != getpass.getuser()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)


def test_the_start_offers_the_last_username_signed_in_here(
    qtbot: Any, db: Database, no_last_user: Any
) -> None:
    remember_signed_in("wangfang")
    assert offered_username() == "wangfang"
    assert offered_username("chief") == "chief"  # --user still wins
    dialog = SignInDialog(None, offered_username())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert dialog.username.text() == "wangfang"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password)


def test_the_button_says_sign_in_after_the_language_changes(qtbot: Any) -> None:
    dialog = SignInDialog(None, "")  # as at the start, before English's counted forms load
    qtbot.addWidget(dialog)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Sign in"
    extra = QTranslator()
    QCoreApplication.installTranslator(extra)  # the start's later install does the same
    try:
        qtbot.waitUntil(lambda: button.text() == "Sign in" and dialog.isEnabled())
        qtbot.wait(20)
        assert button.text() == "Sign in"
    finally:
        QCoreApplication.removeTranslator(extra)
        qtbot.wait(20)


def test_a_new_database_s_first_event_is_the_program_s_not_the_login(tmp_path: Path) -> None:
    args = argparse.Namespace(db=str(tmp_path / "new.sqlite3"), db_url=None, user=None)
    opening = app_module.open_for_window(args)
    assert opening.opened is not None
    try:
        with opening.opened.db.read() as session:
            actors = set(session.scalars(select(CaseEvent.officer)))
        assert actors == {"system"}
    finally:
        opening.opened.db.dispose()
