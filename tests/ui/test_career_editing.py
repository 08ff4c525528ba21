"""Degrees, posts, travel and screening answers edited in the case view as an officer would:
typed, checked at once, undone, saved in the same save; a suggested ISCED-F code confirmed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.editing import save_case_edits
from kvisa_desk.store.models import CaseEvent, EducationRecord
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.widgets.context import DeskContext
from tests.samples import OKAFOR, application
from tests.ui.conftest import import_applications

CTRL = Qt.KeyboardModifier.ControlModifier
UNCODED_DEGREE = dict(OKAFOR["education"][0], isced_f=None, field="MSc Electrical Engineering")


def open_case(qtbot: Any, desk: DeskContext, **changes: Any) -> CaseView:
    record = application("KV-CAREER-1", documents=[], **changes)
    report = import_applications(desk.db, [record])
    assert report.first_case_id is not None
    view = CaseView(desk, case_detail(desk.db, report.first_case_id))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def child(view: CaseView, kind: Any, name: str) -> Any:
    view.build_tab_of(name)  # a tab is built on its first show
    found = view.findChild(kind, name)
    assert found is not None, name
    return found


def retype(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_suggested_code_is_confirmed_and_audited(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk, education=[UNCODED_DEGREE])
    view.tabs.setCurrentWidget(view.career)
    offer = view.career.suggestions["education.0.isced_f"]
    retype(qtbot, view.field("education.0.isced_f"), "0713")
    assert not offer.isVisibleTo(view)  # a code typed in the field is saved with the rest
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert offer.isVisibleTo(view)  # undone: the suggestion is offered again
    note = child(view, QLabel, "education.0.isced_f.suggestion")
    assert "0713" in note.text() and "Not confirmed yet" in note.text()
    code = child(view, QLineEdit, "education.0.isced_f.code")
    button = child(view, QPushButton, "education.0.isced_f.confirm")
    assert code.text() == "0713" and view.field("education.0.isced_f").text() == ""
    view.field("education.0.isced_f").setFocus()
    qtbot.keyClick(view.field("education.0.isced_f"), Qt.Key.Key_Tab)
    assert code.hasFocus()  # the offer is next in the tab order, then its button
    qtbot.keyClick(code, Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert view.field("education.0.institution").hasFocus()
    assert "employment.0.isced_f" not in view.career.suggestions  # the post gave its code
    code.selectAll()
    qtbot.keyClicks(code, "07x")
    assert not button.isEnabled()  # a malformed code cannot be confirmed
    code.selectAll()
    qtbot.keyClicks(code, "0714")  # the officer chooses another code than the suggestion
    with qtbot.waitSignal(view.career.code_confirmed, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.field("education.0.isced_f").text() == "0714"
    assert not view.editing.dirty and view.message.text() == "ISCED-F code 0714 confirmed."
    assert view.career.suggestions == {}
    with desk.db.read() as session:
        degree = session.scalars(select(EducationRecord)).one()
        assert (degree.isced_f, degree.isced_source, degree.isced_confirmed_by) == (
            "0714",
            "officer",
            "test.officer",
        )
        event = session.scalars(
            select(CaseEvent).where(CaseEvent.kind == "field_code_confirmed")
        ).one()
    assert event.details["suggested"] == "0713" and event.details["after"] == "0714"
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=10_000)  # what it touched, read again
    said = [view.history.cell_text(r, 2) for r in range(view.history.rowCount())]
    assert "Field of study of Degree 1 confirmed as 0714" in said


def test_career_and_travel_edits_share_one_undo_stack_and_save(
    qtbot: Any, desk: DeskContext
) -> None:
    view = open_case(qtbot, desk)
    view.tabs.setCurrentWidget(view.career)
    end = view.field("employment.0.end_date")
    retype(qtbot, end, "2021-12-31")  # before the post started on 2022-01-10
    error = view.career.forms[1].errors["employment.0.end_date"]
    assert error.isVisible() and error.text() == "the post must end after it started"
    retype(qtbot, end, "2025-06-30")
    assert not error.isVisible()
    isced = view.field("education.0.isced_f")
    retype(qtbot, isced, "7")
    assert view.career.forms[0].errors["education.0.isced_f"].text() == (
        "an ISCED-F code is two to four digits, e.g. 0713"
    )
    retype(qtbot, isced, "0714")
    kind = child(view, QComboBox, "employment.0.kind")
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # from Research to the next kind, by keyboard
    assert kind.currentData() == "industry"
    view.tabs.setCurrentWidget(view.travel)
    retype(qtbot, view.field("travel.stay_days"), "0")
    assert view.travel.forms[0].errors["travel.stay_days"].isVisible()
    retype(qtbot, view.field("travel.stay_days"), "120")
    funds = child(view, QComboBox, "screening.insufficient_funds")
    funds.setFocus()
    qtbot.keyClick(funds, Qt.Key.Key_Up)  # from No to Yes
    assert view.editing.stack.count() == 8  # every step in the one stack, the mistakes too
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert funds.currentData() == "no"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert funds.currentText() == "Yes"
    with qtbot.waitSignal(view.editing.saved, timeout=10_000) as saved:
        qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    assert set(saved.args[0].changes) == {
        "employment.0.end_date",
        "education.0.isced_f",
        "employment.0.kind",
        "travel.stay_days",
        "screening.insufficient_funds",
    }
    record = case_detail(desk.db, view.detail.case_id).record
    assert record["employment"][0]["end_date"] == "2025-06-30"
    assert record["employment"][0]["kind"] == "industry"
    assert record["education"][0]["isced_f"] == "0714"
    assert record["travel"]["stay_days"] == 120
    assert record["screening"]["insufficient_funds"] is True
    assert not view.editing.dirty and not view.windowTitle().startswith("*")


def test_a_finished_case_shows_its_career_read_only(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk, education=[UNCODED_DEGREE])
    view.detail = case_detail(desk.db, view.detail.case_id)
    object.__setattr__(view.detail, "status", "approved")  # as a decided case arrives
    view.lock_if_finished()
    assert view.field("education.0.field").isReadOnly()
    assert not child(view, QComboBox, "education.0.level").isEnabled()
    assert not child(view, QComboBox, "screening.fraud_found").isEnabled()
    assert not view.career.suggestions["education.0.isced_f"].isEnabled()


def test_a_code_is_not_confirmed_on_a_degree_changed_meanwhile(
    qtbot: Any, desk: DeskContext
) -> None:
    view = open_case(qtbot, desk, education=[UNCODED_DEGREE])
    version = view.editing.version
    typed = {"education.0.field": "MSc Mechanical Engineering"}
    save_case_edits(desk.db, view.detail.case_id, version, typed, "officer.b")
    view.tabs.setCurrentWidget(view.career)
    button = child(view, QPushButton, "education.0.isced_f.confirm")
    with qtbot.waitSignal(view.career.refused, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.message.text().startswith("Not confirmed: C0000001 was saved by officer.b")
    offer = view.career.suggestions["education.0.isced_f"]
    assert offer.error.isVisibleTo(view) and button.isEnabled()  # to try again after reload
    with desk.db.read() as session:
        assert session.scalars(select(EducationRecord)).one().isced_f is None
        kinds = session.scalars(select(CaseEvent.kind)).all()
    assert "field_code_confirmed" not in kinds
