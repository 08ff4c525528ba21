"""File ▸ Send decisions…: the post's next signed batch of decisions into a folder, as
`kvisa-desk outbox export` writes it, on the worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from kvisa_desk.core.cases.worklist import known_posts
from kvisa_desk.core.exchange.outbox import BatchWritten, export_batch
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress

if TYPE_CHECKING:
    from kvisa_desk.ui.shell.main_window import MainWindow

SETTING = "exchange/outbox_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("SendDecisions", text)


class SendDecisions(QObject):
    """Asks where (and, at a database of several posts, which post), then writes the batch."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exchange.send_decisions")
        self.window = window
        self.operation: Operation[BatchWritten | None] | None = None

    def _settings(self) -> QSettings:
        return self.window.context.settings or QSettings()

    def ask(self) -> None:
        posts = known_posts(self.window.db)
        post: str | None = None
        if len(posts) > 1:
            post, ok = QInputDialog.getItem(
                self.window, tr("Send decisions"), tr("Decisions of the post:"), posts, 0, False
            )
            if not ok:
                return
        last = str(self._settings().value(SETTING, ""))
        chosen = QFileDialog.getExistingDirectory(
            self.window, tr("Send decisions to the folder"), last
        )
        if chosen:
            self._settings().setValue(SETTING, chosen)
            self.send_to(Path(chosen), post)

    def send_to(
        self, folder: Path, post: str | None = None
    ) -> Operation[BatchWritten | None] | None:
        if self.operation is not None:
            self.window.statusBar().showMessage(tr("Decisions are being sent already."), 5000)
            return None
        db, actor = self.window.db, self.window.actor

        def work(_report: ReportProgress) -> BatchWritten | None:
            return export_batch(db, actor, folder, post=post)

        operation = Operation(self.window.runner, work, tr("Sending decisions…"))
        self.operation = operation.success(self._done).failure(self._failed)
        return self.operation.run()

    def _done(self, batch: BatchWritten | None) -> None:
        self.operation = None
        if batch is None:
            text = tr("Nothing new to send: no batch was written.")
        else:
            text = tr("Batch {number} of {post} written to {folder}: {records} decisions.").format(
                number=batch.number, post=batch.post, folder=batch.folder, records=batch.records
            )
        self.window.statusBar().showMessage(text, 20_000)

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        self.window.statusBar().showMessage(tr("No decisions were sent."), 10_000)
        self.window.prompts.error(self.window, tr("Send decisions"), str(error))


def add_send_decisions_action(window: MainWindow, menu: QMenu) -> QAction:
    """File ▸ Send decisions…."""
    sender = SendDecisions(window)
    action = QAction(tr("Send &decisions…"), window)
    action.setObjectName("action.send_decisions")
    action.setStatusTip(
        tr("Every decision not yet sent, as the next signed batch for the service centre")
    )
    action.triggered.connect(sender.ask)
    menu.addAction(action)
    return action
