"""File ▸ Import applications… (Ctrl+I), and application files dropped on the worklist.

The import runs on the worker thread behind a progress dialog whose Cancel stops it between
records: the records read before are kept whole, the rest of the file is not read. The result
dialog then lists every record, and the window shows the new cases.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressDialog, QWidget

from kvisa_desk.core.applications.raw import FileRefused
from kvisa_desk.core.cases.search import catch_up
from kvisa_desk.ui.imports.result_dialog import ImportResultDialog, open_import_format
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.file_dialogs import IMPORT_SUFFIXES, IMPORTS, ask_open_file
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.vocab import DEFAULT_POST

if TYPE_CHECKING:  # the importer (pydantic) loads with the first import, not with the window
    from kvisa_desk.core.applications.importer import ImportReport

PROGRESS_AFTER_MS = 400  # a small file is done before a progress dialog would show


def tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationImport", text)


def is_application_file(path: Path) -> bool:
    return path.suffix.lower() in IMPORT_SUFFIXES


class ApplicationImport(QObject):
    """Owns the Import action, the progress dialog and the result dialog of one window."""

    imported = Signal(object)  # the ImportReport, when an import has written (or stopped)
    show_case = Signal(int)  # the result dialog's "Show the imported cases": the first one
    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(self, context: DeskContext, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("import.applications")
        self._context = context
        self._window = window
        self.operation: Operation[ImportReport] | None = None
        self.progress: QProgressDialog | None = None
        self.result: ImportResultDialog | None = None
        self.action = QAction(tr("&Import applications…"), self)
        self.action.setObjectName("action_import")
        self.action.setShortcut(QKeySequence(tr("Ctrl+I")))
        self.action.setStatusTip(
            tr("Make cases of an application file: JSON, JSON Lines or CSV (kvisa-application/1)")
        )
        self.action.triggered.connect(self.ask)
        # Help ▸ The import file format: the copy installed with the program.
        self.format_action = QAction(tr("The import file &format"), self)
        self.format_action.setObjectName("action_import_format")
        self.format_action.setStatusTip(
            tr("Every field of an application file, examples, and what each error means")
        )
        self.format_action.triggered.connect(open_import_format)

    def ask(self) -> Operation[ImportReport] | None:
        context = self._context
        path = ask_open_file(
            self._window, context.settings, context.actor, IMPORTS, tr("Import applications")
        )
        return self.start(path) if path is not None else None

    def start(self, path: Path) -> Operation[ImportReport] | None:
        """Import the file at PATH (its listed documents from its folder)."""
        if self.operation is not None:
            self.message.emit(tr("An import is running already: wait for it to end."), 8000)
            return None
        if not is_application_file(path):
            self._context.prompts.error(
                self._window,
                tr("Import applications"),
                tr(
                    "{file} is not an application file. Import takes .json, .jsonl or .csv "
                    "files in the kvisa-application/1 format (Help: the import file format)."
                ).format(file=path.name),
            )
            return None
        db, actor = self._context.db, self._context.actor

        def work(report: ReportProgress) -> ImportReport:
            from kvisa_desk.core.applications.importer import import_file

            done = import_file(
                db,
                path,
                actor,
                DEFAULT_POST,
                progress=lambda count: report(count, 0),
                cancelled=lambda: report.cancelled,
            )
            if done.imported:
                catch_up(db)  # index the new cases, so a search finds them at once
            return done

        self.progress = self._progress_dialog(path)
        label = tr("Importing {file}…").format(file=path.name)
        operation = Operation(self._context.runner, work, label)
        operation.progress(self._progressed).success(self._done)
        operation.failure(lambda error: self._failed(path, error))
        self.operation = operation
        self.progress.canceled.connect(self.cancel)
        return operation.run()

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            if self.progress is not None:
                self.progress.setLabelText(
                    tr("Stopping after the record being read; the records before are kept…")
                )

    def _progress_dialog(self, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(
            tr("Importing {file}…").format(file=path.name), tr("Cancel"), 0, 0, self._window
        )
        dialog.setObjectName("import.progress")
        dialog.setWindowTitle(tr("Import applications"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setValue(0)
        return dialog

    def _progressed(self, done: int, _total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setLabelText(
                QCoreApplication.translate("ApplicationImport", "%Ln records read…", None, done)
            )

    def _finished(self) -> None:
        self.operation = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, report: ImportReport) -> None:
        self._finished()
        self.imported.emit(report)
        self.message.emit(
            tr("{file}: {imported} imported, {rejected} rejected").format(
                file=report.source, imported=report.imported, rejected=report.rejected_records
            ),
            15_000,
        )
        dialog = ImportResultDialog(
            report, self._context.actor, self._context.settings, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_cases.connect(self.show_case)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "result", None))
        self.result = dialog
        dialog.open()

    def _failed(self, path: Path, error: BaseException) -> None:
        self._finished()
        if isinstance(error, FileRefused):
            text = tr("{file} cannot be imported: {reason}. Nothing was imported.")
        else:
            text = tr("The import of {file} failed: {reason}. Nothing was imported.")
        self._context.prompts.error(
            self._window, tr("Import applications"), text.format(file=path.name, reason=error)
        )
