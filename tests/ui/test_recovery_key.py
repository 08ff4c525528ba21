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
