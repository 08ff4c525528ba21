"""One case in its own window: header, workflow, a tab per part of the application, checks,
notes and history. The applicant's and the passport's facts can be edited, undone and saved.

It is given a CaseDetail (plain data from `core.cases.case_detail`) and the session's
services; writes run on the worker thread. What any write changed of this case (here, in the
worklist, or elsewhere and seen on F5) is read again off the GUI thread by `CaseUpdates`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases.cases import CaseDetail
from kvisa_desk.ui.case.career import CareerTab
from kvisa_desk.ui.case.editing import CaseEditing
from kvisa_desk.ui.case.exports import CaseExports
from kvisa_desk.ui.case.facts import applicant_form, mrz_form, passport_form
from kvisa_desk.ui.case.header import CaseHeader
from kvisa_desk.ui.case.live import CaseUpdates
from kvisa_desk.ui.case.notes_tab import NotesTab
from kvisa_desk.ui.case.tabs import history_rows, history_tab, travel_tab
from kvisa_desk.ui.case.workflow_bar import WorkflowBar
from kvisa_desk.ui.checks.case_checks import CaseChecks
from kvisa_desk.ui.decisions.decision_tab import DecisionTab
from kvisa_desk.ui.documents.documents_tab import CaseDocuments
from kvisa_desk.ui.letters.letters_tab import LettersTab
from kvisa_desk.ui.widgets.case_form import scrolling_page
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.icons import icon
from kvisa_desk.ui.widgets.labels import applicant_name
from kvisa_desk.ui.widgets.live_language import retranslate_tree
from kvisa_desk.vocab import OPEN_STATUSES

DEFAULT_SIZE = (980, 680)


class CaseView(QDialog):
    case_changed = Signal(int)  # saved, moved, assigned, checked or noted: the worklist redraws
    step_requested = Signal(int)  # +1 next case, -1 previous case

    def __init__(
        self, context: DeskContext, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.header = CaseHeader(detail, self)
        self.checks = CaseChecks(context, detail.case_id, self)
        self.checks.changed.connect(self._checked)
        self.applicant_form = applicant_form(detail, self)
        self.passport_form = passport_form(detail, self)
        self.career = CareerTab(context, detail, self)
        self.travel = travel_tab(detail, self)
        forms = [self.applicant_form, self.passport_form, *self.career.forms, *self.travel.forms]
        self.editing = CaseEditing(context, detail, forms, self)
        self.career.seen_version = lambda: self.editing.version
        self.career.code_confirmed.connect(self._code_confirmed)
        self.career.refused.connect(self._say)
        self.editing.changed.connect(self._show_dirty)
        self.editing.saved.connect(self._saved)
        self.editing.reloaded.connect(self._reloaded)
        self.editing.refused.connect(self._say)
        self.workflow = WorkflowBar(context, detail.case_id, detail.version, self)
        self.workflow.moved.connect(self._moved)
        self.workflow.conflict.connect(self._workflow_conflict)
        self.workflow.refused.connect(self._say)
        self.documents = CaseDocuments(context, detail.case_id, self)
        self.documents.attached.connect(lambda _r: self._after_write(self.tr("Attached.")))
        self.documents.refused.connect(self._say)
        self.documents.changed.connect(self._after_write)
        self.documents.photo_changed.connect(self.header.set_photo)
        self.notes = NotesTab(context, detail.case_id, self)
        self.notes.added.connect(lambda _note: self._after_write(self.tr("Note added.")))
        self.decision = DecisionTab(context, detail.case_id, self)
        self.letters = LettersTab(context, detail.case_id, self)
        self.decision.changed.connect(self._decided)
        self.letters.issued.connect(lambda _l: self._after_write(self.tr("Letter issued.")))
        self.history = history_tab(detail, self)

        self.tabs = QTabWidget(self)
        record = detail.record
        self.tabs.addTab(scrolling_page(self.applicant_form), self.tr("&Applicant"))
        passport = scrolling_page(self.passport_form, mrz_form(record["passport"], self))
        self.tabs.addTab(passport, self.tr("&Passport"))
        self.tabs.addTab(self.career, self.tr("&Education && posts"))
        self.tabs.addTab(self.travel, self.tr("&Travel && purpose"))
        self.tabs.addTab(self.documents.tab, self.tr("&Documents"))
        self.tabs.addTab(self.checks.tab, self.tr("Chec&ks"))
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        self.tabs.addTab(self.decision, self.tr("De&cision"))
        self.tabs.addTab(self.letters, self.tr("&Letters"))
        self.tabs.addTab(self.history, self.tr("&History"))

        self._build_actions()
        self.message = QLabel(self)
        self.message.setObjectName("case.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        for action in (self.action_save, self.action_undo, self.action_redo):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(self.workflow)
        bar.addWidget(self.message, 1)
        # Save or print the summary, make the disclosure bundle: of the case shown now.
        self.exports = CaseExports(self.context, lambda: self.detail, self)
        self.exports.said.connect(self.message.setText)
        bar.addWidget(self.exports.button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(*DEFAULT_SIZE)
        self.lock_if_finished()
        self.checks.load()
        self.header.set_outcome(self.checks.tab.report)
        self.documents.refresh_photo()  # read, checked and decoded on the worker thread
        self.documents.set_report(self.checks.tab.report)
        self.show_title()
        self._show_dirty(False)
        self.updates = CaseUpdates(self, self)  # every write's changes, wherever made

    def _build_actions(self) -> None:
        def action(text: str, keys: QKeySequence | str, slot: Any) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.action_save = action(
            self.tr("&Save"), QKeySequence(QKeySequence.StandardKey.Save), self.save
        )
        stack = self.editing.stack
        self.action_undo = action(
            self.tr("&Undo"), QKeySequence(QKeySequence.StandardKey.Undo), stack.undo
        )
        self.action_redo = action(
            self.tr("&Redo"), QKeySequence(QKeySequence.StandardKey.Redo), stack.redo
        )
        self.action_redo.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        )
        self.action_undo.setEnabled(False)
        self.action_redo.setEnabled(False)
        stack.canUndoChanged.connect(self.action_undo.setEnabled)
        stack.canRedoChanged.connect(self.action_redo.setEnabled)
        stack.undoTextChanged.connect(self.action_undo.setToolTip)
        stack.redoTextChanged.connect(self.action_redo.setToolTip)
        self.action_run_checks = action(self.tr("&Run checks"), self.tr("Ctrl+R"), self.run_checks)
        self.action_run_checks.setIcon(icon("run-checks"))
        self.action_new_note = action(self.tr("&New note"), self.tr("Ctrl+N"), self.new_note)
        self.action_recommend = action(self.tr("&Recommend…"), self.tr("Ctrl+D"), self.recommend)
        self.action_letter = action(self.tr("Issue &letter…"), self.tr("Ctrl+L"), self.letter)
        self.action_attach = action(
            self.tr("&Attach document…"), self.tr("Ctrl+Shift+A"), self.attach
        )
        self.action_next = action(self.tr("&Next case"), self.tr("Alt+Down"), lambda: self._step(1))
        self.action_previous = action(
            self.tr("&Previous case"), self.tr("Alt+Up"), lambda: self._step(-1)
        )

    def lock_if_finished(self) -> None:
        """A decided, withdrawn or closed case is read, not edited (core refuses it too)."""
        finished = self.detail.status not in OPEN_STATUSES
        for form in self.editing.forms:
            form.set_read_only(finished)
        self.career.set_read_only(finished)
        self.documents.set_read_only(finished)
        if finished:
            self._say(self.tr("This case is finished: its facts are shown, not edited."))
        self.action_save.setEnabled(self.editing.dirty and not finished)

    def field(self, name: str) -> QLineEdit:
        """The field for a dotted path such as `applicant.surname`."""
        found = self.findChild(QLineEdit, name)
        if found is None:
            raise KeyError(name)
        return found

    # Actions

    def save(self) -> None:
        if self.editing.save() is not None:
            self._say(self.tr("Saving…"))

    def show_checks(self) -> None:
        self.tabs.setCurrentWidget(self.checks.tab)

    def run_checks(self) -> None:
        if self.editing.dirty:
            self._say(self.tr("Save your changes first (Ctrl+S): the checks read the saved case."))
            return
        self.show_checks()
        self.checks.run()

    def attach(self) -> None:
        self.tabs.setCurrentWidget(self.documents.tab)
        self.documents.ask_attach()

    def new_note(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.start_note()

    def recommend(self) -> None:
        self.tabs.setCurrentWidget(self.decision)
        self.decision.start_recommendation()

    def letter(self) -> None:
        self.tabs.setCurrentWidget(self.letters)
        self.letters.start_letter()

    def _decided(self, _view: Any) -> None:
        self._after_write(self.tr("Decision recorded."))

    def _step(self, step: int) -> None:
        self.step_requested.emit(step)

    # Reactions

    def show_title(self) -> None:
        applicant = self.detail.record["applicant"]
        name = applicant_name(applicant["surname"], applicant["given_names"] or "")
        mark = "*" if self.editing.dirty else ""
        self.setWindowTitle(f"{mark}{self.detail.case_ref} – {name}")

    def _show_dirty(self, dirty: bool) -> None:
        self.action_save.setEnabled(dirty)
        self.show_title()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _after_write(self, text: str) -> None:
        # The parts the write touched are read again by `updates`, on the change it made.
        self._say(text)
        self.case_changed.emit(self.detail.case_id)

    def _saved(self, saved: Any) -> None:
        self.workflow.version = saved.version  # the next move is made on the saved case
        self._after_write(self.tr("Saved."))

    def _code_confirmed(self, path: str, code: str) -> None:
        self.editing.accept_saved(path, code)
        self._after_write(self.tr("ISCED-F code {code} confirmed.").format(code=code))

    def _moved(self, moved: Any) -> None:
        self.editing.bump_version(moved.version)  # this window's own move: no conflict
        self._after_write(self.tr("Status and assignment saved."))

    def _workflow_conflict(self, reason: str) -> None:
        self._say(reason)
        if self.context.prompts.ask(
            self,
            self.tr("Saved meanwhile"),
            self.tr("{reason}\n\nReload the case now? Your unsaved edits are kept on top.").format(
                reason=reason
            ),
        ):
            self.editing.reload(keep_mine=True)

    def _reloaded(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.workflow.version = detail.version
        self.header.set_detail(detail)
        self.history.set_rows(history_rows(detail))
        self._say(self.tr("Reloaded: check the changes and save again."))
        self.show_title()

    def _checked(self, report: Any) -> None:
        self.header.set_outcome(report)
        self.case_changed.emit(self.detail.case_id)

    # Closing: never lose typed text without asking

    def reject(self) -> None:
        if self.editing.dirty:
            answer = self.context.prompts.choose(
                self,
                self.tr("Unsaved changes"),
                self.tr("{case} has changes that are not saved. Save them?").format(
                    case=self.detail.case_ref
                ),
            )
            if answer == "cancel":
                return
            if answer == "save":
                operation = self.editing.save()
                if operation is None:
                    return  # refused before saving (a marked field): stay open
                operation.finished.connect(self._close_if_saved)
                return
        super().reject()

    def _close_if_saved(self) -> None:
        if not self.editing.dirty:
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # switched languages: typed text stays as it is
        super().changeEvent(event)

    def _retranslate(self) -> None:
        retranslate_tree(self)
        # Texts built from the case (status, outcome, history, degrees, title) are made again.
        self.header.set_detail(self.detail)
        self.header.set_outcome(self.checks.tab.report)
        self.history.set_rows(history_rows(self.detail))
        self.career.retranslate()
        self.checks.tab.retranslate()
        self.show_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a field must not close the window (a QDialog's default button would).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
