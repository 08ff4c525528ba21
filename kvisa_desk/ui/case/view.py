"""One case in its own window: header, workflow, a tab per part of the application, checks,
notes and history. The applicant's and the passport's facts can be edited, undone and saved.

It is given a CaseDetail (plain data from `core.cases.case_detail`) and the session's
services; writes run on the worker thread. What any write changed of this case (here, in the
worklist, or elsewhere and seen on F5) is read again off the GUI thread by `CaseUpdates`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QImage, QKeySequence, QShowEvent
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
from shiboken6 import isValid

from kvisa_desk.core.cases.cases import CaseDetail
from kvisa_desk.core.checks.report import CheckReport, case_check_report
from kvisa_desk.core.post.post_names import post_title
from kvisa_desk.core.post.settings import PostSettingsView, load_post_settings
from kvisa_desk.ui.case.career import CareerTab
from kvisa_desk.ui.case.edit_form import EditForm
from kvisa_desk.ui.case.editing import CaseEditing
from kvisa_desk.ui.case.exports import CaseExports
from kvisa_desk.ui.case.facts import applicant_form, mrz_form, passport_form
from kvisa_desk.ui.case.header import CaseHeader
from kvisa_desk.ui.case.lazy_tabs import LazyTabs
from kvisa_desk.ui.case.live import CaseUpdates
from kvisa_desk.ui.case.notes_tab import NotesTab
from kvisa_desk.ui.case.tabs import TravelTab, history_rows, history_tab, travel_tab
from kvisa_desk.ui.case.workflow_bar import WorkflowBar
from kvisa_desk.ui.checks.case_checks import CaseChecks
from kvisa_desk.ui.decisions.decision_tab import DecisionTab
from kvisa_desk.ui.documents.checklist import route_of
from kvisa_desk.ui.documents.documents_tab import CaseDocuments, read_photo
from kvisa_desk.ui.documents.drop import FileDropTarget
from kvisa_desk.ui.letters.letters_tab import LettersTab
from kvisa_desk.ui.widgets.case_form import scrolling_page
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.icons import icon
from kvisa_desk.ui.widgets.labels import applicant_name, language
from kvisa_desk.ui.widgets.live_language import retranslate_tree
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from kvisa_desk.vocab import OPEN_STATUSES

DEFAULT_SIZE = (980, 680)
# On a larger screen the case opens larger (the Checks table showed 2-3 of 16 results at
# 980x680 on a 1280x800 screen), leaving a margin for the window's frame and the taskbar.
SCREEN_SHARE = 0.94
LARGEST_SIZE = (1500, 1000)


def opening_size(available_width: int, available_height: int) -> tuple[int, int]:
    """The case view's size on a screen with this much room: never below DEFAULT_SIZE, at
    most LARGEST_SIZE, else most of the screen."""
    width = min(int(available_width * SCREEN_SHARE), LARGEST_SIZE[0])
    height = min(int(available_height * SCREEN_SHARE), LARGEST_SIZE[1])
    return max(width, DEFAULT_SIZE[0]), max(height, DEFAULT_SIZE[1])


# The tab that holds each part's fields (the Applicant tab is always built).
FIELD_TABS = {
    "passport": "passport",
    "education": "career",
    "employment": "career",
    "purpose": "travel",
    "travel": "travel",
    "screening": "travel",
}


class CaseView(QDialog):
    case_changed = Signal(int)  # saved, moved, assigned, checked or noted: the worklist redraws
    step_requested = Signal(int)  # +1 next case, -1 previous case

    def __init__(
        self,
        context: DeskContext,
        detail: CaseDetail,
        parent: QWidget | None = None,
        post_settings: Mapping[str, PostSettingsView] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.report: CheckReport | None = None  # the latest check, read off the GUI thread
        self.report_known = False  # read yet (the header says nothing of it until then)
        # The window reads them with the case, off the GUI thread (`MainWindow.open_case`).
        self._post_settings: dict[str, PostSettingsView] = dict(post_settings or {})
        self.header = CaseHeader(detail, self, self._post_words)
        self.applicant_form = applicant_form(detail, self)
        self.editing = CaseEditing(context, detail, [self.applicant_form], self)
        self.editing.changed.connect(self._show_dirty)
        self.editing.saved.connect(self._saved)
        self.editing.reloaded.connect(self._reloaded)
        self.editing.refused.connect(self._say)
        self.editing.needs_fields.connect(self._build_tabs_of)
        self.workflow = WorkflowBar(context, detail.case_id, detail.version, self)
        self.workflow.moved.connect(self._moved)
        self.workflow.conflict.connect(self._workflow_conflict)
        self.workflow.refused.connect(self._say)
        self._built: dict[str, Any] = {}  # what each tab's maker made, by the tab's key

        # The header and the Applicant tab now; every other tab on its first show (or when a
        # shortcut, a drop or a change needs it), from the case as it is then.
        self.tabs = QTabWidget(self)
        self.lazy = LazyTabs(self.tabs, self)
        self.tabs.addTab(scrolling_page(self.applicant_form), self.tr("&Applicant"))
        for key, title, make in (
            ("passport", self.tr("&Passport"), self._make_passport),
            ("career", self.tr("&Education && posts"), self._make_career),
            ("travel", self.tr("&Travel && purpose"), self._make_travel),
            ("documents", self.tr("&Documents"), self._make_documents),
            ("checks", self.tr("Chec&ks"), self._make_checks),
            ("notes", self.tr("&Notes"), self._make_notes),
            ("decision", self.tr("De&cision"), self._make_decision),
            ("letters", self.tr("&Letters"), self._make_letters),
            ("history", self.tr("&History"), self._make_history),
        ):
            self.lazy.add(key, title, make)
        self.lazy.built.connect(self._tab_built)
        # Files dropped anywhere on the case are offered for attaching (Documents or not).
        self.drops = FileDropTarget(lambda mime: self.documents.take_drop(mime), self)
        self.drops.watch(self)

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
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(*(opening_size(room.width(), room.height()) if room else DEFAULT_SIZE))
        self.lock_if_finished()
        self.show_title()
        self._show_dirty(False)
        self.updates = CaseUpdates(self, self)  # every write's changes, wherever made
        self._opened = False  # the latest check and the photo are read once first painted

    # Tabs, each made on its first show from the case as the view holds it then

    def built(self, key: str) -> bool:
        """Whether the tab KEY (`notes`, `checks`…) exists yet; nothing is built by asking."""
        return self.lazy.is_built(key)

    def _tab(self, key: str) -> Any:
        self.lazy.build(key)
        return self._built[key]

    @property
    def passport_form(self) -> EditForm:
        return cast(EditForm, self._tab("passport"))

    @property
    def career(self) -> CareerTab:
        return cast(CareerTab, self._tab("career"))

    @property
    def travel(self) -> TravelTab:
        return cast(TravelTab, self._tab("travel"))

    @property
    def documents(self) -> CaseDocuments:
        return cast(CaseDocuments, self._tab("documents"))

    @property
    def checks(self) -> CaseChecks:
        return cast(CaseChecks, self._tab("checks"))

    @property
    def notes(self) -> NotesTab:
        return cast(NotesTab, self._tab("notes"))

    @property
    def decision(self) -> DecisionTab:
        return cast(DecisionTab, self._tab("decision"))

    @property
    def letters(self) -> LettersTab:
        return cast(LettersTab, self._tab("letters"))

    @property
    def history(self) -> ReadOnlyTable:
        return cast(ReadOnlyTable, self._tab("history"))

    def _finished(self) -> bool:
        return self.detail.status not in OPEN_STATUSES

    def _make_passport(self) -> QWidget:
        shown = self.editing.detail  # the saved values the other fields show
        form = passport_form(shown, self)
        self.editing.add_forms([form])
        form.set_read_only(self._finished())
        self._built["passport"] = form
        return scrolling_page(form, mrz_form(shown.record["passport"], self))

    def _make_career(self) -> QWidget:
        career = CareerTab(self.context, self.editing.detail, self)
        self.editing.add_forms(career.forms)
        career.seen_version = lambda: self.editing.version
        career.code_confirmed.connect(self._code_confirmed)
        career.refused.connect(self._say)
        for form in career.forms:
            form.set_read_only(self._finished())
        career.set_read_only(self._finished())
        self._built["career"] = career
        return career

    def _make_travel(self) -> QWidget:
        travel = travel_tab(self.editing.detail, self)
        self.editing.add_forms(travel.forms)
        for form in travel.forms:
            form.set_read_only(self._finished())
        self._built["travel"] = travel
        return travel

    def _make_documents(self) -> QWidget:
        documents = CaseDocuments(self.context, self.detail.case_id, self)
        documents.attached.connect(lambda _r: self._after_write(self.tr("Attached.")))
        documents.refused.connect(self._say)
        documents.changed.connect(self._after_write)
        documents.photo_changed.connect(self.header.set_photo)
        documents.set_read_only(self._finished())
        self.drops.watch(documents.tab)
        documents.route = route_of(self.report)  # known now; the checklist comes with the list
        self._built["documents"] = documents
        documents.read_again(self.report)  # the list and the checklist, on the reading thread
        return documents.tab

    def _make_checks(self) -> QWidget:
        checks = CaseChecks(self.context, self.detail.case_id, self)
        checks.changed.connect(self._checked)
        checks.tab.set_report(self.report)  # read at open; a later check reaches it as a change
        checks.set_finished(self._finished())  # no new run on a decided case
        self._built["checks"] = checks
        return checks.tab

    def _make_notes(self) -> QWidget:
        notes = NotesTab(self.context, self.detail.case_id, self)
        notes.added.connect(lambda _note: self._after_write(self.tr("Note added.")))
        notes.load()  # on the reading thread
        self._built["notes"] = notes
        return notes

    def _make_decision(self) -> QWidget:
        decision = DecisionTab(self.context, self.detail.case_id, self)  # reads when shown
        decision.changed.connect(self._decided)
        self._built["decision"] = decision
        return decision

    def _make_letters(self) -> QWidget:
        letters = LettersTab(self.context, self.detail.case_id, self)  # reads when shown
        letters.issued.connect(lambda _l: self._after_write(self.tr("Letter issued.")))
        self._built["letters"] = letters
        return letters

    def _make_history(self) -> QWidget:
        history = history_tab(self.detail, self)
        self._built["history"] = history
        return history

    def _tab_built(self, _key: str) -> None:
        # Its fields that take dropped text take dropped files as attachments instead of
        # pasting their paths into the applicant's facts.
        self.drops.intercept(self)

    # Reads at open, off the GUI thread

    def _read_report(self) -> None:
        db, case_id = self.context.db, self.detail.case_id

        def work(_report: ReportProgress) -> CheckReport | None:
            return case_check_report(db, case_id)

        def read(report: CheckReport | None) -> None:
            if isValid(self) and not self.report_known:  # a change read a later one
                self.show_report(report)

        Operation(self.context.changes.reading, work).success(read).failure(
            lambda _error: None
        ).run()

    def show_report(self, report: CheckReport | None) -> None:
        """The latest check, read after a change or at open: the header and the Checks tab."""
        if self.report_known and report == self.report:
            return  # the run this view shows already (its own check, read again on its change)
        self.report, self.report_known = report, True
        self.header.set_outcome(report)
        if self.built("checks"):
            self.checks.tab.set_report(report)

    def refresh_photo(self) -> Operation[QImage | None]:
        """The header's thumbnail, read, checked and decoded on the worker thread."""
        reading = self.context.changes.reading  # after the report, not beside it
        return read_photo(self.context, self.detail.case_id, self, self.header.set_photo, reading)

    def _post_words(self, post: str) -> str:
        """The post by its mission's name in the window's language. Its settings come with the
        case from the window's read, else are read once per view (a language change only
        words them again: no read, and none after the database has gone, as a view outliving
        its database would)."""
        if not post:
            return ""
        settings = self._post_settings.get(post)
        if settings is None:
            settings = self._post_settings[post] = load_post_settings(self.context.db, post)
        return post_title(settings, language())

    def showEvent(self, event: QShowEvent) -> None:
        self.drops.intercept(self)
        super().showEvent(event)
        if not self._opened:
            # After the first paint (a zero timer runs after it): a read started now would
            # hold the interpreter's lock against the GUI thread while it lays out and paints.
            self._opened = True
            QTimer.singleShot(0, self._read_at_open)

    def _read_at_open(self) -> None:
        if isValid(self):
            self._read_report()
            self.refresh_photo()  # read, checked and decoded on the reading thread too

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
        finished = self._finished()
        for form in self.editing.forms:  # a tab not built yet is made read-only when it is
            form.set_read_only(finished)
        if self.built("career"):
            self.career.set_read_only(finished)
        if self.built("documents"):
            self.documents.set_read_only(finished)
        if self.built("checks"):
            self.checks.set_finished(finished)
        self.action_run_checks.setEnabled(not finished)  # Ctrl+R: the button says why
        if finished:
            self._say(self.tr("This case is finished: its facts are shown, not edited."))
        self.action_save.setEnabled(self.editing.dirty and not finished)

    def _build_tabs_of(self, paths: list[str]) -> None:
        for path in paths:
            self.build_tab_of(path)

    def build_tab_of(self, path: str) -> None:
        """Build the tab holding the field for PATH (`passport.number`), if it is not yet."""
        tab = FIELD_TABS.get(path.split(".")[0])
        if tab is not None:
            self.lazy.build(tab)

    def field(self, name: str) -> QLineEdit:
        """The field for a dotted path such as `applicant.surname` (its tab is built if it
        was not yet)."""
        self.build_tab_of(name)
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
        # Shown from what the save returned (the editing's detail is the case as it left it):
        # its change is not read again here; the worklist and other views still hear of it.
        self.updates.show_own(saved.what_changed, self.editing.detail)
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
        if self.built("history"):
            self.history.set_rows(history_rows(detail))
        self._say(self.tr("Reloaded: check the changes and save again."))
        self.show_title()

    def _checked(self, report: Any) -> None:
        self.report, self.report_known = report, True  # the tab shows it already
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
        if self.report_known:
            self.header.set_outcome(self.report)
        if self.built("history"):
            self.history.set_rows(history_rows(self.detail))
        if self.built("career"):
            self.career.retranslate()
        if self.built("checks"):
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
