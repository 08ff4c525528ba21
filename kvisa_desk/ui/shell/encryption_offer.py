"""The administrator of a plain SQLite file is offered `db encrypt` once (trust.md, Data at rest).

Asked once per database on this computer, whatever the answer: the File stays plain only
because someone said so. Yes asks for the administrator's password (it becomes their key
slot), converts in the background and shows the new recovery key once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from kvisa_desk.core.accounts.permissions import Permission
from kvisa_desk.core.database import Database
from kvisa_desk.ui.shell.recovery_key_dialog import RecoveryKeyDialog
from kvisa_desk.ui.widgets.offer_once import OfferedOnce
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress
from kvisa_desk.ui.widgets.prompts import Prompts
from kvisa_desk.ui.widgets.roles import Roles

if TYPE_CHECKING:
    from kvisa_desk.core.post.encryption import Converted

ANSWERED_KEY = "encryption_offer/answered_for"
# (parent, title, label) -> the password typed, or None when cancelled.
AskPassword = Callable[[QWidget, str, str], "str | None"]


def ask_password(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


class EncryptionOffer(QObject):
    converted = Signal(object)  # the Converted result, on the GUI thread

    def __init__(
        self,
        db: Database,
        actor: str,
        runner: OperationRunner,
        prompts: Prompts,
        parent: QWidget,
        settings: QSettings | None = None,
        password_prompt: AskPassword = ask_password,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self._prompts, self._parent = prompts, parent
        self._asked = OfferedOnce(settings, ANSWERED_KEY, db.url)
        self._password_prompt = password_prompt
        self.recovery_dialog: RecoveryKeyDialog | None = None

    def applies(self) -> bool:
        """A plain, writable SQLite file, and an account that may convert it."""
        if self._db.file is None or self._db.read_only or self._db.encrypted:
            return False
        return Roles.of(self._db, self._actor).may(Permission.DATABASE)

    def offer(self) -> bool:
        """Ask once; True if the conversion began."""
        if not self.applies() or self._asked.answered():
            return False
        self._asked.remember()  # asked is answered: No is a choice too
        title = self.tr("Encrypt this database?")
        question = self.tr(
            "This database file is not encrypted: anyone who copies it, or a backup of it, "
            "reads every applicant. Encrypt it now? Then only each account's own password "
            "opens it, and only yours at first: every other account needs a one-time password "
            "from you (Administration ▸ Accounts) before it can sign in again. You can also "
            "do it later with kvisa-desk db encrypt."
        )
        if not self._prompts.ask(self._parent, title, question):
            return False
        password = self._password_prompt(
            self._parent,
            title,
            self.tr("Your password (it will open the encrypted file):"),
        )
        if password is None:
            return False
        db, actor = self._db, self._actor

        def work(_report: ReportProgress) -> Converted:
            # The converter loads the sealed document store (cryptography): only on use.
            from kvisa_desk.core.post.encryption import encrypt_database

            return encrypt_database(db, actor, password)

        operation = Operation(self._runner, work, self.tr("Encrypting the database"))
        operation.success(self._done).failure(self._failed).run()
        return True

    def _done(self, done: Converted) -> None:
        self.converted.emit(done)
        if done.recovery_key:
            self.recovery_dialog = RecoveryKeyDialog(done.recovery_key, self._parent, done.database)
            self.recovery_dialog.open()

    def _failed(self, error: BaseException) -> None:
        message = self.tr("The database was not encrypted: {error}").format(error=error)
        self._prompts.error(self._parent, self.tr("Encrypt this database?"), message)
