"""The sign-in dialogs: a forgotten password is answered before the window opens, the first
administrator's name is not the computer's login, and the forced change after a recovery
says the recovery key set the password, with its first field ready for typing."""

from __future__ import annotations

import getpass
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kvisa_desk.core.accounts import accounts
from kvisa_desk.core.accounts.accounts import authenticate, recover_password
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.ui.shell.sign_in import ChangePasswordDialog, FirstAdministratorDialog
from kvisa_desk.ui.shell.sign_in_form import SignInDialog
from tests.conftest import TEST_PASSWORD


def test_the_sign_in_dialog_says_what_to_do_about_a_forgotten_password(
    qtbot: Any, db: Database
) -> None:
    dialog = SignInDialog(db, "someone")
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.forgot.text()
    assert dialog.forgot.isVisible() and "Forgot your password?" in hint
    assert "ask an administrator" in hint
    assert "kvisa-desk db unlock ADMIN --recovery-key-file FILE" in hint


def test_the_first_administrator_is_not_named_after_the_computer_login(
    qtbot: Any, tmp_path: Any
) -> None:
    db = open_database(sqlite_url(tmp_path / "new.sqlite3")).db
    try:
        dialog = FirstAdministratorDialog(db, getpass.getuser())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        assert dialog.username.text() == "" and dialog.username.placeholderText()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
        chosen = FirstAdministratorDialog(db, "chief")  # KVISA_USER or --user: a real choice
        qtbot.addWidget(chosen)
        assert chosen.username.text() == "chief"
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_the_forced_change_after_a_recovery_names_the_recovery_and_takes_the_keyboard(
    qtbot: Any, db: Database
) -> None:
    admin = authenticate(db, "test.admin", TEST_PASSWORD)
    recover_password(db, admin.username, "a recovered password", "holder")
    from_file = ChangePasswordDialog(db, admin.username)
    qtbot.addWidget(from_file)
    assert "from the database file" in from_file.note.text()
    with db.write() as session:  # as `db unlock` records it (the suite's key is not known)
        accounts._reset(
            session, admin.username, "set by the recovery key", "recovery-key", True, recovery=True
        )
    dialog = ChangePasswordDialog(db, admin.username)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    note = dialog.note.text()
    assert "recovery key" in note and "An administrator set" not in note
    assert note.splitlines()[-1] == "At least 12 characters."  # a line of its own
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.current)
