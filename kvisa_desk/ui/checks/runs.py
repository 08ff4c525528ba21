"""Past check runs of a case: every stored run (when, who, pack, settings version, outcome),
the results of the one selected, read-only, and a replay that says whether it still matches.

The panel holds no database code: it asks for the runs and for a replay through signals,
and the case's CaseChecks does that work off the GUI thread and hands the answers back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QItemSelection,
    QLocale,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.checks.report import CheckReport
from kvisa_desk.core.checks.review import Replay
from kvisa_desk.ui.checks.model import (
    COL_OVERRIDE,
    CheckResultsModel,
)
from kvisa_desk.ui.checks.results_table import ResultsTable, setup_results_table
from kvisa_desk.ui.checks.texts import detail_html, run_line
from kvisa_desk.ui.widgets.icons import icon, outcome_icon
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, outcome_label
from kvisa_desk.ui.widgets.row_table_model import RowTableModel

RUN_ID, RAN_AT, OFFICER, PACK, SETTINGS, OUTCOME = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("CheckRuns", "Run"),
    QT_TRANSLATE_NOOP("CheckRuns", "Checked at"),
    QT_TRANSLATE_NOOP("CheckRuns", "Officer"),
    QT_TRANSLATE_NOOP("CheckRuns", "Rule pack"),
    QT_TRANSLATE_NOOP("CheckRuns", "Settings version"),
    QT_TRANSLATE_NOOP("CheckRuns", "Outcome"),
)
ERROR_STYLE = "color: #b3261e"
VISIBLE_RUNS = 5  # rows of the runs list shown without scrolling
MATCH_STYLE = "color: #1b5e20"


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckRuns", text)


def when_text(moment: datetime | None) -> str:
    """A stored UTC time in the officer's time zone and language."""
    if moment is None:
        return ""
    stamp = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    shown = QDateTime.fromSecsSinceEpoch(int(stamp.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def outcome_with_overrides(report: CheckReport) -> str:
    found = outcome_label(report.outcome)
    if report.effective_outcome == report.outcome:
        return found
    return tr("{found} (with overrides: {effective})").format(
        found=found, effective=outcome_label(report.effective_outcome)
    )


class CheckRunsModel(RowTableModel[CheckReport]):
    """The stored runs of one case, newest first."""

    headers = _HEADERS
    context = "CheckRuns"
    numbers = frozenset({RUN_ID, SETTINGS})

    def set_runs(self, runs: Iterable[CheckReport]) -> None:
        self.set_rows(sorted(runs, key=lambda report: -report.run_id))

    def row_of(self, run_id: int) -> int:
        return next((r for r, report in enumerate(self._rows) if report.run_id == run_id), -1)

    def cell(self, row: CheckReport, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == OUTCOME:
            return outcome_icon(row.effective_outcome)
        return None

    def text(self, row: CheckReport, column: int) -> str:
        locale = QLocale()
        if column == RUN_ID:
            return locale.toString(row.run_id)
        if column == RAN_AT:
            return when_text(row.ran_at)
        if column == OFFICER:
            return row.officer
        if column == PACK:
            return row.pack_id
        if column == SETTINGS:
            return locale.toString(row.settings_version)
        return outcome_with_overrides(row)


def _table(
    parent: QWidget, name: str, accessible: str, table: QTableView | None = None
) -> QTableView:
    table = table if table is not None else QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class PastRunsPanel(QWidget):
    replay_requested = Signal(int)  # run id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs = CheckRunsModel(self)
        self.results = CheckResultsModel(self)
        self.runs_table = _table(self, "checks.runs", tr("Past check runs"))
        self.runs_table.setModel(self.runs)
        header = self.runs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.runs_table.selectionModel().selectionChanged.connect(self._run_selected)
        # Laid out as the latest run's table, so a past run reads the same way.
        self.results_table = ResultsTable(self)
        _table(self, "checks.past_results", tr("Results of the selected run"), self.results_table)
        setup_results_table(self.results_table)
        self.results_table.setModel(self.results)
        self.results_table.selectionModel().selectionChanged.connect(self._result_selected)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("checks.past_detail")
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(tr("Selected result of the past run"))
        self.run_info = QLabel(self)
        self.run_info.setObjectName("checks.past_run")
        self.run_info.setTextFormat(Qt.TextFormat.PlainText)
        self.run_info.setWordWrap(True)
        self.run_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.replay_button = QPushButton(icon("run-checks"), tr("Repla&y"), self)
        self.replay_button.setObjectName("checks.replay")
        self.replay_button.setToolTip(
            tr("Evaluate the selected run again from its own facts, pack and settings")
        )
        self.replay_button.clicked.connect(self._replay_clicked)
        self.replay_result = QLabel(self)
        self.replay_result.setObjectName("checks.replay_result")
        self.replay_result.setTextFormat(Qt.TextFormat.PlainText)
        self.replay_result.setWordWrap(True)
        self.replay_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(tr("This case has no stored check runs yet."), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)

        bar = QHBoxLayout()
        bar.addWidget(self.run_info, 1)
        bar.addWidget(self.replay_button, 0, Qt.AlignmentFlag.AlignTop)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.replay_result)
        results = QSplitter(Qt.Orientation.Vertical, lower)
        results.addWidget(self.results_table)
        results.addWidget(self.detail)
        results.setStretchFactor(0, 4)
        results.setStretchFactor(1, 1)
        lower_layout.addWidget(results, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.runs_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        # A few runs show without scrolling; the window may still be made small.
        rows = self.runs_table.verticalHeader().defaultSectionSize()
        splitter.setSizes([rows * (VISIBLE_RUNS + 1), rows * 4 * (VISIBLE_RUNS + 1)])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.set_runs([])

    def set_runs(self, runs: list[CheckReport]) -> None:
        """Show the stored runs; the newest is selected."""
        selected = self.selected_run()
        self.runs.set_runs(runs)
        self.empty.setVisible(not runs)
        row = self.runs.row_of(selected.run_id) if selected is not None else -1
        if runs:
            self.runs_table.selectRow(max(row, 0))
        else:
            self._show_run(None)

    def retranslate(self) -> None:
        self._show_run(self.selected_run())
        self.empty.setText(tr("This case has no stored check runs yet."))

    def selected_run(self) -> CheckReport | None:
        index = self.runs_table.currentIndex()
        return self.runs.row_at(index.row()) if index.isValid() else None

    def select_run(self, run_id: int) -> None:
        row = self.runs.row_of(run_id)
        if row >= 0:
            self.runs_table.selectRow(row)

    def _run_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_run(self.selected_run())

    def _show_run(self, report: CheckReport | None) -> None:
        self.results.set_report(report)
        self.detail.clear()
        self.replay_result.clear()
        self.replay_button.setEnabled(report is not None)
        if report is None:
            self.run_info.clear()
            return
        self.run_info.setText(
            tr("Run {run}: {outcome}\n{line}").format(
                run=report.run_id, outcome=outcome_with_overrides(report), line=run_line(report)
            )
        )
        overridden = any(line.overridden for line in report.lines)
        self.results_table.setColumnHidden(COL_OVERRIDE, not overridden)
        self.results_table.fit_columns()
        if self.results.rowCount():
            self.results_table.selectRow(0)  # its explanation shows below at once

    def _result_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.results_table.currentIndex()
        line = self.results.row_at(index.row()) if index.isValid() else None
        self.detail.setHtml(detail_html(line) if line is not None else "")

    def _replay_clicked(self) -> None:
        report = self.selected_run()
        if report is not None:
            self.replay_button.setEnabled(False)
            self.replay_result.setStyleSheet("")
            self.replay_result.setText(tr("Replaying run {run}…").format(run=report.run_id))
            self.replay_requested.emit(report.run_id)

    def show_replay(self, replay: Replay) -> None:
        self.replay_button.setEnabled(True)
        if replay.identical:
            self.replay_result.setStyleSheet(MATCH_STYLE)
            self.replay_result.setText(
                tr(
                    "Replayed run {run}: every result is identical to the stored one "
                    "(same facts digest, same pack, same settings)."
                ).format(run=replay.run_id)
            )
            return
        self.replay_result.setStyleSheet(ERROR_STYLE)
        self.replay_result.setText(
            tr("Replayed run {run}: it does NOT match the stored results.\n{differences}").format(
                run=replay.run_id, differences="\n".join(replay.differences)
            )
        )

    def show_replay_error(self, reason: str) -> None:
        self.replay_button.setEnabled(True)
        self.replay_result.setStyleSheet(ERROR_STYLE)
        self.replay_result.setText(
            tr("The run could not be replayed: {reason}").format(reason=reason)
        )
