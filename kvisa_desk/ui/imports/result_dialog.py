"""What an import did, record by record: imported, unchanged, changed (with the fields that
differ) and rejected (with the field and the reason), each at its place in the file. The
list can be copied or saved as text; a link opens the format's description."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.shipped import import_format_doc
from kvisa_desk.ui.imports.result_rows import (
    CHANGED,
    REJECTED,
    ImportResultModel,
    ResultRow,
    not_listed,
    report_text,
    rows_of,
    summary_text,
)
from kvisa_desk.ui.widgets.file_dialogs import IMPORTS, ask_save_file

if TYPE_CHECKING:
    from kvisa_desk.core.applications.importer import ImportReport

SIZE = (1100, 560)
COLUMN_WIDTHS = (150, 190, 190, 190)  # the last column stretches


def open_import_format() -> bool:
    """The installed docs/import-format.md, in the system's viewer for Markdown or text."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(import_format_doc())))


class ImportResultDialog(QDialog):
    show_cases = Signal(int)  # the first imported case's id: "Show the imported cases"
    saved = Signal(object)  # the Path the list was saved to

    def __init__(
        self,
        report: ImportReport,
        actor: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import.result")
        self.report = report
        self._actor = actor
        self._settings = settings
        self.setWindowTitle(self.tr("Import of {file}").format(file=report.source))
        self.all_rows = rows_of(report)

        self.headline = QLabel(self._headline(), self)
        self.headline.setObjectName("import.result.headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.summary = QLabel(summary_text(report), self)
        self.summary.setObjectName("import.result.summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel(self._note(), self)
        self.note.setObjectName("import.result.note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(self.note.text()))

        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("import.result.filter")
        self.show_filter.addItem(self.tr("Every record"), "all")
        self.show_filter.addItem(self.tr("Problems only (rejected and changed)"), "problems")
        self.show_filter.currentIndexChanged.connect(self._filter)
        shown_label = QLabel(self.tr("Sho&w:"), self)
        shown_label.setBuddy(self.show_filter)

        self.model = ImportResultModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("import.result.table")
        self.table.setAccessibleName(self.tr("Records of the import"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._filter()

        self.format_link = QLabel(self)
        self.format_link.setObjectName("import.result.format_link")
        self.format_link.setTextFormat(Qt.TextFormat.RichText)
        self.format_link.setText(
            '<a href="format">{}</a>'.format(
                self.tr("What each message means: the import file format")
            )
        )
        self.format_link.setToolTip(str(import_format_doc()))
        self.format_link.linkActivated.connect(lambda _link: self.open_format())

        self.said = QLabel(self)
        self.said.setObjectName("import.result.said")
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy the list"), self)
        self.copy_button.setObjectName("import.result.copy")
        self.save_button = QPushButton(self.tr("&Save the list…"), self)
        self.save_button.setObjectName("import.result.save")
        self.cases_button = QPushButton(self.tr("Show the &imported cases"), self)
        self.cases_button.setObjectName("import.result.cases")
        self.cases_button.setEnabled(report.first_case_id is not None)
        for button in (self.copy_button, self.save_button, self.cases_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.ask_save)
        self.cases_button.clicked.connect(self._show_cases)
        buttons.rejected.connect(self.reject)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.summary, 1)
        filter_row.addWidget(shown_label)
        filter_row.addWidget(self.show_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.note)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.format_link)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(*SIZE)

    def _headline(self) -> str:
        report = self.report
        if report.cancelled:
            return self.tr("The import was stopped: {file} was not read to the end.").format(
                file=report.source
            )
        if report.imported == 0 and report.unchanged and report.complete:
            return self.tr(
                "Nothing was imported from {file}: every record in it was imported before "
                "and is unchanged."
            ).format(file=report.source)
        if report.imported == 0:
            return self.tr(
                "Nothing new was imported from {file}: each record was imported before and is "
                "unchanged, or is marked rejected or changed below."
            ).format(file=report.source)
        if report.complete:
            return self.tr("{file} was imported whole.").format(file=report.source)
        return self.tr(
            "{file} was imported, except the records below marked rejected or changed."
        ).format(file=report.source)

    def _note(self) -> str:
        parts = []
        if self.report.cancelled:
            parts.append(
                self.tr(
                    "The first {count} records were read and are kept whole; nothing after "
                    "them was read. Import the file again to finish: the records already "
                    "imported will be counted as unchanged."
                ).format(count=f"{self.report.records_read:,}")
            )
        if self.report.rejected_records:
            parts.append(
                self.tr(
                    "Rejected records were not imported: correct them in the file (or ask the "
                    "sender to) and import it again."
                )
            )
        if self.report.changed_records:
            parts.append(
                self.tr(
                    "A changed record is an application already here with other content: the "
                    "case was left as it is; an officer decides what to correct in the case."
                )
            )
        hidden = not_listed(self.report)
        if hidden:
            parts.append(
                self.tr("{count} more records and problems are counted, not listed.").format(
                    count=f"{hidden:,}"
                )
            )
        return " ".join(parts)

    def _filter(self) -> None:
        problems_only = self.show_filter.currentData() == "problems"
        rows: list[ResultRow] = [
            row for row in self.all_rows if not problems_only or row.outcome in (REJECTED, CHANGED)
        ]
        self.model.set_rows(rows)

    def shown_rows(self) -> list[ResultRow]:
        return self.model.rows()

    def text(self) -> str:
        return report_text(self.report, self.note.text())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def ask_save(self) -> None:
        stem = Path(self.report.source).stem or "import"
        path = ask_save_file(
            self,
            self._settings,
            self._actor,
            IMPORTS,
            self.tr("Save the list of the import"),
            f"{stem}-import-result.txt",
            self.tr("Text files (*.txt)"),
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            path.write_text(self.text(), encoding="utf-8")
        except OSError as exc:
            self.said.setText(
                self.tr("Not saved: {path}: {reason}").format(path=path, reason=exc.strerror)
            )
            return False
        self.said.setText(self.tr("The list was saved to {path}.").format(path=path))
        self.saved.emit(path)
        return True

    def open_format(self) -> bool:
        return open_import_format()

    def _show_cases(self) -> None:
        if self.report.first_case_id is not None:
            self.show_cases.emit(self.report.first_case_id)
        self.accept()
