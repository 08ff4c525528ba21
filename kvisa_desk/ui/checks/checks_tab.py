"""The Checks tab: the case's outcome and why, every result with its source, and overrides;
beside the latest run, the case's past runs, each readable and replayable.

It shows a CheckReport and asks for work through signals (run the checks, override a
result); the case view does the work off the GUI thread and hands back a new report.
Every value from the record or an officer is escaped before it enters rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSettings, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.checks.report import CheckReport, ResultLine
from kvisa_desk.core.decisions.decisions import DecidedOn
from kvisa_desk.ui.checks.model import (
    COL_OVERRIDE,
    CheckResultsModel,
    predates_translation,
)
from kvisa_desk.ui.checks.results_table import ResultsTable, setup_results_table
from kvisa_desk.ui.checks.runs import PastRunsPanel
from kvisa_desk.ui.checks.texts import (
    counts_line,
    detail_html,
    finished_step,
    headline,
    next_step,
    revision_notice,
    run_line,
    tr,
    untranslated_note,
    why_text,
)
from kvisa_desk.ui.widgets.icons import icon, outcome_icon
from kvisa_desk.ui.widgets.labels import outcome_label, subject_label, who

BIG_ICON = 40
SPLITTER_KEY = "checks/detail_splitter"  # QSettings: the officer's split of table and detail


class ChecksTab(QWidget):
    run_requested = Signal()
    override_requested = Signal(object)  # the ResultLine
    past_runs_requested = Signal()  # the officer opened the list of past runs

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.report: CheckReport | None = None
        # A finished case's status and the run its decision was made on (None: an open case).
        self.decided: DecidedOn | None = None
        self.finished = False  # a finished case: nothing is overridden from here
        self.model = CheckResultsModel(self)

        self.outcome_icon = QLabel(self)
        self.outcome_icon.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_icon.setFixedSize(BIG_ICON, BIG_ICON)
        self.headline = QLabel(self)
        self.headline.setObjectName("checks.headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.why = QLabel(self)
        self.why.setObjectName("checks.why")
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_step = self._plain("checks.next_step")
        self.run_info = self._plain("checks.run")
        self.lapsed = self._plain("checks.lapsed")
        self.lapsed.setStyleSheet("color: #8a4b00")
        self.revision = self._plain("checks.revision_notice")
        self.revision.setStyleSheet("color: #1f4e8c")
        self.untranslated = self._plain("checks.untranslated_notice")
        self.untranslated.setStyleSheet("color: #5a5a5a")

        self.run_button = QPushButton(icon("run-checks"), tr("&Run checks"), self)
        self.run_button.setToolTip(tr("Check this case against the rules now (Ctrl+R)"))
        self.run_button.clicked.connect(self.run_requested)
        self.override_button = QPushButton(icon("override"), tr("&Override…"), self)
        self.override_button.setToolTip(tr("Treat the selected result as another outcome"))
        self.override_button.setEnabled(False)
        self.override_button.clicked.connect(self._override_clicked)

        self.table = self._results_table()
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("checks.detail")
        self.detail.setAccessibleName(tr("Selected result"))
        self.detail.setOpenLinks(False)

        summary = QFrame(self)
        summary.setFrameShape(QFrame.Shape.StyledPanel)
        top = QHBoxLayout()
        top.addWidget(self.outcome_icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        widgets = (
            self.headline,
            self.why,
            self.next_step,
            self.run_info,
            self.lapsed,
            self.revision,
            self.untranslated,
        )
        for widget in widgets:
            text.addWidget(widget)
        top.addLayout(text, 1)
        summary.setLayout(top)
        # A long explanation scrolls in its own area rather than push the results off screen.
        self.summary = QScrollArea(self)
        self.summary.setObjectName("checks.summary")
        self.summary.setWidgetResizable(True)
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setWidget(summary)
        # The buttons stay in view beside the explanation however far it is scrolled.
        self.head = QWidget(self)
        head = QHBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.override_button)
        buttons.addStretch(1)
        head.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("checks.splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        # A readable detail pane: at least six lines of its text.
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 6 + 12)
        self.splitter = splitter
        self._restore_split()
        splitter.splitterMoved.connect(self._remember_split)
        self.past = PastRunsPanel(self)
        self.views = QTabWidget(self)
        self.views.setObjectName("checks.views")
        self.views.setDocumentMode(True)
        self.views.addTab(splitter, tr("Latest run"))
        # In a small window the past runs scroll rather than make the case view taller.
        self.past_page = QScrollArea(self)
        self.past_page.setWidgetResizable(True)
        self.past_page.setFrameShape(QFrame.Shape.NoFrame)
        self.past_page.setWidget(self.past)
        self.views.addTab(self.past_page, tr("Past runs"))
        self.views.currentChanged.connect(self._view_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.views, 1)
        self.set_report(None)

    def _restore_split(self) -> None:
        state = self._settings.value(SPLITTER_KEY) if self._settings is not None else None
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([480, 150])

    def _remember_split(self, _pos: int, _index: int) -> None:
        if self._settings is not None:
            self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The explanation takes at most a third of the tab; the results keep the rest.
        self.head.setMaximumHeight(max(self.height() // 3, 120))

    def retranslate(self) -> None:
        """The texts built from the run, again in the language now installed."""
        self.set_report(self.report)
        self.past.retranslate()

    def show_past_runs(self) -> None:
        self.views.setCurrentWidget(self.past_page)

    def past_runs_shown(self) -> bool:
        return self.views.currentWidget() is self.past_page

    def _view_changed(self, _index: int) -> None:
        past = self.past_runs_shown()
        self.head.setVisible(not past)  # it explains the latest run: room for the past ones
        if past:
            self.past_runs_requested.emit()

    def _plain(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _results_table(self) -> ResultsTable:
        table = ResultsTable(self)
        setup_results_table(table)
        table.setObjectName("checks.results")
        table.setAccessibleName(tr("Check results"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(lambda _index: self._override_clicked())
        return table

    def set_finished(self, finished: bool) -> None:
        """A finished case's results stay as they were: no override either."""
        self.finished = finished
        self.override_button.setEnabled(not finished and self.selected_line() is not None)
        self.override_button.setToolTip(
            tr("This case is finished: its results stay as they were when it was decided.")
            if finished
            else tr("Treat the selected result as another outcome")
        )

    def set_decided(self, decided: DecidedOn | None) -> None:
        """A finished case (DECIDED) says what its results stand for, not what to do next."""
        if decided is None and self.decided is None:
            return  # an open case, as the tab was made: nothing to say again
        self.decided = decided
        self.set_report(self.report)

    def _next_step(self, outcome: str | None) -> str:
        if self.decided is not None:
            shown = self.report.run_id if self.report is not None else None
            return finished_step(self.decided.status, self.decided.run_id, shown)
        if outcome is None:
            return tr("Run the checks (Ctrl+R) to see how this case meets each K visa rule.")
        return next_step(outcome)

    def set_report(self, report: CheckReport | None) -> None:
        """Show a check (None: the case has never been checked)."""
        self.report = report
        self.model.set_report(report)
        if report is None:
            self.outcome_icon.setPixmap(outcome_icon(None).pixmap(BIG_ICON, BIG_ICON))
            self.headline.setText(tr("Not checked yet"))
            self.why.setText("")
            self.next_step.setText(self._next_step(None))
            self.run_info.setText("")
            self.lapsed.setVisible(False)
            self.revision.setVisible(False)
            self.untranslated.setVisible(False)
            self.detail.clear()
            self.override_button.setEnabled(False)
            return
        outcome = report.effective_outcome
        self.outcome_icon.setPixmap(outcome_icon(outcome).pixmap(BIG_ICON, BIG_ICON))
        self.headline.setText(headline(outcome))
        self.why.setText(why_text(report))
        self.why.setVisible(bool(report.deciding()))
        self.next_step.setText(self._next_step(outcome))
        self.run_info.setText(f"{counts_line(report)}\n{run_line(report)}")
        overridden = any(line.overridden or line.carried_by for line in report.lines)
        self.table.setColumnHidden(COL_OVERRIDE, not overridden)
        self.lapsed.setText(self._lapsed_text(report))
        self.lapsed.setVisible(bool(report.lapsed))
        self.revision.setText(revision_notice(report))
        self.revision.setVisible(report.revision_change is not None)
        self.untranslated.setText(untranslated_note() if predates_translation(report) else "")
        self.untranslated.setVisible(predates_translation(report))
        self.table.fit_columns()
        first = self._first_row_needing_attention(report)
        self.table.selectRow(first)

    def select(self, rule_id: str, subject: str | None) -> None:
        row = self.model.row_of(rule_id, subject)
        if row >= 0:
            self.table.selectRow(row)

    def selected_line(self) -> ResultLine | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _first_row_needing_attention(self, _report: CheckReport) -> int:
        lines = [self.model.row_at(row) for row in range(self.model.rowCount())]
        for severity in ("fail", "review"):
            for row, line in enumerate(lines):
                if line is not None and line.effective_outcome == severity and not line.is_part:
                    return row
        return 0

    def _lapsed_text(self, report: CheckReport) -> str:
        if not report.lapsed:
            return ""
        parts = [
            tr("{rule} ({about}) set to {outcome} by {officer}").format(
                rule=x.rule_id,
                about=subject_label(x.subject),
                outcome=outcome_label(x.to_outcome),
                officer=who(x.officer, x.officer_name),
            )
            for x in report.lapsed
        ]
        return tr(
            "Overrides that no longer apply, because the facts changed since they were "
            "made: {list}. Override again if they still hold."
        ).format(list="; ".join(parts))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        line = self.selected_line()
        self.override_button.setEnabled(line is not None and not self.finished)
        self.detail.setHtml(detail_html(line) if line is not None else "")

    def _override_clicked(self) -> None:
        line = self.selected_line()
        if line is not None and not self.finished:
            self.override_requested.emit(line)
