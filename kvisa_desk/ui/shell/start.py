"""`kvisa-desk`'s start: the sign-in dialog on screen first, the rest loaded while the officer
types.

Importing the window's modules (core, SQLAlchemy, the store, the main window) and opening the
database take about a second; a bare Qt window shows in about a tenth of that. So this
module imports only PySide6 and the light sign-in dialog: the dialog is shown, then a thread
imports kvisa_desk.ui.shell.app and opens the database (kvisa_desk.ui.shell.app
.open_for_window). An OK pressed before it is done waits for it. A database without an
administrator closes the dialog for the first-run one; a database that cannot be opened
closes it for the message saying why. With KVISA_PASSWORD set (scripts, kiosks) or a new
file given by --db, nothing is worth showing early: the start is the one-step-at-a-time one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from kvisa_desk.ui.shell.qt_app import application
from kvisa_desk.ui.shell.sign_in_form import SignInDialog, offered_username

if TYPE_CHECKING:
    from kvisa_desk.ui.shell.app import WindowDatabase

# The dialog's answer when the database has no administrator yet / could not be opened.
FIRST_RUN = 2
CANNOT_OPEN = 3
ENV_PASSWORD = "KVISA_PASSWORD"


class _Loaded(QObject):
    """Carries the opened database (or why not) to the GUI thread (a queued signal)."""

    done = Signal(object)


class DeskStart(QObject):
    """The sign-in dialog, shown at once; the window's modules and the database loaded on a
    thread once it has been painted."""

    arrived = Signal()  # the thread is done: the dialog has its database, or was closed

    def __init__(self, args: argparse.Namespace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.args = args
        self.actor = offered_username(args.user)  # the last to sign in here, never "root"
        self.dialog = SignInDialog(None, self.actor)
        self._outcome: WindowDatabase | Exception | None = None
        self._thread: threading.Thread | None = None
        self._loaded = _Loaded(self)
        self._loaded.done.connect(self._arrived)

    def show(self) -> SignInDialog:
        self.dialog.show()
        QTimer.singleShot(0, self.start_loading)  # after the dialog's first paint
        return self.dialog

    def start_loading(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="desk-start", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        outcome: WindowDatabase | Exception
        try:
            from kvisa_desk.logs import configure_logging

            configure_logging()
            from kvisa_desk.ui.shell import app as desk
            from kvisa_desk.ui.widgets.translations import english_counted

            english_counted()  # read here; installed on the GUI thread when this is done
            outcome = desk.open_for_window(self.args)
            _prepare_qt_types()
        except Exception as exc:  # an import that broke: raised again on the GUI thread
            outcome = exc
        self._outcome = outcome
        with contextlib.suppress(RuntimeError):  # the start went meanwhile (cancelled)
            self._loaded.done.emit(outcome)

    def _arrived(self, outcome: WindowDatabase | Exception) -> None:
        application()  # what the early start left for later: English's counted forms
        if isinstance(outcome, Exception) or outcome.opened is None:
            self.dialog.done(CANNOT_OPEN)
        elif not outcome.has_administrator:
            self.dialog.done(FIRST_RUN)
        else:
            self.dialog.attach(outcome.opened.db)
        self.arrived.emit()

    def loaded(self) -> WindowDatabase:
        """What the thread opened, once it is done (waiting for it if need be)."""
        self.start_loading()
        assert self._thread is not None
        self._thread.join()
        if isinstance(self._outcome, Exception):
            raise self._outcome
        assert self._outcome is not None
        return self._outcome

    def finish(self, app: QApplication, answer: int) -> int:
        """After the dialog: the first-run dialog, a password to change, or the message why
        the database did not open; then the window until the officer quits."""
        from kvisa_desk.ui.shell import app as desk
        from kvisa_desk.ui.shell.desk_session import dialog_sign_in
        from kvisa_desk.ui.shell.sign_in import after_sign_in

        database = self.loaded()
        if database.opened is None:
            return 0 if answer == QDialog.DialogCode.Rejected.value else desk.cannot_open(database)
        db = database.opened.db
        try:
            sign_in = dialog_sign_in(db)
            account = self.dialog.account
            self.dialog.deleteLater()  # answered: destroyed here, on the GUI thread
            if answer == FIRST_RUN:
                signed = sign_in(None, self.actor, True)
            elif answer == QDialog.DialogCode.Accepted.value:
                signed = after_sign_in(db, account, None)
            else:
                return 0  # the officer cancelled the sign-in
            if signed is None:
                return 0
            return desk.run_desk(app, database.opened, signed, sign_in)
        finally:
            db.dispose()


def _prepare_qt_types() -> None:
    """PySide6 makes a Qt class's Python enums when the class is first used (~0.2 s over the
    main window's classes, on the GUI thread as it first paints): made here instead, while
    the officer types, by touching every class the window may use."""
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            kind = getattr(module, name)
            if isinstance(kind, type):
                vars(kind)  # its enums and nested types are made on this first look


def _new_file(args: argparse.Namespace) -> bool:
    """--db names a file not made yet: the first-run dialog comes first, so no sign-in."""
    if not args.db:
        return False
    path = Path(args.db).expanduser()
    return not path.exists() or path.stat().st_size == 0


def run_window(args: argparse.Namespace) -> int:
    """`kvisa-desk` with no subcommand: sign in, then the window until it closes."""
    if os.environ.get(ENV_PASSWORD) is not None or _new_file(args):
        from kvisa_desk.ui.shell import app as desk

        return desk.run_window(args)
    app = application(early=True)
    start = DeskStart(args)
    start.show()
    return start.finish(app, start.dialog.exec())
