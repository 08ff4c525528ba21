"""The inbox watched while the window is open: the same pass as `kvisa-desk inbox run`,
every minute on the window's worker thread, its state and last pass in the status bar.

The folder is KVISA_INBOX, else this machine's choice (File ▸ Inbox folder…, kept in the
window's settings), else the one the post recorded (post setting inbox_folder). Nothing
is asked and no dialog appears when a pass fails: the status bar says so, and the next
minute tries again.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from kvisa_desk.core.accounts.permissions import Permission
from kvisa_desk.core.cases.worklist import known_posts
from kvisa_desk.core.database import Database
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress
from kvisa_desk.ui.widgets.roles import Roles

if TYPE_CHECKING:  # the inbox's importer loads pydantic: imported when a pass runs
    from kvisa_desk.core.exchange.inbox import InboxPass

ENV_INBOX = "KVISA_INBOX"
SETTING = "exchange/inbox_folder"
EVERY_MS = 60_000
FIRST_PASS_MS = 3_000  # soon after the window opens, not during its start


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxWatch", text)


def outcome_label(outcome: str) -> str:
    """What became of a submission, in the officer's words rather than the report's code."""
    labels = {
        "imported": tr("imported"),
        "recovered": tr("imported after an interrupted pass"),
        "rejected": tr("refused"),
        "duplicate": tr("already imported before"),
    }
    return labels.get(outcome, outcome)


class InboxWatch(QObject):
    """Runs an inbox pass every minute while the window is shown, one at a time. It owns
    File ▸ Inbox folder… (`action`) and its state for the status bar (`label`); it says by
    signal when cases came in (`cases_imported`) and what to tell the officer (`message`)."""

    pass_done = Signal(object)  # InboxPass
    pass_failed = Signal(str)
    cases_imported = Signal()  # the worklist has new cases to show
    message = Signal(str, int)  # what to tell the officer, for how many milliseconds

    def __init__(self, context: DeskContext, reader: OperationRunner, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("exchange.inbox_watch")
        self._context = context
        self._reader = reader  # reads that may wait for a server, off the GUI thread
        self._window = window  # the dialog's parent; passes run only while it is shown
        self.operation: Operation[InboxPass] | None = None
        self.post_default: Path | None = None  # read when the watch starts
        self.last_pass: tuple[str, str] | None = None  # its status bar text and tooltip
        self.label = QLabel()  # the window puts it in its status bar
        self.label.setObjectName("exchange.inbox_state")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run_pass)
        self.action = QAction(tr("Inbo&x folder…"), self)
        self.action.setObjectName("action.inbox_folder")
        self.action.setStatusTip(tr("The folder this computer imports applications from"))
        self.action.triggered.connect(self.choose_folder)

    def _settings(self) -> QSettings:
        return self._context.settings or QSettings()

    def folder(self) -> Path | None:
        named = os.environ.get(ENV_INBOX) or self._settings().value(SETTING, "")
        return Path(str(named)).expanduser() if named else self.post_default

    @staticmethod
    def _post_default(db: Database) -> Path | None:
        """The folder the post recorded (post setting inbox_folder), when exactly one is."""
        from kvisa_desk.core.exchange.inbox import post_inbox_folder

        found = {f for p in known_posts(db) if (f := post_inbox_folder(db, p)) is not None}
        return found.pop() if len(found) == 1 else None

    def start(self, roles: Roles) -> None:
        """Watch, if this account may import and the database can be written; say in the
        status bar what is watched. The post's default folder is read on the reading thread
        (the server may be away)."""
        if not roles.may(Permission.IMPORT) or self._context.db.read_only:
            self.action.setEnabled(False)
            self.label.setVisible(False)
            return
        self.show_state()
        self.timer.start()
        db = self._context.db

        def read(_report: ReportProgress) -> Path | None:
            return self._post_default(db)

        def found(folder: Path | None) -> None:
            self.post_default = folder
            self.show_state()
            if self.folder() is not None:
                QTimer.singleShot(FIRST_PASS_MS, self.run_pass)

        def failed(_error: BaseException) -> None:
            if self.folder() is not None:  # this computer's own folder: watch it anyway
                QTimer.singleShot(FIRST_PASS_MS, self.run_pass)

        Operation(self._reader, read).success(found).failure(failed).run()

    def show_state(self, text: str = "", detail: str = "") -> None:
        """The last pass's outcome (TEXT, DETAIL), or what is watched before the first."""
        if text:
            self.last_pass = (text, detail)
        folder = self.folder()
        if folder is None:
            self.label.setText(tr("Inbox: not set"))
            self.label.setToolTip(
                tr("Choose File ▸ Inbox folder…, or set {variable}.").format(variable=ENV_INBOX)
            )
            return
        text, detail = self.last_pass or (tr("Inbox: watching"), "")
        self.label.setText(text)
        self.label.setToolTip(f"{folder}\n{detail}".strip())

    def choose_folder(self) -> None:
        current = str(self.folder() or "")
        chosen = QFileDialog.getExistingDirectory(self._window, tr("Inbox folder"), current)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self._settings().setValue(SETTING, str(folder))
        self.last_pass = None  # another folder: nothing known of it yet
        self.show_state()
        self.run_pass()

    def stop(self) -> None:
        """The window closes (quit, sign out): no pass starts after this one, as the runners it
        would use are about to go with the window."""
        self.stopped = True
        self.timer.stop()

    def run_pass(self) -> Operation[InboxPass] | None:
        """One pass on the worker thread; None when one is running or nothing is watched."""
        if self.stopped:
            return None
        folder = self.folder()
        if self.operation is not None or folder is None or not self._window.isVisible():
            return None
        db, actor = self._context.db, self._context.actor

        def work(_report: ReportProgress) -> InboxPass:
            from kvisa_desk.core.exchange.inbox import run_inbox_pass

            return run_inbox_pass(db, actor, folder)

        operation = Operation(self._context.runner, work, tr("Checking the inbox…"))
        self.operation = operation.success(self._done).failure(self._failed)
        return self.operation.run()

    def _done(self, done: InboxPass) -> None:
        self.operation = None
        imported = done.count("imported", "recovered")
        refused = done.count("rejected", "duplicate")
        when = datetime.now().strftime("%H:%M")
        text = tr("Inbox {time}: {imported} imported, {refused} rejected, {waiting} waiting")
        detail = "\n".join(
            f"{r.name}: {outcome_label(r.outcome)}" + (f" ({r.reason})" if r.reason else "")
            for r in done.results
        )
        self.show_state(
            text.format(time=when, imported=imported, refused=refused, waiting=len(done.waiting)),
            detail,
        )
        if imported:
            self.cases_imported.emit()  # the new cases appear in the worklist
        if refused:
            self.message.emit(
                tr("The inbox refused {count} submissions: see its rejected folder.").format(
                    count=refused
                ),
                15_000,
            )
        self.pass_done.emit(done)

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        self.show_state(tr("Inbox: cannot be used"), str(error))
        self.pass_failed.emit(str(error))
