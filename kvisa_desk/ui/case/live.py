"""Keeps an open case view up to date: every write's Changes reach it on the window's change
bus, and it reads again, off the GUI thread, only the parts of its case that were touched —
whichever tab, menu or process wrote them.

Changes that arrive while a read is running are gathered and read in one go after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from kvisa_desk.core.cases.cases import CaseDetail, case_detail
from kvisa_desk.core.cases.notes import NoteView, case_notes
from kvisa_desk.core.changes import (
    ASSIGNMENT,
    CHECKS,
    DECISION,
    DOCUMENTS,
    FACTS,
    LETTERS,
    NOTES,
    SETTINGS,
    STATUS,
    Changes,
)
from kvisa_desk.core.checks.report import CheckReport, case_check_report
from kvisa_desk.core.documents.records import DocumentInfo
from kvisa_desk.core.errors import NotFound
from kvisa_desk.ui.case.editing import CaseEditing
from kvisa_desk.ui.case.header import CaseHeader
from kvisa_desk.ui.case.notes_tab import NotesTab
from kvisa_desk.ui.case.tabs import history_rows
from kvisa_desk.ui.case.workflow_bar import WorkflowBar
from kvisa_desk.ui.checks.case_checks import CaseChecks
from kvisa_desk.ui.decisions.decision_tab import DecisionTab
from kvisa_desk.ui.documents.documents_tab import CaseDocuments, DocumentsRead
from kvisa_desk.ui.letters.letters_tab import LettersTab
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from kvisa_desk.vocab import DocumentType

DECISION_PARTS = (CHECKS, DOCUMENTS, DECISION, STATUS, SETTINGS)  # what the Decision tab weighs
LETTER_PARTS = (DECISION, LETTERS, STATUS, SETTINGS)


class OpenCase(Protocol):
    """The parts of a case view kept up to date (the view itself, without importing it).
    A tab not built yet (`built`) is not read for: it reads the case as it is when built."""

    context: DeskContext
    detail: CaseDetail
    header: CaseHeader
    editing: CaseEditing
    workflow: WorkflowBar
    report: CheckReport | None

    @property
    def checks(self) -> CaseChecks: ...

    @property
    def documents(self) -> CaseDocuments: ...

    @property
    def notes(self) -> NotesTab: ...

    @property
    def decision(self) -> DecisionTab: ...

    @property
    def letters(self) -> LettersTab: ...

    @property
    def history(self) -> ReadOnlyTable: ...

    def built(self, key: str) -> bool: ...

    def show_report(self, report: CheckReport | None) -> None: ...

    def refresh_photo(self) -> object: ...

    def lock_if_finished(self) -> None: ...

    def show_title(self) -> None: ...


@dataclass(frozen=True)
class CaseRead:
    """What was read again of one case; None for a part the change did not touch."""

    detail: CaseDetail | None  # None: the case is gone (purged meanwhile)
    report: CheckReport | None
    report_read: bool
    notes: list[NoteView] | None
    documents: DocumentsRead | None


def _photos(documents: list[DocumentInfo]) -> set[tuple[int, str, bool]]:
    """What decides the header's photo: the photo documents and their state."""
    return {
        (d.document_id, d.verification, d.removed)
        for d in documents
        if d.doc_type == DocumentType.PHOTO
    }


class CaseUpdates(QObject):
    applied = Signal(object)  # the Changes, once every part they touched is shown again

    def __init__(self, view: OpenCase, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self._waiting: Changes | None = None
        self._reading = False
        self._own: Changes | None = None  # this view's own write, shown without a read
        view.context.changes.changed.connect(self.take)

    @property
    def busy(self) -> bool:
        return self._reading or self._waiting is not None

    def show_own(self, changes: Changes, detail: CaseDetail) -> None:
        """This view's own write, shown from what it returned (a save: DETAIL as it left the
        case): its CHANGES, when the bus brings them, are not read again. Unless a read is
        running, which began before the write and is read again after it as any change is."""
        if self._reading:
            return
        self._show_detail(changes, detail)
        self._own = changes

    def take(self, changes: Changes) -> None:
        """A write was made somewhere: read again what it touched of this case."""
        if self._own is not None and changes == self._own:
            self._own = None  # shown already, by show_own
            return
        self._own = None
        case_id = self._view.detail.case_id
        if not (changes.touches_case(case_id) or changes.touches(SETTINGS)):
            return
        self._waiting = changes if self._waiting is None else self._waiting | changes
        if not self._reading:
            self._read()

    def _read(self) -> None:
        changes, self._waiting = self._waiting, None
        if changes is None:
            return
        view = self._view
        db, case_id = view.context.db, view.detail.case_id
        mine = changes.touches_case(case_id)
        wants_report = mine and changes.touches(CHECKS)
        wants_notes = mine and changes.touches(NOTES) and view.built("notes")
        wants_documents = mine and changes.touches(CHECKS, DOCUMENTS)
        shown_report = view.report
        # What the tab asks for, taken here; with no tab yet, only whether the photo changed.
        read_documents = view.documents.reader() if view.built("documents") else None

        def work(_report: ReportProgress) -> CaseRead:
            try:
                detail = case_detail(db, case_id)
            except NotFound:
                return CaseRead(None, None, False, None, None)
            report = case_check_report(db, case_id) if wants_report else shown_report
            notes = case_notes(db, case_id) if wants_notes else None
            documents = None
            if wants_documents and read_documents is not None:
                documents = read_documents(report)
            return CaseRead(detail, report, wants_report, notes, documents)

        self._reading = True
        operation = Operation(view.context.changes.reading, work)
        operation.success(lambda read: self._show(changes, read)).failure(self._failed).run()

    def _failed(self, _error: BaseException) -> None:
        # The next change, or F5, reads again; the view keeps what it shows meanwhile.
        self._reading = False
        if isValid(self):
            self._read()

    def _show(self, changes: Changes, read: CaseRead) -> None:
        self._reading = False
        if not isValid(self):  # the case view was closed while its case was read
            return
        view = self._view
        if read.detail is not None:
            self._show_detail(changes, read.detail)
            if read.report_read:
                view.show_report(read.report)
            if read.notes is not None and view.built("notes"):
                view.notes.show_notes(read.notes)
            if read.documents is not None and view.built("documents"):
                photo_before = _photos(view.documents.documents)
                view.documents.show_read(read.documents)
                if _photos(read.documents.documents) != photo_before:
                    view.refresh_photo()  # changed elsewhere: the tab did not see it
            elif changes.for_case(view.detail.case_id, DOCUMENTS) and not view.built("documents"):
                view.refresh_photo()  # no tab to compare with: the photo may have changed
            if changes.touches(*DECISION_PARTS) and view.built("decision"):
                view.decision.load()  # on the worker; a hidden tab reads when shown
            if changes.touches(*LETTER_PARTS) and view.built("letters"):
                view.letters.load()
        self.applied.emit(changes)
        self._read()  # what came meanwhile

    def _show_detail(self, changes: Changes, detail: CaseDetail) -> None:
        view = self._view
        editing = view.editing
        view.detail = detail
        view.header.set_detail(detail)
        if view.built("history"):
            view.history.set_rows(history_rows(detail))
        view.workflow.version = detail.version
        facts_elsewhere = changes.touches(FACTS) and editing.shows_other_than(detail)
        if not editing.dirty and facts_elsewhere:
            editing.show_detail(detail, keep_mine=False)  # nothing typed: show theirs
        elif not (editing.dirty and facts_elsewhere):
            # Typed edits over facts written elsewhere keep the old version: the save is then
            # refused as a conflict and the officer chooses, instead of overwriting unseen.
            editing.caught_up(detail)
        if changes.touches(STATUS, ASSIGNMENT, FACTS):
            view.lock_if_finished()
        view.show_title()
