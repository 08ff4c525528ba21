"""Signing in to the window: refusals shown in place, first administrator, idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kvisa_desk.core.accounts.accounts import authenticate, has_administrator
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.shell.idle_lock import IdleLock
from kvisa_desk.ui.shell.sign_in import FirstAdministratorDialog, SignInDialog
from tests.conftest import TEST_PASSWORD


def _ok(dialog: SignInDialog | FirstAdministratorDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_wrong_password_is_refused_in_place_and_the_username_is_kept(
    qtbot: QtBot, db: Database
) -> None:
    dialog = SignInDialog(db, "officer.a")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "not the password")
    _ok(dialog)
    # An encrypted file: the password is worked beside the GUI thread, then refused here.
    qtbot.waitUntil(lambda: "wrong password" in dialog.error.text())
    assert dialog.result() == 0 and dialog.username.text() == "officer.a"
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.account is not None)
    assert dialog.account is not None and dialog.account.role == "officer"


def test_first_administrator_is_created_in_the_window(qtbot: QtBot, db: Database) -> None:
    dialog = FirstAdministratorDialog(db, "chief")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "chief password 1")
    qtbot.keyClicks(dialog.repeat, "chief password 2")
    _ok(dialog)
    assert "differ" in dialog.error.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "chief password 1")
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5000)  # the key slot: in the background
    assert authenticate(db, "chief", "chief password 1").role == "admin"
    assert has_administrator(db)


def test_idle_lock_asks_for_the_password_and_keeps_the_window(qtbot: QtBot, db: Database) -> None:
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    window = QMainWindow()
    typed = QLineEdit("half-typed note", window)
    window.setCentralWidget(typed)
    qtbot.addWidget(window)
    lock = IdleLock(db, "officer.a", 1, window)
    lock.timer.setInterval(30)  # a minute is too long for a test
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert lock.dialog.isVisible() and lock.dialog.username.isReadOnly()
    lock.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert lock.locked and lock.dialog.isVisible()  # Cancel does not unlock
    qtbot.keyClicks(lock.dialog.password, TEST_PASSWORD)
    _ok(lock.dialog)
    qtbot.waitUntil(lambda: not lock.locked)  # worked beside the GUI thread
    assert typed.text() == "half-typed note"
    lock.timer.stop()
