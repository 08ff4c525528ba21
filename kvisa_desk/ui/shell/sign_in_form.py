"""The sign-in dialog and the form it is built on, light enough to show first.

`kvisa-desk` shows this dialog before the database and domain layers are imported (they load
on a thread while the officer types: kvisa_desk.ui.shell.start), so this module imports only
PySide6 at load; core and the error texts are imported when a submit needs them. A dialog
made without its database (`db=None`) is given it by `attach` once it is open; OK pressed
before then waits for it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from kvisa_desk.core.accounts.officers import Account
    from kvisa_desk.core.database import Database

log = logging.getLogger(__name__)
LAST_USER_KEY = "signin/last_username"  # who last signed in on this computer (QSettings)
# The slow part of a submit (a key slot: Argon2id, about 0.7 s), run beside the GUI thread.
Work = Callable[[], None]


def opening_refusals() -> tuple[type[Exception], ...]:
    """Unlocking finishes opening (upgrade, seed): its refusals are shown in place too."""
    from kvisa_desk.core.startup import DatabaseTooNew, MigrationFailed, SchemaUpgradeNeeded

    return (DatabaseTooNew, MigrationFailed, SchemaUpgradeNeeded)


class _Finished(QObject):
    """Carries the outcome of background work back to the GUI thread (a queued signal)."""

    done = Signal(object)  # None when it succeeded, else the exception it raised


def offered_username(flag: str | None = None) -> str:
    """The username the sign-in dialog starts with: --user or KVISA_USER when given, else
    the last one signed in on this computer, else none. Never the operating-system login
    ("root", a shared desk account), which is no KVisa Desk name."""
    if flag:
        return flag
    given = os.environ.get("KVISA_USER")
    if given:
        return given
    last = QSettings().value(LAST_USER_KEY, "")
    return last if isinstance(last, str) else ""


def remember_signed_in(username: str) -> None:
    """Offered at the next start on this computer (a name, no secret)."""
    QSettings().setValue(LAST_USER_KEY, username)


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = _line_edit("", parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _line_edit(text: str, parent: QWidget) -> QLineEdit:
    """QLineEdit(text, parent) resolves among overloads naming Qt's enums, which makes
    PySide6 build all of Qt's namespace (~20 ms at start): made bare, then given both."""
    field = QLineEdit()
    field.setParent(parent)
    field.setText(text)
    return field


class _FormDialog(QDialog):
    """A small form with an error line that shows refusals as plain text."""

    def __init__(
        self, title: str, intro: str, parent: QWidget | None = None, plain_text: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.note = QLabel(intro, self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Error"))
        layout.addWidget(self.error)
        self.working = QLabel(self)
        self.working.setWordWrap(True)
        self.working_bar = QProgressBar(self)
        self.working_bar.setRange(0, 0)  # no steps to count: it only shows it is alive
        self.working_bar.setTextVisible(False)
        self.working_bar.setAccessibleName(self.tr("Working"))
        layout.addWidget(self.working)
        layout.addWidget(self.working_bar)
        self.working.hide()
        self.working_bar.hide()
        self.buttons = QDialogButtonBox()  # bare, as _line_edit: the layout adopts it
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._finished = _Finished(self)
        self._finished.done.connect(self._work_done)
        self.busy = False
        self._worker: threading.Thread | None = None
        if plain_text:
            self.show_plain_text()

    def show_plain_text(self) -> None:
        """Refusals may quote what was typed: shown as text, never as markup. (Touching Qt's
        enum namespace costs ~20 ms at start: the early sign-in dialog does it once open.)"""
        from PySide6.QtCore import Qt

        for label in (self.note, self.error, self.working):
            label.setTextFormat(Qt.TextFormat.PlainText)

    def say(self, refusal: str) -> None:
        """Show a refusal; the dialog grows to fit its wrapped lines (a window does not
        follow its labels' height for width by itself, and the lines overlapped)."""
        self.error.setText(refusal)
        if self.isVisible():
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def _submit(self) -> None:
        from kvisa_desk.core.errors import ServiceError
        from kvisa_desk.ui.widgets.error_text import error_text

        if self.busy:
            return
        try:
            work = self.submit()
            if work is not None and not self.slow():
                work()
                work = None
        except ServiceError as exc:
            self.say(error_text(exc))
            return
        if work is None:
            self.accept()
            return
        self._start(work)

    def _start(self, work: Work) -> None:
        self._set_busy(True)
        self._worker = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._worker.start()

    def _run(self, work: Work) -> None:
        outcome: BaseException | None = None
        try:
            work()
        except Exception as exc:  # every outcome goes back to the GUI thread to be shown
            outcome = exc
        try:
            self._finished.done.emit(outcome)
        except RuntimeError:  # the dialog went meanwhile (its window closed): nobody to tell
            log.info("sign-in work finished after its dialog closed")
        del outcome  # its traceback holds this frame (and self): no cycle left for the collector

    def _work_done(self, outcome: BaseException | None) -> None:
        from kvisa_desk.core.errors import ServiceError
        from kvisa_desk.ui.widgets.error_text import error_text

        # A dialog without a parent must be destroyed on the GUI thread (its busy bar's animation
        # lives there): the worker lets go of it before this one does. It is past its emit.
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        self._set_busy(False)
        if outcome is not None and isinstance(outcome, (ServiceError, *opening_refusals())):
            self.say(error_text(outcome))  # these say what is wrong and what to do
            return
        if outcome is not None:
            log.error("signing in failed: %s", type(outcome).__name__)
            self.say(
                self.tr("That did not work: {error}. Try again, or ask the administrator.").format(
                    error=type(outcome).__name__
                )
            )
            return
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.error.setText("")
        self.working.setText(self.working_text() if busy else "")
        self.working.setVisible(busy)
        self.working_bar.setVisible(busy)
        for index in range(self.form.count()):
            item = self.form.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not isinstance(widget, QLabel):
                widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if self.busy:  # the key is being worked on; closing now would leave it half-done
            return
        super().reject()

    def submit(self) -> Work | None:
        """Checks on the GUI thread; returns the part to run, beside it when slow()."""
        raise NotImplementedError

    def slow(self) -> bool:
        """The work touches a key slot (Argon2id): run it beside the GUI thread."""
        return False

    def working_text(self) -> str:
        return self.tr("Working…")


class SignInDialog(_FormDialog):
    """Username and password; `account` holds who signed in. Made with `db=None` while the
    database is still opening: `attach` gives it the database, and an OK pressed before then
    waits for it (the dialog shows it is opening the database meanwhile)."""

    def __init__(self, db: Database | None, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Sign in to KVisa Desk"),
            self.tr("Sign in with your KVisa Desk account."),
            parent,
            plain_text=db is not None,  # before any refusal is shown otherwise: see attach
        )
        self.db = db
        self.waiting_for_database = False
        self.account: Account | None = None
        self.username = _line_edit(username, self)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = _password_field(self, self.tr("Password"))
        self.form.addRow(self.tr("&Username"), self.username)
        self.form.addRow(self.tr("&Password"), self.password)
        self._label_sign_in()
        # Who to turn to, before the window (and its Help menu) can be reached.
        self.forgot = QLabel(
            self.tr(
                "Forgot your password? Officers and supervisors: ask an administrator for a "
                "one-time password. Administrators: on the computer that holds the database, "
                "run kvisa-desk db unlock ADMIN --recovery-key-file FILE with your username "
                "and the saved recovery key."
            ),
            self,
        )
        self.forgot.setWordWrap(True)
        self.forgot.setStyleSheet("color: #555555;")
        self.forgot.setAccessibleName(self.tr("Forgot your password?"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.error), self.forgot)
        (self.password if username else self.username).setFocus()

    def _label_sign_in(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The button box names its standard buttons anew ("OK") on a language change,
            # as when the start installs English's counted forms: named again after it.
            QTimer.singleShot(0, self._label_sign_in)

    def say(self, refusal: str) -> None:
        """A refusal: the password is cleared and the cursor put back in it, so the next
        keys type the right one and Enter cannot send the refused one again."""
        super().say(refusal)
        if not self.busy and self.db is not None:
            self.password.clear()
            (self.password if self.username.text().strip() else self.username).setFocus()

    def attach(self, db: Database) -> None:
        """The database is open: a sign-in that was waiting for it goes on now."""
        self.show_plain_text()
        self.db = db
        if self.waiting_for_database:
            self.waiting_for_database = False
            self._set_busy(False)
            self._submit()

    def _submit(self) -> None:
        if self.db is None:  # still opening: the officer was faster; OK goes on at attach
            if not self.busy:
                self.waiting_for_database = True
                self._set_busy(True)
            return
        super()._submit()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        # Waiting for the database, nothing is half-done yet: the officer may still leave.
        self.buttons.setEnabled(self.waiting_for_database or not busy)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.waiting_for_database)

    def reject(self) -> None:
        if self.waiting_for_database:
            self.waiting_for_database = False
            self._set_busy(False)
        super().reject()

    def submit(self) -> Work:
        from kvisa_desk.core.accounts import accounts

        db = self.db
        assert db is not None  # _submit waits for the database
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:  # asked here: an empty try must not count
            from kvisa_desk.core.errors import ServiceError

            missing = self.tr("Type your username.") if not username else None
            raise ServiceError(missing or self.tr("Type your password."))

        def sign_in() -> None:
            # Its own key slot, even when the key is held (switch user, the idle lock).
            self.account = accounts.authenticate(db, username, password, fresh_key=True)

        return sign_in

    def slow(self) -> bool:
        # An encrypted file: the first sign-in unwraps its key (Argon2id), and after a sign
        # out or a switch of user the next password is checked beside the GUI thread too.
        return self.db is not None and self.db.encrypted

    def working_text(self) -> str:
        if self.db is None:
            return self.tr("Opening the database…")
        return self.tr("Opening the encrypted database with your password…")
