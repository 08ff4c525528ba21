"""The main window composes the queues, the worklist, the menus, the status bar, the export,
the dashboard, the exchange with the service centre and the case views. Each part owns its
widgets and actions and says what happens by signal; the window holds the parts and connects
them to its own work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QInputDialog, QMainWindow, QSplitter, QWidget

from kvisa_desk.core.cases.cases import CaseDetail, open_case_detail
from kvisa_desk.core.cases.search import catch_up
from kvisa_desk.core.cases.workflow import BatchAssignment, assign_cases
from kvisa_desk.core.cases.worklist import QUEUES, QueueCounts, active_officers, queue_counts
from kvisa_desk.core.cases.written_elsewhere import WrittenSince, audit_mark, written_since
from kvisa_desk.core.changes import (
    ACCOUNTS,
    ASSIGNMENT,
    CASES,
    CHECKS,
    DECISION,
    FACTS,
    LETTERS,
    SETTINGS,
    STATUS,
    Changes,
)
from kvisa_desk.core.database import Database, database_kind
from kvisa_desk.core.errors import NotFound, PermissionRefused
from kvisa_desk.core.post.settings import PostSettingsView, load_post_settings
from kvisa_desk.ui.admin.dashboard_tab import DashboardOpener
from kvisa_desk.ui.checks.batch import BatchChecks, BatchProgress, summary_text
from kvisa_desk.ui.exchange import Exchange
from kvisa_desk.ui.imports.application_import import ApplicationImport
from kvisa_desk.ui.shell.demo_cases import DemoCases, DemoLoader, core_demo_loader
from kvisa_desk.ui.shell.encryption_offer import EncryptionOffer
from kvisa_desk.ui.shell.main_dialogs import (
    show_about,
    show_accounts,
    show_audit_trail,
    show_forgotten_password,
    show_language,
    show_post_key,
    show_post_settings,
    show_registry,
    show_shortcuts,
)
from kvisa_desk.ui.shell.main_menus import MainMenus
from kvisa_desk.ui.shell.status_bar import MainStatusBar
from kvisa_desk.ui.shell.transport_banner import with_transport_banner
from kvisa_desk.ui.widgets.changes import ChangeBus
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.focus_return import FocusReturn
from kvisa_desk.ui.widgets.live_language import retranslate_tree
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress
from kvisa_desk.ui.widgets.prompts import Prompts
from kvisa_desk.ui.widgets.roles import Roles, apply_roles, role_label
from kvisa_desk.ui.worklist.export import WorklistExport
from kvisa_desk.ui.worklist.model import WorklistModel
from kvisa_desk.ui.worklist.panel import WorklistPanel
from kvisa_desk.ui.worklist.queues_panel import QueuesPanel
from kvisa_desk.ui.worklist.view import WorklistView

if TYPE_CHECKING:
    from collections.abc import Callable

    from kvisa_desk.core.applications.importer import ImportReport
    from kvisa_desk.core.checks.report import BatchSummary
    from kvisa_desk.core.post.encryption import Converted
    from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog
    from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog
    from kvisa_desk.ui.case.view import CaseView  # imported when a case opens: ~10 MB of tabs

DEFAULT_SIZE = (1280, 780)
COUNTS_EVERY_MS = 30_000
ROW_PARTS = (FACTS, STATUS, ASSIGNMENT, CHECKS, DECISION, LETTERS)  # what a row shows
QUEUE_PARTS = (STATUS, ASSIGNMENT)  # what puts a case in a queue


@dataclass(frozen=True)
class CaseOpening:
    """What opening a case reads off the GUI thread: the case, and its post's settings (the
    header names the post by its mission in either language)."""

    detail: CaseDetail
    post_settings: dict[str, PostSettingsView]


class MainWindow(QMainWindow):
    worklist_refreshed = Signal()
    counts_shown = Signal(object)  # QueueCounts
    # File ▸ Sign out / Switch user, once every case view has closed: the session acts on it.
    sign_out_requested = Signal()
    switch_user_requested = Signal()
    closed = Signal()  # the window closed (quit, or signed out)
    case_opened = Signal(object)  # a CaseView, read off the GUI thread and now shown

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
        # Cases read to open (Enter): never behind a count of the queues or a dashboard.
        self.opener = OperationRunner(self)
        self.runner.unhandled_failure = self._operation_failed
        # Every write's Changes reach every open view through this one signal.
        self.changes = ChangeBus(self, reader=self.reader)
        self.changes.changed.connect(self._apply_changes)
        self._audit_mark: int | None = None  # the newest write this window knows of
        self._from_elsewhere = False  # publishing what the timer found written elsewhere
        self.context = DeskContext(db, actor, self.runner, self.prompts, settings, self.changes)
        self.demo_cases = DemoCases(
            db, actor, self.runner, self.prompts, self, demo_loader, settings
        )
        self.demo_cases.loaded.connect(self._demo_cases_loaded)
        self.encryption_offer = EncryptionOffer(
            db, actor, self.runner, self.prompts, self, settings
        )
        self.encryption_offer.converted.connect(self._encrypted)
        self.case_views: dict[int, CaseView] = {}
        self._opening: set[int] = set()  # cases being read to open (Enter pressed)

        self.worklist = WorklistPanel(self.context, self)
        self.worklist.refreshed.connect(self._worklist_refreshed)
        self.worklist_model: WorklistModel = self.worklist.model
        self.worklist_view: WorklistView = self.worklist.view
        self.focus_return = FocusReturn(self, self.worklist_view)  # after dialogs close
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
        self.setCentralWidget(with_transport_banner(db, splitter))
        self.batch_progress = BatchProgress(self)
        self.batch_checks = BatchChecks(self.context, self.batch_progress, self)
        self.batch_checks.finished.connect(self._batch_finished)

        self.export = WorklistExport(self.context, self.worklist, self)
        self.dashboard = DashboardOpener(self.context, self.reader, self)
        self.importer = ApplicationImport(self.context, self)
        self.importer.imported.connect(self.show_imported)
        self.importer.show_case.connect(self.show_case_in_list)
        self.worklist_view.files_dropped.connect(self.import_dropped)
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
            import_action=self.importer.action,
            file_actions=self.exchange.actions,
        )
        self.menus.help_menu.insertAction(self.menus.action_shortcuts, self.importer.format_action)
        self._connect_menus()
        # Greyed out for roles that may not use them; core refuses them anyway.
        self.roles = Roles.of(db, actor)
        apply_roles(self, self.roles)
        self.status_bar = MainStatusBar(db, self.batch_progress, self)
        self.setStatusBar(self.status_bar)
        self.status_bar.show_officer(self.roles.display_name, self.roles.role)
        self.export.message.connect(self.status_bar.showMessage)
        self.importer.message.connect(self.status_bar.showMessage)
        self.status_bar.addPermanentWidget(self.exchange.label)
        self.exchange.message.connect(self.status_bar.showMessage)
        self.exchange.start(self.roles)
        self.runner.busy_changed.connect(self._show_busy)
        self.runner.started.connect(self._show_started)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_EVERY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.timeout.connect(self.look_for_writes)
        self._counts_timer.start()
        self._show_title()
        self.resize(*DEFAULT_SIZE)
        if self.worklist_model.rowCount():
            # Enter opens the first case straight away; arrows move from there.
            self.worklist_view.setCurrentIndex(self.worklist_model.index(0, 0))
        self.worklist_model.modelReset.connect(self._enable_stepping)  # a new count of rows
        self._enable_stepping()
        self.refresh_counts()
        self._mark_known_writes()

    def _connect_menus(self) -> None:
        menus = self.menus
        menus.action_load_demo.triggered.connect(self.demo_cases.ask_and_load)
        menus.action_refresh.triggered.connect(self.refresh_everything)
        menus.action_quit.triggered.connect(self.close)
        menus.action_sign_out.triggered.connect(self.sign_out)
        menus.action_switch_user.triggered.connect(self.switch_user)
        menus.action_accounts.triggered.connect(lambda: self.open_accounts())
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
        menus.action_post_key.triggered.connect(lambda: show_post_key(self.context, self))
        menus.action_shortcuts.triggered.connect(
            lambda: show_shortcuts(menus.shortcut_actions(), self)
        )
        menus.action_about.triggered.connect(lambda: show_about(self))
        menus.action_forgotten_password.triggered.connect(lambda: show_forgotten_password(self))

    # Actions

    def refresh(self) -> None:
        """Count and read the worklist again (the search runs again); held pages are dropped."""
        self.worklist.apply()
        self.refresh_counts()

    def refresh_everything(self) -> None:
        """F5: what was written elsewhere (the CLI, another officer) is read by every view."""
        self.changes.publish(Changes.everything())

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

    def offer_encryption(self) -> bool:
        """The administrator of a plain file: offer `db encrypt` once (True if it began)."""
        return self.encryption_offer.offer()

    def _encrypted(self, done: Converted) -> None:
        self._show_title()
        # The copy's name only: it lies beside the database, and the status bar is one line.
        message = self.tr(
            "Database encrypted; the unencrypted copy is kept beside it as {name}"
        ).format(name=done.kept.name)
        if done.need_one_time_password:
            message += self.tr(
                " — {names} need a one-time password to sign in (Administration ▸ Accounts)"
            ).format(names=self.tr(", ").join(done.need_one_time_password))
        self.statusBar().showMessage(message)

    def look_for_writes(self) -> Operation[WrittenSince] | None:
        """On the timer: what was written elsewhere since the last look reaches every view as
        a change of those cases (rows redrawn in place, open cases read again)."""
        mark = self._audit_mark
        if mark is None or not self.worklist.may_view:
            return None
        db, actor = self.db, self.actor

        def work(_report: ReportProgress) -> WrittenSince:
            return written_since(db, actor, mark)

        def found(written: WrittenSince) -> None:
            self._audit_mark = max(self._audit_mark or 0, written.mark)
            self._from_elsewhere = True
            try:
                self.changes.publish(written.changes)
            finally:
                self._from_elsewhere = False

        return Operation(self.reader, work).success(found).run()

    def _mark_known_writes(self) -> None:
        # After this window's own write, read where the trail is, so the timer does not bring
        # that write back. (A write elsewhere in the same instant waits for F5.)
        db = self.db

        def known(mark: int) -> None:
            self._audit_mark = max(self._audit_mark or 0, mark)

        Operation(self.reader, lambda _report: audit_mark(db)).success(known).run()

    def import_dropped(self, paths: list[Path]) -> None:
        """Application files dropped on the worklist: the first is imported (one at a time)."""
        if len(paths) > 1:
            self.prompts.error(
                self,
                self.tr("Import applications"),
                self.tr("Drop one application file at a time; {file} is imported now.").format(
                    file=paths[0].name
                ),
            )
        self.importer.start(paths[0])

    def show_imported(self, report: ImportReport) -> None:
        """After an import: the first new case selected, once the change bus has had the
        worklist read again (the runner announces the import's changes after this returns)."""
        first = report.first_case_id
        if first is not None:
            QTimer.singleShot(0, lambda: self.show_case_in_list(first))

    def show_case_in_list(self, case_id: int) -> bool:
        """Select a case in the worklist; if the queue or a filter hides it, show them all."""
        if self._select_row_of(case_id):
            return True
        self.queues.choose("all")
        self.worklist.filters.clear()
        return self._select_row_of(case_id)

    def _select_row_of(self, case_id: int) -> bool:
        self.worklist_model.row_at(0)  # the first page (the newest cases, by default) is read
        row = self.worklist_model.row_of_case(case_id)
        if row < 0:
            return False
        index = self.worklist_model.index(row, 0)
        self.worklist_view.setCurrentIndex(index)
        self.worklist_view.scrollTo(index)
        return True

    def offer_demo_cases(self) -> bool:
        """First start on an empty database: offer demo cases (True if loading began); never
        to an account that may not load them (an administrator)."""
        return self.roles.may_trigger("action_load_demo") and self.demo_cases.offer()

    def sign_out(self) -> bool:
        """File ▸ Sign out: close the case views (asking about unsaved edits), then the
        session returns to the sign-in dialog. False if an officer chose to stay."""
        if not self.close_case_views():
            self._once_saved(self.sign_out)
            return False
        self.sign_out_requested.emit()
        return True

    def switch_user(self) -> bool:
        """File ▸ Switch user: as Sign out, but this window stays until another signs in."""
        if not self.close_case_views():
            self._once_saved(self.switch_user)
            return False
        self.switch_user_requested.emit()
        return True

    def _once_saved(self, go_on: Callable[[], object]) -> None:
        # The officer chose Save: the view closes once saved, and signing out goes on then;
        # not if the save failed and the view stayed (that officer is still at work).
        for view in self.case_views.values():
            if view.editing.saving:
                single = Qt.ConnectionType.SingleShotConnection

                def after(_saved: object, view: CaseView = view) -> None:
                    QTimer.singleShot(0, lambda: view not in self.case_views.values() and go_on())

                view.editing.saved.connect(after, single)
                return

    def close_case_views(self) -> bool:
        """Close every open case; False if one stays open (unsaved edits the officer kept).
        A case still being read then does not open."""
        closed = all(view.close() for view in list(self.case_views.values()))  # stops at one
        if closed:
            self._opening.clear()
        return closed

    def open_case(self, case_id: int) -> CaseView | None:
        """Enter on the worklist: an open case's window comes to the front (and is returned);
        otherwise the case is read, and the view recorded, on the opening thread, and its
        window opens when it arrives (`case_opened`); None meanwhile. A second Enter on a case
        being read starts no second read."""
        view = self.case_views.get(case_id)
        if view is not None:
            self._bring_forward(view)
            return view
        if case_id not in self._opening:
            self._opening.add(case_id)
            self._read_case(case_id)
        return None

    def opening(self, case_id: int | None = None) -> bool:
        """Whether a case (CASE_ID, or any) is being read to open."""
        return bool(self._opening) if case_id is None else case_id in self._opening

    def _read_case(self, case_id: int) -> Operation[CaseOpening]:
        db, actor = self.db, self.actor

        def work(_report: ReportProgress) -> CaseOpening:
            detail = open_case_detail(db, case_id, actor)  # recorded as a view
            post = str(detail.record.get("post") or "")
            # What the header names the post by, in either language (read here, not there).
            settings = {post: load_post_settings(db, post)} if post else {}
            return CaseOpening(detail, settings)

        def failed(error: BaseException) -> None:
            if self._opening_ended(case_id):
                self._not_opened(error)

        return (
            Operation(self.opener, work)
            .success(lambda opening: self._case_read(case_id, opening))
            .failure(failed)
            .run()
        )

    def _opening_ended(self, case_id: int) -> bool:
        # False when the window closed or signed out meanwhile: nothing opens after that.
        if case_id not in self._opening:
            return False
        self._opening.discard(case_id)
        return True

    def _not_opened(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.prompts.error(self, self.tr("Case not found"), error_text(error))
            self.refresh()
        elif isinstance(error, PermissionRefused):
            self.prompts.error(self, self.tr("KVisa Desk"), error_text(error))
        else:
            self._operation_failed(error)

    def _case_read(self, case_id: int, opening: CaseOpening) -> None:
        if not self._opening_ended(case_id):
            return
        from kvisa_desk.ui.case.view import CaseView

        view = CaseView(self.context, opening.detail, self, opening.post_settings)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.finished.connect(lambda _result, cid=case_id: self.case_views.pop(cid, None))
        view.step_requested.connect(lambda step, v=view: self._step_from(v, step))
        self.case_views[case_id] = view
        self._bring_forward(view)
        self.case_opened.emit(view)

    def _bring_forward(self, view: CaseView) -> None:
        view.show()
        view.raise_()
        view.activateWindow()  # the keyboard goes to the case

    def open_current(self) -> CaseView | None:
        case_id = self.worklist_view.current_case_id()
        return self.open_case(case_id) if case_id is not None else None

    def _enable_stepping(self) -> None:
        """Open, Next and Previous case only when there is a case to go to: greyed out for
        an empty worklist, and for an administrator, who sees no cases."""
        may = self.roles.may_trigger("action_open") and self.worklist_model.rowCount() > 0
        for action in (self.menus.action_open, self.menus.action_next, self.menus.action_previous):
            action.setEnabled(may)

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

    def open_accounts(self, first_run: bool = False) -> AccountsDialog:
        """Administration ▸ Accounts; an account added or changed reaches the officer filter."""
        return show_accounts(self.context, self, first_run)  # its writes reach views as changes

    def open_post_settings(self) -> PostSettingsDialog:
        return show_post_settings(self.context, self)  # its save reaches the views as a change

    # Reactions

    def _demo_cases_loaded(self, report: ImportReport) -> None:
        self.statusBar().showMessage(
            self.tr("{imported} demo cases added ({unchanged} already there)").format(
                imported=report.imported, unchanged=report.unchanged
            ),
            10_000,
        )

    def _batch_finished(self, summary: BatchSummary) -> None:
        self.statusBar().showMessage(summary_text(summary), 15_000)

    def _apply_changes(self, changes: Changes) -> None:
        """A write was made: redraw the rows and the counts it touched, nothing else (the
        open case views listen for themselves)."""
        if not self._from_elsewhere:
            self._mark_known_writes()
        if changes.every_case or changes.touches(CASES):
            self.refresh()  # cases came or went: the list is read and counted again
            return
        if changes.touches(SETTINGS):
            self.worklist.update_cases()  # overdue marks follow the post's target
        elif changes.case_ids and changes.touches(*ROW_PARTS):
            self.worklist.update_cases(changes.case_ids)
        if changes.touches(*QUEUE_PARTS, SETTINGS):
            self.refresh_counts()
        if changes.case_ids:
            self.dashboard.cases_changed()
        if changes.touches(ACCOUNTS):
            self._reload_officers()

    def _reload_officers(self) -> None:
        """An account was added, renamed or deactivated: the officer filter lists who is now."""
        db = self.db
        Operation(self.reader, lambda _report: active_officers(db)).success(
            self.worklist.filters.set_officers
        ).run()

    def _worklist_refreshed(self) -> None:
        self.worklist_refreshed.emit()

    def _operation_failed(self, error: BaseException) -> None:
        self.prompts.error(self, self.tr("KVisa Desk"), error_text(error))

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
        self.status_bar.show_officer()
        self._show_title()

    def _show_title(self) -> None:
        # Who is at the desk, so a supervisor signing off can see it is their own session;
        # and which kind of file is open (trust.md, Data at rest). Qt adds " — KVisa Desk" (the
        # application's display name) itself, so the title does not start with it.
        who = self.tr("{name} ({role})").format(
            name=self.roles.display_name, role=role_label(self.roles.role)
        )
        kind = database_kind(self.db)
        if kind == "encrypted":
            who = self.tr("{who} — encrypted database").format(who=who)
        elif kind == "plain":
            who = self.tr("{who} — database not encrypted").format(who=who)
        self.setWindowTitle(who)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_case_views():  # unsaved edits: the officer chose to stay
            event.ignore()
            return
        self._counts_timer.stop()
        self.exchange.stop()  # before the runners are waited for: no inbox pass starts after
        self.batch_checks.cancel()
        # Let running work finish before the database is closed under it.
        self.runner.wait()
        self.reader.wait()
        self.opener.wait()
        self.worklist_view.save_columns()
        super().closeEvent(event)
        self.closed.emit()
