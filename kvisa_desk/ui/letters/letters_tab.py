"""The Letters tab: the letters issued on the case, each previewed from its exact stored
bytes; issue a letter, print it (Qt's print dialog), save the identical bytes as a PDF, and
check that a letter file is one this database issued, unchanged.

Reading the bytes, rendering pages, printing and verifying all run on the worker thread;
every output is recorded by core (`reprint` with its purpose).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kvisa_desk.core.accounts.permissions import Permission
from kvisa_desk.core.database import Database
from kvisa_desk.core.decisions.decisions import make_interview
from kvisa_desk.core.decisions.desk import DecisionDesk, decision_desk, with_names
from kvisa_desk.core.decisions.letters import (
    IssuedLetter,
    LetterInfo,
    LetterPlan,
    LetterVerification,
    case_letters,
    issue_letter,
    letter_plan,
    load_letter,
)
from kvisa_desk.ui.decisions.decision_tab import select_row
from kvisa_desk.ui.decisions.texts import kind_label, language_label
from kvisa_desk.ui.letters.issue_confirm import confirm_issue
from kvisa_desk.ui.letters.issue_form import LetterIssueForm
from kvisa_desk.ui.letters.outputs import (
    BAD,
    print_letter,
    reason_of,
    save_letter,
    verify_letter_file,
)
from kvisa_desk.ui.letters.preview import PRINT_DPI, LetterPreview, render_pages
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.file_dialogs import (
    LETTERS,
    ask_open_file,
    ask_save_file,
    propose_print_file,
    proposed_name,
    remember_print_file,
)
from kvisa_desk.ui.widgets.labels import text_of
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.widgets.prompts import ask_question
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from kvisa_desk.vocab import CaseStatus

LettersRead = tuple[list[LetterInfo], DecisionDesk]
Issued = tuple[IssuedLetter, LettersRead]
Planned = tuple[LetterPlan, list[QImage]]  # the plan and its draft's pages


def read_case_letters(db: Database, actor: str, case_id: int) -> LettersRead:
    """The case's letters and its decisions (for the defaults), as the tab shows them."""
    letters = case_letters(db, actor, case_id)
    desk = with_names(db, decision_desk(db, actor, case_id), (i.issued_by for i in letters))
    return letters, desk


def letter_file_name(info: LetterInfo) -> str:
    """`C0000042-refusal-letter-LON-K-2026-000123.pdf`: the case, the kind, then the letter's
    own reference (a case may have several letters of a kind)."""
    return proposed_name(info.case_ref, f"{info.kind}-letter-{info.reference}", ".pdf")


class LettersTab(QWidget):
    issued = Signal(object)  # the IssuedLetter
    loaded = Signal()  # the letters were read and are shown (or cannot be)
    previewed = Signal(int)  # a letter id whose pages are now shown

    def __init__(self, context: DeskContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letters.tab")
        self._context = context
        self._case_id = case_id
        self.letters: list[LetterInfo] = []
        self.desk: DecisionDesk | None = None  # the officers' full names, for the table
        self.may_output = False
        self.draft_pages: list[QImage] = []  # the draft shown with the last Issue question
        self._status = ""  # the case's status, which decides what may be issued
        self._issuing = False
        headers = (
            self.tr("Reference"),
            self.tr("Kind"),
            self.tr("Language"),
            self.tr("Date"),
            self.tr("Officer"),
            self.tr("Replaces"),
            self.tr("Replaced by"),
        )
        self.table = ReadOnlyTable(headers, [], stretch_column=6, parent=self)
        self.table.setObjectName("letters.list")
        self.table.setAccessibleName(self.tr("Letters issued on this case"))
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.preview = LetterPreview(self)
        self.form = LetterIssueForm(self)
        self.form.issue_requested.connect(self.issue)
        self.form.correction.toggled.connect(lambda _on: self._enable_issue())
        self.print_button = self._button("letters.print", self.tr("&Print…"), self.ask_print)
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.save_button = self._button("letters.save", self.tr("Save as P&DF…"), self.ask_save)
        self.save_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.verify_button = self._button(
            "letters.verify", self.tr("&Verify a letter file…"), self.ask_verify
        )
        self.message = QLabel(self)
        self.message.setObjectName("letters.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(self.form)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)  # the letter itself is what the officer reads
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        # Read when first shown, on the worker: opening a case does not wait for this tab.
        self._stale, self._loading = True, False
        self.ready = False  # True once read (or found unreadable)
        self._focus_wanted = False  # Ctrl+L came before the tab was read
        self.form.setEnabled(False)
        self.verify_button.setEnabled(False)
        self.preview.show_message(self.tr("Reading the letters…"))

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())  # never with the button's `checked`
        return button

    # Reading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> Operation[LettersRead] | None:
        """Read the case's letters and the defaults for the next one on the worker; while
        the tab is hidden, only remember to read them when it is shown."""
        if not self.isVisible() or self._loading:
            self._stale = True
            return None
        self._stale, self._loading, self.ready = False, True, False
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> LettersRead:
            return read_case_letters(db, actor, case_id)

        def read(found: LettersRead) -> None:
            if not isValid(self):  # the case view was closed (a sign-out) while it was read
                return
            self._loading = False
            self.show_letters(*found)
            if self._stale:  # asked again meanwhile
                self.load()

        def unreadable(error: BaseException) -> None:
            # E.g. a role that does no case work: say so, and offer nothing.
            if not isValid(self):
                return
            self._loading = False
            self.preview.show_message(
                self.tr("Letters cannot be shown: {reason}").format(reason=reason_of(error))
            )
            self.ready = True
            self.loaded.emit()

        label = self.tr("Reading the letters…")
        return Operation(self._context.runner, work, label).success(read).failure(unreadable).run()

    def show_letters(self, letters: list[LetterInfo], desk: DecisionDesk) -> None:
        self.letters = letters
        self.desk = desk
        in_effect = desk.in_effect
        self.form.set_defaults(
            in_effect.letter_kind if in_effect is not None else "interview",
            desk.letter_language,
        )
        if in_effect is not None and in_effect.interview is not None:
            self.form.set_interview(in_effect.interview.at, in_effect.interview.place)
        may_issue = desk.may(Permission.ISSUE_LETTERS)
        self.form.setEnabled(may_issue)
        self.form.setToolTip("" if may_issue else self.tr("Your role does not issue letters."))
        self._status = desk.case_status
        self.verify_button.setEnabled(True)
        self.may_output = may_issue
        self._show_rows()
        self.ready = True
        if self._focus_wanted:
            self._focus_wanted = False
            self.form.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.loaded.emit()

    def _show_rows(self) -> None:
        chosen = self.selected()
        self.table.set_rows(
            [
                (
                    info.reference,
                    kind_label(info.kind),
                    language_label(info.language),
                    text_of(info.issue_date),
                    self.desk.name_of(info.issued_by) if self.desk else info.issued_by,
                    info.replaces or "",
                    info.replaced_by or "",
                )
                for info in self.letters
            ]
        )
        ids = [info.letter_id for info in self.letters]
        if chosen is not None and chosen.letter_id in ids:
            self.select(chosen.letter_id)
        elif not self.letters:
            self.preview.show_message(self.tr("No letter has been issued on this case yet."))
        else:  # none chosen yet: the latest letter, the one an officer opens the tab for
            self.select(max(ids))
        self._enable_outputs()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # Switched languages: kinds and languages are named again; the pages stay as issued.
            self.table.blockSignals(True)  # the same letter stays selected: no new preview
            self._show_rows()
            self.table.blockSignals(False)

    def selected(self) -> LetterInfo | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.letters[rows.pop()] if len(rows) == 1 else None

    def select(self, letter_id: int) -> None:
        for row, info in enumerate(self.letters):
            if info.letter_id == letter_id:
                select_row(self.table, row)
                return

    def _enable_outputs(self) -> None:
        chosen = self.selected() is not None
        self.print_button.setEnabled(chosen and self.may_output)
        self.save_button.setEnabled(chosen and self.may_output)
        self._enable_issue()

    def _enable_issue(self) -> None:
        """Issue only what the case's status allows, saying why not: nothing on a closed or
        withdrawn case; once its letter is issued, only a correction of a selected letter."""
        if self._issuing:
            return  # an issue under way: enabled again when it ends
        why = ""
        if self._status == CaseStatus.CLOSED.value:
            why = self.tr("This case is closed: no letter can be issued on it.")
        elif self._status == CaseStatus.WITHDRAWN.value:
            why = self.tr("This case was withdrawn: no letter can be issued on it.")
        elif self._status == CaseStatus.LETTER_ISSUED.value and not (
            self.form.correction.isChecked() and self.selected() is not None
        ):
            why = self.tr(
                "This case is finished: its letter has been issued. To correct a letter, "
                "select it and tick “As a correction of the selected letter”."
            )
        self.form.issue_button.setEnabled(not why)
        self.form.issue_button.setToolTip(why or self.tr("Ctrl+Enter"))

    def _selected_changed(self) -> None:
        self._enable_outputs()
        info = self.selected()
        if info is not None:
            self.show_preview(info.letter_id)

    def show_preview(self, letter_id: int) -> Operation[list[QImage]]:
        """Read the stored bytes and render every page off the GUI thread."""
        db, actor = self._context.db, self._context.actor
        self.preview.show_message(self.tr("Drawing the letter…"))

        def work(_report: ReportProgress) -> list[QImage]:
            return render_pages(load_letter(db, actor, letter_id).pdf)

        def shown(pages: list[QImage]) -> None:
            current = self.selected()
            if current is not None and current.letter_id == letter_id:
                self.preview.show_pages(pages)
                self.previewed.emit(letter_id)

        def failed(error: BaseException) -> None:
            self.preview.show_message(
                self.tr("The letter cannot be shown: {reason}").format(reason=reason_of(error))
            )

        label = self.tr("Drawing the letter…")
        return Operation(self._context.runner, work, label).success(shown).failure(failed).run()

    # Issuing

    def issue(self) -> Operation[Planned] | None:
        """Read what would be issued (kind, language, the reference to be taken, a letter of
        the same kind it must correct) and draw it as a draft; ask the officer once with the
        draft shown, then issue: the number taken is permanent."""
        if not self.form.isEnabled() or not self.form.issue_button.isEnabled():
            if self.form.isEnabled() and not self._issuing:  # Ctrl+Enter: say why not
                self._say(self.form.issue_button.toolTip())
            return None
        db, actor, case_id = self._context.db, self._context.actor, self._case_id
        kind, language = self.form.chosen_kind(), self.form.chosen_language()
        interview_input = self.form.interview()
        correcting = self.selected() if self.form.correction.isChecked() else None
        replaces = correcting.letter_id if correcting is not None else None

        def work(_report: ReportProgress) -> Planned:
            interview = make_interview(*interview_input) if interview_input else None
            plan = letter_plan(
                db, actor, case_id, kind, language,
                interview=interview, replaces=replaces, draft=True,
            )  # fmt: skip
            return plan, render_pages(plan.draft)

        def planned(found: Planned) -> None:
            plan, pages = found
            if plan.existing is not None:
                # The only way a second letter of a kind goes out: shown ticked, and why.
                self.select(plan.existing.letter_id)
                self.form.correction.setChecked(True)
            self.draft_pages = pages
            if self._confirm(self._question(plan), pages):
                self._issue_now(plan)
            else:
                self._issuing = False
                self._enable_issue()
                self._say(self.tr("Not issued: you cancelled it."))

        def refused(error: BaseException) -> None:
            self._issuing = False
            self._enable_issue()
            self._say(self.tr("Not issued: {reason}").format(reason=reason_of(error)), BAD)

        self._issuing = True
        self.form.issue_button.setEnabled(False)
        label = self.tr("Preparing the letter…")
        return Operation(self._context.runner, work, label).success(planned).failure(refused).run()

    def _confirm(self, question: str, pages: list[QImage]) -> bool:
        ask = self._context.prompts.ask
        if ask is ask_question:  # the window: the question beside the draft
            return confirm_issue(self, self.tr("Issue letter"), question, pages)
        return ask(self, self.tr("Issue letter"), question)  # a test's stand-in answers

    def _question(self, plan: LetterPlan) -> str:
        lines = [
            self.tr("Issue this letter? It is numbered, kept and cannot be withdrawn."),
            self.tr("Read the draft first: the letter will say exactly this, with its number."),
            "",
            self.tr("Kind: {kind}").format(kind=kind_label(plan.kind)),
            self.tr("Language: {language}").format(language=language_label(plan.language)),
            self.tr("Reference to be taken: {reference}").format(reference=plan.reference),
        ]
        if plan.existing is not None:
            lines += [
                "",
                self.tr(
                    "Already issued on this case: {kind} {reference} of {date}. A second one is "
                    "issued only as a correction: the new letter says it replaces {reference}, "
                    "which is kept and marked as replaced. If you do not mean to correct it, "
                    "choose Cancel."
                ).format(
                    kind=kind_label(plan.existing.kind),
                    reference=plan.existing.reference,
                    date=text_of(plan.existing.issue_date),
                ),
            ]
        if plan.replaces is not None:
            lines.append(self.tr("Replaces: {reference}").format(reference=plan.replaces))
        return "\n".join(lines)

    def _issue_now(self, plan: LetterPlan) -> Operation[Issued]:
        """Issue what PLAN described: its kind and language, correcting what it names."""
        db, actor, case_id = self._context.db, self._context.actor, self._case_id
        kind, language, replaces = plan.kind, plan.language, plan.replaces
        interview_input = self.form.interview()

        def work(_report: ReportProgress) -> Issued:
            interview = make_interview(*interview_input) if interview_input else None
            letter = issue_letter(
                db, actor, case_id, kind, language, interview=interview, replaces=replaces
            )
            return letter, read_case_letters(db, actor, case_id)  # shown at once, in the same go

        def done(issued: Issued) -> None:
            letter, found = issued
            self._issuing = False
            self.form.correction.setChecked(False)
            # Qt's %n puts the number in; the form is chosen here, as English has two and
            # Chinese one (共%n页), so no catalogue needs numerus forms.
            if letter.pages == 1:
                pages = self.tr("%n page", "", letter.pages)
            else:
                pages = self.tr("%n pages", "", letter.pages)
            self._say(
                self.tr("Issued {reference} ({kind}, {pages}).").format(
                    reference=letter.reference, kind=kind_label(letter.kind), pages=pages
                )
            )
            self.show_letters(*found)
            self.select(letter.letter_id)
            self.issued.emit(letter)

        def refused(error: BaseException) -> None:
            self._issuing = False
            self._enable_issue()
            self._say(self.tr("Not issued: {reason}").format(reason=reason_of(error)), BAD)

        label = self.tr("Issuing the letter…")
        return Operation(self._context.runner, work, label).success(done).failure(refused).run()

    def start_letter(self) -> None:
        """Ctrl+L: the focus on the kind of letter (once the tab has been read)."""
        self._focus_wanted = not self.ready
        self.form.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Output: print, save, verify

    def ask_print(self, printer: QPrinter | None = None) -> None:
        """Qt's print dialog for PRINTER (a new one on the default printer when None)."""
        if self.selected() is None:
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setResolution(PRINT_DPI)
        context, info = self._context, self.selected()
        if info is not None:
            propose_print_file(
                printer, context.settings, context.actor, LETTERS, letter_file_name(info)
            )
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the letter"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            remember_print_file(printer, context.settings, context.actor, LETTERS)
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Operation[int] | None:
        """Print the selected letter's stored bytes, page by page, on PRINTER."""
        info = self.selected()
        return print_letter(self._context, info, printer, self._say) if info else None

    def ask_save(self) -> None:
        info = self.selected()
        if info is None:
            return
        context = self._context
        path = ask_save_file(
            self, context.settings, context.actor, LETTERS, self.tr("Save the letter as PDF"),
            letter_file_name(info), self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> Operation[Path] | None:
        """Write the selected letter's exact stored bytes to PATH (recorded as a save)."""
        info = self.selected()
        return save_letter(self._context, info, path, self._say) if info else None

    def ask_verify(self) -> None:
        context = self._context
        path = ask_open_file(
            self, context.settings, context.actor, LETTERS, self.tr("Verify a letter file"),
            self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> Operation[LetterVerification]:
        """Whether the file at PATH is a letter this database issued, unchanged."""
        return verify_letter_file(self._context, path, self._say)

    def _say(self, text: str, colour: str = "") -> None:
        self.message.setStyleSheet(f"color: {colour}" if colour else "")
        self.message.setText(text)
