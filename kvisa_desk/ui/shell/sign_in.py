"""Signing in before the main window: the first administrator, sign-in, forced password change.

Every check happens in core (accounts); these dialogs only collect what the officer types
and show the refusal in words. Typed text stays in the fields after a refusal, except a
refused sign-in password (cleared, the cursor back in it).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from kvisa_desk.core.accounts import accounts
from kvisa_desk.core.accounts.officers import Account
from kvisa_desk.core.database import Database
from kvisa_desk.core.errors import ServiceError
from kvisa_desk.ui.shell.recovery_key_dialog import show_new_recovery_key
from kvisa_desk.ui.shell.sign_in_form import SignInDialog, Work, _FormDialog, _password_field
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.vocab import Role

if TYPE_CHECKING:
    from kvisa_desk.demo.accounts import DemoAccount

# SignInDialog lives in sign_in_form (shown before core loads); named here as before.
__all__ = ["SignInDialog", "SignedIn", "after_sign_in", "sign_in_window_user"]


class ChangePasswordDialog(_FormDialog):
    """A password someone else set (an administrator, or the recovery key) must be changed
    before anything else."""

    def __init__(self, db: Database, username: str, parent: QWidget | None = None) -> None:
        from kvisa_desk.core.accounts.account_flags import how_password_was_set

        super().__init__(self.tr("Choose a new password"), "", parent)
        # Says truthfully who set it: after `db unlock` no administrator did.
        how = how_password_was_set(db, username)
        if how == "recovery key":
            who = self.tr("Your password was set with the database's recovery key.")
        elif how == "recovery":
            who = self.tr("Your password was reset from the database file, without sign-in.")
        else:
            who = self.tr("An administrator set your password.")
        # A sentence a line: wrapped mid-sentence, the Chinese broke inside a word (字/符).
        rule = self.tr("At least {n} characters.").format(n=accounts.MIN_PASSWORD_LENGTH)
        self.note.setText("\n".join([who, self.tr("Choose your own before you go on."), rule]))
        self.db, self.user = db, username
        self.current = _password_field(self, self.tr("Current password"))
        self.new = _password_field(self, self.tr("New password"))
        self.repeat = _password_field(self, self.tr("Repeat new password"))
        self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("Repeat"), self.repeat)
        self.current.setFocus()  # typing goes into the form at once, no click first

    def submit(self) -> Work:
        if self.new.text() != self.repeat.text():
            raise _Refusal(self.tr("The two new passwords differ."))
        current, new = self.current.text(), self.new.text()
        return lambda: accounts.change_own_password(self.db, self.user, current, new)

    def slow(self) -> bool:
        return self.db.encrypted  # the new password wraps the database key

    def working_text(self) -> str:
        return self.tr("Protecting the database key with your new password…")


class FirstAdministratorDialog(_FormDialog):
    """A new database has no accounts: the first administrator is created here."""

    def __init__(self, db: Database, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Create the first administrator"),
            self.tr(
                "This database has no accounts yet. Create the administrator who will add "
                "the officers' accounts. Administrators manage accounts and the database; "
                "they do not work on cases."
            ),
            parent,
        )
        self.db = db
        self.demo_chosen = False
        self.demo_made: list[DemoAccount] = []
        self.account: Account | None = None  # signed in once made: no second password
        demo = self.buttons.addButton(
            self.tr("Explore with demo data instead"), QDialogButtonBox.ButtonRole.ActionRole
        )
        demo.clicked.connect(self._choose_demo)
        # The operating-system login ("root", a shared desk account) is no KVisa Desk name.
        self.username = QLineEdit("" if username == _os_login() else username, self)
        self.username.setPlaceholderText(self.tr("e.g. admin"))
        self.display_name = QLineEdit(self)
        self.title = QLineEdit(self)  # with the full name, what the account signs letters with
        self.title.setPlaceholderText(self.tr("e.g. Systems Administrator"))
        self.password = _password_field(self, self.tr("Password"))
        self.repeat = _password_field(self, self.tr("Repeat password"))
        self.form.addRow(self.tr("Username"), self.username)
        self.form.addRow(self.tr("Full name"), self.display_name)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Repeat"), self.repeat)
        # Encrypted unless the administrator says otherwise here, on purpose (trust.md).
        self.plain = QCheckBox(
            self.tr("Leave this database unencrypted (a training machine, no real applicants)"),
            self,
        )
        self.plain.setToolTip(
            self.tr(
                "Anyone who copies a plain file reads every applicant in it. It can be "
                "encrypted later with kvisa-desk db encrypt."
            )
        )
        self.plain.setVisible(db.encrypted)  # KVISA_ENCRYPTION=off made it plain already
        self.form.addRow(self.plain)
        self.username.setFocus()  # not the button box, which was made first

    def _choose_demo(self) -> None:
        if self.busy:
            return
        # The demo generator is large: loaded only when a demo is chosen.
        from kvisa_desk.demo.accounts import create_demo_accounts

        def create() -> None:
            self.demo_made = create_demo_accounts(self.db)

        self.demo_chosen = True
        if self.slow():  # every demo account wraps the database key
            self._start(create)
            return
        try:
            create()
        except ServiceError as exc:
            self.say(error_text(exc))
            return
        self.accept()

    def _work_done(self, outcome: BaseException | None) -> None:
        if outcome is not None:
            self.demo_chosen = False
        super()._work_done(outcome)

    def submit(self) -> Work:
        if self.password.text() != self.repeat.text():
            raise _Refusal(self.tr("The two passwords differ."))
        name, password = self.username.text().strip(), self.password.text()
        display_name, title = self.display_name.text().strip(), self.title.text().strip()
        plain = not self.plain.isHidden() and self.plain.isChecked()

        def create() -> None:
            if plain:  # checked first: a refused name leaves the file as it was
                from kvisa_desk.core.post.encryption import leave_new_database_plain

                accounts.check_new_account(name, password, Role.ADMIN.value)
                leave_new_database_plain(self.db, name)
            with self.db.write() as session:
                accounts.create_account(
                    session,
                    name,
                    password,
                    Role.ADMIN.value,
                    name,
                    display_name,
                    title,
                    must_change=False,
                )
            self.account = accounts.authenticate(self.db, name, password)

        return create

    def slow(self) -> bool:
        return self.db.encrypted  # the password and the recovery key wrap the database key

    def working_text(self) -> str:
        return self.tr("Protecting the new database key with your password…")


def _os_login() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def show_demo_accounts(parent: QWidget | None, made: Sequence[DemoAccount]) -> None:
    """The demo passwords, shown this once, in a table with a Copy button per row."""
    from kvisa_desk.ui.shell.demo_accounts_dialog import DemoAccountsDialog

    DemoAccountsDialog(made, parent).exec()


@dataclass(frozen=True)
class SignedIn:
    """Who signed in; `first_run` when the first administrator was just made, so the window
    goes on to adding the post's first officers and supervisors."""

    account: Account
    first_run: bool = False


def sign_in_window_user(
    db: Database, username: str, parent: QWidget | None = None, use_environment: bool = True
) -> SignedIn | None:
    """The whole start: first administrator or demo accounts, sign-in, forced change. After a
    sign-out `use_environment` is False: KVISA_PASSWORD must not sign the same one back in."""
    if not accounts.has_administrator(db):
        first = FirstAdministratorDialog(db, username, parent)
        if first.exec() != QDialog.DialogCode.Accepted.value:
            return None
        if first.demo_chosen:
            from kvisa_desk.demo.accounts import DEMO_WORKER

            made = first.demo_made
            show_demo_accounts(parent, made)
            show_new_recovery_key(db)
            worker = next(a for a in made if a.username == DEMO_WORKER)
            return SignedIn(accounts.authenticate(db, worker.username, worker.password))
        show_new_recovery_key(db)  # made with the first account of an encrypted database
        if first.account is not None:
            return SignedIn(first.account, first_run=True)
    dialog = SignInDialog(db, username, parent)
    from_env = os.environ.get("KVISA_PASSWORD") if use_environment else None
    if from_env is not None and dialog.slow():
        # The key unwraps beside the GUI thread: the dialog shows it working meanwhile; a
        # wrong password is shown there and asked again.
        dialog.password.setText(from_env)
        QTimer.singleShot(0, dialog._submit)
    elif from_env is not None:
        # As the CLI: KVISA_USER and KVISA_PASSWORD sign in without the dialog (scripts,
        # kiosks, tests); a wrong password falls back to asking.
        try:
            account = accounts.authenticate(db, username, from_env)
        except ServiceError:
            account = None
        if account is not None and not account.must_change_password:
            return SignedIn(account)
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return None
    return after_sign_in(db, dialog.account, parent)


def after_sign_in(db: Database, account: Account | None, parent: QWidget | None) -> SignedIn | None:
    """The sign-in dialog was answered: a password an administrator set is changed first."""
    if account is None:
        return None
    if account.must_change_password:
        change = ChangePasswordDialog(db, account.username, parent)
        if change.exec() != QDialog.DialogCode.Accepted.value:
            return None
        # The same sign-in, now with the changed password: recorded once, not again.
        new = change.new.text()
        return SignedIn(accounts.authenticate(db, account.username, new, signed_in=False))
    return SignedIn(account)


class _Refusal(ServiceError):
    """A refusal found by the dialog itself (two fields that should match)."""
