"""Scenes the docs show that need more than opening a window: the case view in Chinese, and
the message an officer sees when another officer saved the case first."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.editing import save_case_edits
from kvisa_desk.core.cases.worklist import active_officers
from kvisa_desk.core.errors import Conflict
from kvisa_desk.ui.admin.audit_viewer import AuditViewer
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.prompts import Prompts, question_box
from kvisa_desk.ui.widgets.translations import install_translations


def case_view_in(
    context: DeskContext, case_id: int, language: str, size: tuple[int, int]
) -> CaseView:
    """A case view built in `language` (the window's language stays changed until reset)."""
    app = QCoreApplication.instance()
    assert app is not None
    install_translations(app, language)
    view = CaseView(context, case_detail(context.db, case_id))
    view.resize(*size)
    view.show()
    return view


def _other_officer(context: DeskContext) -> str | None:
    for username, _name in active_officers(context.db):
        if username != context.actor:
            return username
    return None


def conflict_scene(context: DeskContext, case_id: int, size: tuple[int, int]) -> QWidget | None:
    """The case view with an unsaved edit and, on top, the question after a refused save."""
    other = _other_officer(context)
    if other is None:
        return None
    # The scene's own edit is not the docs' to keep: closing discards it, asking nothing (a
    # window that refused to close would stop the application from quitting).
    quiet = replace(
        context, prompts=Prompts(lambda *_: False, lambda *_: None, lambda *_: "discard")
    )
    view = CaseView(quiet, case_detail(context.db, case_id))
    view.resize(*size)
    view.show()
    # This officer corrects the place of birth; meanwhile another writes the phone number
    # in its international form and saves first.
    place = view.field("applicant.place_of_birth")
    place.setText(place.text().strip() + ", Hong Kong" if place.text() else "Hong Kong")
    view.applicant_form.commit("applicant.place_of_birth")
    phone = "".join(
        c for c in view.editing.baseline.get("applicant.phone", "") if c in "+0123456789"
    )
    if phone == view.editing.baseline.get("applicant.phone"):
        phone = f"{phone[:4]} {phone[4:]}"  # already so: the other officer spaces it instead
    save_case_edits(
        context.db, case_id, view.editing.version, {"applicant.phone": phone or "+1"}, other
    )
    try:
        save_case_edits(
            context.db, case_id, view.editing.version, view.editing.pending(), context.actor
        )
    except Conflict as error:
        title, question = view.editing.conflict_question(error)
    else:
        return None
    box = question_box(view, title, question)
    box.setWindowFlags(Qt.WindowType.Widget)  # drawn inside the case view, as it looks
    box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    box.setStyleSheet("QMessageBox { background: palette(window); border: 1px solid #8a8a8a; }")
    box.setAutoFillBackground(True)
    box.show()
    box.adjustSize()
    box.move((view.width() - box.width()) // 2, view.height() // 3)
    return view


def audit_scene(context: DeskContext, size: tuple[int, int]) -> QWidget | None:
    """The audit viewer as a supervisor (or else an administrator) sees it, chain verified."""
    from kvisa_desk.core.accounts.accounts import list_accounts

    readers = {a.role: a.username for a, active in list_accounts(context.db) if active}
    reader = readers.get("supervisor") or readers.get("admin")
    if reader is None:
        return None
    viewer = AuditViewer(replace(context, actor=reader))
    viewer.resize(*size)
    viewer.show()
    viewer.verify()
    _finish(viewer)
    # One case's story reads better than a page of batch checks: the newest case touched.
    newest = next((r for r in map(viewer.model.row_at, range(20)) if r and r.case_id), None)
    if newest is not None:
        viewer.case.setText(newest.case_ref)
        viewer.apply_filters()
        _finish(viewer)
    return viewer


def _finish(viewer: AuditViewer) -> None:
    # The scene is grabbed at once: let the reads finish and their results arrive first.
    for _round in range(3):
        viewer.runner.wait()
        QCoreApplication.processEvents()


def verified_letter_scene(
    context: DeskContext, folder: Path, size: tuple[int, int]
) -> QWidget | None:
    """The Letters tab of the newest letter's case, its file (signed, on a demo database)
    verified: hash, QR payload and signature (`letter-verified.png`)."""
    from kvisa_desk.core.decisions.letters import load_letter
    from kvisa_desk.store.models.decisions import IssuedLetter
    from kvisa_desk.ui.letters.letters_tab import read_case_letters
    from kvisa_desk.ui.letters.preview import render_pages

    with context.db.read() as session:
        newest = session.query(IssuedLetter.id).order_by(IssuedLetter.id.desc()).limit(1).scalar()
    if newest is None:
        return None
    letter = load_letter(context.db, context.actor, int(newest))
    view = CaseView(context, case_detail(context.db, letter.case_id))
    view.resize(*size)
    view.tabs.setCurrentWidget(view.letters)
    view.show()
    tab = view.letters
    tab.show_letters(*read_case_letters(context.db, context.actor, letter.case_id))
    tab.select(letter.letter_id)
    tab.preview.show_pages(render_pages(letter.pdf))
    saved = folder / letter.file_name
    saved.write_bytes(letter.pdf)
    tab.verify_file(saved)
    context.runner.wait()  # the verification runs on the worker: done before the grab
    QCoreApplication.processEvents()  # its result shown, so the message wraps before the grab
    return view


def administrator_scene(context: DeskContext, size: tuple[int, int]) -> QWidget | None:
    """The main window as an administrator sees it: no cases, no counts, and why
    (`worklist-administrator.png`)."""
    from kvisa_desk.core.accounts.accounts import list_accounts
    from kvisa_desk.ui.shell.main_window import MainWindow

    admins = [a.username for a, active in list_accounts(context.db) if active and a.role == "admin"]
    if not admins:
        return None
    window = MainWindow(context.db, admins[0], context.prompts)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.resize(*size)
    window.show()
    window.refresh_counts()
    for _round in range(3):  # the counting (none, for an administrator) arrives before the grab
        window.reader.wait()
        QCoreApplication.processEvents()
    return window
