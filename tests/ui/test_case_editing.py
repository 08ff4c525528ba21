"""Editing a case as an officer would: type, see mistakes at once, undo, save, meet a
conflict from a second session, move the case on, write notes, close without losing work."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.editing import save_case_edits
from kvisa_desk.core.cases.notes import case_notes
from kvisa_desk.core.cases.search import search_case_ids
from kvisa_desk.core.changes import FACTS, Changes
from kvisa_desk.ui.case import live
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.widgets.context import DeskContext
from tests.samples import application
from tests.ui.conftest import FakePrompts, import_applications

CTRL = Qt.KeyboardModifier.ControlModifier


def open_case(qtbot: Any, desk: DeskContext) -> CaseView:
    report = import_applications(desk.db, [application("KV-ED-1", documents=[])])
    assert report.first_case_id is not None
    view = CaseView(desk, case_detail(desk.db, report.first_case_id))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def retype(qtbot: Any, field: QLineEdit, text: str) -> None:
    """Select all, type the new text, leave the field with Tab: as an officer does."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def saved(qtbot: Any, view: CaseView) -> None:
    with qtbot.waitSignal(view.editing.saved, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=10_000)  # what it touched, read again


def test_mistakes_show_as_they_are_typed(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    birth = view.field("applicant.date_of_birth")
    error = view.applicant_form.errors["applicant.date_of_birth"]
    birth.setFocus()
    birth.selectAll()
    qtbot.keyClicks(birth, "1997-02-29")
    assert error.isVisible() and error.text() == "1997-02-29 is not a date in the calendar"
    qtbot.keyClick(birth, Qt.Key.Key_Backspace)
    qtbot.keyClicks(birth, "8")
    assert not error.isVisible()
    expiry = view.field("passport.expiry_date")
    retype(qtbot, expiry, "2020-01-01")  # before the issue date 2021-06-01
    problem = view.passport_form.errors["passport.expiry_date"]
    assert problem.text() == "the passport must expire after it was issued"
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    assert view.message.text().startswith("Not saved: correct the marked fields")
    assert "Expires on" in view.message.text()


def test_undo_redo_and_save_with_history(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    surname = view.field("applicant.surname")
    assert not view.action_save.isEnabled()
    retype(qtbot, surname, "Okafor-Bello")
    retype(qtbot, view.field("applicant.phone"), "+234 1 555 0100")
    assert view.action_save.isEnabled() and view.windowTitle().startswith("*")
    assert view.editing.stack.count() == 2
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert view.field("applicant.phone").text() == "+234 803 555 0142"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert surname.text() == "Okafor" and not view.editing.dirty
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert surname.text() == "Okafor-Bello"
    version = view.editing.version
    saved(qtbot, view)
    assert view.editing.version == version + 1 and not view.editing.dirty
    assert not view.windowTitle().startswith("*")
    detail = case_detail(desk.db, view.detail.case_id)
    assert detail.record["applicant"]["surname"] == "Okafor-Bello"
    edits = [e for e in detail.history if e.kind == "case_edited"]
    assert edits[-1].officer == "test.officer"
    assert edits[-1].details["fields"] == ["applicant.surname"]
    assert view.history.rowCount() == len(detail.history)  # the tab shows it at once
    assert view.header.name_label.text().startswith("Okafor-Bello")
    assert search_case_ids(desk.db, desk.actor, "bello") == [view.detail.case_id]


def test_a_save_is_shown_from_what_it_returned_without_reading_the_case(
    qtbot: Any, desk: DeskContext, monkeypatch: Any
) -> None:
    view = open_case(qtbot, desk)
    view.tabs.setCurrentWidget(view.history)  # built: the save's line shows in it
    reads: list[int] = []
    monkeypatch.setattr(live, "case_detail", lambda db, case_id: reads.append(case_id))
    heard: list[Changes] = []
    desk.changes.changed.connect(heard.append)
    rows = view.history.rowCount()
    retype(qtbot, view.field("applicant.nationality"), "gha")
    retype(qtbot, view.field("applicant.surname"), "Mensah")
    saved(qtbot, view)
    assert reads == []  # the view's own save: nothing read again
    assert heard and heard[-1].for_case(view.detail.case_id, FACTS)  # the others still hear
    assert view.field("applicant.nationality").text() == "GHA"  # as saved, not as typed
    assert not view.editing.dirty and view.message.text() == "Saved."
    assert view.history.rowCount() == rows + 1
    assert view.header.name_label.text().startswith("Mensah")
    monkeypatch.undo()
    stored = case_detail(desk.db, view.detail.case_id)
    assert (view.detail.version, view.detail.record) == (stored.version, stored.record)
    retype(qtbot, view.field("applicant.phone"), "+233 30 000 0000")
    saved(qtbot, view)  # on the version the first save returned: no conflict
    assert case_detail(desk.db, view.detail.case_id).version == stored.version + 1


def test_a_second_sessions_save_is_named_and_nothing_is_lost(
    qtbot: Any, desk: DeskContext, prompts: FakePrompts
) -> None:
    view = open_case(qtbot, desk)
    case_id = view.detail.case_id
    # Another officer, in another process, saves the same case meanwhile.
    save_case_edits(
        desk.db, case_id, view.editing.version, {"applicant.phone": "+44 1"}, "officer.b"
    )
    retype(qtbot, view.field("applicant.surname"), "Okafor-Bello")
    prompts.answers.append(True)  # yes, reload
    with qtbot.waitSignal(view.editing.reloaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    question = prompts.questions[-1]
    assert "was saved by officer.b" in question and "after you opened it" in question
    assert "Nothing of yours was saved and nothing of theirs was overwritten" in question
    assert view.field("applicant.phone").text() == "+44 1"  # theirs, now shown
    assert view.field("applicant.surname").text() == "Okafor-Bello"  # mine, kept on top
    assert view.editing.dirty
    assert case_detail(desk.db, case_id).record["applicant"]["surname"] == "Okafor"
    saved(qtbot, view)  # now against their version: allowed
    record = case_detail(desk.db, case_id).record["applicant"]
    assert (record["surname"], record["phone"]) == ("Okafor-Bello", "+44 1")


def test_declining_the_reload_keeps_the_edits_in_the_window(
    qtbot: Any, desk: DeskContext, prompts: FakePrompts
) -> None:
    view = open_case(qtbot, desk)
    save_case_edits(
        desk.db, view.detail.case_id, view.editing.version, {"applicant.phone": "1"}, "officer.b"
    )
    retype(qtbot, view.field("applicant.surname"), "Smith")
    prompts.answers.append(False)
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not view.editing.saving, timeout=10_000)
    assert view.field("applicant.surname").text() == "Smith" and view.editing.dirty


def test_closing_with_unsaved_edits_asks_first(
    qtbot: Any, desk: DeskContext, prompts: FakePrompts
) -> None:
    view = open_case(qtbot, desk)
    retype(qtbot, view.field("applicant.given_names"), "Chiamaka")
    prompts.choices.append("cancel")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.isVisible() and view.field("applicant.given_names").text() == "Chiamaka"
    assert "has changes that are not saved" in prompts.questions[-1]
    prompts.choices.append("save")
    with qtbot.waitSignal(view.finished, timeout=10_000):
        view.close()
    assert case_detail(desk.db, view.detail.case_id).record["applicant"]["given_names"] == (
        "Chiamaka"
    )


def test_discarding_closes_without_saving(
    qtbot: Any, desk: DeskContext, prompts: FakePrompts
) -> None:
    view = open_case(qtbot, desk)
    retype(qtbot, view.field("applicant.given_names"), "Chiamaka")
    prompts.choices.append("discard")
    view.close()
    assert not view.isVisible()
    record = case_detail(desk.db, view.detail.case_id).record["applicant"]
    assert record["given_names"] == "Chiamaka Adaeze"


def test_moving_the_case_on_and_assigning_it(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    assert view.workflow.moves() == ("in_review", "withdrawn")
    with qtbot.waitSignal(view.workflow.moved, timeout=10_000):
        view.workflow.move_to("in_review")
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=10_000)  # what it touched, read again
    assert view.header.status_label.text().startswith("Status: In review")
    with qtbot.waitSignal(view.workflow.moved, timeout=10_000):
        view.workflow.assign("officer.b")
    detail = case_detail(desk.db, view.detail.case_id)
    kinds = [e.kind for e in detail.history]
    assert "status_changed" in kinds and "case_assigned" in kinds
    # The window's own moves never conflict with its own later save.
    retype(qtbot, view.field("applicant.surname"), "Adaeze")
    saved(qtbot, view)
    with qtbot.waitSignal(view.workflow.refused, timeout=10_000) as refused:
        view.workflow.move_to("approved")
    assert "can move to awaiting_documents, ready_for_decision, withdrawn" in refused.args[0]


def test_notes_are_added_and_never_edited(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    assert view.tabs.currentWidget() is view.notes
    assert view.notes.editor.hasFocus()
    qtbot.keyClicks(view.notes.editor, "Phoned the host institution; letter follows.")
    with qtbot.waitSignal(view.notes.added, timeout=10_000):
        qtbot.keyClick(view.notes.editor, Qt.Key.Key_Return, CTRL)
    assert view.notes.editor.toPlainText() == ""
    assert view.notes.table.rowCount() == 1
    assert view.notes.table.cell_text(0, 1) == "test.officer"
    assert view.notes.table.cell_text(0, 2) == "Phoned the host institution; letter follows."
    assert view.notes.table.editTriggers() == view.notes.table.EditTrigger.NoEditTriggers
    assert [n.text for n in case_notes(desk.db, view.detail.case_id)] == [
        "Phoned the host institution; letter follows."
    ]


def test_run_checks_asks_for_a_save_first(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    retype(qtbot, view.field("applicant.surname"), "Changed")
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    assert view.message.text().startswith("Save your changes first")
    assert not view.checks.running


def test_a_finished_case_shows_its_facts_read_only(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    with qtbot.waitSignal(view.workflow.moved, timeout=10_000):
        view.workflow.move_to("withdrawn")
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=10_000)  # what it touched, read again
    assert view.field("applicant.surname").isReadOnly()
    assert view.message.text() == "This case is finished: its facts are shown, not edited."
    assert not view.action_save.isEnabled()


def test_attaching_a_photo_lists_it_and_shows_it_in_the_header(
    qtbot: Any, desk: DeskContext, tmp_path: Any
) -> None:
    from PySide6.QtGui import QColor, QImage

    picture = QImage(120, 160, QImage.Format.Format_RGB32)
    picture.fill(QColor("#7aa6d8"))
    path = tmp_path / "photo.png"
    assert picture.save(str(path))
    view = open_case(qtbot, desk)
    assert not view.header.photo.isVisible()
    assert view.action_attach.shortcut().toString() == "Ctrl+Shift+A"
    with qtbot.waitSignal(view.documents.attached, timeout=10_000):
        view.documents.attach(path, "photo")
    table = view.documents.table
    assert [table.cell_text(r, 0) for r in range(table.rowCount())] == ["Photo"]
    assert table.cell_text(0, 1) == "photo.png"
    assert table.cell_text(0, 3).startswith("attached by test.officer")
    again = CaseView(desk, case_detail(desk.db, view.detail.case_id))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.header.photo.isVisible)  # read and decoded on the worker thread
    assert max(again.header.photo.pixmap().width(), again.header.photo.pixmap().height()) <= 96


def test_a_refused_attachment_is_explained(qtbot: Any, desk: DeskContext, tmp_path: Any) -> None:
    path = tmp_path / "notes.exe"
    path.write_bytes(b"MZ\x90\x00 not a document")
    view = open_case(qtbot, desk)
    with qtbot.waitSignal(view.documents.refused, timeout=10_000) as refused:
        view.documents.attach(path, "other")
    assert refused.args[0].startswith("Not attached: ")
    assert view.message.text() == refused.args[0]
