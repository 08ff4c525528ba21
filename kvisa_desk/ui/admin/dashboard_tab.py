"""The post's dashboard in its own window: key figures and bar charts, redrawn when cases change.

Opened from View ▸ Dashboard (Ctrl+Shift+D). The figures are read on the window's reading
thread (never behind a write); a case saved, moved or checked anywhere in the window
refreshes them shortly after (once for a burst of changes). "Save report…" writes the same
figures as a PDF with charts (core.report, audited). Supervisors also see the refusal rates
by officer and by nationality; core decides who does.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases.worklist import known_posts
from kvisa_desk.core.reports.dashboard import RefusalRate
from kvisa_desk.core.reports.report import (
    MIN_DECISIONS,
    PostFigures,
    ReportWritten,
    dashboard_charts,
    export_dashboard_report,
    post_figures,
    stands_out,
)
from kvisa_desk.pdf.report_model import Chart
from kvisa_desk.ui.admin.dashboard_charts import BarChart, ChartBar, LegendEntry
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.file_dialogs import REPORTS, ask_save_file
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, date_text, day_month_text, status_label
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress
from kvisa_desk.ui.widgets.translations import current_language

REFRESH_DELAY_MS = 600  # a burst of case changes refreshes the figures once
PERIODS = (28, 91, 365, None)  # days back from today; None: every case
TITLES = {
    "by_status": QT_TRANSLATE_NOOP("Dashboard", "Cases received in the period, by status now"),
    "per_week": QT_TRANSLATE_NOOP("Dashboard", "Received per week"),
    "days_to_decision": QT_TRANSLATE_NOOP("Dashboard", "Days from receipt to decision"),
    "by_outcome": QT_TRANSLATE_NOOP("Dashboard", "Decisions by outcome"),
    "by_ground": QT_TRANSLATE_NOOP("Dashboard", "Decisions by ground"),
    "open_work": QT_TRANSLATE_NOOP("Dashboard", "Work waiting now"),
    "by_officer": QT_TRANSLATE_NOOP("Dashboard", "Refusal rate by recommending officer"),
    "by_sign_off": QT_TRANSLATE_NOOP(
        "Dashboard", "Refusal rate of the decisions each supervisor signed off"
    ),
    "by_nationality": QT_TRANSLATE_NOOP("Dashboard", "Refusal rate by nationality"),
}
# What each chart's colours mean (the warning colour only where a chart uses it).
_RATE_LEGEND = (
    ("bar", QT_TRANSLATE_NOOP("Dashboard", "Refusal rate")),
    (
        "warn",
        QT_TRANSLATE_NOOP("Dashboard", "Above the overall rate, over at least {least} decisions"),
    ),
)
LEGENDS: dict[str, tuple[tuple[str, str], ...]] = {
    "by_status": (("bar", QT_TRANSLATE_NOOP("Dashboard", "Cases")),),
    "per_week": (("bar", QT_TRANSLATE_NOOP("Dashboard", "Cases received")),),
    "days_to_decision": (("bar", QT_TRANSLATE_NOOP("Dashboard", "Days")),),
    "by_outcome": (("bar", QT_TRANSLATE_NOOP("Dashboard", "Decisions")),),
    "by_ground": (
        ("bar", QT_TRANSLATE_NOOP("Dashboard", "Approvals")),
        ("warn", QT_TRANSLATE_NOOP("Dashboard", "Refusals")),
    ),
    "open_work": (
        ("bar", QT_TRANSLATE_NOOP("Dashboard", "Cases")),
        ("warn", QT_TRANSLATE_NOOP("Dashboard", "Past the target days")),
    ),
    "by_officer": _RATE_LEGEND,
    "by_sign_off": _RATE_LEGEND,
    "by_nationality": _RATE_LEGEND,
}


def chart_legend(key: str) -> list[LegendEntry]:
    """The key of chart KEY in the officer's language."""
    return [
        LegendEntry(colour, tr(words).format(least=MIN_DECISIONS))
        for colour, words in LEGENDS.get(key, ())
    ]


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def _days(value: float) -> str:
    return tr("{days} days").format(days=f"{value:g}")


def _rate_bars(rates: list[RefusalRate], overall: float) -> list[ChartBar]:
    return [
        ChartBar(
            r.shown if r.key is not None else tr("(not recorded)"),
            r.rate * 100,
            tr("{refused} of {decided} refused, {rate}").format(
                refused=f"{r.refused:,}", decided=f"{r.decided:,}", rate=f"{r.rate:.1%}"
            ),
            stands_out(r, overall),
        )
        for r in rates
    ]


def chart_bars(chart: Chart, figures: PostFigures) -> list[ChartBar]:
    """The chart's bars in the officer's language (core's are the report's English)."""
    board = figures.board
    words = {
        "Median": tr("Median"),
        "90th percentile": tr("90th percentile"),
        "Open cases": tr("Open cases"),
        "Past the target days": tr("Past the target days"),
        "Checks needing review": tr("Checks needing review"),
    }
    if chart.key in ("by_officer", "by_sign_off", "by_nationality"):
        rates = {
            "by_officer": board.refusal_by_officer,
            "by_sign_off": board.refusal_by_sign_off,
            "by_nationality": board.refusal_by_nationality,
        }[chart.key]
        decided = sum(board.decisions_by_outcome.values())
        overall = board.decisions_by_outcome.get("refused", 0) / decided if decided else 0.0
        return _rate_bars(rates or [], overall)
    if chart.key == "per_week":
        return [
            ChartBar(day_month_text(w.starts), w.received, f"{w.received:,}")
            for w in board.received_per_week
        ]
    if chart.key == "by_ground":
        verbs = {"approve": tr("Approve"), "refuse": tr("Refuse")}
        return [
            ChartBar(f"{verbs.get(g.recommendation, g.recommendation)} · {g.rule_id}",
                     g.decisions, f"{g.decisions:,}", g.recommendation == "refuse")
            for g in figures.grounds
        ]  # fmt: skip
    bars = []
    for bar in chart.bars:
        label, text = bar.label, bar.text
        if chart.key in ("by_status", "by_outcome"):
            label = status_label(label)
        elif chart.key == "days_to_decision":
            label, text = words.get(label, label), _days(bar.value)
        elif chart.key == "open_work":
            label = words.get(label, label)
        bars.append(ChartBar(label, bar.value, text, bar.highlight))
    return bars


class DashboardView(QDialog):
    refreshed = Signal(object)  # PostFigures
    report_saved = Signal(object)  # ReportWritten

    def __init__(
        self, context: DeskContext, reader: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.context = context
        self.reader = reader
        self.figures: PostFigures | None = None
        self._loading: Operation[PostFigures] | None = None
        self._again = False
        self.post = QComboBox(self)
        self.post.setObjectName("dashboard.post")
        self.post.addItem("", None)  # "All posts", in _retranslate
        for code in known_posts(context.db):
            self.post.addItem(code, code)
        self.period = QComboBox(self)
        self.period.setObjectName("dashboard.period")
        for days in PERIODS:
            self.period.addItem("", days)
        self.period.setCurrentIndex(2)
        self.post.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("dashboard.save")
        self.save_button.clicked.connect(self.ask_save_report)
        save = QAction(self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.triggered.connect(self.ask_save_report)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh)
        self.addActions([save, refresh])
        controls = QHBoxLayout()
        self._labels = (QLabel(self), QLabel(self))
        for label, widget in zip(self._labels, (self.post, self.period), strict=True):
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.save_button)
        self.message = QLabel(self)
        self.message.setObjectName("dashboard.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.key_figures = QLabel(self)
        self.key_figures.setObjectName("dashboard.figures")
        self.key_figures.setTextFormat(Qt.TextFormat.PlainText)
        self.key_figures.setWordWrap(True)
        self.charts: dict[str, BarChart] = {}
        self.chart_titles: dict[str, QLabel] = {}
        self._grid = QGridLayout()
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.key_figures)
        page_layout.addLayout(self._grid)
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        self._retranslate()
        self.resize(1000, 720)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard"))
        self.post.setItemText(0, self.tr("All posts"))
        names = (
            self.tr("Last 4 weeks"),
            self.tr("Last 13 weeks"),
            self.tr("Last 12 months"),
            self.tr("Every case"),
        )
        for index, text in enumerate(names):
            self.period.setItemText(index, text)
        self._labels[0].setText(self.tr("&Post:"))
        self._labels[1].setText(self.tr("P&eriod:"))
        self.save_button.setText(self.tr("&Save report…"))
        self.save_button.setToolTip(self.tr("The figures and charts as a PDF (Ctrl+S)"))
        for key, title in self.chart_titles.items():
            title.setText(tr(TITLES[key]))
            self.charts[key].setAccessibleName(title.text())
        if self.figures is not None:
            self._draw(self.figures)  # bars and figures are texts built from data

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # The period and post chosen

    def chosen(self) -> tuple[str | None, date | None, date]:
        today = date.today()
        days = self.period.currentData()
        start = today - timedelta(days=int(days) - 1) if days else None
        return self.post.currentData(), start, today

    # Reading

    def schedule_refresh(self) -> None:
        """Cases changed: refresh shortly, once, if the dashboard is open."""
        if self.isVisible():
            self._later.start()

    def refresh(self) -> Operation[PostFigures] | None:
        if self._loading is not None:
            self._again = True  # the choice changed while reading: read again after
            return None
        post, start, today = self.chosen()
        db, actor = self.context.db, self.context.actor

        def work(_report: ReportProgress) -> PostFigures:
            return post_figures(db, actor, post, start, today, today=today)

        self.message.setText(self.tr("Reading the figures…"))
        operation = Operation(self.reader, work, self.tr("Reading the dashboard…"))
        self._loading = operation.success(self._show).failure(self._failed).run()
        return self._loading

    def _done_loading(self) -> None:
        self._loading = None
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self._done_loading()

    def _show(self, figures: PostFigures) -> None:
        if not self._again:  # else the choice changed meanwhile: these figures are stale
            self._draw(figures)
        self._done_loading()

    def _draw(self, figures: PostFigures) -> None:
        self.figures = figures
        b = figures.board
        self.key_figures.setText(
            self.tr(
                "Received {received} · decided {decided} · median {median} · 90th percentile "
                "{p90} days to decision · open {open}, {past} past the target · {review} "
                "checks to review"
            ).format(
                received=f"{b.received:,}",
                decided=f"{b.decided:,}",
                median="–"
                if b.median_days_to_decision is None
                else f"{b.median_days_to_decision:g}",
                p90="–" if b.p90_days_to_decision is None else f"{b.p90_days_to_decision:g}",
                open=f"{b.open_cases:,}",
                past=f"{b.open_past_target:,}",
                review=f"{b.checks_needing_review:,}",
            )
        )
        if b.inbox_rejections:  # supervisors: the inbox's refusals reach them here
            self.key_figures.setText(
                self.key_figures.text()
                + self.tr(" · {count} inbox submissions refused in part or whole").format(
                    count=f"{b.inbox_rejections:,}"
                )
            )
        charts = dashboard_charts(figures)
        wanted = {c.key for c in charts}
        for key in list(self.charts):
            if key not in wanted:  # refusal rates: a role or a post without them
                self.charts.pop(key).deleteLater()
                self.chart_titles.pop(key).deleteLater()
        row = column = 0
        for chart in charts:
            view = self.charts.get(chart.key)
            if view is None:
                title = QLabel(tr(TITLES.get(chart.key, chart.title)), self)
                title.setObjectName(f"dashboard.title.{chart.key}")
                title.setTextFormat(Qt.TextFormat.PlainText)
                title.setStyleSheet("font-weight: bold")
                view = BarChart(chart.columns, self)
                view.setObjectName(f"dashboard.chart.{chart.key}")
                view.setAccessibleName(title.text())
                self.charts[chart.key], self.chart_titles[chart.key] = view, title
            if chart.columns and column:  # a time series takes a whole row
                row, column = row + 1, 0
            span = 2 if chart.columns else 1
            self._grid.addWidget(self.chart_titles[chart.key], row * 2, column, 1, span)
            self._grid.addWidget(view, row * 2 + 1, column, 1, span, Qt.AlignmentFlag.AlignTop)
            row, column = (row + 1, 0) if chart.columns or column else (row, 1)
            view.set_bars(chart_bars(chart, figures), chart_legend(chart.key))
        self.message.setText(self.tr("As of {today}.").format(today=date_text(b.today)))
        self.refreshed.emit(figures)

    # The report

    def ask_save_report(self) -> None:
        post, _start, today = self.chosen()
        name = f"dashboard-{post or 'all'}-{today.isoformat()}.pdf"
        context = self.context
        path = ask_save_file(
            self, context.settings, context.actor, REPORTS, self.tr("Save the dashboard report"),
            name, self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path is not None:
            self.save_report_to(path)

    def save_report_to(self, path: Path) -> Operation[ReportWritten]:
        post, start, today = self.chosen()
        language = "zh" if current_language() == "zh_CN" else "en"  # as the window reads
        db, actor = self.context.db, self.context.actor

        def work(_report: ReportProgress) -> ReportWritten:
            return export_dashboard_report(
                db, actor, path, post, start, today, language=language, today=today
            )

        def done(written: ReportWritten) -> None:
            self.message.setText(self.tr("Report saved to {path}.").format(path=written.path))
            self.report_saved.emit(written)

        def failed(error: BaseException) -> None:
            self.message.setText(self.tr("The report was not saved: {reason}").format(reason=error))

        self.message.setText(self.tr("Writing the report…"))
        label = self.tr("Writing the dashboard report…")
        return Operation(self.context.runner, work, label).success(done).failure(failed).run()


class DashboardOpener(QObject):
    """View ▸ Dashboard (Ctrl+Shift+D): its action, and one dashboard window, made when first
    opened and refreshed as cases change (`cases_changed`)."""

    def __init__(self, context: DeskContext, reader: OperationRunner, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._reader = reader
        self._window = window  # the dashboard's parent
        self.view: DashboardView | None = None
        self.action = QAction(tr("&Dashboard"), self)
        self.action.setObjectName("action.dashboard")
        self.action.setShortcut(QKeySequence(tr("Ctrl+Shift+D")))
        self.action.triggered.connect(self.open)

    def open(self) -> DashboardView:
        if self.view is None:
            self.view = DashboardView(self._context, self._reader, self._window)
        view = self.view
        view.show()
        view.raise_()
        view.activateWindow()
        view.refresh()
        return view

    def cases_changed(self) -> None:
        if self.view is not None:
            self.view.schedule_refresh()
