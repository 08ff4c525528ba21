"""The case view's exports: save or print the case summary, make the disclosure bundle.

Each asks what to leave out (screening facts, internal notes, officers' names) and, for the
summary, in which language; core writes and records every one (`export_case_summary`,
`make_bundle`). The work runs on the worker thread; printing paints the summary's pages
onto the printer there too (QtPdf, as letters are printed).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.ui.letters.preview import PRINT_DPI, print_pages
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.file_dialogs import (
    BUNDLES,
    SUMMARIES,
    ask_folder,
    ask_save_file,
    propose_print_file,
    proposed_name,
    remember_print_file,
)
from kvisa_desk.ui.widgets.labels import language
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress

if TYPE_CHECKING:
    from kvisa_desk.core.cases.cases import CaseDetail
    from kvisa_desk.core.reports.bundle import BundleReport

# core.bundle and core.summary (ReportLab, Pillow: ~12 MB) are imported by the work that
# writes a PDF, not by every window that might one day write one.

T = TypeVar("T")


def new_bundle_folder(parent: Path, case_ref: str, day: date | None = None) -> Path:
    """`C0000042-disclosure-2026-11-29` in PARENT, with -2, -3, ... if that is taken."""
    base = f"{case_ref}-disclosure-{(day or date.today()).isoformat()}"
    candidate, number = parent / base, 1
    while candidate.exists():
        number += 1
        candidate = parent / f"{base}-{number}"
    return candidate


class CaseExportOptions(QDialog):
    """What to leave out, and the summary's language."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.language = QComboBox(self)
        self.language.setObjectName("exports.language")
        for code, text in (
            ("en", self.tr("English")),
            ("zh", self.tr("Chinese")),
            ("en+zh", self.tr("English and Chinese")),
        ):
            self.language.addItem(text, code)
        # The window's language first (a Chinese window offered English); pseudo reads English.
        self.language.setCurrentIndex(max(self.language.findData(language()), 0))
        self.redact = {
            "screening": QCheckBox(self.tr("&Screening facts (re-entry ban, security, funds)")),
            "notes": QCheckBox(self.tr("Internal &notes")),
            "officers": QCheckBox(self.tr("&Officers' names")),
        }  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        explain = QLabel(
            self.tr("Leave out (the summary and the manifest say what was left out and why):"),
            self,
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        for name, box in self.redact.items():
            box.setObjectName(f"exports.redact.{name}")
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, tuple[str, ...]]:
        redactions = tuple(name for name, box in self.redact.items() if box.isChecked())
        return str(self.language.currentData()), redactions


class CaseExports(QObject):
    """The exports of the case that `case` returns, their actions and button on `view`."""

    said = Signal(str)  # what the officer is told when an export ends
    finished = Signal(object)  # the written path, the number of printed pages, or a bundle

    def __init__(self, context: DeskContext, case: Callable[[], CaseDetail], view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self._case = case  # asked at each export: the case as the view shows it now
        self._printer: QPrinter | None = None  # kept alive while the worker paints on it

        def action(name: str, text: str, keys: str, slot: Callable[[], None]) -> QAction:
            made = QAction(text, view)
            made.setObjectName(f"case.{name}")
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(slot)
            view.addAction(made)
            return made

        self.action_save_summary = action(
            "save_summary",
            self.tr("&Save summary…"),
            self.tr("Ctrl+Shift+S"),
            self.ask_save_summary,
        )
        self.action_print_summary = action(
            "print_summary", self.tr("&Print summary…"), self.tr("Ctrl+P"), self.ask_print_summary
        )
        self.action_bundle = action(
            "bundle", self.tr("Disclosure &bundle…"), self.tr("Ctrl+Shift+B"), self.ask_bundle
        )
        menu = QMenu(view)
        menu.addActions([self.action_save_summary, self.action_print_summary, self.action_bundle])
        self.button = QToolButton(view)
        self.button.setObjectName("case.exports")
        self.button.setText(self.tr("E&xport"))
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    @property
    def case_ref(self) -> str:
        return self._case().case_ref

    def _options(self, title: str) -> tuple[str, tuple[str, ...]] | None:
        dialog = CaseExportOptions(title, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def _run(
        self, work: Callable[[ReportProgress], T], label: str, done: Callable[[T], None]
    ) -> Operation[T]:
        def failed(error: BaseException) -> None:
            self.said.emit(self.tr("Not done: {reason}").format(reason=error))

        self.said.emit(label)  # until it ends: the officer sees it is under way
        return Operation(self.context.runner, work, label).success(done).failure(failed).run()

    # The summary, saved

    def ask_save_summary(self) -> None:
        chosen = self._options(self.tr("Save the case summary"))
        if chosen is None:
            return
        context = self.context
        path = ask_save_file(
            self.view, context.settings, context.actor, SUMMARIES,
            self.tr("Save the case summary"), proposed_name(self.case_ref, "summary", ".pdf"),
            self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path is not None:
            self.save_summary_to(path, *chosen)

    def save_summary_to(
        self, path: Path, language: str = "en", redactions: tuple[str, ...] = ()
    ) -> Operation[Path]:
        db, actor, case = self.context.db, self.context.actor, self._case().case_id

        def work(_report: ReportProgress) -> Path:
            from kvisa_desk.core.reports.summary import export_case_summary

            return export_case_summary(db, actor, case, path, language, redactions)

        def done(written: Path) -> None:
            self.said.emit(self.tr("Summary saved to {path}.").format(path=written))
            self.finished.emit(written)

        return self._run(work, self.tr("Writing the case summary…"), done)

    # The summary, printed

    def ask_print_summary(self) -> None:
        chosen = self._options(self.tr("Print the case summary"))
        if chosen is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        context = self.context
        name = proposed_name(self.case_ref, "summary", ".pdf")
        propose_print_file(printer, context.settings, context.actor, SUMMARIES, name)
        if QPrintDialog(printer, self.view).exec() == QDialog.DialogCode.Accepted:
            remember_print_file(printer, context.settings, context.actor, SUMMARIES)
            self.print_summary_to(printer, *chosen)

    def print_summary_to(
        self, printer: QPrinter, language: str = "en", redactions: tuple[str, ...] = ()
    ) -> Operation[int]:
        db, actor, case = self.context.db, self.context.actor, self._case().case_id
        self._printer = printer

        def work(report: ReportProgress) -> int:
            from kvisa_desk.core.reports.summary import export_case_summary

            # Through a file, so the printout is recorded as the summary export it is.
            with tempfile.TemporaryDirectory(prefix="kvisa-print-") as folder:
                pdf = export_case_summary(
                    db, actor, case, Path(folder) / "summary.pdf", language, redactions,
                    purpose="print",
                ).read_bytes()  # fmt: skip
            return print_pages(pdf, printer, lambda: report.cancelled)

        def done(pages: int) -> None:
            self._printer = None
            self.said.emit(self.tr("Summary printed ({pages} pages).").format(pages=pages))
            self.finished.emit(pages)

        return self._run(work, self.tr("Printing the case summary…"), done)

    # The disclosure bundle

    def ask_bundle(self) -> None:
        chosen = self._options(self.tr("Disclosure bundle"))
        if chosen is None:
            return
        context = self.context
        folder = ask_folder(
            self.view, context.settings, context.actor, BUNDLES,
            self.tr("Folder to put the bundle in (a new folder is made there)"),
        )  # fmt: skip
        if folder is not None:
            self.bundle_to(new_bundle_folder(folder, self.case_ref), *chosen)

    def bundle_to(
        self, folder: Path, language: str = "en", redactions: tuple[str, ...] = ()
    ) -> Operation[BundleReport]:
        db, actor, case = self.context.db, self.context.actor, self._case().case_id

        def work(report: ReportProgress) -> BundleReport:
            from kvisa_desk.core.reports.bundle import make_bundle

            return make_bundle(
                db, actor, case, folder, redactions, language=language,
                progress=report, cancelled=lambda: report.cancelled,
            )  # fmt: skip

        def done(bundle: BundleReport) -> None:
            self.said.emit(
                self.tr("Disclosure bundle written to {path}: {count} files.").format(
                    path=bundle.folder, count=len(bundle.files)
                )
            )
            self.finished.emit(bundle)

        return self._run(work, self.tr("Writing the disclosure bundle…"), done)
