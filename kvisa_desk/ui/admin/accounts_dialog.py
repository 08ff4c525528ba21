"""Administration ▸ Accounts: the post's accounts, and everything an administrator does to them
(add, change name, title or role, deactivate and reactivate, unlock, set a one-time password).

Every change goes through the same core services as `kvisa-desk user …`, which check the
permission first and record the change in the audit trail; this dialog only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kvisa_desk.core.accounts.accounts import (
    add_account,
    reactivate_account,
    set_password,
    update_account,
)
from kvisa_desk.core.accounts.roster import (
    AccountRow,
    account_rows,
    readable_password,
    unlock_account,
)
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.ui.admin.account_form import AccountEntry, AccountForm, OneTimePasswordDialog
from kvisa_desk.ui.admin.accounts_model import COL_NAME, AccountsModel
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.widgets.row_table_model import RowRole


class AccountsDialog(QDialog):
    changed = Signal()  # an account was added or changed

    def __init__(
        self, context: DeskContext, parent: QWidget | None = None, first_run: bool = False
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._allowed = True  # until core refuses the listing
        self.form: AccountForm | None = None
        self.password_dialog: OneTimePasswordDialog | None = None
        self.setWindowTitle(self.tr("Accounts"))
        intro = (
            self.tr(
                "Your administrator account is ready. Now add the post's first officers and "
                "supervisors: each gets a one-time password to pass on, and chooses their own "
                "at first sign-in. Administrators do no case work."
            )
            if first_run
            else self.tr(
                "Everyone who may sign in at this post. Every change is recorded in the "
                "audit trail."
            )
        )
        self.intro = QLabel(intro, self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        # Accounts that cannot open the encrypted file (after `db encrypt`), and the cure.
        self.no_key_note = QLabel(self)
        self.no_key_note.setObjectName("accounts.no_key")
        self.no_key_note.setTextFormat(Qt.TextFormat.PlainText)
        self.no_key_note.setWordWrap(True)
        self.no_key_note.setStyleSheet("color: #9a3412;")
        self.no_key_note.hide()

        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("accounts.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.ask_change())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = self._button("accounts.add", self.tr("&Add account…"), "Ctrl+N")
        self.add_button.clicked.connect(self.ask_add)
        self.change_button = self._button("accounts.change", self.tr("&Change…"), "Ctrl+E")
        self.change_button.clicked.connect(self.ask_change)
        self.active_button = self._button("accounts.active", self.tr("&Deactivate"), "Ctrl+D")
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = self._button("accounts.unlock", self.tr("&Unlock"), "Ctrl+U")
        self.unlock_button.clicked.connect(self.unlock)
        self.password_button = self._button(
            "accounts.password", self.tr("Set one-time &password…"), "Ctrl+Shift+P"
        )
        self.password_button.clicked.connect(self.ask_one_time_password)

        self.message = QLabel(self)
        self.message.setObjectName("accounts.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.change_button,
            self.active_button,
            self.unlock_button,
            self.password_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.no_key_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 480)
        self._update_buttons()
        self.reload()

    def _button(self, name: str, text: str, keys: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setShortcut(QKeySequence(keys))
        button.setAutoDefault(False)
        button.setToolTip(f"{button.text().replace('&', '')} ({keys})")
        return button

    # Reading

    def reload(self, select: str | None = None) -> Operation[list[AccountRow]]:
        db, actor = self._context.db, self._context.actor
        current = self.selected()
        chosen = select or (current.username if current is not None else None)

        def work(_report: ReportProgress) -> list[AccountRow]:
            return account_rows(db, actor)

        def show(rows: list[AccountRow]) -> None:
            self.model.set_rows(rows)
            self._show_without_key(rows)
            row = self.model.row_of(chosen) if chosen else -1
            if row >= 0:
                self.table.selectRow(row)
            self._update_buttons()

        return self._run(work, show, self._refused)

    def _show_without_key(self, rows: list[AccountRow]) -> None:
        names = [row.username for row in rows if row.has_key is False]
        self.no_key_note.setText(
            self.tr(
                "No key yet for {names}: they cannot sign in to this encrypted database. "
                "Select each and choose Set one-time password; the password you pass on "
                "opens it for them."
            ).format(names=self.tr(", ").join(names))
            if names
            else ""
        )
        self.no_key_note.setVisible(bool(names))

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(RowRole)
        return row if isinstance(row, AccountRow) else None

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected()
        self.add_button.setEnabled(self._allowed)
        for button in (self.change_button, self.active_button, self.password_button):
            button.setEnabled(self._allowed and row is not None)
        self.unlock_button.setEnabled(self._allowed and row is not None and row.locked())
        active = row is None or row.active
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("Re&activate"))

    # Changing

    def ask_add(self) -> AccountForm:
        return self._open_form(None)

    def ask_change(self) -> AccountForm | None:
        row = self.selected()
        return self._open_form(row) if row is not None and self._allowed else None

    def _open_form(self, existing: AccountRow | None) -> AccountForm:
        form = AccountForm(existing, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.submitted.connect(lambda entry: self._save(form, existing, entry))
        form.destroyed.connect(lambda _obj=None: setattr(self, "form", None))
        self.form = form
        form.open()
        return form

    def _save(self, form: AccountForm, existing: AccountRow | None, entry: AccountEntry) -> None:
        db, actor = self._context.db, self._context.actor
        if existing is None:
            password = readable_password()

            def add(_report: ReportProgress) -> Any:
                return add_account(
                    db,
                    actor,
                    entry.username,
                    password,
                    entry.role,
                    entry.display_name,
                    entry.title,
                    title_zh=entry.title_zh,
                )

            def added(_account: Any) -> None:
                form.done_saving()
                self._done(self.tr("Account {name} added.").format(name=entry.username), entry)
                self._show_password(entry.username, entry.role, password)

            self._run(add, added, lambda error: form.refused(str(error)))
            return

        def change(_report: ReportProgress) -> Any:
            return update_account(
                db,
                existing.username,
                actor,
                role=entry.role if entry.role != existing.role else None,
                title=entry.title if entry.title != existing.title else None,
                title_zh=entry.title_zh if entry.title_zh != existing.title_zh else None,
                display_name=(
                    entry.display_name if entry.display_name != existing.display_name else None
                ),
            )

        def changed(_account: Any) -> None:
            form.done_saving()
            self._done(self.tr("Account {name} changed.").format(name=entry.username), entry)

        self._run(change, changed, lambda error: form.refused(str(error)))

    def toggle_active(self) -> Operation[Any] | None:
        row = self.selected()
        if row is None or not self._allowed:
            return None
        if row.active and not self._context.prompts.ask(
            self,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate {name}? They can no longer sign in; their cases, decisions and "
                "history stay as they are. You can reactivate the account later."
            ).format(name=row.username),
        ):
            return None
        db, actor = self._context.db, self._context.actor
        if not row.active:
            return self._reactivate(row)
        said = self.tr("Account {name} deactivated.").format(name=row.username)
        return self._run(
            lambda _r: update_account(db, row.username, actor, active=False),
            lambda _account: self._done(said, row),
            self._refused,
        )

    def _reactivate(self, row: AccountRow) -> Operation[Any]:
        # Deactivating removed the account's key slot: core sets a one-time password that
        # wraps a new one, shown here once, as after a reset.
        db, actor = self._context.db, self._context.actor

        def done(password: str | None) -> None:
            said = self.tr("Account {name} reactivated.").format(name=row.username)
            self._done(said, row)
            if password is not None:  # None: it was active already, nothing was set
                self._show_password(row.username, row.role, password)

        return self._run(
            lambda _r: reactivate_account(db, row.username, actor), done, self._refused
        )

    def unlock(self) -> Operation[Any] | None:
        row = self.selected()
        if row is None or not self._allowed:
            return None
        db, actor = self._context.db, self._context.actor
        said = self.tr("Account {name} unlocked.").format(name=row.username)
        return self._run(
            lambda _r: unlock_account(db, row.username, actor),
            lambda _account: self._done(said, row),
            self._refused,
        )

    def ask_one_time_password(self) -> Operation[Any] | None:
        row = self.selected()
        if row is None or not self._allowed:
            return None
        if not self._context.prompts.ask(
            self,
            self.tr("Set a one-time password"),
            self.tr(
                "Set a one-time password for {name}? Their present password stops working. "
                "Until they have chosen their own and 24 hours have passed, their sign-offs "
                "and approvals are flagged to supervisors."
            ).format(name=row.username),
        ):
            return None
        db, actor = self._context.db, self._context.actor
        password = readable_password()

        def done(_none: None) -> None:
            said = self.tr("One-time password set for {name}.").format(name=row.username)
            if row.has_key is False:
                said = self.tr(
                    "One-time password set for {name}: it now opens the encrypted database too."
                ).format(name=row.username)
            self._done(said, row)
            self._show_password(row.username, row.role, password)

        return self._run(
            lambda _r: set_password(db, row.username, password, actor, force_change=True),
            done,
            self._refused,
        )

    # Outcomes

    def _run(
        self,
        work: Callable[[ReportProgress], Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None],
    ) -> Operation[Any]:
        # The window's worker outlives this dialog: closed meanwhile (deleted), it shows nothing.
        def shown(result: Any) -> None:
            if isValid(self):
                success(result)

        def refused(error: BaseException) -> None:
            if isValid(self):
                failure(error)

        return Operation(self._context.runner, work).success(shown).failure(refused).run()

    def _done(self, message: str, row: AccountRow | AccountEntry) -> None:
        self.message.setText(message)
        self.changed.emit()
        self.reload(select=row.username)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, PermissionRefused):
            self._allowed = False  # core said no: nothing here can be done by this account
            self._update_buttons()
        self.message.setText(str(error))

    def _show_password(self, username: str, role: str, password: str) -> None:
        dialog = OneTimePasswordDialog(username, role, password, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "password_dialog", None))
        self.password_dialog = dialog
        dialog.open()
