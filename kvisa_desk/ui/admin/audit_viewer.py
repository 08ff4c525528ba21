"""Administration → Audit trail: supervisors and administrators page through the recorded
events, filter them by officer, case, action and dates, verify the hash chain and export
what they see to CSV. Each event reads as a sentence in the window's language; the selected
event's recorded details show below in words, wrapped, never cut off. Core refuses everyone
else; the menu item is greyed for them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.accounts.audit import ChainReport
from kvisa_desk.core.accounts.audit_view import (
    AuditFilter,
    AuditRow,
    actors_in_words,
    audit_choices,
    count_events,
    events_page,
    export_audit,
    verify_audit,
)
from kvisa_desk.ui.admin.audit_model import COL_SENTENCE, AuditModel, details_text
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.file_dialogs import REPORTS, ask_save_file
from kvisa_desk.ui.widgets.labels import code_label, language
from kvisa_desk.ui.widgets.labels import language as window_language
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress

PAGE = 100
FILTER_DELAY_MS = 250
GOOD = "color: #1b5e20;"
BAD = "color: #b71c1c;"
T = TypeVar("T")


def local_midnight(day: date) -> datetime:
    """The first instant of a day in this machine's time zone, as an aware datetime."""
    return datetime(day.year, day.month, day.day).astimezone()


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _reason(error: BaseException) -> str:
    return error_text(error)


class AuditViewer(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # Its own reading thread: walking a long chain must not hold up the window's writes.
        self.runner = OperationRunner(self)
        self.setWindowTitle(self.tr("Audit trail"))
        self.audit_filter = AuditFilter()
        self.offset = 0
        self.total = 0
        self.loading: Operation[Any] | None = None

        self.officer = self._combo("audit.officer", self.tr("Everyone"))
        self.action = self._combo("audit.action", self.tr("All actions"))
        self.case = QLineEdit(self)
        self.case.setObjectName("audit.case")
        self.case.setPlaceholderText(self.tr("e.g. C0000042"))
        self.case.setClearButtonEnabled(True)
        self.case.setAccessibleName(self.tr("Case"))
        self.use_from, self.date_from = self._date("audit.from", self.tr("&From"))
        self.use_to, self.date_to = self._date("audit.to", self.tr("&To"))

        self.model = AuditModel(self)
        self.table = self._table()
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("audit.details")
        self.details.setReadOnly(True)  # plain text: recorded markup stays as written
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setAccessibleName(self.tr("Details of the selected event"))
        self.details.setPlaceholderText(self.tr("Select an event to read its recorded details."))
        self.table.selectionModel().currentRowChanged.connect(lambda _n, _o: self.show_details())
        self.page_label = self._plain("audit.page")
        self.newer = QPushButton(self.tr("◀ &Newer"), self)
        self.newer.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.newer.setToolTip(self.tr("Newer events (Ctrl+PgUp)"))
        self.newer.clicked.connect(lambda: self.go(-PAGE))
        self.older = QPushButton(self.tr("Ol&der ▶"), self)
        self.older.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.older.setToolTip(self.tr("Older events (Ctrl+PgDown)"))
        self.older.clicked.connect(lambda: self.go(PAGE))

        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_button.setToolTip(
            self.tr("Walk the whole hash chain and name the first changed event (Ctrl+Shift+V)")
        )
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(self.tr("Save the filtered events as CSV (Ctrl+E)"))
        self.export_button.clicked.connect(self.ask_export)
        self.message = self._plain("audit.message")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self._layout()
        for combo in (self.officer, self.action):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.case.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.use_from, self.use_to):
            box.toggled.connect(lambda _on: self._timer.start())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.resize(1100, 620)
        self.load_choices()
        self.load_page()

    # Building

    def _plain(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _combo(self, name: str, everyone: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everyone, None)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _date(self, name: str, text: str) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(text, self)
        box.setObjectName(f"{name}.on")
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)
        return box, edit

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("audit.events")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        # A long sentence (an override's reason) wraps: its row grows rather than cut it off.
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setTabKeyNavigation(False)
        table.setAccessibleName(self.tr("Audit events"))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # see fit_columns
        header.setSectionResizeMode(COL_SENTENCE, QHeaderView.ResizeMode.Stretch)
        return table

    def _layout(self) -> None:
        filters = QFormLayout()
        who = QHBoxLayout()
        who.addWidget(self.officer, 1)
        for text, field in ((self.tr("&Action:"), self.action), (self.tr("&Case:"), self.case)):
            label = QLabel(text, self)
            label.setBuddy(field)
            who.addWidget(label)
            who.addWidget(field, 1)
        when = QHBoxLayout()
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            when.addWidget(box)
            when.addWidget(edit)
        when.addStretch(1)
        officer_label = QLabel(self.tr("D&one by:"), self)
        officer_label.setBuddy(self.officer)
        filters.addRow(officer_label, who)
        filters.addRow(self.tr("Dates (local):"), when)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.newer)
        paging.addWidget(self.older)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.message, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("audit.split")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        layout.addLayout(paging)
        layout.addLayout(actions)

    # Reading, on the worker thread

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            officer=self.officer.currentData(),
            case=self.case.text().strip() or None,
            kind=self.action.currentData(),
            since=local_midnight(_day(self.date_from)) if self.use_from.isChecked() else None,
            until=local_midnight(_day(self.date_to) + timedelta(days=1))
            if self.use_to.isChecked()
            else None,
        )

    def apply_filters(self) -> Operation[Any]:
        self.audit_filter = self.current_filter()
        self.offset = 0
        return self.load_page()

    def go(self, step: int) -> Operation[Any] | None:
        target = self.offset + step
        if target < 0 or (step > 0 and target >= self.total):
            return None
        self.offset = target
        return self.load_page()

    def load_choices(self) -> Operation[tuple[dict[str, str], list[str]]]:
        db, actor, words = self._context.db, self._context.actor, language()

        def read() -> tuple[dict[str, str], list[str]]:
            officers, kinds = audit_choices(db, actor)
            return actors_in_words(db, officers, words), kinds

        def fill(choices: tuple[dict[str, str], list[str]]) -> None:
            officers, kinds = choices
            # By name, as the table shows them; the filter still takes the username.
            by_name = sorted(officers.items(), key=lambda item: item[1].casefold())
            self._fill(self.officer, [(shown, username) for username, shown in by_name])
            self._fill(self.action, [(code_label("event", kind), kind) for kind in kinds])

        return self._run(read, fill, self.tr("Reading the trail…"))

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)  # filling is not choosing
        for shown, value in items:
            combo.addItem(shown, value)
        combo.blockSignals(False)

    def load_page(self) -> Operation[tuple[int, list[AuditRow]]]:
        db, actor = self._context.db, self._context.actor
        wanted, offset = self.audit_filter, self.offset

        def read() -> tuple[int, list[AuditRow]]:
            return count_events(db, actor, wanted), events_page(db, actor, wanted, offset, PAGE)

        def show(result: tuple[int, list[AuditRow]]) -> None:
            self.total, rows = result
            self.model.set_rows(rows)
            self.fit_columns()
            self._show_page(len(rows))
            if rows:
                self.table.selectRow(0)  # the newest event's details, without a click
            self.show_details()

        self.loading = self._run(read, show, self.tr("Reading the trail…"))
        return self.loading

    def _show_page(self, shown: int) -> None:
        if self.total == 0:
            self.page_label.setText(self.tr("No events match."))
        else:
            self.page_label.setText(
                self.tr("Events {first}–{last} of {total}, newest first").format(
                    first=f"{self.offset + 1:,}",
                    last=f"{self.offset + shown:,}",
                    total=f"{self.total:,}",
                )
            )
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(self.offset + shown < self.total)

    def fit_columns(self) -> None:
        """Each short column as wide as its longest text with room to spare (fitted to the
        pixel, a wrapping table breaks a time in two); the sentence takes the rest."""
        metrics, model = self.table.fontMetrics(), self.model
        for column in range(model.columnCount()):
            if column == COL_SENTENCE:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = metrics.horizontalAdvance(title) + 8
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data() or "")
                widest = max(widest, metrics.horizontalAdvance(text))
            self.table.horizontalHeader().resizeSection(column, widest + 16)

    def show_details(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        self.details.setPlainText(details_text(row) if row is not None else "")

    # Verify and export

    def verify(self) -> Operation[ChainReport]:
        db, actor = self._context.db, self._context.actor
        self._say(self.tr("Verifying the chain…"), "")

        def show(report: ChainReport) -> None:
            if report.ok:
                text = self.tr("Audit chain intact: {count} events verified.").format(
                    count=f"{report.checked:,}"
                )
                self._say(text, GOOD)
            else:
                text = self.tr("Audit chain broken at event {event}: {problem}").format(
                    event=report.broken_at, problem=report.problem
                )
                self._say(text, BAD)
            self.load_page()  # the verification itself is now the newest event

        def walk(report: ReportProgress) -> ChainReport:
            return verify_audit(db, actor, lambda checked: report(checked, 0))

        def walked(checked: int, _total: int) -> None:
            self._say(
                self.tr("Verifying the chain… {count} events so far").format(count=f"{checked:,}"),
                "",
            )

        label = self.tr("Verifying the chain…")
        operation = Operation(self.runner, walk, label).progress(walked)
        return operation.success(show).failure(lambda error: self._say(_reason(error), BAD)).run()

    def ask_export(self) -> None:
        context = self._context
        path = ask_save_file(
            self, context.settings, context.actor, REPORTS, self.tr("Export the audit trail"),
            "audit-trail.csv", self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Operation[int]:
        db, actor, wanted = self._context.db, self._context.actor, self.audit_filter

        def done(rows: int) -> None:
            self._say(
                self.tr("Exported {rows} events to {path}.").format(rows=f"{rows:,}", path=path),
                GOOD,
            )
            self.load_page()  # the export is recorded: it shows at the top

        label = self.tr("Exporting the audit trail…")
        language = "zh" if window_language() == "zh" else "en"  # the file in the window's words
        return self._run(lambda: export_audit(db, actor, wanted, path, language), done, label)

    def _run(self, call: Callable[[], T], done: Callable[[T], None], label: str) -> Operation[T]:
        def work(_report: ReportProgress) -> T:
            return call()

        def failed(error: BaseException) -> None:
            self._say(_reason(error), BAD)

        operation = Operation(self.runner, work, label)
        return operation.success(done).failure(failed).run()

    def done(self, result: int) -> None:
        self.runner.wait()  # no read may outlive the dialog (nor the database under it)
        super().done(result)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
