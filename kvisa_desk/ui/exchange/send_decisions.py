"""File ▸ Send decisions…: the post's next signed batch of decisions into a folder, as
`kvisa-desk outbox export` writes it, on the worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from kvisa_desk.core.cases.worklist import known_posts
from kvisa_desk.core.exchange.outbox import BatchWritten, export_batch
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress

SETTING = "exchange/outbox_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("SendDecisions", text)


class SendDecisions(QObject):
    """File ▸ Send decisions…: its action; asks where (and, at a database of several posts,
    which post), then writes the batch. `message` is for the window's status bar."""

    message = Signal(str, int)  # what to tell the officer, for how many milliseconds

    def __init__(self, context: DeskContext, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("exchange.send_decisions")
        self._context = context
        self._window = window  # the dialogs' parent
        self.operation: Operation[BatchWritten | None] | None = None
        self.action = QAction(tr("Se&nd decisions…"), self)
        self.action.setObjectName("action.send_decisions")
        self.action.setStatusTip(
            tr("Every decision not yet sent, as the next signed batch for the service centre")
        )
        self.action.triggered.connect(self.ask)

    def _settings(self) -> QSettings:
        return self._context.settings or QSettings()

    def ask(self) -> None:
        posts = known_posts(self._context.db)
        post: str | None = None
        if len(posts) > 1:
            post, ok = QInputDialog.getItem(
                self._window, tr("Send decisions"), tr("Decisions of the post:"), posts, 0, False
            )
            if not ok:
                return
        last = str(self._settings().value(SETTING, ""))
        chosen = QFileDialog.getExistingDirectory(
            self._window, tr("Send decisions to the folder"), last
        )
        if chosen:
            self._settings().setValue(SETTING, chosen)
            self.send_to(Path(chosen), post)

    def send_to(
        self, folder: Path, post: str | None = None
    ) -> Operation[BatchWritten | None] | None:
        if self.operation is not None:
            self.message.emit(tr("Decisions are being sent already."), 5000)
            return None
        db, actor = self._context.db, self._context.actor

        def work(_report: ReportProgress) -> BatchWritten | None:
            return export_batch(db, actor, folder, post=post)

        operation = Operation(self._context.runner, work, tr("Sending decisions…"))
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
        self.message.emit(text, 20_000)

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        self.message.emit(tr("No decisions were sent."), 10_000)
        self._context.prompts.error(self._window, tr("Send decisions"), str(error))
