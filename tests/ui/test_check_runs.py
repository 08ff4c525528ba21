"""Past check runs in the Checks tab: listed with date, officer, pack, settings version and
outcome; a selected run's results read-only; replay says whether the run still matches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.editing import save_case_edits
from kvisa_desk.core.checks.report import report_of
from kvisa_desk.core.checks.runs import check_cases, check_history
from kvisa_desk.store.models import CheckRun
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.checks.model import COL_FINDING
from kvisa_desk.ui.checks.runs import OFFICER, OUTCOME, PACK, RUN_ID, SETTINGS, CheckRunsModel
from kvisa_desk.ui.widgets.context import DeskContext
from tests.samples import application
from tests.ui.conftest import import_applications


def checked_twice(desk: DeskContext) -> int:
    """A case checked by officer.a, then corrected (passport expiring soon), checked again."""
    report = import_applications(desk.db, [application("KV-RUNS-1", documents=[])])
    case_id = report.first_case_id
    assert case_id is not None
    list(check_cases(desk.db, [case_id], "officer.a"))
    version = case_detail(desk.db, case_id).version
    save_case_edits(desk.db, case_id, version, {"passport.expiry_date": "2026-01-20"}, "officer.a")
    list(check_cases(desk.db, [case_id], "officer.b"))
    return case_id


def open_past_runs(qtbot: Any, desk: DeskContext, case_id: int) -> CaseView:
    view = CaseView(desk, case_detail(desk.db, case_id))
    qtbot.addWidget(view)
    view.show()
    view.show_checks()
    with qtbot.waitSignal(view.checks.runs_loaded, timeout=10_000):
        view.checks.tab.show_past_runs()
    return view


def cell(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_past_runs_are_listed_and_read_only(qtbot: Any, desk: DeskContext) -> None:
    case_id = checked_twice(desk)
    view = open_past_runs(qtbot, desk, case_id)
    past = view.checks.tab.past
    runs = past.runs
    assert runs.rowCount() == 2
    assert [cell(runs, r, OFFICER) for r in range(2)] == ["officer.b", "officer.a"]  # newest first
    assert cell(runs, 0, PACK) == "k-2025.10" and cell(runs, 0, SETTINGS) == "0"
    assert int(cell(runs, 0, RUN_ID)) > int(cell(runs, 1, RUN_ID))
    assert cell(runs, 0, OUTCOME) in ("Pass", "Review", "Fail")
    newest = {cell(past.results, r, COL_FINDING) for r in range(past.results.rowCount())}
    assert any("2026-01-20" in text for text in newest)  # the corrected passport shows
    assert past.selected_run() is not None and past.selected_run() == runs.row_at(0)
    past.runs_table.selectRow(1)
    older = runs.row_at(1)
    assert older is not None and past.results.rowCount() == len(older.lines)
    findings = {cell(past.results, r, COL_FINDING) for r in range(past.results.rowCount())}
    assert not any("2026-01-20" in text for text in findings)  # the run as it was then
    assert past.run_info.text().startswith(f"Run {older.run_id}: ")
    assert "by officer.a" in past.run_info.text()
    assert past.results_table.editTriggers() == past.results_table.EditTrigger.NoEditTriggers
    past.results_table.selectRow(0)
    assert past.detail.toPlainText()  # the selected result explained, as in the latest run


def test_replay_says_whether_a_run_still_matches(qtbot: Any, desk: DeskContext) -> None:
    case_id = checked_twice(desk)
    first_run = min(r.run_id for r in [report_of(c) for c in check_history(desk.db, case_id)])
    with desk.db.write() as session:  # someone altered the stored results of the first run
        run = session.scalars(select(CheckRun).where(CheckRun.id == first_run)).one()
        results = [dict(r) for r in run.results]
        results[0]["outcome"] = "fail" if results[0]["outcome"] != "fail" else "pass"
        run.results = results
    view = open_past_runs(qtbot, desk, case_id)
    past = view.checks.tab.past
    with qtbot.waitSignal(view.checks.replayed, timeout=10_000) as replayed:
        qtbot.mouseClick(past.replay_button, Qt.MouseButton.LeftButton)
    assert replayed.args[0].identical
    assert past.replay_result.text().startswith("Replayed run ")
    assert "identical" in past.replay_result.text()
    past.select_run(first_run)
    assert past.replay_result.text() == ""  # a new selection forgets the last answer
    with qtbot.waitSignal(view.checks.replayed, timeout=10_000) as replayed:
        qtbot.keyClick(past.replay_button, Qt.Key.Key_Space)
    assert not replayed.args[0].identical
    assert "does NOT match" in past.replay_result.text()
    assert results[0]["rule_id"] in past.replay_result.text()


def test_a_new_run_joins_the_list_while_it_is_shown(qtbot: Any, desk: DeskContext) -> None:
    case_id = checked_twice(desk)
    view = open_past_runs(qtbot, desk, case_id)
    with qtbot.waitSignal(view.checks.runs_loaded, timeout=10_000):
        view.run_checks()
    assert view.checks.tab.past.runs.rowCount() == 3
    assert cell(view.checks.tab.past.runs, 0, OFFICER) == "test.officer"


def test_no_runs_yet(qtbot: Any, desk: DeskContext) -> None:
    report = import_applications(desk.db, [application("KV-RUNS-0", documents=[])])
    assert report.first_case_id is not None
    view = open_past_runs(qtbot, desk, report.first_case_id)
    past = view.checks.tab.past
    assert past.runs.rowCount() == 0 and past.empty.isVisibleTo(view)
    assert not past.replay_button.isEnabled()


def test_runs_model_passes_the_model_tester(qtmodeltester: Any, desk: DeskContext) -> None:
    case_id = checked_twice(desk)
    model = CheckRunsModel()
    model.set_runs([report_of(c) for c in check_history(desk.db, case_id)])
    qtmodeltester.check(model)
