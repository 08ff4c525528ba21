"""The Letters tab: issue the letter a decision calls for, preview the exact stored bytes
page by page, save them unchanged, print them through a real QPrinter, verify a file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.decisions.decisions import make_interview
from kvisa_desk.core.decisions.letters import case_letters, load_letter
from kvisa_desk.pdf.verify import pdf_sha256
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.letters.letters_tab import LettersTab
from kvisa_desk.ui.letters.outputs import BAD, GOOD
from kvisa_desk.ui.letters.preview import PREVIEW_WIDTH
from kvisa_desk.ui.shell.app import application
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import OperationRunner
from tests.decisions.decisions_support import (
    assert_not_blank,
    checked_case,
    events_of,
    pdf_text,
    refused_case,
    squeezed,
    status_of,
    to_pngs,
)
from tests.ui.conftest import FakePrompts

pytestmark = pytest.mark.backend
WAIT = 30_000


@pytest.fixture
def officer(db: Database, prompts: FakePrompts) -> Iterator[DeskContext]:
    # Configured as the desk runs (bundled fonts, language), whichever test came first:
    # the fonts set the widths, and so whether the preview needs a scroll bar.
    application()
    runner = OperationRunner()
    yield DeskContext(db, "officer.a", runner, prompts.prompts(), None)
    runner.wait()


def open_letters(qtbot: Any, context: DeskContext, case_id: int) -> CaseView:
    view = CaseView(context, case_detail(context.db, case_id))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def shown_letters(qtbot: Any, view: CaseView) -> LettersTab:
    view.tabs.setCurrentWidget(view.letters)
    qtbot.waitUntil(lambda: view.letters.ready, timeout=WAIT)
    return view.letters


def image_is_not_blank(image: QImage) -> bool:
    """Some pixels are dark (text), as a drawn letter has."""
    small = image.scaledToWidth(200)
    dark = 0
    for y in range(small.height()):
        for x in range(small.width()):
            if small.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark > 200


def issue_in_window(qtbot: Any, view: CaseView, language: str = "en+zh") -> LettersTab:
    qtbot.keySequence(view, QKeySequence("Ctrl+L"))
    tab = view.letters
    assert view.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.ready, timeout=WAIT)  # read on the worker when first shown
    assert tab.form.chosen_kind() == "refusal"  # what the decision in effect calls for
    tab.form.language.setCurrentIndex(tab.form.language.findData(language))
    with qtbot.waitSignal(tab.previewed, timeout=WAIT):
        with qtbot.waitSignal(tab.issued, timeout=WAIT):
            qtbot.keySequence(tab.form.kind, QKeySequence("Ctrl+Return"))
    return tab


def test_issue_preview_save_and_verify(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext
) -> None:
    case_id, _decision = refused_case(db, tmp_path, "KV-UI-LET-1")
    view = open_letters(qtbot, officer, case_id)
    assert view.letters.table.rowCount() == 0
    tab = issue_in_window(qtbot, view)
    (info,) = case_letters(db, "officer.a", case_id)
    assert tab.table.rowCount() == 1
    assert tab.table.cell_text(0, 0) == info.reference and info.reference.startswith("LON-K-")
    assert tab.table.cell_text(0, 1) == "Refusal notice"
    assert tab.table.cell_text(0, 2) == "English and Chinese"
    assert tab.table.cell_text(0, 4) == "officer.a"
    assert f"Issued {info.reference}" in tab.message.text()
    assert status_of(db, case_id) == "letter_issued"
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=20_000)  # what it touched, read
    assert view.detail.status == "letter_issued"  # the case view redrew from the saved case

    # The preview shows every page of the stored bytes, drawn (not blank).
    assert len(tab.preview.page_labels) == info.pages
    drawn = tab.preview.pages[0]
    assert drawn.width() == PREVIEW_WIDTH and drawn.height() > drawn.width()  # A4 upright
    pages_box, label = tab.preview.widget(), tab.preview.page_labels[0]
    # Read once laid out: a scroll bar that appears narrows the pane and the page is refitted.
    qtbot.waitUntil(
        lambda: (
            label.isVisible()
            and label.width() <= tab.preview.viewport().width()
            and pages_box.minimumSizeHint().height() >= label.height()
        ),
        timeout=WAIT,
    )
    page = label.pixmap().toImage()
    assert page.width() <= tab.preview.viewport().width()  # fitted: no page is cut off
    # Never squeezed: a page taller than the pane makes it scroll instead.
    assert label.size() == page.size()
    assert pages_box.minimumSizeHint().height() >= page.height()
    assert image_is_not_blank(page)

    saved = tmp_path / "out" / info.file_name
    with qtbot.waitSignal(view.context.runner.busy_changed, timeout=WAIT):
        tab.save_to(saved)
    qtbot.waitUntil(lambda: not view.context.runner.busy, timeout=WAIT)
    stored = load_letter(db, "officer.a", info.letter_id).pdf
    assert saved.read_bytes() == stored
    assert pdf_sha256(saved.read_bytes()) == info.pdf_sha256
    assert "Saved" in tab.message.text() and GOOD in tab.message.styleSheet()
    text = pdf_text(stored)
    assert info.reference in text and "Okafor" in text and "拒签通知书" in squeezed(text)

    tab.verify_file(saved)
    qtbot.waitUntil(lambda: "genuine and unchanged" in tab.message.text(), timeout=WAIT)
    changed = bytearray(stored)
    changed[len(changed) // 2] ^= 0x01
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(bytes(changed))
    tab.verify_file(forged)
    qtbot.waitUntil(lambda: "forged.pdf:" in tab.message.text(), timeout=WAIT)
    assert "genuine" not in tab.message.text() and BAD in tab.message.styleSheet()
    purposes = [
        e.details.get("purpose") for e in events_of(db, case_id) if e.kind == "letter_output"
    ]
    assert purposes == ["save"]


def test_print_through_a_real_qprinter_to_a_pdf_file(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext
) -> None:
    case_id, _decision = refused_case(db, tmp_path, "KV-UI-LET-2")
    view = open_letters(qtbot, officer, case_id)
    tab = issue_in_window(qtbot, view, "zh")
    (info,) = case_letters(db, "officer.a", case_id)
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    tab.print_to(printer)
    qtbot.waitUntil(lambda: "Sent" in tab.message.text(), timeout=WAIT)
    assert f"Sent {info.reference} to {printed}: {info.pages} page(s)." == tab.message.text()
    reader = PdfReader(io.BytesIO(printed.read_bytes()))
    assert len(reader.pages) == info.pages
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert 590 < width < 600 and 835 < height < 848  # A4, as the letter is
    for png in to_pngs(printed.read_bytes(), tmp_path, name="printed"):
        assert_not_blank(png)
    outputs = [e.details for e in events_of(db, case_id) if e.kind == "letter_output"]
    assert outputs[-1]["purpose"] == "print" and outputs[-1]["printer"] == str(printed)

    # Through Qt's print dialog, as Ctrl+P opens it: the officer accepts, the letter prints.
    again = tmp_path / "again.pdf"
    dialog_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog_printer.setResolution(150)
    dialog_printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog_printer.setOutputFileName(str(again))
    seen: list[str] = []

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if isinstance(dialog, QPrintDialog):
            dialog.accept()
        elif dialog is not None:
            dialog.reject()

    QTimer.singleShot(300, accept)
    tab.message.clear()
    tab.ask_print(dialog_printer)
    assert seen == ["QPrintDialog"]
    qtbot.waitUntil(lambda: "Sent" in tab.message.text(), timeout=WAIT)
    assert len(PdfReader(io.BytesIO(again.read_bytes())).pages) == info.pages


def test_a_letter_the_decision_does_not_call_for_is_refused_with_the_reason(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext
) -> None:
    case_id, _decision = refused_case(db, tmp_path, "KV-UI-LET-3")
    tab = shown_letters(qtbot, open_letters(qtbot, officer, case_id))
    tab.form.kind.setCurrentIndex(tab.form.kind.findData("approval"))
    tab.issue()
    qtbot.waitUntil(lambda: "Not issued" in tab.message.text(), timeout=WAIT)
    assert "needs a decision to approve in effect" in tab.message.text()
    assert case_letters(db, "officer.a", case_id) == []
    assert not tab.print_button.isEnabled() and not tab.save_button.isEnabled()


def test_interview_invitation_and_a_correction_that_replaces_a_letter(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext
) -> None:
    open_case = checked_case(db, tmp_path, "KV-UI-LET-4")
    tab = shown_letters(qtbot, open_letters(qtbot, officer, open_case))
    assert tab.form.chosen_kind() == "interview"  # no decision in effect yet
    assert tab.form.interview_row.isEnabled()
    qtbot.keyClicks(tab.form.place, "Visa section, 49 Portland Place, London W1B 1JL")
    with qtbot.waitSignal(tab.issued, timeout=WAIT) as issued:
        qtbot.mouseClick(tab.form.issue_button, Qt.MouseButton.LeftButton)
    invitation = issued.args[0]
    assert invitation.kind == "interview"
    assert "49 Portland Place" in pdf_text(invitation.pdf)
    assert status_of(db, open_case) not in {"letter_issued", "refused"}

    refused, _decision = refused_case(db, tmp_path, "KV-UI-LET-5")
    view = open_letters(qtbot, officer, refused)
    first = issue_in_window(qtbot, view, "en")
    assert first.table.rowCount() == 1
    first.form.correction.setChecked(True)
    with qtbot.waitSignal(first.issued, timeout=WAIT) as corrected:
        first.issue()
    old, new = case_letters(db, "officer.a", refused)
    assert corrected.args[0].reference == new.reference and new.replaces == old.reference
    assert first.table.cell_text(0, 6) == new.reference  # the first is replaced by the second
    assert first.table.cell_text(1, 5) == old.reference
    assert not first.form.correction.isChecked()
    shown = first.selected()
    QCoreApplication.sendEvent(first, QEvent(QEvent.Type.LanguageChange))
    assert first.table.rowCount() == 2 and first.selected() == shown


def test_issue_letter_asks_once_saying_what_will_be_issued(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext, prompts: FakePrompts
) -> None:
    case_id, _decision = refused_case(db, tmp_path, "KV-UI-LET-ASK")
    tab = shown_letters(qtbot, open_letters(qtbot, officer, case_id))
    tab.form.language.setCurrentIndex(tab.form.language.findData("zh"))
    prompts.answers.append(False)  # "No": nothing is issued and no number is taken
    tab.issue()
    qtbot.waitUntil(lambda: "cancelled" in tab.message.text(), timeout=WAIT)
    (question,) = prompts.questions
    assert "Kind: Refusal notice" in question and "Language: Simplified Chinese" in question
    assert "Read the draft first" in question and "Already issued" not in question
    assert tab.draft_pages and image_is_not_blank(tab.draft_pages[0])  # shown with the question
    assert "Reference to be taken: LON-K-" in question
    reference = question.rsplit(": ", 1)[1]
    assert case_letters(db, "officer.a", case_id) == []
    assert tab.form.issue_button.isEnabled()
    with qtbot.waitSignal(tab.issued, timeout=WAIT) as issued:
        tab.issue()  # "Yes" this time: the number the question named is the one taken
    assert len(prompts.questions) == 2 and issued.args[0].reference == reference
    assert tab.message.text().endswith("(Refusal notice, 1 page).")


def test_the_officer_column_names_who_issued_a_letter_by_full_name(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext
) -> None:
    from kvisa_desk.core.decisions.letters import issue_letter
    from kvisa_desk.store.models import Officer

    case_id, _ = refused_case(db, tmp_path, "KV-UI-LET-NAME")
    issue_letter(db, "officer.a", case_id)
    tab = shown_letters(qtbot, open_letters(qtbot, officer, case_id))
    assert tab.table.item(0, 4).text() == "officer.a"  # an account without a full name
    with db.write() as session:
        for account in session.query(Officer).filter(Officer.username == "officer.a"):
            account.display_name = "王芳"
    tab = shown_letters(qtbot, open_letters(qtbot, officer, case_id))
    assert tab.table.item(0, 4).text() == "王芳"


def test_the_tab_opens_with_the_latest_letter_selected_and_previewed(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext
) -> None:
    from kvisa_desk.core.decisions.letters import issue_letter

    case_id, _ = refused_case(db, tmp_path, "KV-UI-LET-LATEST")
    issue_letter(db, "officer.a", case_id)
    issue_letter(
        db, "officer.a", case_id, replaces=case_letters(db, "officer.a", case_id)[0].reference
    )
    latest = case_letters(db, "officer.a", case_id)[-1]
    view = open_letters(qtbot, officer, case_id)
    tab = view.letters
    with qtbot.waitSignal(tab.previewed, timeout=WAIT) as shown:
        view.tabs.setCurrentWidget(tab)
    assert shown.args[0] == latest.letter_id
    assert tab.selected() is not None and tab.selected().reference == latest.reference  # type: ignore[union-attr]
    assert tab.save_button.isEnabled()  # what works on the selected letter is ready at once


def test_a_second_letter_of_a_kind_is_offered_only_as_a_correction(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext, prompts: FakePrompts
) -> None:
    """The question names the letter already issued (number and date), the correction box
    is ticked with that letter selected, and Cancel issues nothing."""
    from kvisa_desk.core.decisions.letters import issue_letter

    case_id = checked_case(db, tmp_path, "KV-UI-LET-TWICE")  # open: an interview invitation
    interview = make_interview(datetime(2026, 12, 21, 10, 0), "Visa Section, London")
    first = issue_letter(db, "officer.a", case_id, "interview", interview=interview)
    tab = shown_letters(qtbot, open_letters(qtbot, officer, case_id))
    tab.table.clearSelection()
    assert tab.form.chosen_kind() == "interview" and not tab.form.correction.isChecked()
    tab.form.place.setText("Visa Section, London")
    prompts.answers.append(False)
    tab.issue()
    qtbot.waitUntil(lambda: "cancelled" in tab.message.text(), timeout=WAIT)
    (question,) = prompts.questions
    assert f"Already issued on this case: Interview invitation {first.reference} of " in question
    assert f"Replaces: {first.reference}" in question
    assert tab.form.correction.isChecked() and tab.selected().reference == first.reference
    assert len(case_letters(db, "officer.a", case_id)) == 1
    with qtbot.waitSignal(tab.issued, timeout=WAIT) as issued:
        tab.issue()
    assert issued.args[0].replaces == first.reference


def test_a_finished_case_offers_only_a_correction_and_says_why(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext
) -> None:
    from kvisa_desk.core.decisions.letters import issue_letter

    case_id, _ = refused_case(db, tmp_path, "KV-UI-LET-DONE")
    issue_letter(db, "officer.a", case_id)  # the case is now finished: letter issued
    tab = shown_letters(qtbot, open_letters(qtbot, officer, case_id))
    tab.table.clearSelection()
    button = tab.form.issue_button
    assert not button.isEnabled() and "its letter has been issued" in button.toolTip()
    tab.issue()
    assert "To correct a letter, select it" in tab.message.text()
    tab.select(case_letters(db, "officer.a", case_id)[0].letter_id)
    assert not button.isEnabled()  # selected, but not ticked as a correction
    tab.form.correction.setChecked(True)
    assert button.isEnabled() and button.toolTip() == "Ctrl+Enter"
    tab.form.correction.setChecked(False)
    assert not button.isEnabled()


def test_a_post_without_its_name_is_refused_in_words_before_any_question(
    qtbot: Any, db: Database, tmp_path: Path, officer: DeskContext, prompts: FakePrompts
) -> None:
    from kvisa_desk.core.post.settings import update_post_settings

    case_id, _ = refused_case(db, tmp_path, "KV-UI-LET-NONAME")
    reset = ("letterhead_name_en", "letterhead_name_zh")
    update_post_settings(db, "LON", {}, "supervisor.s", reset=reset)
    tab = shown_letters(qtbot, open_letters(qtbot, officer, case_id))
    tab.issue()
    qtbot.waitUntil(lambda: "Not issued" in tab.message.text(), timeout=WAIT)
    said = tab.message.text()
    assert "Post LON has not set the mission's name" in said and "A supervisor" in said
    assert "Post settings" in said and prompts.questions == []
    assert case_letters(db, "officer.a", case_id) == [] and tab.form.issue_button.isEnabled()


def test_the_confirmation_shows_the_draft_beside_the_question(qtbot: Any) -> None:
    from kvisa_desk.ui.letters.issue_confirm import IssueConfirmation

    page = QImage(400, 560, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    dialog = IssueConfirmation(None, "Issue letter", "Issue this letter?", [page])
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.draft.page_labels) == 1 and dialog.question.text() == "Issue this letter?"
    assert dialog.cancel_button.isDefault() and not dialog.issue_button.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter alone never issues
