"""A database created in the window is encrypted; its recovery key is shown once, to save."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kvisa_desk.core.startup import open_database
from kvisa_desk.store import cipher
from kvisa_desk.store.engine import sqlite_url
from kvisa_desk.ui.shell.recovery_key_dialog import RecoveryKeyDialog
from kvisa_desk.ui.shell.sign_in import FirstAdministratorDialog, sign_in_window_user
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.sqlite_only


def test_the_first_run_makes_an_encrypted_file_and_shows_its_recovery_key_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "first-run.sqlite3"
    db = open_database(sqlite_url(path)).db
    seen: dict[str, Any] = {}

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, FirstAdministratorDialog):
                widget.password.setText(TEST_PASSWORD)  # KVISA_PASSWORD then signs in
                widget.repeat.setText(TEST_PASSWORD)
                widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            elif isinstance(widget, RecoveryKeyDialog):
                seen["key"] = widget.key_label.text()
                widget.save_to(tmp_path / "saved.txt")
                widget.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        account = sign_in_window_user(db, "chief")
    finally:
        timer.stop()
    assert account is not None and account.account.role == "admin"
    assert not path.read_bytes().startswith(b"SQLite format 3")
    saved = tmp_path / "saved.txt"
    sheet = saved.read_text(encoding="utf-8")
    # The key on its own line, with which database, when, and how to use it (both languages).
    assert seen["key"] in sheet.splitlines() and str(path) in sheet
    assert "kvisa-desk db unlock ADMIN --recovery-key-file FILE" in sheet and "如何使用" in sheet
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    db.dispose()
    cipher.forget_keys()  # a new start: the recovery key alone opens it
    from kvisa_desk.core.accounts.data_keys import unlock_with_recovery_key

    again = open_database(sqlite_url(path)).db
    unlock_with_recovery_key(again, seen["key"])
    assert not again.locked
    again.dispose()


@pytest.fixture(autouse=True)
def _own_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cipher, "_unlocked", dict(cipher._unlocked))


KEY = "4YQJ-FKT3-PWGF-OQ4W-IBCD-EFGH-JKLM-NPRS"


def test_the_key_dialog_has_no_default_button_and_stays_open_on_enter_or_escape(
    qtbot: QtBot,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    buttons = dialog.findChildren(QPushButton)
    assert len(buttons) == 3
    assert not any(b.isDefault() or b.autoDefault() for b in buttons)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
        qtbot.keyClick(dialog, key)  # type: ignore[no-untyped-call]
        qtbot.keyClick(dialog.done_button, key)  # type: ignore[no-untyped-call]
    assert dialog.isVisible() and dialog.result() == 0  # the officer must choose
    dialog.done_button.click()
    assert dialog.result() == 1


def test_after_save_the_dialog_says_where_the_key_went(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.saved_note.isVisible()
    target = tmp_path / "stick" / "kvisa-recovery-key.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    assert target.read_text(encoding="utf-8").count(KEY) == 1
    assert dialog.saved_note.isVisible() and str(target) in dialog.saved_note.text()


def test_the_key_is_shown_and_printed_in_a_monospaced_font_and_its_alphabet_said(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QFontInfo

    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    assert QFontInfo(dialog.key_label.font()).fixedPitch()
    assert QFontInfo(dialog.printable().defaultFont()).fixedPitch()
    assert "no 0 or 1" in dialog.alphabet.text()
    assert "(no 0 or 1)" in dialog.sheet() and "没有数字 0 和 1" in dialog.sheet()
