"""File ▸ Export worklist… (Ctrl+E): the selected cases, or every case of the current filter,
to CSV or XLSX, on the worker thread with progress and a Cancel button.

The file has the columns the officer's worklist shows, in its order, with labels in the
window's language and a code column beside status and check outcome.
core.exports writes the file (formula cells neutralised, written aside and renamed, so a
cancel leaves no file) and records the export. A filter core can state in words (status,
check outcome) is exported as such; any other filter (queue, search, nationality, officer,
dates) is exported as the list of the cases it finds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases.worklist import WorklistQuery, WorklistRow, worklist_page
from kvisa_desk.core.database import Database
from kvisa_desk.core.reports.exports import ExportCancelled, ExportReport, export_worklist
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.file_dialogs import EXPORTS, ask_save_file
from kvisa_desk.ui.widgets.labels import language as window_language
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.worklist.panel import WorklistPanel

PAGE = 5000


def tr(text: str) -> str:
    return QCoreApplication.translate("WorklistExport", text)


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # "csv" or "xlsx"
    selection: bool  # the selected cases rather than the whole filter


def filter_case_ids(db: Database, query: WorklistQuery, actor: str) -> list[int]:
    """Every case the worklist query finds, read by key a page at a time."""
    keyed = replace(query, sort="case", descending=False)
    ids: list[int] = []
    after: WorklistRow | None = None
    while True:
        rows = worklist_page(db, keyed, actor, 0, PAGE, after=after)
        ids += [r.case_id for r in rows]
        if len(rows) < PAGE:
            return ids
        after = rows[-1]


def _in_words(query: WorklistQuery) -> bool:
    """Whether core's export filter (status, outcome) says all of this query."""
    plain = WorklistQuery(status=query.status, outcome=query.outcome)
    return replace(query, sort=plain.sort, descending=plain.descending) == plain


class ExportOptions(QDialog):
    """CSV or XLSX; the selected cases or the whole filter."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export worklist"))
        self.csv = QRadioButton(self.tr("&CSV (UTF-8, opens in any spreadsheet)"), self)
        self.xlsx = QRadioButton(self.tr("&XLSX (Excel, dates as dates)"), self)
        self.selection = QRadioButton(
            self.tr("The &selected cases ({count})").format(count=selected), self
        )
        self.everything = QRadioButton(self.tr("Every case of the current &filter"), self)
        self.selection.setEnabled(selected > 0)
        layout = QVBoxLayout(self)
        for title, choices in (
            (self.tr("Format"), (self.csv, self.xlsx)),
            (self.tr("Cases"), (self.selection, self.everything)),
        ):
            box = QGroupBox(title, self)
            group = QButtonGroup(box)
            inner = QVBoxLayout(box)
            for button in choices:
                group.addButton(button)
                inner.addWidget(button)
            layout.addWidget(box)
        # Checked once grouped: before, all four radio buttons exclude one another.
        self.csv.setChecked(True)
        (self.selection if selected > 1 else self.everything).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        return ExportChoice("xlsx" if self.xlsx.isChecked() else "csv", self.selection.isChecked())


class WorklistExport(QObject):
    """File ▸ Export worklist… (Ctrl+E): its action, and one export at a time of the
    worklist's selection or filter; `message` is for the window's status bar."""

    message = Signal(str, int)  # what to tell the officer, for how many milliseconds

    def __init__(self, context: DeskContext, worklist: WorklistPanel, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("worklist.export")
        self._context = context
        self._worklist = worklist
        self._window = window  # the dialogs' parent
        self.progress: QProgressDialog | None = None
        self.operation: Operation[ExportReport] | None = None
        self.action = QAction(tr("&Export worklist…"), self)
        self.action.setObjectName("action.export_worklist")
        self.action.setShortcut(QKeySequence(tr("Ctrl+E")))
        self.action.setStatusTip(
            tr("The selected cases, or every case of the filter, to CSV or XLSX")
        )
        self.action.triggered.connect(self.ask)

    def ask(self) -> None:
        selected = len(self._worklist.view.selected_case_ids())
        options = ExportOptions(selected, self._window)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        choice = options.choice()
        name = f"worklist-{date.today().isoformat()}.{choice.fmt}"
        pattern = tr("CSV files (*.csv)") if choice.fmt == "csv" else tr("Excel files (*.xlsx)")
        context = self._context
        path = ask_save_file(
            self._window, context.settings, context.actor, EXPORTS, tr("Export the worklist"),
            name, pattern,
        )  # fmt: skip
        if path is not None:
            self.export_to(path, choice)

    def export_to(self, path: Path, choice: ExportChoice) -> Operation[ExportReport] | None:
        if self.operation is not None:
            self.message.emit(tr("An export is running already."), 5000)
            return None
        db, actor = self._context.db, self._context.actor
        query = self._worklist.query()
        ids = self._worklist.view.selected_case_ids() if choice.selection else None
        columns = self._worklist.view.shown_column_keys()  # the worklist's, in its order
        language = window_language()

        def work(report: ReportProgress) -> ExportReport:
            if report.cancelled:  # cancelled while it waited for the worker
                raise ExportCancelled("the export was cancelled")
            case_ids = ids
            status = outcome = None
            if case_ids is None and _in_words(query):
                status, outcome = query.status, query.outcome
            elif case_ids is None:
                case_ids = filter_case_ids(db, query, actor)
            return export_worklist(
                db, path, choice.fmt, actor, status, outcome, case_ids,
                progress=report, cancelled=lambda: report.cancelled, every=500,
                columns=columns, language=language if language != "pseudo" else "en",
            )  # fmt: skip

        progress = QProgressDialog(tr("Exporting the worklist…"), tr("Cancel"), 0, 0, self._window)
        progress.setObjectName("export.progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        self.progress = progress
        operation = Operation(self._context.runner, work, tr("Exporting the worklist…"))
        progress.canceled.connect(operation.cancel)
        self.operation = operation.progress(self._progressed).success(self._done)
        self.operation.failure(self._failed).run()
        return self.operation

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total) if total else 0)

    def _finish(self, text: str) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        self.operation = None
        self.message.emit(text, 15_000)

    def _done(self, report: ExportReport) -> None:
        self._finish(
            tr("{count} cases exported to {path}.").format(
                count=f"{report.rows:,}", path=report.path
            )
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self._finish(tr("Export cancelled: no file was written."))
            return
        self._finish(tr("The worklist was not exported."))
        self._context.prompts.error(self._window, tr("Export worklist"), error_text(error))
