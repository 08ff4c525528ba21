"""The main window composes the queues, the worklist, the menus, the status bar, the export,
the dashboard, the exchange with the service centre and the case views. Each part owns its
widgets and actions and says what happens by signal; the window holds the parts and connects
them to its own work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QInputDialog, QMainWindow, QSplitter, QWidget

from kvisa_desk.core.cases.cases import open_case_detail
from kvisa_desk.core.cases.search import catch_up
from kvisa_desk.core.cases.workflow import BatchAssignment, assign_cases
from kvisa_desk.core.cases.worklist import QUEUES, QueueCounts, queue_counts
from kvisa_desk.core.database import Database
from kvisa_desk.core.errors import NotFound, PermissionRefused
from kvisa_desk.ui.admin.dashboard_tab import DashboardOpener
from kvisa_desk.ui.checks.batch import BatchChecks, BatchProgress, summary_text
from kvisa_desk.ui.exchange import Exchange
from kvisa_desk.ui.shell.demo_cases import DemoCases, DemoLoader, core_demo_loader
from kvisa_desk.ui.shell.main_dialogs import (
    show_about,
    show_audit_trail,
    show_language,
    show_post_settings,
    show_registry,
    show_shortcuts,
)
from kvisa_desk.ui.shell.main_menus import MainMenus
from kvisa_desk.ui.shell.status_bar import MainStatusBar
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.live_language import retranslate_tree
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress
from kvisa_desk.ui.widgets.prompts import Prompts
from kvisa_desk.ui.widgets.roles import Roles, apply_roles
from kvisa_desk.ui.worklist.export import WorklistExport
from kvisa_desk.ui.worklist.model import WorklistModel
from kvisa_desk.ui.worklist.panel import WorklistPanel
from kvisa_desk.ui.worklist.queues_panel import QueuesPanel
from kvisa_desk.ui.worklist.view import WorklistView

if TYPE_CHECKING:
    from kvisa_desk.core.applications.importer import ImportReport
    from kvisa_desk.core.checks.report import BatchSummary
    from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog
    from kvisa_desk.ui.case.view import CaseView  # imported when a case opens: ~10 MB of tabs

DEFAULT_SIZE = (1280, 780)
COUNTS_EVERY_MS = 30_000


class MainWindow(QMainWindow):
    worklist_refreshed = Signal()
    counts_shown = Signal(object)  # QueueCounts

    def __init__(
        self,
        db: Database,
        actor: str,
        prompts: Prompts | None = None,
        demo_loader: DemoLoader = core_demo_loader,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.prompts = prompts or Prompts()
        self.runner = OperationRunner(self)  # writes, one at a time
        self.reader = OperationRunner(self)  # long reads (counts), never behind a write
        self.runner.unhandled_failure = self._operation_failed
        self.context = DeskContext(db, actor, self.runner, self.prompts, settings)
        self.demo_cases = DemoCases(
            db, actor, self.runner, self.prompts, self, demo_loader, settings
        )
        self.demo_cases.loaded.connect(self._demo_cases_loaded)
        self.case_views: dict[int, CaseView] = {}

        self.worklist = WorklistPanel(self.context, self)
        self.worklist.refreshed.connect(self._worklist_refreshed)
        self.worklist_model: WorklistModel = self.worklist.model
        self.worklist_view: WorklistView = self.worklist.view
        self.worklist_view.case_activated.connect(self.open_case)
        self.queues = QueuesPanel(settings, self)
        self.queues.queue_chosen.connect(self.worklist.set_queue)
        self.queues.saved_search_chosen.connect(self.worklist.with_filters)
        self.queues.save_requested.connect(self.save_search)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.queues)
        splitter.addWidget(self.worklist)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        self.setCentralWidget(splitter)
        self.batch_progress = BatchProgress(self)
        self.batch_checks = BatchChecks(self.context, self.batch_progress, self)
        self.batch_checks.finished.connect(self._batch_finished)

        self.export = WorklistExport(self.context, self.worklist, self)
        self.dashboard = DashboardOpener(self.context, self.reader, self)
        self.worklist_refreshed.connect(self.dashboard.cases_changed)
        self.exchange = Exchange(self.context, self.reader, self)
        self.exchange.cases_imported.connect(self.refresh)
        queues = [(queue, self.queues.queue_label(queue)) for queue in QUEUES]
        self.menus = MainMenus(
            self.menuBar(),
            queues,
            self.worklist_view.column_actions,
            self.export.action,
            self.dashboard.action,
            self,
            file_actions=self.exchange.actions,
        )
        self._connect_menus()
        # Greyed out for roles that may not use them; core refuses them anyway.
        self.roles = Roles.of(db, actor)
        apply_roles(self, self.roles)
        self.status_bar = MainStatusBar(db, self.batch_progress, self)
        self.setStatusBar(self.status_bar)
        self.export.message.connect(self.status_bar.showMessage)
        self.status_bar.addPermanentWidget(self.exchange.label)
        self.exchange.message.connect(self.status_bar.showMessage)
        self.exchange.start(self.roles)
        self.runner.busy_changed.connect(self._show_busy)
        self.runner.started.connect(self._show_started)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_EVERY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()
        self.setWindowTitle(self.tr("KVisa Desk"))
        self.resize(*DEFAULT_SIZE)
        if self.worklist_model.rowCount():
            # Enter opens the first case straight away; arrows move from there.
            self.worklist_view.setCurrentIndex(self.worklist_model.index(0, 0))
        self.refresh_counts()

    def _connect_menus(self) -> None:
        menus = self.menus
        menus.action_load_demo.triggered.connect(self.demo_cases.ask_and_load)
        menus.action_refresh.triggered.connect(self.refresh)
        menus.action_quit.triggered.connect(self.close)
        menus.action_open.triggered.connect(self.open_current)
        menus.action_next.triggered.connect(lambda: self.step_case(1))
        menus.action_previous.triggered.connect(lambda: self.step_case(-1))
        menus.action_search.triggered.connect(self.focus_search)
        menus.action_assign_me.triggered.connect(lambda: self.assign_selected(self.actor))
        menus.action_unassign.triggered.connect(lambda: self.assign_selected(None))
        menus.action_run_checks.triggered.connect(self.check_selected)
        menus.action_check_all.triggered.connect(self.check_all)
        menus.action_cancel_checks.triggered.connect(self.batch_checks.cancel)
        self.batch_checks.running_changed.connect(menus.action_cancel_checks.setEnabled)
        menus.queue_chosen.connect(self.queues.choose)
        menus.action_language.triggered.connect(lambda: show_language(self.context.settings, self))
        menus.action_post_settings.triggered.connect(self.open_post_settings)
        menus.action_registry.triggered.connect(lambda: show_registry(self.context, self))
        menus.action_audit.triggered.connect(lambda: show_audit_trail(self.context, self))
        menus.action_shortcuts.triggered.connect(
            lambda: show_shortcuts(menus.shortcut_actions(), self)
        )
        menus.action_about.triggered.connect(lambda: show_about(self))

    # Actions

    def refresh(self) -> None:
        """Count and read the worklist again (the search runs again); held pages are dropped."""
        self.worklist.apply()
        self.refresh_counts()

    def refresh_counts(self) -> Operation[QueueCounts]:
        """Index what changed since, then count each queue: on the reading thread."""
        db, actor, may_view = self.db, self.actor, self.worklist.may_view

        def work(_report: ReportProgress) -> QueueCounts:
            if not may_view:
                return QueueCounts({})  # an administrator: no case work, no counts
            if not db.read_only:  # indexing writes; a read-only file is counted as it is
                catch_up(db)
            return queue_counts(db, actor)

        def show(counts: QueueCounts) -> None:
            self.queues.set_counts(counts)
            self.counts_shown.emit(counts)

        return Operation(self.reader, work).success(show).run()

    def offer_demo_cases(self) -> bool:
        """First start on an empty database: offer demo cases (True if loading began)."""
        return self.demo_cases.offer()

    def open_case(self, case_id: int) -> CaseView | None:
        view = self.case_views.get(case_id)
        if view is None:
            try:
                detail = open_case_detail(self.db, case_id, self.actor)  # recorded as a view
            except NotFound as exc:
                self.prompts.error(self, self.tr("Case not found"), str(exc))
                self.refresh()
                return None
            except PermissionRefused as exc:
                self.prompts.error(self, self.tr("KVisa Desk"), str(exc))
                return None
            from kvisa_desk.ui.case.view import CaseView

            view = CaseView(self.context, detail, self)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.finished.connect(lambda _result, cid=case_id: self.case_views.pop(cid, None))
            view.case_changed.connect(lambda _cid: self.refresh())
            view.step_requested.connect(lambda step, v=view: self._step_from(v, step))
            self.case_views[case_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def open_current(self) -> CaseView | None:
        case_id = self.worklist_view.current_case_id()
        return self.open_case(case_id) if case_id is not None else None

    def step_case(self, step: int) -> int | None:
        return self.worklist_view.move_current(step)

    def _step_from(self, view: CaseView, step: int) -> None:
        row = self.worklist_model.row_of_case(view.detail.case_id)
        if row >= 0:
            self.worklist_view.setCurrentIndex(self.worklist_model.index(row, 0))
        case_id = self.step_case(step)
        if case_id is not None:
            self.open_case(case_id)

    def focus_search(self) -> None:
        self.worklist.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.worklist.filters.search.selectAll()

    def save_search(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name:"))
        if ok and name.strip():
            self.queues.add_saved_search(name.strip(), self.worklist.current_filters())

    def selected_case_ids(self) -> list[int]:
        return self.worklist_view.selected_case_ids()

    def check_selected(self) -> None:
        """Ctrl+R: check the selected cases (the current one if none is selected)."""
        ids = self.selected_case_ids()
        if ids:
            self.batch_checks.check_cases(ids)

    def assign_selected(self, username: str | None) -> Operation[BatchAssignment] | None:
        """Assign the selected cases (None: unassign them); finished cases are left alone."""
        ids = self.selected_case_ids()
        if not ids:
            return None
        db, actor = self.db, self.actor

        def work(_report: ReportProgress) -> BatchAssignment:
            return assign_cases(db, ids, username, actor)

        def done(result: BatchAssignment) -> None:
            self.refresh()
            text = self.tr("{count} cases assigned").format(count=len(result.assigned))
            if result.skipped:
                text += self.tr("; {count} finished cases left as they were").format(
                    count=len(result.skipped)
                )
            self.statusBar().showMessage(text, 10_000)

        label = self.tr("Assigning {count} cases…").format(count=len(ids))
        return Operation(self.runner, work, label).success(done).run()

    def check_all(self) -> None:
        self.batch_checks.check_all()

    def open_post_settings(self) -> PostSettingsDialog:
        dialog = show_post_settings(self.context, self)
        dialog.saved.connect(lambda _view: self.worklist.refresh())  # what the queues show
        return dialog

    # Reactions

    def _demo_cases_loaded(self, report: ImportReport) -> None:
        self.refresh()
        self.statusBar().showMessage(
            self.tr("{imported} demo cases added ({unchanged} already there)").format(
                imported=report.imported, unchanged=report.unchanged
            ),
            10_000,
        )

    def _batch_finished(self, summary: BatchSummary) -> None:
        self.refresh()
        self.statusBar().showMessage(summary_text(summary), 15_000)

    def _worklist_refreshed(self) -> None:
        self.worklist_refreshed.emit()

    def _operation_failed(self, error: BaseException) -> None:
        self.prompts.error(self, self.tr("KVisa Desk"), str(error))

    def _show_busy(self, busy: bool) -> None:
        self.status_bar.busy_bar.setVisible(busy and not self.batch_checks.running)
        may_load = self.roles.may_trigger("action_load_demo")
        self.menus.action_load_demo.setEnabled(not busy and may_load)
        if not busy:
            self.statusBar().clearMessage()

    def _show_started(self, label: str) -> None:
        self.statusBar().showMessage(label or self.tr("Working…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # View → Language: no restart needed
        super().changeEvent(event)

    def _retranslate(self) -> None:
        retranslate_tree(self)
        # Worklist pages hold their rows as shown (status, outcome, dates), and the queue names
        # carry their counts: both are read and drawn again.
        self.refresh()
        self.status_bar.show_database()

    def closeEvent(self, event: QCloseEvent) -> None:
        for view in list(self.case_views.values()):
            if not view.close():  # unsaved edits: the officer chose to stay
                event.ignore()
                return
        self._counts_timer.stop()
        self.batch_checks.cancel()
        # Let running work finish before the database is closed under it.
        self.runner.wait()
        self.reader.wait()
        self.worklist_view.save_columns()
        super().closeEvent(event)
