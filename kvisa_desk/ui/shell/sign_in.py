"""Signing in before the main window: the first administrator, sign-in, forced password change.

Every check happens in core (accounts); these dialogs only collect what the officer types
and show the refusal in words. Typed text stays in the fields after a refusal.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.accounts import accounts
from kvisa_desk.core.accounts.officers import Account
from kvisa_desk.core.database import Database
from kvisa_desk.core.errors import ServiceError
from kvisa_desk.vocab import Role

if TYPE_CHECKING:
    from kvisa_desk.demo.accounts import DemoAccount


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _FormDialog(QDialog):
    """A small form with an error line that shows refusals as plain text."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        note = QLabel(intro, self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Error"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        try:
            self.submit()
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class SignInDialog(_FormDialog):
    """Username and password; `account` holds who signed in."""

    def __init__(self, db: Database, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Sign in to KVisa Desk"),
            self.tr("Sign in with your KVisa Desk account."),
            parent,
        )
        self.db = db
        self.account: Account | None = None
        self.username = QLineEdit(username, self)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = _password_field(self, self.tr("Password"))
        self.form.addRow(self.tr("&Username"), self.username)
        self.form.addRow(self.tr("&Password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        self.account = accounts.authenticate(
            self.db, self.username.text().strip(), self.password.text()
        )


class ChangePasswordDialog(_FormDialog):
    """A password an administrator set must be changed before anything else."""

    def __init__(self, db: Database, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Choose a new password"),
            self.tr(
                "An administrator set your password. Choose your own before you go on "
                "(at least {n} characters)."
            ).format(n=accounts.MIN_PASSWORD_LENGTH),
            parent,
        )
        self.db, self.user = db, username
        self.current = _password_field(self, self.tr("Current password"))
        self.new = _password_field(self, self.tr("New password"))
        self.repeat = _password_field(self, self.tr("Repeat new password"))
        self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("Repeat"), self.repeat)

    def submit(self) -> None:
        if self.new.text() != self.repeat.text():
            raise _Refusal(self.tr("The two new passwords differ."))
        accounts.change_own_password(self.db, self.user, self.current.text(), self.new.text())


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
        demo = self.buttons.addButton(
            self.tr("Explore with demo data instead"), QDialogButtonBox.ButtonRole.ActionRole
        )
        demo.clicked.connect(self._choose_demo)
        self.username = QLineEdit(username, self)
        self.display_name = QLineEdit(self)
        self.password = _password_field(self, self.tr("Password"))
        self.repeat = _password_field(self, self.tr("Repeat password"))
        self.form.addRow(self.tr("Username"), self.username)
        self.form.addRow(self.tr("Full name"), self.display_name)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Repeat"), self.repeat)

    def _choose_demo(self) -> None:
        self.demo_chosen = True
        self.accept()

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            raise _Refusal(self.tr("The two passwords differ."))
        name = self.username.text().strip()
        with self.db.write() as session:
            accounts.create_account(
                session,
                name,
                self.password.text(),
                Role.ADMIN.value,
                name,
                self.display_name.text().strip(),
                must_change=False,
            )


def show_demo_accounts(parent: QWidget | None, made: list[DemoAccount]) -> None:
    """The demo passwords, shown this once (selectable, so they can be copied)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("SignIn", "Demo accounts"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lines = [f"{a.username:<14} {a.role:<11} {a.password}" for a in made]
    box.setText(
        QCoreApplication.translate(
            "SignIn",
            "Demo accounts were created. Note the passwords: they are shown only "
            "this once.\n\n{accounts}",
        ).format(accounts="\n".join(lines))
    )
    box.exec()


def sign_in_window_user(db: Database, username: str) -> Account | None:
    """The whole start: first administrator or demo accounts, sign-in, forced change."""
    if not accounts.has_administrator(db):
        first = FirstAdministratorDialog(db, username)
        if first.exec() != QDialog.DialogCode.Accepted.value:
            return None
        if first.demo_chosen:
            # The demo generator is large: loaded only when a demo is chosen.
            from kvisa_desk.demo.accounts import DEMO_WORKER, create_demo_accounts

            made = create_demo_accounts(db)
            show_demo_accounts(None, made)
            worker = next(a for a in made if a.username == DEMO_WORKER)
            return accounts.authenticate(db, worker.username, worker.password)
        username = first.username.text().strip()
    from_env = os.environ.get("KVISA_PASSWORD")
    if from_env is not None:
        # As the CLI: KVISA_USER and KVISA_PASSWORD sign in without the dialog (scripts,
        # kiosks, tests); a wrong password falls back to asking.
        try:
            account = accounts.authenticate(db, username, from_env)
        except ServiceError:
            account = None
        if account is not None and not account.must_change_password:
            return account
    dialog = SignInDialog(db, username)
    if dialog.exec() != QDialog.DialogCode.Accepted.value or dialog.account is None:
        return None
    if dialog.account.must_change_password:
        change = ChangePasswordDialog(db, dialog.account.username)
        if change.exec() != QDialog.DialogCode.Accepted.value:
            return None
        return accounts.authenticate(db, dialog.account.username, change.new.text())
    return dialog.account


class _Refusal(ServiceError):
    """A refusal found by the dialog itself (two fields that should match)."""
