"""The case view's checks: show the latest run, run again, override a result, read and
replay the past runs.

Running and overriding happen on the worker thread; the tab is updated when they end.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.checks.report import (
    CheckReport,
    ResultLine,
    case_check_report,
    reports_of,
    run_case_checks,
)
from kvisa_desk.core.checks.review import Replay, override_result, replay_run
from kvisa_desk.core.checks.runs import CaseCheck, check_history
from kvisa_desk.core.decisions.decisions import DecidedOn, decided_on
from kvisa_desk.core.errors import ServiceError
from kvisa_desk.ui.checks.checks_tab import ChecksTab
from kvisa_desk.ui.checks.override_dialog import OverrideDialog
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.vocab import format_case_ref


class CaseChecks(QObject):
    changed = Signal(object)  # the new CheckReport, after a run or an override
    runs_loaded = Signal(list)  # the past runs, as CheckReports
    replayed = Signal(object)  # a Replay

    def __init__(self, context: DeskContext, case_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        self._parent = parent
        self.tab = ChecksTab(parent, context.settings)
        self.tab.run_requested.connect(self.run)
        self.tab.override_requested.connect(self.ask_override)
        self.tab.past_runs_requested.connect(self.load_runs)
        self.tab.past.replay_requested.connect(self.replay)
        self.dialog: OverrideDialog | None = None
        self.running = False
        self.finished_case = False  # a decided case's checks stand as they were

    def set_finished(self, finished: bool) -> Operation[DecidedOn] | None:
        """No new run on a decided, withdrawn or closed case, and the button says why; the
        summary then says which run the decision was made on (read off the GUI thread)."""
        self.finished_case = finished
        self.tab.set_finished(finished)  # nor an override
        self.tab.run_button.setEnabled(not finished and not self.running)
        self.tab.run_button.setToolTip(
            self.tr("This case is finished: its checks stay as they were when it was decided.")
            if finished
            else self.tr("Check this case against the rules now (Ctrl+R)")
        )
        if not finished:
            self.tab.set_decided(None)
            return None
        db, case_id = self._context.db, self._case_id

        def work(_report: ReportProgress) -> DecidedOn:
            return decided_on(db, case_id)

        def done(decided: DecidedOn) -> None:
            if self.finished_case:  # not reopened meanwhile
                self.tab.set_decided(decided)

        label = self.tr("Reading the decision of {case}…").format(case=format_case_ref(case_id))
        return Operation(self._context.runner, work, label).success(done).run()

    def load(self) -> None:
        """Show the latest stored run (a short read: one row)."""
        self.tab.set_report(case_check_report(self._context.db, self._case_id))

    def run(self) -> Operation[CheckReport] | None:
        if self.running or self.finished_case:
            return None
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> CheckReport:
            return run_case_checks(db, case_id, actor)

        self.running = True
        self.tab.run_button.setEnabled(False)
        label = self.tr("Checking {case}…").format(case=format_case_ref(case_id))
        return (
            Operation(self._context.runner, work, label)
            .success(self._shown)
            .failure(self._run_failed)
            .run()
        )

    def ask_override(self, line: ResultLine) -> OverrideDialog:
        dialog = OverrideDialog(format_case_ref(self._case_id), line, self._parent)
        dialog.submitted.connect(lambda to, reason: self._save_override(dialog, to, reason))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_override(self, dialog: OverrideDialog, to_outcome: str, reason: str) -> None:
        db, actor, case_id, line = self._context.db, self._context.actor, self._case_id, dialog.line

        def work(_report: ReportProgress) -> tuple[CheckReport | None, CaseCheck]:
            saved = override_result(
                db, case_id, line.rule_id, line.subject, to_outcome, reason, actor
            )
            return case_check_report(db, case_id), saved  # the saved one says what changed

        def done(result: tuple[CheckReport | None, CaseCheck]) -> None:
            report, _saved = result
            dialog.succeeded()
            self._shown(report)
            self.tab.select(line.rule_id, line.subject)

        def refused(error: BaseException) -> None:
            dialog.failed(str(error) if isinstance(error, ServiceError) else repr(error))

        label = self.tr("Saving the override…")
        Operation(self._context.runner, work, label).success(done).failure(refused).run()

    def _shown(self, report: CheckReport | None) -> None:
        self.running = False
        self.tab.run_button.setEnabled(not self.finished_case)
        self.tab.set_report(report)
        self.changed.emit(report)
        if self.tab.past_runs_shown():
            self.load_runs()

    # Past runs

    def load_runs(self) -> Operation[list[CheckReport]]:
        """Read every stored run of the case (with today's overrides) on the worker thread."""
        db, case_id = self._context.db, self._case_id

        def work(_report: ReportProgress) -> list[CheckReport]:
            return reports_of(db, check_history(db, case_id))

        label = self.tr("Reading the past checks of {case}…").format(case=format_case_ref(case_id))
        return (
            Operation(self._context.runner, work, label)
            .success(self._runs_loaded)
            .failure(self._runs_failed)
            .run()
        )

    def _runs_loaded(self, runs: list[CheckReport]) -> None:
        self.tab.past.set_runs(runs)
        self.runs_loaded.emit(runs)

    def _runs_failed(self, error: BaseException) -> None:
        self._context.prompts.error(
            self._parent,
            self.tr("The past checks could not be read"),
            str(error) if isinstance(error, ServiceError) else repr(error),
        )

    def replay(self, run_id: int) -> Operation[Replay]:
        """Evaluate a stored run again from its own snapshot; nothing is written."""
        db = self._context.db

        def work(_report: ReportProgress) -> Replay:
            return replay_run(db, run_id)

        def failed(error: BaseException) -> None:
            reason = str(error) if isinstance(error, ServiceError) else repr(error)
            self.tab.past.show_replay_error(reason)

        def done(result: Replay) -> None:
            self.tab.past.show_replay(result)
            self.replayed.emit(result)

        label = self.tr("Replaying check run {run}…").format(run=run_id)
        return Operation(self._context.runner, work, label).success(done).failure(failed).run()

    def _run_failed(self, error: BaseException) -> None:
        self.running = False
        self.tab.run_button.setEnabled(not self.finished_case)
        self._context.prompts.error(
            self._parent,
            self.tr("The checks could not run"),
            self.tr("{case}: {error}").format(case=format_case_ref(self._case_id), error=error),
        )
