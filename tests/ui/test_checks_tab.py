"""The Checks tab: results explained, Run checks, overrides beside the original, lapses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QRadioButton
from sqlalchemy import update

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.checks.report import case_check_report, run_case_checks
from kvisa_desk.core.checks.review import override_result
from kvisa_desk.core.decisions.decisions import decided_on
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.checks.model import (
    COL_ASSUMPTION,
    COL_OUTCOME,
    COL_OVERRIDE,
    COL_RULE,
    COL_SOURCE,
    COL_SUBJECT,
    CheckResultsModel,
)
from kvisa_desk.ui.widgets.context import DeskContext
from tests.decisions.decisions_support import refused_case
from tests.samples import application
from tests.ui.conftest import import_applications

WELDING = {
    "level": "other",
    "field": "Diploma in Welding",
    "isced_f": "0715",
    "institution": "Lagos Trade School",
    "institution_country": "NG",
    "awarded_on": "2015-06-01",
}


def failing_case(db: Database) -> int:
    """Age 50 (review, ASSUMPTION), no documents and no route (fail)."""
    record = application(
        "KV-CHK-1",
        applicant__date_of_birth="1975-01-10",
        documents=[],
        education=[WELDING],
        employment=[],
    )
    case_id = import_applications(db, [record]).first_case_id
    assert case_id is not None
    return case_id


def open_view(qtbot: Any, desk: DeskContext, case_id: int) -> CaseView:
    view = CaseView(desk, case_detail(desk.db, case_id))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.show_checks()
    qtbot.waitUntil(lambda: view.report_known)  # the latest run, read off the GUI thread
    return view


def rows(view: CaseView) -> dict[tuple[str, str], int]:
    model = view.checks.tab.model
    return {
        (
            model.data(model.index(r, COL_RULE)).split(" · ")[0],
            model.data(model.index(r, COL_SUBJECT)),
        ): r
        for r in range(model.rowCount())
    }


def test_each_result_shows_icon_finding_source_and_assumption(
    qtbot: Any, desk: DeskContext
) -> None:
    case_id = failing_case(desk.db)
    run_case_checks(desk.db, case_id, "officer.li")
    view = open_view(qtbot, desk, case_id)
    tab = view.checks.tab
    model = tab.model
    found = rows(view)
    assert model.rowCount() == 15
    assert ("K-EDU-01", "Degree 1") in found and ("K-RTE-01", "Whole case") in found
    age = found[("K-AGE-01", "Whole case")]
    assert model.data(model.index(age, COL_OUTCOME)) == "Review"
    assert not model.data(model.index(age, COL_OUTCOME), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(age, COL_ASSUMPTION)) == "ASSUMPTION"
    assert "joint Q&A" in model.data(model.index(age, COL_SOURCE))
    legal = found[("K-LEG-01", "Whole case")]
    assert model.data(model.index(legal, COL_ASSUMPTION)) == "Published rule"
    assert tab.headline.text().startswith("Fail: the case does not meet")
    why = tab.why.text()
    assert why.index("K-DOC-01") < why.index("K-AGE-01")  # fails before reviews
    assert "No route met" in why and "Missing: passport scan" in why
    run = tab.run_info.text()
    assert "officer.li" in run and "k-2025.10" in run and "2025-10-01" in run
    assert "the pack's defaults (version 0)" in run
    # The first result that decides the outcome is selected and explained below.
    assert tab.selected_line().rule_id == "K-DOC-01"  # type: ignore[union-attr]
    assert "Source" in tab.detail.toPlainText()
    assert view.header.outcome_label.text() == "Check outcome: Fail"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in view.findChildren(QLabel))


def test_checks_model_passes_qt_model_tester(qtmodeltester: Any, desk: DeskContext) -> None:
    case_id = failing_case(desk.db)
    model = CheckResultsModel()
    model.set_report(run_case_checks(desk.db, case_id, "officer.a"))
    qtmodeltester.check(model)
    model.set_report(None)
    qtmodeltester.check(model)


def test_ctrl_r_runs_the_checks_of_an_unchecked_case(qtbot: Any, desk: DeskContext) -> None:
    case_id = failing_case(desk.db)
    view = open_view(qtbot, desk, case_id)
    assert view.checks.tab.headline.text() == "Not checked yet"
    assert view.header.outcome_label.text() == "Check outcome: Not checked"
    assert view.action_run_checks.shortcut() == QKeySequence("Ctrl+R")
    with qtbot.waitSignal(view.checks.changed, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert view.checks.tab.model.rowCount() == 15
    assert view.header.outcome_label.text() == "Check outcome: Fail"
    assert "test.officer" in view.checks.tab.run_info.text()


def test_a_finished_case_offers_no_new_run_and_says_why(qtbot: Any, desk: DeskContext) -> None:
    from kvisa_desk.store.models import Case

    case_id = failing_case(desk.db)
    with desk.db.write() as session:  # withdrawn: a finished case, nothing more runs on it
        session.execute(update(Case).where(Case.id == case_id).values(status="withdrawn"))
    view = open_view(qtbot, desk, case_id)
    button = view.checks.tab.run_button
    assert not button.isEnabled() and "This case is finished" in button.toolTip()
    assert not view.action_run_checks.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert view.checks.run() is None and case_check_report(desk.db, case_id) is None
    # It says what stands there, not "correct it and run the checks again".
    step = view.checks.tab.next_step
    qtbot.waitUntil(lambda: "This case is withdrawn and was never checked" in step.text())
    view.checks.set_finished(False)  # reopened: it may run again
    assert button.isEnabled() and "Ctrl+R" in button.toolTip()
    assert step.text().startswith("Run the checks (Ctrl+R)")


def test_a_decided_case_names_the_run_its_decision_was_made_on(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    case_id, _decision = refused_case(desk.db, tmp_path)
    view = open_view(qtbot, desk, case_id)
    step = view.checks.tab.next_step
    qtbot.waitUntil(lambda: "This case is decided" in step.text())
    assert "these results are the check run the decision was made on" in step.text()
    # Nor is a result overridden there: by button or by Enter on the row.
    tab = view.checks.tab
    tab.select("K-REF-01", None)
    assert not tab.override_button.isEnabled() and "finished" in tab.override_button.toolTip()
    with qtbot.assertNotEmitted(tab.override_requested):
        tab._override_clicked()
    assert "run the checks again" not in step.text()
    # A run after the recommendation, before its sign-off, is not the one decided on.
    decided = decided_on(desk.db, case_id)
    assert decided.status == "refused" and decided.run_id == view.checks.tab.report.run_id
    later = replace(view.checks.tab.report, run_id=decided.run_id + 1)  # type: ignore[arg-type]
    view.checks.tab.set_report(later)
    assert f"decided on check run {decided.run_id}, not on this later run" in step.text()


def test_override_needs_a_reason_and_shows_beside_the_original(
    qtbot: Any, desk: DeskContext
) -> None:
    case_id = failing_case(desk.db)
    run_case_checks(desk.db, case_id, "officer.a")
    view = open_view(qtbot, desk, case_id)
    tab = view.checks.tab
    tab.select("K-AGE-01", None)
    qtbot.mouseClick(tab.override_button, Qt.MouseButton.LeftButton)
    dialog = view.checks.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert dialog.to_outcome() == ""  # nothing chosen for the officer: a deliberate choice
    assert not any(button.isChecked() for button in dialog.choices.buttons())
    # K-AGE-01 is in review: only the other outcomes are offered.
    offered = [button.property("outcome") for button in dialog.choices.buttons()]
    assert offered == ["pass", "fail"]
    assert dialog.findChild(QRadioButton, "override.review") is None
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok_button.isEnabled()  # blanks are no reason
    qtbot.keyClicks(dialog.reason, "Born 1975, but the post confirms an exception applies")
    assert not dialog.ok_button.isEnabled()  # a reason, but no outcome yet
    qtbot.mouseClick(dialog.findChild(QRadioButton, "override.pass"), Qt.MouseButton.LeftButton)
    assert dialog.to_outcome() == "pass" and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.checks.changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    model = tab.model
    row = rows(view)[("K-AGE-01", "Whole case")]
    assert model.data(model.index(row, COL_OUTCOME)) == "Pass (rule found: Review)"
    override = model.data(model.index(row, COL_OVERRIDE))
    assert override.startswith("Set to Pass by test.officer, ")
    assert "“   Born 1975, but the post confirms an exception applies”" not in override
    assert override.endswith("“Born 1975, but the post confirms an exception applies”")
    assert tab.selected_line().rule_id == "K-AGE-01"  # type: ignore[union-attr]
    assert "Rule found" in tab.detail.toPlainText()


def test_a_refused_override_keeps_the_dialog_and_the_typed_reason(
    qtbot: Any, desk: DeskContext
) -> None:
    case_id = failing_case(desk.db)
    run_case_checks(desk.db, case_id, "officer.a")
    view = open_view(qtbot, desk, case_id)
    with desk.db.write() as session:  # another officer corrects a fact after the check
        session.execute(
            update(Applicant)
            .where(Applicant.case_id == case_id)
            .values(date_of_birth=date(1990, 1, 10))
        )
    view.checks.tab.select("K-AGE-01", None)
    dialog = view.checks.ask_override(view.checks.tab.selected_line())  # type: ignore[arg-type]
    qtbot.keyClicks(dialog.reason, "Exception confirmed by the post")
    dialog.findChild(QRadioButton, "override.fail").setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.isVisible()
    assert "changed since its last check" in dialog.error.text()
    assert dialog.reason_text() == "Exception confirmed by the post"
    assert dialog.to_outcome() == "fail"
    assert dialog.ok_button.isEnabled()  # the officer may try again after re-running


def test_lapsed_overrides_are_shown_after_the_facts_change(qtbot: Any, desk: DeskContext) -> None:
    case_id = failing_case(desk.db)
    run_case_checks(desk.db, case_id, "officer.a")
    override_result(desk.db, case_id, "K-AGE-01", None, "pass", "exception", "officer.li")
    with desk.db.write() as session:
        session.execute(
            update(Applicant)
            .where(Applicant.case_id == case_id)
            .values(date_of_birth=date(1974, 1, 10))
        )
    run_case_checks(desk.db, case_id, "officer.a")
    report = case_check_report(desk.db, case_id)
    assert report is not None and report.lapsed
    view = open_view(qtbot, desk, case_id)
    lapsed = view.checks.tab.lapsed
    assert lapsed.isVisibleTo(view)
    assert "K-AGE-01 (Whole case) set to Pass by officer.li" in lapsed.text()
    assert "no longer apply" in lapsed.text()


@pytest.mark.parametrize("outcome", ["pass", "review", "fail", None])
def test_outcome_icons_are_drawn_from_svg(qtbot: Any, outcome: str | None) -> None:
    from kvisa_desk.ui.widgets.icons import outcome_icon

    icon = outcome_icon(outcome)
    assert not icon.isNull()
    big = icon.pixmap(64, 64)
    assert big.width() == 64  # scalable: sharp at any size


def test_a_notice_says_what_the_newest_revision_would_change(qtbot: Any, desk: DeskContext) -> None:
    from kvisa_desk.core.checks.runs import check_cases

    record = application("KV-CHK-REV", passport__issuing_state="CHN", applicant__nationality="USA")
    case_id = import_applications(desk.db, [record]).first_case_id
    assert case_id is not None
    list(check_cases(desk.db, [case_id], "officer.a", revision=1))  # as before revision 2
    view = open_view(qtbot, desk, case_id)
    tab = view.checks.tab
    assert tab.revision.isVisible()
    notice = tab.revision.text()
    assert "revision 1 of rule pack k-2025.10; revision 2 would change" in notice
    assert "K-NAT-01 (Whole case): Pass → Fail" in notice and "Ctrl+R" in notice
    assert "revision 1" in tab.run_info.text()
    with qtbot.waitSignal(view.checks.changed, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert not tab.revision.isVisible() and "revision 2" in tab.run_info.text()


def test_the_override_that_carried_the_route_is_named(qtbot: Any, desk: DeskContext) -> None:
    degree = {**WELDING, "level": "master", "field": "MSc Grid Engineering", "isced_f": "0713"}
    record = application("KV-CHK-PART", education=[degree], employment=[])
    case_id = import_applications(desk.db, [record]).first_case_id
    assert case_id is not None
    run_case_checks(desk.db, case_id, "officer.a")
    override_result(
        desk.db, case_id, "K-EDU-03", "education[0]", "pass", "Known school.", "officer.b"
    )
    view = open_view(qtbot, desk, case_id)
    tab = view.checks.tab
    model = tab.model
    route = rows(view)[("K-RTE-01", "Whole case")]
    assert model.data(model.index(route, COL_OUTCOME)) == "Pass (rule found: Review)"
    carried = model.data(model.index(route, COL_OVERRIDE))
    assert carried.startswith("Carried by the override of K-EDU-03 (Degree 1) by officer.b")
    tab.select("K-RTE-01", None)
    assert "Overrides of parts" in tab.detail.toPlainText()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_results_open_with_whole_rows_and_the_summary_unclipped(
    qtbot: Any, desk: DeskContext, language: str, tmp_path: Path
) -> None:
    from kvisa_desk.ui.widgets.translations import switch_language
    from tests.decisions.decisions_support import checked_case

    # Documents not yet verified: K-VER-01 (the last row) needs attention and is selected.
    case_id = checked_case(desk.db, tmp_path, "KV-CHK-ROWS", verify=False)
    switch_language(language)
    try:
        view = open_view(qtbot, desk, case_id)
        view.resize(1280, 800)
        view.tabs.setCurrentWidget(view.checks.tab)
        qtbot.waitUntil(lambda: view.checks.tab.report is not None, timeout=10_000)
        qtbot.wait(50)
        table = view.checks.tab.table
        selected = table.currentIndex().row()
        assert view.checks.tab.selected_line().rule_id == "K-VER-01"  # type: ignore[union-attr]
        top = table.rowAt(0)
        assert table.rowViewportPosition(top) == 0  # the top row whole, not cut by the header
        bottom = table.rowViewportPosition(selected) + table.rowHeight(selected)
        assert table.rowViewportPosition(selected) >= 0 and bottom <= table.viewport().height()
        # The summary above shows its last line: nothing to scroll to.
        assert view.checks.tab.summary.verticalScrollBar().maximum() == 0
    finally:
        switch_language("en")
