"""The small dialogs of Administration ▸ Accounts: an account's details (to add or change one)
and a one-time password shown once. They collect and show; the accounts dialog asks core."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.accounts.roster import AccountRow
from kvisa_desk.ui.widgets.password_table import PasswordTable
from kvisa_desk.ui.widgets.roles import role_label
from kvisa_desk.vocab import Role

ROLE_ORDER = (Role.OFFICER.value, Role.SUPERVISOR.value, Role.ADMIN.value)


@dataclass(frozen=True)
class AccountEntry:
    """What the administrator typed for an account."""

    username: str
    display_name: str
    title: str
    role: str
    title_zh: str = ""


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AccountForm(QDialog):
    """Username, full name, title and role. `submitted` carries the entry; the dialog stays
    open (typing kept) until `done_saving` closes it or `refused` says why not."""

    submitted = Signal(object)  # AccountEntry

    def __init__(self, existing: AccountRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = existing
        adding = existing is None
        self.setWindowTitle(self.tr("Add an account") if adding else self.tr("Change account"))
        self.setMinimumWidth(460)
        self.username = QLineEdit(existing.username if existing else "", self)
        self.username.setObjectName("account.username")
        self.username.setReadOnly(not adding)
        self.username.setPlaceholderText(self.tr("e.g. ada.obi (no spaces)"))
        self.display_name = QLineEdit(existing.display_name if existing else "", self)
        self.display_name.setObjectName("account.display_name")
        self.display_name.setPlaceholderText(self.tr("e.g. Ada Obi"))
        self.title = QLineEdit(existing.title if existing else "", self)
        self.title.setObjectName("account.title")
        self.title.setPlaceholderText(self.tr("e.g. Visa Officer"))
        # Printed under the Chinese text of a letter, as the English title under the English.
        self.title_zh = QLineEdit(existing.title_zh if existing else "", self)
        self.title_zh.setObjectName("account.title_zh")
        self.title_zh.setPlaceholderText(self.tr("e.g. 签证官员"))
        self.role = QComboBox(self)
        self.role.setObjectName("account.role")
        for role in ROLE_ORDER:
            self.role.addItem(role_label(role), role)
        if existing is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(existing.role)))
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Full name"), self.display_name)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Title in &Chinese"), self.title_zh)
        form.addRow(self.tr("&Role"), self.role)
        # Each sentence its own label: whole texts, so a language switch finds them again.
        notes = [
            self.tr(
                "The full name and title are what letters are signed with. Officers work on "
                "cases; supervisors also sign off refusals; administrators manage accounts "
                "and do no case work."
            )
        ]
        if adding:
            notes.append(
                self.tr(
                    "A one-time password is made for the new account and shown once; its "
                    "owner chooses their own at first sign-in."
                )
            )
        self.error = _plain_label("", self)
        self.error.setObjectName("account.error")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add account") if adding else self.tr("Save"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for text in notes:
            layout.addWidget(_plain_label(text, self))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.username if adding else self.display_name).setFocus()

    def entry(self) -> AccountEntry:
        return AccountEntry(
            self.username.text().strip(),
            self.display_name.text().strip(),
            self.title.text().strip(),
            str(self.role.currentData()),
            self.title_zh.text().strip(),
        )

    def _submit(self) -> None:
        self.error.clear()
        if not self.display_name.text().strip():  # letters would be signed with a login name
            self.error.setText(
                self.tr("Enter the full name: letters this account issues are signed with it.")
            )
            self.display_name.setFocus()
            return
        self.buttons.setEnabled(False)  # one submission at a time
        self.submitted.emit(self.entry())

    def refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)

    def done_saving(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()


class OneTimePasswordDialog(QDialog):
    """A password someone else set, shown this once, to be passed on to its owner."""

    def __init__(
        self, username: str, role: str, password: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One-time password"))
        self.setMinimumWidth(520)
        note = _plain_label(
            self.tr(
                "Give this password to {name} in person. It is shown only this once; at "
                "first sign-in they must choose their own. Until then, and for 24 hours "
                "after, their sign-offs and approvals are flagged to supervisors."
            ).format(name=username),
            self,
        )
        self.table = PasswordTable([(username, role, password)], self)
        self.table.setFixedHeight(self.table.fitting_height())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
