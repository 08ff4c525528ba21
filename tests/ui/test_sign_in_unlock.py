"""The first sign-in of an encrypted file unwraps its key beside the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kvisa_desk.core.accounts.accounts import authenticate, create_account
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.core.post.encryption import leave_new_database_plain
from kvisa_desk.core.startup import open_database
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.shell.sign_in import ChangePasswordDialog, FirstAdministratorDialog, SignInDialog

pytestmark = pytest.mark.sqlite_only
PASSWORD = "a long enough password"


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(cipher, "_unlocked", {})  # the keys forgotten here are this test's
    path = tmp_path / "locked.sqlite3"
    opened = open_database(sqlite_url(path))
    with opened.db.write() as session:
        create_account(session, "ana", PASSWORD, "officer", "ana", must_change=True)
    opened.db.dispose()
    cipher.forget_keys()  # as a new start: only a password opens it
    db = open_database(sqlite_url(path)).db
    assert db.locked
    return db


def _held_unwrap(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """keyslots.unwrap waits until released, and notes which thread ran it."""
    release, threads = threading.Event(), []
    real = keyslots.unwrap

    def held(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        release.wait(5)
        return real(*args)

    monkeypatch.setattr(keyslots, "unwrap", held)
    return release, threads


def test_the_dialog_shows_it_is_working_and_stays_responsive_while_the_key_unwraps(
    qtbot: QtBot, locked: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    release, threads = _held_unwrap(monkeypatch)
    dialog = SignInDialog(locked, "ana")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.busy and dialog.working.isVisible() and dialog.working_bar.isVisible()
    assert not dialog.buttons.isEnabled() and not dialog.password.isEnabled()
    dialog.reject()  # Escape while the key unwraps does not leave it half-done
    assert dialog.isVisible()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=2000)  # the event loop runs meanwhile
    timer.stop()
    assert dialog.account is None and locked.locked
    release.set()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5000)
    assert threads and threads[0] != threading.main_thread().name
    assert dialog.account is not None and dialog.account.username == "ana"
    assert not locked.locked and not dialog.busy


def test_a_wrong_password_is_refused_in_place_after_the_work(
    qtbot: QtBot, locked: Database
) -> None:
    dialog = SignInDialog(locked, "ana")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "not the password at all")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "wrong password" in dialog.error.text() and dialog.result() == 0
    # Cleared, so Enter cannot spend another try on it (new-user s4 finding 2).
    assert dialog.password.isEnabled() and dialog.password.text() == ""
    assert locked.locked


def test_changing_the_password_rewraps_the_key_beside_the_gui_thread(
    qtbot: QtBot, locked: Database
) -> None:
    signing_in = SignInDialog(locked, "ana")
    qtbot.addWidget(signing_in)
    qtbot.keyClicks(signing_in.password, PASSWORD)
    signing_in.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: signing_in.result() == 1, timeout=5000)
    change = ChangePasswordDialog(locked, "ana")
    qtbot.addWidget(change)
    qtbot.keyClicks(change.current, PASSWORD)
    qtbot.keyClicks(change.new, "my own new password")
    qtbot.keyClicks(change.repeat, "my own new password")
    change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert change.busy
    qtbot.waitUntil(lambda: change.result() == 1, timeout=5000)
    path = locked.file
    assert path is not None
    assert keyslots.unwrap(path, "ana", "my own new password")[0] is not None
    assert keyslots.unwrap(path, "ana", PASSWORD)[0] is None


def test_the_first_administrator_may_choose_a_plain_file_on_purpose(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cipher, "_unlocked", {})
    path = tmp_path / "training.sqlite3"
    db = open_database(sqlite_url(path)).db
    assert db.encrypted
    dialog = FirstAdministratorDialog(db, "trainer")
    qtbot.addWidget(dialog)
    assert not dialog.plain.isHidden()
    dialog.plain.setChecked(True)
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "12" in dialog.error.text() and db.encrypted  # refused: nothing was changed
    for field in (dialog.password, dialog.repeat):
        field.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5000)
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert not cipher.slot_file(path).exists() and not db.encrypted
    assert authenticate(db, "trainer", PASSWORD).role == "admin"
    with db.read() as session:
        chosen = session.scalars(
            select(CaseEvent.officer).where(CaseEvent.kind == "database_left_plain")
        ).all()
    assert chosen == ["trainer"]
    db.dispose()


def test_a_file_with_accounts_is_not_made_plain_by_the_first_run_choice(locked: Database) -> None:
    authenticate(locked, "ana", PASSWORD)
    with pytest.raises(PermissionRefused, match="db decrypt"):
        leave_new_database_plain(locked, "ana")
    assert locked.encrypted


def test_a_file_made_plain_by_the_environment_offers_no_such_choice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KVISA_ENCRYPTION", "off")
    db = open_database(sqlite_url(tmp_path / "plain.sqlite3")).db
    dialog = FirstAdministratorDialog(db, "chief")
    qtbot.addWidget(dialog)
    assert dialog.plain.isHidden() and not db.encrypted
    db.dispose()
