"""Opening a case builds its header and the tab shown; every other tab is built on its first
show, from the case as it is then: a change made while a tab did not exist yet is shown when
it is opened, shortcuts build the tab they go to, and unsaved edits on any tab are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.editing import save_case_edits
from kvisa_desk.core.cases.notes import add_note
from kvisa_desk.core.checks.report import run_case_checks
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from tests.samples import application
from tests.ui.conftest import FakePrompts, import_applications

LATER_TABS = (
    "passport",
    "career",
    "travel",
    "documents",
    "checks",
    "notes",
    "decision",
    "letters",
    "history",
)
WAIT = 10_000
OTHER = "officer.b"  # another officer, in another window or process


def open_case(qtbot: Any, desk: DeskContext) -> CaseView:
    report = import_applications(desk.db, [application("KV-LAZY-1")])
    assert report.first_case_id is not None
    view = CaseView(desk, case_detail(desk.db, report.first_case_id))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.report_known, timeout=WAIT)  # read once first painted
    settle(qtbot, view)
    return view


def settle(qtbot: Any, view: CaseView) -> None:
    """Wait for every read the view started off the GUI thread."""
    changes = view.context.changes
    qtbot.waitUntil(
        lambda: not (view.updates.busy or view.context.runner.busy or changes.reading.busy),
        timeout=WAIT,
    )


def test_a_tab_not_shown_is_not_built(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    assert [k for k in LATER_TABS if view.built(k)] == []
    assert view.findChild(QLineEdit, "passport.number") is None
    assert view.findChild(ReadOnlyTable, "documents") is None
    assert view.field("applicant.surname").text() == "Okafor"
    assert view.header.outcome_label.text() == "Check outcome: Not checked"  # read at open

    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    view.tabs.setCurrentIndex(titles.index("&Notes"))
    assert view.built("notes")
    assert view.tabs.currentWidget() is view.notes  # the built page took the stand-in's place
    assert view.tabs.tabText(view.tabs.currentIndex()) == "&Notes"
    assert [k for k in LATER_TABS if view.built(k)] == ["notes"]
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == titles


def test_changes_to_unbuilt_tabs_show_when_they_are_opened(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    case_id, db = view.detail.case_id, desk.db
    # Written elsewhere while the tabs do not exist: a fact, a note, a check run.
    saved = save_case_edits(db, case_id, view.detail.version, {"travel.stay_days": "120"}, OTHER)
    desk.changes.publish(saved.what_changed)
    note = add_note(db, case_id, "Host institution phoned back.", "test.officer")
    desk.changes.publish(note.what_changed)
    report = run_case_checks(db, case_id, "test.officer")
    desk.changes.publish(report.what_changed)
    settle(qtbot, view)
    assert [k for k in LATER_TABS if view.built(k)] == []  # a change builds nothing
    assert view.header.outcome_label.text() != "Check outcome: Not checked"

    view.tabs.setCurrentWidget(view.travel)
    assert view.field("travel.stay_days").text() == "120"
    assert not view.editing.dirty  # shown as saved, not as an edit
    view.tabs.setCurrentWidget(view.notes)
    settle(qtbot, view)
    assert view.notes.table.rowCount() == 1
    assert view.notes.table.cell_text(0, 2) == "Host institution phoned back."
    view.tabs.setCurrentWidget(view.checks.tab)
    assert view.checks.tab.report is not None
    assert view.checks.tab.report.run_id == report.run_id
    view.tabs.setCurrentWidget(view.history)
    assert view.history.rowCount() == len(case_detail(db, case_id).history)


def test_shortcuts_build_the_tab_they_go_to(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_N, ctrl)
    assert view.built("notes") and view.tabs.currentWidget() is view.notes
    assert view.notes.editor.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, ctrl)
    assert view.built("decision") and view.tabs.currentWidget() is view.decision
    qtbot.keyClick(view, Qt.Key.Key_L, ctrl)
    assert view.built("letters") and view.tabs.currentWidget() is view.letters
    with qtbot.waitSignal(view.checks.changed, timeout=WAIT):
        qtbot.keyClick(view, Qt.Key.Key_R, ctrl)
    assert view.tabs.currentWidget() is view.checks.tab
    assert view.checks.tab.report is not None
    assert view.header.outcome_label.text() != "Check outcome: Not checked"
    settle(qtbot, view)


def test_unsaved_edits_on_a_tab_built_later_are_asked_about(
    qtbot: Any, desk: DeskContext, prompts: FakePrompts
) -> None:
    view = open_case(qtbot, desk)
    stay = view.field("travel.stay_days")  # builds the Travel tab
    assert view.built("travel")
    stay.setText("45")
    assert view.editing.dirty
    assert view.windowTitle().startswith("*")
    prompts.choices.append("cancel")
    view.reject()
    assert view.isVisible()
    assert "has changes that are not saved" in prompts.questions[-1]
    prompts.choices.append("save")
    with qtbot.waitSignal(view.editing.saved, timeout=WAIT):
        view.reject()
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT)
    assert case_detail(desk.db, view.detail.case_id).record["travel"]["stay_days"] == 45


def test_a_typed_fact_is_checked_against_the_fields_of_tabs_not_built(
    qtbot: Any, desk: DeskContext
) -> None:
    view = open_case(qtbot, desk)
    refused: list[str] = []
    view.editing.refused.connect(refused.append)
    born = view.field("applicant.date_of_birth")
    born.setText("2025-01-01")  # after the passport's issue and the degree: tabs not built
    assert view.built("passport") and view.built("career")  # built to mark those dates
    assert view.editing.save() is None  # refused here, as with every tab built
    assert refused == ["Not saved: correct the marked fields (Issued on, Awarded on)."]
    assert not view.built("travel")


def test_a_case_opens_larger_on_a_larger_screen_never_smaller_than_its_default() -> None:
    from kvisa_desk.ui.case.view import DEFAULT_SIZE, opening_size

    assert opening_size(800, 600) == DEFAULT_SIZE  # a small screen: the size it always had
    width, height = opening_size(1280, 760)  # 1280x800 less a taskbar
    assert (width, height) == (1203, 714) and width < 1280 and height < 760
    assert opening_size(3840, 2100) == (1500, 1000)  # not a wall of empty space on 4K
