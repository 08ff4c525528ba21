"""Checking many cases in the background: progress in the status bar, Cancel between batches.

The work commits a batch of cases at a time; Cancel lets the batch in hand finish and stops
there, so every case is either checked in full or untouched. The window stays usable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from kvisa_desk.core.checks.report import BatchSummary, check_many
from kvisa_desk.core.checks.runs import BATCH_SIZE, all_case_ids
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.labels import outcome_label
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress


class BatchProgress(QWidget):
    """A progress bar and a Cancel button, for the status bar."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("batch.progress")
        self.bar.setMaximumWidth(220)
        self.bar.setFormat(self.tr("%v of %m cases"))
        self.bar.setAccessibleName(self.tr("Checking progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("batch.cancel")
        self.cancel_button.clicked.connect(self.cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    def started(self) -> None:
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.setVisible(True)

    def advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))


def summary_text(summary: BatchSummary) -> str:
    locale = QLocale()
    counts = ", ".join(
        f"{outcome_label(outcome)} {locale.toString(summary.outcomes[outcome])}"
        for outcome in ("pass", "review", "fail")
        if summary.outcomes.get(outcome)
    )
    if summary.stopped:
        text = QCoreApplication.translate("BatchChecks", "Stopped: checked {done} of {total} cases")
    else:
        text = QCoreApplication.translate("BatchChecks", "Checked {done} of {total} cases")
    head = text.format(done=locale.toString(summary.checked), total=locale.toString(summary.total))
    return f"{head} ({counts})" if counts else head


class BatchChecks(QObject):
    """Runs one batch at a time; `finished` carries the BatchSummary."""

    finished = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, context: DeskContext, progress: BatchProgress, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._progress = progress
        self._progress.cancel_clicked.connect(self.cancel)
        self.operation: Operation[BatchSummary] | None = None
        self.batch_size = BATCH_SIZE  # cases per committed batch; Cancel acts between them

    @property
    def running(self) -> bool:
        return self.operation is not None

    def check_all(self) -> Operation[BatchSummary] | None:
        db = self._context.db
        return self._start(lambda: all_case_ids(db), self.tr("Checking every case…"))

    def check_cases(self, case_ids: Sequence[int]) -> Operation[BatchSummary] | None:
        ids = list(case_ids)
        label = self.tr("Checking {count} cases…").format(count=QLocale().toString(len(ids)))
        return self._start(lambda: ids, label)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self._progress.stopping()

    def _start(self, which: Callable[[], list[int]], label: str) -> Operation[BatchSummary] | None:
        if self.operation is not None:
            return None
        db, actor, batch_size = self._context.db, self._context.actor, self.batch_size

        def work(report: ReportProgress) -> BatchSummary:
            ids = which()
            report(0, len(ids))
            return check_many(db, ids, actor, report, lambda: report.cancelled, batch_size)

        operation = Operation(self._context.runner, work, label)
        operation.progress(self._progress.advanced)
        operation.success(self._done).failure(self._failed)
        self.operation = operation
        self._progress.started()
        self.running_changed.emit(True)
        return operation.run()

    def _end(self) -> None:
        self.operation = None
        self._progress.setVisible(False)
        self.running_changed.emit(False)

    def _done(self, summary: BatchSummary) -> None:
        self._end()
        self.finished.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self._context.prompts.error(
            None,
            self.tr("Checking stopped"),
            self.tr("The checks failed: {error}").format(error=error),
        )
