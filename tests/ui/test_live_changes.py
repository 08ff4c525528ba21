"""No stale screen, no needless refresh: every write says what it changed, one signal carries
it to every open view, and each view reads again only what was touched, off the GUI thread.

Each write is made from one place (a case tab, a window menu, the command line in another
process followed by F5) and every other open view is then looked at, without reopening it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QSpinBox

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.notes import add_note
from kvisa_desk.core.cases.workflow import change_status
from kvisa_desk.core.changes import (
    ALL_PARTS,
    ASSIGNMENT,
    CHECKS,
    DOCUMENTS,
    FACTS,
    HISTORY,
    NO_CHANGES,
    NOTES,
    STATUS,
    Changes,
    changes_of,
)
from kvisa_desk.core.decisions.decisions import recommend
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.shell.app import create_main_window
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.worklist.columns import COL_APPLICANT, COL_OFFICER, COL_OUTCOME, COL_STATUS
from tests.conftest import TEST_PASSWORD
from tests.decisions.decisions_support import (
    REFUSAL_REASONING,
    make_case,
    name_case_post,
    run_checks,
)
from tests.samples import application
from tests.ui.conftest import FakePrompts, import_applications, records_for_demo
from tests.ui.opening import open_case
from tests.ui.test_documents_tab import write_pdf

pytestmark = pytest.mark.backend
WAIT = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def cases(db: Database, folder: Path) -> tuple[int, int]:
    """Two unchecked cases among a few others; the first would be refused on a re-entry ban."""
    import_applications(db, [application(f"KV-LIVE-{i}") for i in range(4)])
    banned = make_case(db, folder, "KV-LIVE-BAN", screening__reentry_ban=True)
    other = make_case(db, folder, "KV-LIVE-OTHER")
    return banned, other


def open_view(qtbot: Any, window: MainWindow, case_id: int) -> CaseView:
    view = open_case(qtbot, window, case_id)
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    settle(qtbot, view)
    return view


def settle(qtbot: Any, view: CaseView) -> None:
    """Wait until the view has read again what the last write touched (and its tabs too)."""
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=WAIT)
    qtbot.waitUntil(lambda: not view.context.runner.busy, timeout=WAIT)
    qtbot.waitUntil(lambda: not view.context.changes.reading.busy, timeout=WAIT)


def show_tab(qtbot: Any, view: CaseView, tab: Any) -> None:
    view.tabs.setCurrentWidget(tab)
    if hasattr(tab, "ready"):
        qtbot.waitUntil(lambda: tab.ready and not getattr(tab, "busy", False), timeout=WAIT)


def row_text(window: MainWindow, case_id: int, column: int) -> str:
    model = window.worklist_model
    row = model.row_of_case(case_id)
    assert row >= 0, f"case {case_id} is not among the rows held"
    return str(model.data(model.index(row, column)))


def history_kinds(view: CaseView) -> list[str]:
    """The events the History tab lists (it shows one row per event of the detail held)."""
    assert view.history.rowCount() == len(view.detail.history)
    return [event.kind for event in view.detail.history]


def count_of(window: MainWindow, queue: str) -> int:
    counts = window.queues._counts
    assert counts is not None
    return counts[queue]


def select_case(window: MainWindow, case_id: int) -> None:
    model = window.worklist_model
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows
        | QItemSelectionModel.SelectionFlag.Current
    )
    window.worklist_view.selectionModel().setCurrentIndex(
        model.index(model.row_of_case(case_id), 0), flags
    )


# Core: what each write says it changed


def test_each_write_service_says_what_it_changed(db: Database, tmp_path: Path) -> None:
    banned, _other = cases(db, tmp_path)
    version = case_detail(db, banned).version
    moved = change_status(db, banned, version, "in_review", "officer.a")
    assert moved.what_changed == Changes.of_case(banned, STATUS)
    assert moved.what_changed.parts == {STATUS, HISTORY}
    note = add_note(db, banned, "Phoned the host.", "officer.a")
    assert note.what_changed.for_case(banned, NOTES) and not note.what_changed.touches(FACTS)
    run_checks(db, banned)
    decision = recommend(
        db, "officer.a", banned, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING
    )
    assert decision.what_changed.for_case(banned, "decision", STATUS, "letters")
    # A read carries no change, so a view reading after a change never starts another round.
    assert changes_of(case_detail(db, banned)) is None
    assert changes_of((note, moved)) == note.what_changed | moved.what_changed
    assert NO_CHANGES.empty and Changes.everything().parts == ALL_PARTS
    with pytest.raises(ValueError, match="unknown parts"):
        Changes.of_case(banned, "colour")


# The window: one signal, every open view


def test_ctrl_r_in_a_case_shows_on_its_decision_tab_without_reopening(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    banned, _other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    view = open_view(qtbot, window, banned)
    show_tab(qtbot, view, view.decision)
    assert view.decision.desk is not None and view.decision.desk.run_id is None
    assert not view.decision.form.isEnabled()  # no check run yet: Recommend is greyed
    resets: list[bool] = []
    window.worklist_model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(view.checks.changed, timeout=WAIT):
        qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    settle(qtbot, view)
    show_tab(qtbot, view, view.decision)
    assert view.decision.desk is not None and view.decision.desk.run_id is not None
    assert view.decision.form.isEnabled()  # Recommend is offered at once
    assert view.decision.form.grounds.item(0).text().startswith("K-REF-01 · Fail")
    assert view.header.outcome_label.text() == "Check outcome: Fail"
    qtbot.waitUntil(lambda: row_text(window, banned, COL_OUTCOME) == "Fail", timeout=WAIT)
    assert resets == []  # the worklist redrew one row; it was not read again whole


def test_checks_run_from_the_window_menu_reach_the_open_decision_tab(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    banned, _other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    view = open_view(qtbot, window, banned)
    show_tab(qtbot, view, view.decision)  # shown while the write is made elsewhere
    select_case(window, banned)
    with qtbot.waitSignal(window.batch_checks.finished, timeout=WAIT):
        window.menus.action_run_checks.trigger()
    settle(qtbot, view)
    qtbot.waitUntil(lambda: view.decision.ready and not view.decision.busy, timeout=WAIT)
    assert view.decision.desk is not None and view.decision.desk.run_id is not None
    assert view.decision.form.isEnabled()
    assert view.checks.tab.report is not None and view.checks.tab.report.effective_outcome == "fail"
    assert view.documents.route != "not checked"  # the checklist follows the run too


def test_every_write_reaches_every_other_open_view(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    banned, other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    view = open_view(qtbot, window, banned)
    second = open_view(qtbot, window, other)  # a case untouched by these writes
    second_history = second.history.rowCount()
    resets: list[bool] = []
    window.worklist_model.modelReset.connect(lambda: resets.append(True))

    # Applicant tab: a saved edit shows in the worklist row, the header and the history.
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # Ctrl+S reaches the active window only
    surname = view.field("applicant.surname")
    surname.setFocus()
    surname.selectAll()
    qtbot.keyClicks(surname, "Okafor-Live")
    qtbot.keyClick(surname, Qt.Key.Key_Tab)
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=WAIT):
        with qtbot.waitSignal(view.editing.saved, timeout=WAIT):
            qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    settle(qtbot, view)
    assert row_text(window, banned, COL_APPLICANT).startswith("Okafor-Live, ")
    assert "case_edited" in history_kinds(view)

    # Workflow bar: the status moves in the row, the queue counts and the header.
    unassigned = count_of(window, "unassigned")
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT):
        with qtbot.waitSignal(view.workflow.moved, timeout=WAIT):
            view.workflow.move_to("in_review")
    settle(qtbot, view)
    assert row_text(window, banned, COL_STATUS) == "In review"
    assert view.header.status_label.text().startswith("Status: In review")

    # Window menu: assigning the selected case shows in the open case's history and the counts.
    select_case(window, banned)
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT) as counted:
        window.menus.action_assign_me.trigger()
    settle(qtbot, view)
    assert counted.args[0]["unassigned"] == unassigned - 1
    assert counted.args[0]["mine"] >= 1
    qtbot.waitUntil(lambda: row_text(window, banned, COL_OFFICER) == "test.officer", timeout=WAIT)
    assert "case_assigned" in history_kinds(view)

    # Notes tab: the note and its history line.
    with qtbot.waitSignal(view.notes.added, timeout=WAIT):
        view.notes.editor.setPlainText("Phoned the host institution.")
        view.notes.add()
    settle(qtbot, view)
    assert view.notes.table.rowCount() == 1
    assert "note_added" in history_kinds(view)

    # Checks tab: the run reaches the header, the worklist, the checklist and the Decision tab.
    with qtbot.waitSignal(view.checks.changed, timeout=WAIT):
        view.checks.run()
    settle(qtbot, view)
    show_tab(qtbot, view, view.decision)
    assert view.decision.form.isEnabled()
    qtbot.waitUntil(lambda: row_text(window, banned, COL_OUTCOME) == "Fail", timeout=WAIT)

    # Decision tab: a recommendation moves the status everywhere.
    tab = view.decision
    qtbot.mouseClick(tab.form.kind_buttons["refuse"], Qt.MouseButton.LeftButton)
    tab.form.tick("K-REF-01")
    tab.form.reasoning.setPlainText(REFUSAL_REASONING)
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT):
        with qtbot.waitSignal(tab.changed, timeout=WAIT):
            tab.form.submit()
    settle(qtbot, view)
    assert row_text(window, banned, COL_STATUS) == "Awaiting sign-off"
    assert view.header.status_label.text().startswith("Status: Awaiting sign-off")
    assert view.detail.status == "awaiting_sign_off"

    # None of it touched the other open case, nor reset the worklist.
    assert second.history.rowCount() == second_history
    assert second.detail.status == "received"
    assert resets == []


def test_an_override_and_an_attachment_reach_the_row_the_header_and_the_other_tabs(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    _banned, other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    view = open_view(qtbot, window, other)
    with qtbot.waitSignal(view.checks.changed, timeout=WAIT):
        view.checks.run()
    settle(qtbot, view)
    report = view.checks.tab.report
    assert report is not None and report.effective_outcome != "fail"
    qtbot.waitUntil(lambda: row_text(window, other, COL_OUTCOME) != "Not checked", timeout=WAIT)
    resets: list[bool] = []
    window.worklist_model.modelReset.connect(lambda: resets.append(True))

    # Checks tab: an override to Fail shows in the worklist row, the header and the history.
    line = next(line for line in report.lines if line.effective_outcome == "pass")
    dialog = view.checks.ask_override(line)
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=WAIT):
        with qtbot.waitSignal(view.checks.changed, timeout=WAIT):
            dialog.submitted.emit("fail", "The host letter is a forgery.")
    settle(qtbot, view)
    assert row_text(window, other, COL_OUTCOME) == "Fail"
    assert view.header.outcome_label.text() == "Check outcome: Fail"
    assert "rule_overridden" in history_kinds(view)

    # Documents tab: an attachment shows in the history and the checklist.
    pdf = write_pdf(tmp_path / "letter.pdf", 1, "Host letter")
    view.tabs.setCurrentWidget(view.documents.tab)  # built on its first show, read meanwhile
    settle(qtbot, view)
    before = len(view.documents.documents)
    with qtbot.waitSignal(view.documents.attached, timeout=WAIT):
        view.documents.attach(pdf, "other")
    settle(qtbot, view)
    assert len(view.documents.documents) == before + 1
    assert "document_attached" in history_kinds(view)
    assert resets == []


def test_a_supervisors_sign_off_letter_and_settings_reach_every_view(
    qtbot: Any, db: Database, tmp_path: Path, prompts: FakePrompts
) -> None:
    banned, _other = cases(db, tmp_path)
    run_checks(db, banned)
    name_case_post(db, banned)  # letters need the post's own name
    recommend(db, "officer.a", banned, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    window = create_main_window(db, "supervisor.s", prompts.prompts(), records_for_demo, None)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: not window.reader.busy, timeout=WAIT)
        view = open_view(qtbot, window, banned)
        show_tab(qtbot, view, view.decision)
        decided = count_of(window, "decided")

        # Decision tab: the sign-off moves the row, the counts and the header.
        with qtbot.waitSignal(window.counts_shown, timeout=WAIT) as counted:
            with qtbot.waitSignal(view.decision.changed, timeout=WAIT):
                view.decision.sign_off("agree")
        settle(qtbot, view)
        assert counted.args[0]["decided"] == decided + 1
        qtbot.waitUntil(lambda: row_text(window, banned, COL_STATUS) == "Refused", timeout=WAIT)
        assert view.header.status_label.text().startswith("Status: Refused")

        # Letters tab: it offers the letter the decision calls for; issuing it moves the case.
        show_tab(qtbot, view, view.letters)
        assert view.letters.form.chosen_kind() == "refusal"
        with qtbot.waitSignal(view.letters.issued, timeout=WAIT):
            view.letters.issue()
        settle(qtbot, view)
        qtbot.waitUntil(
            lambda: row_text(window, banned, COL_STATUS) == "Letter issued", timeout=WAIT
        )
        assert view.detail.status == "letter_issued"
        assert "letter_issued" in history_kinds(view)

        # Administration ▸ Post settings: held rows are redrawn, the queues counted again.
        dialog = window.open_post_settings()
        target = dialog.option("days_open_target").widget
        assert isinstance(target, QSpinBox)
        target.setValue(target.value() + 5)
        with qtbot.waitSignals([window.worklist.rows_updated, window.counts_shown], timeout=WAIT):
            with qtbot.waitSignal(dialog.saved, timeout=WAIT):
                dialog.save()
        settle(qtbot, view)
        dialog.close()
    finally:
        window.runner.wait()
        window.reader.wait()


def test_the_window_menus_reach_the_rows_the_counts_and_the_open_case(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    banned, _other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    view = open_view(qtbot, window, banned)
    select_case(window, banned)
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=WAIT):
        window.menus.action_assign_me.trigger()
    settle(qtbot, view)
    mine = count_of(window, "mine")

    # Case ▸ Unassign: the row, the count of my cases and the open case's history.
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT) as counted:
        window.menus.action_unassign.trigger()
    settle(qtbot, view)
    assert counted.args[0]["mine"] == mine - 1
    qtbot.waitUntil(lambda: row_text(window, banned, COL_OFFICER) == "", timeout=WAIT)
    assert history_kinds(view).count("case_assigned") == 2

    # Checks ▸ Check all cases: every held row and the open case, without a reset.
    resets: list[bool] = []
    window.worklist_model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=WAIT):
        with qtbot.waitSignal(window.batch_checks.finished, timeout=WAIT):
            window.menus.action_check_all.trigger()
    settle(qtbot, view)
    model = window.worklist_model
    outcomes = {str(model.data(model.index(r, COL_OUTCOME))) for r in range(model.rowCount())}
    assert "Not checked" not in outcomes
    assert view.checks.tab.report is not None
    assert resets == []

    # File ▸ Load demo cases: cases came, so the list is read again and counted.
    total = model.rowCount()
    with qtbot.waitSignal(window.worklist_refreshed, timeout=WAIT):
        window.menus.action_load_demo.trigger()
    assert model.rowCount() > total


@pytest.mark.sqlite_only  # the command line writes to the same SQLite file
def test_a_write_on_the_command_line_shows_everywhere_after_f5(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    banned, other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    view = open_view(qtbot, window, banned)
    show_tab(qtbot, view, view.decision)
    environment = {**os.environ, "KVISA_USER": "officer.cli", "KVISA_PASSWORD": TEST_PASSWORD}
    done = subprocess.run(
        [sys.executable, "-m", "kvisa_desk", "--db-url", db.url, "check", str(banned)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert view.checks.tab.report is None  # another process wrote: nothing told the window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.worklist_refreshed, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot, view)
    qtbot.waitUntil(lambda: view.decision.ready and not view.decision.busy, timeout=WAIT)
    assert view.checks.tab.report is not None and view.checks.tab.report.officer == "officer.cli"
    assert view.header.outcome_label.text() == "Check outcome: Fail"
    assert view.decision.desk is not None and view.decision.desk.run_id is not None
    assert "checks_run" in history_kinds(view)
    assert row_text(window, banned, COL_OUTCOME) == "Fail"
    assert row_text(window, other, COL_OUTCOME) == "Not checked"


@pytest.mark.sqlite_only  # the command line writes to the same SQLite file
def test_the_timer_finds_a_write_made_elsewhere_and_redraws_only_its_case(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    banned, other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    view = open_view(qtbot, window, banned)
    qtbot.waitUntil(lambda: window._audit_mark is not None, timeout=WAIT)
    resets: list[bool] = []
    window.worklist_model.modelReset.connect(lambda: resets.append(True))
    environment = {**os.environ, "KVISA_USER": "officer.cli", "KVISA_PASSWORD": TEST_PASSWORD}
    done = subprocess.run(
        [sys.executable, "-m", "kvisa_desk", "--db-url", db.url, "check", str(banned)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with qtbot.waitSignal(window.changes.changed, timeout=WAIT) as seen:
        window.look_for_writes()  # what the window's timer does every half minute
    found: Changes = seen.args[0]
    assert found.case_ids == {banned} and found.touches(CHECKS) and not found.every_case
    settle(qtbot, view)
    qtbot.waitUntil(lambda: row_text(window, banned, COL_OUTCOME) == "Fail", timeout=WAIT)
    assert view.checks.tab.report is not None and view.checks.tab.report.officer == "officer.cli"
    assert row_text(window, other, COL_OUTCOME) == "Not checked"
    assert resets == []  # one row redrawn, not the list read again
    # Looked at once, the write is not found again.
    window.look_for_writes()
    qtbot.waitUntil(lambda: not window.reader.busy, timeout=WAIT)
    with qtbot.assertNotEmitted(window.changes.changed, wait=200):
        window.look_for_writes()
        qtbot.waitUntil(lambda: not window.reader.busy, timeout=WAIT)


def test_a_write_redraws_rows_in_place_and_keeps_the_selection(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    banned, _other = cases(db, tmp_path)
    window: MainWindow = make_window(db)
    model = window.worklist_model
    select_case(window, banned)
    selected_row = model.row_of_case(banned)
    resets: list[bool] = []
    changed_rows: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, _last, _roles: changed_rows.append(first.row()))
    fetches = model.fetches
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=WAIT):
        window.menus.action_assign_me.trigger()
    assert resets == [] and model.fetches == fetches  # no reset, no page read again
    assert changed_rows == [selected_row]  # only the changed row was redrawn
    assert window.worklist_view.selected_case_ids() == [banned]
    assert window.worklist_view.currentIndex().row() == selected_row
    assert row_text(window, banned, COL_OFFICER) == "test.officer"
    assert window.statusBar().currentMessage() == "1 cases assigned"  # not cleared by a redraw


def test_changes_name_only_known_parts_and_merge() -> None:
    first = Changes.of_case(1, CHECKS)
    second = Changes.of_cases([2, 3], DOCUMENTS, ASSIGNMENT)
    both = first | second
    assert both.case_ids == {1, 2, 3} and both.touches(CHECKS, FACTS)
    assert both.for_case(2, DOCUMENTS) and not both.for_case(4)
    assert not both.for_case(1, FACTS)
    assert Changes.everything().for_case(99, FACTS)
