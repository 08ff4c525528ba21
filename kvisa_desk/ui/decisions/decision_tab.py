"""The Decision tab: the case's recommendations and sign-offs, a supervisor's sign-off, and
the form to recommend (Ctrl+D).

The window greys out what the officer's role or the case's state does not allow, and says
why; core refuses it anyway (a supervisor's own refusal stays greyed here, and core refuses
it if asked). Every write runs on the worker thread; a refusal from core is shown in full,
with what to do next, and the typed form is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kvisa_desk.core.accounts.permissions import Permission
from kvisa_desk.core.decisions.decisions import (
    DecisionView,
    make_interview,
    make_terms,
    recommend,
    sign_off,
)
from kvisa_desk.core.decisions.desk import DecisionDesk, decision_desk
from kvisa_desk.ui.decisions.form import Recommendation, RecommendForm
from kvisa_desk.ui.decisions.texts import (
    decision_detail,
    decision_rows,
    open_reviews_text,
    recommendation_label,
    refusal_text,
    state_label,
)
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.labels import status_label, text_of
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from kvisa_desk.vocab import format_case_ref

ERROR_COLOUR = "#b3261e"
Recorded = tuple[DecisionView, DecisionDesk]  # what a write did, and the case read again


def select_row(table: QTableWidget, row: int) -> None:
    """Select exactly ROW (selectRow would toggle it while Ctrl is held, as after Ctrl+Enter)."""
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows
        | QItemSelectionModel.SelectionFlag.Current
    )
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags)


class DecisionTab(QWidget):
    changed = Signal(object)  # the DecisionView recorded or signed off
    loaded = Signal()  # the decisions were read and are shown (or cannot be)

    def __init__(self, context: DeskContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision.tab")
        self._context = context
        self._case_id = case_id
        self.desk: DecisionDesk | None = None
        self.busy = False
        self.banner = self._label("decision.banner")
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)
        # What stands between the case and an approval, hidden while nothing does.
        self.open_reviews = self._label("decision.open_reviews", "#8a4b00")
        headers = (
            self.tr("Recommended"),
            self.tr("Recommendation"),
            self.tr("State"),
            self.tr("Officer"),
            self.tr("Sign-off"),
            self.tr("Grounds"),
        )
        self.table = ReadOnlyTable(headers, [], stretch_column=5, parent=self)
        self.table.setObjectName("decision.history")
        self.table.setAccessibleName(self.tr("Decisions on this case"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("decision.detail")
        self.detail.setAccessibleName(self.tr("The selected decision"))
        self.detail.setReadOnly(True)

        self.sign_off_box = QGroupBox(self.tr("Sign-off"), self)
        self.sign_off_note = self._label("decision.sign_off_note")
        self.sign_off_reason = QLineEdit(self)
        self.sign_off_reason.setObjectName("decision.sign_off_reason")
        self.sign_off_reason.setAccessibleName(self.tr("Reason for sending it back"))
        self.sign_off_reason.setPlaceholderText(
            self.tr("Reason (needed to send it back; kept in the record)")
        )
        self.agree_button = QPushButton(self.tr("A&gree"), self)
        self.agree_button.setObjectName("decision.agree")
        self.agree_button.clicked.connect(lambda: self.sign_off("agree"))
        self.return_button = QPushButton(self.tr("Send &back"), self)
        self.return_button.setObjectName("decision.send_back")
        self.return_button.clicked.connect(lambda: self.sign_off("return"))
        self.sign_off_error = self._label("decision.sign_off_error", ERROR_COLOUR)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_off_reason, 1)
        buttons.addWidget(self.agree_button)
        buttons.addWidget(self.return_button)
        box = QVBoxLayout(self.sign_off_box)
        box.addWidget(self.sign_off_note)
        box.addLayout(buttons)
        box.addWidget(self.sign_off_error)

        self.form = RecommendForm(self)
        self.form.submitted.connect(self.recommend)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.detail, 2)
        column.addWidget(self.sign_off_box)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.open_reviews)
        layout.addWidget(split, 1)
        # Read when first shown, on the worker: opening a case does not wait for this tab.
        self._stale, self._loading = True, False
        self.ready = False  # True once read (or found unreadable)
        self._focus_wanted = False  # Ctrl+D came before the tab was read
        self.banner.setText(self.tr("Reading the decisions…"))
        self.form.setEnabled(False)
        for widget in (self.agree_button, self.return_button, self.sign_off_reason):
            widget.setEnabled(False)

    def _label(self, name: str, colour: str | None = None) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if colour:
            label.setStyleSheet(f"color: {colour}")
            label.setVisible(False)
        return label

    # Reading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> Operation[DecisionDesk] | None:
        """Read the case's decisions again on the worker and show them; while the tab is
        hidden, only remember to read them when it is shown."""
        if not self.isVisible() or self._loading:
            self._stale = True
            return None
        self._stale, self._loading, self.ready = False, True, False
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> DecisionDesk:
            return decision_desk(db, actor, case_id)

        def read(desk: DecisionDesk) -> None:
            if not isValid(self):  # the case view was closed (a sign-out) while it was read
                return
            self._loading = False
            self.show_desk(desk)
            if self._stale:  # asked again meanwhile
                self.load()

        def unreadable(error: BaseException) -> None:
            # E.g. a role that does no case work: say so, and offer nothing.
            if not isValid(self):
                return
            self._loading = False
            reason = error_text(error)
            self.banner.setText(
                self.tr("Decisions cannot be shown: {reason}").format(reason=reason)
            )
            self.ready = True
            self.loaded.emit()

        label = self.tr("Reading the decisions…")
        return Operation(self._context.runner, work, label).success(read).failure(unreadable).run()

    def show_desk(self, desk: DecisionDesk) -> None:
        self.desk = desk
        self.form.set_reply_by_days(desk.reply_by_days)
        self._redraw(desk, len(desk.decisions) - 1)
        self.ready = True
        if self._focus_wanted:
            self._focus_wanted = False
            self.start_recommendation()
        self.loaded.emit()

    def _redraw(self, desk: DecisionDesk, row: int) -> None:
        """Every text made from the decisions, in the language now installed."""
        self.table.set_rows(decision_rows(desk))
        if desk.decisions:
            select_row(self.table, row)
            self._show_selected()  # the same row selected again emits no change
        else:
            self.detail.setPlainText(self.tr("No recommendation has been recorded yet."))
        run_text = (
            self.tr("No check run yet: run the checks first (Ctrl+R); grounds are their results.")
            if desk.run_id is None
            else self.tr("Grounds from check run {run} of {when}:").format(
                run=desk.run_id, when=text_of(desk.run_at)
            )
        )
        self.form.set_choices(desk.choices, run_text, desk)
        self.banner.setText(self._banner(desk))
        self.open_reviews.setText(open_reviews_text(desk))
        self.open_reviews.setVisible(bool(self.open_reviews.text()))
        self._grey(desk)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.desk is not None:
            # Switched languages: texts made from data are made again; typed text stays.
            self._redraw(self.desk, max(0, self.table.currentRow()))

    def _banner(self, desk: DecisionDesk) -> str:
        pending = desk.pending
        if pending is not None:
            what = recommendation_label(pending.recommendation)
            if desk.own_pending and not desk.may(Permission.SIGN_OFF):  # an officer's
                return self.tr(
                    "Your recommendation ({what}) awaits a supervisor's sign-off."
                ).format(what=what)
            if desk.own_pending:
                return self.tr(
                    "Your recommendation ({what}) awaits sign-off by another supervisor."
                ).format(what=what)
            if desk.may(Permission.SIGN_OFF):
                return self.tr("{who} recommends: {what}. It awaits your sign-off.").format(
                    who=desk.name_of(pending.recommended_by), what=what
                )
            return self.tr("{who} recommends: {what}. It awaits a supervisor's sign-off.").format(
                who=desk.name_of(pending.recommended_by), what=what
            )
        in_effect = desk.in_effect
        status = status_label(desk.case_status)
        if in_effect is not None and not desk.recommendable:
            return self.tr("Decision in effect: {what}. Case status: {status}.").format(
                what=recommendation_label(in_effect.recommendation), status=status
            )
        if not desk.recommendable:
            return self.tr("Case status: {status}. It takes no new recommendation.").format(
                status=status
            )
        if not desk.decisions:
            return self.tr("No decision yet.")
        latest = desk.decisions[-1]
        return self.tr("Latest: {what}, {state}. Case status: {status}.").format(
            what=recommendation_label(latest.recommendation),
            state=state_label(latest.state),
            status=status,
        )

    def _grey(self, desk: DecisionDesk) -> None:
        """Enable what this officer may do now; say why the rest is greyed."""
        may_recommend = desk.may(Permission.RECOMMEND)
        form_open = may_recommend and desk.recommendable and desk.run_id is not None
        self.form.setEnabled(form_open and not self.busy)
        if not may_recommend:
            self.form.setToolTip(self.tr("Your role does not record recommendations."))
        elif not desk.recommendable:
            self.form.setToolTip(self.tr("This case takes no new recommendation now."))
        else:
            self.form.setToolTip("")
        pending = desk.pending
        can_sign = desk.may(Permission.SIGN_OFF) and pending is not None and not desk.own_pending
        for widget in (self.agree_button, self.return_button, self.sign_off_reason):
            widget.setEnabled(can_sign and not self.busy)
        if not desk.checks_current:  # core refuses it too: the facts moved on from the grounds
            self.agree_button.setEnabled(False)
        if pending is None:
            note = self.tr("Nothing awaits sign-off.")
        elif desk.own_pending and not desk.may(Permission.SIGN_OFF):
            note = self.tr("You recommended this; a supervisor signs it off.")
        elif desk.own_pending:
            note = self.tr(
                "You recommended this; another supervisor must sign it off (you cannot)."
            )
        elif not desk.checks_current and desk.may(Permission.SIGN_OFF):
            note = self.tr(
                "The case's facts changed after the check run this recommendation rests on, so "
                "it cannot be agreed. Send it back with a reason, so the officer runs the checks "
                "again and recommends on the new results."
            )
        elif not desk.may(Permission.SIGN_OFF):
            note = self.tr("Only a supervisor signs off; {who} recommended it.").format(
                who=desk.name_of(pending.recommended_by)
            )
        else:
            note = self.tr(
                "Agree to put the recommendation into effect, or send it back with a reason."
            )
        self.sign_off_note.setText(note)

    def _show_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if self.desk is None or len(rows) != 1:
            return
        self.detail.setPlainText(decision_detail(self.desk.decisions[rows.pop()], self.desk))

    # Acting

    def start_recommendation(self) -> None:
        """Ctrl+D: the form, with the focus on the kind of recommendation."""
        self._focus_wanted = not self.ready
        target = self.form.kinds.checkedButton() or self.form.kind_buttons["approve"]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def recommend(self, entered: Recommendation) -> Operation[Recorded] | None:
        if self.busy:
            return None
        if not self._review_only_refusal_confirmed(entered):
            return None
        db, actor, case_id = self._context.db, self._context.actor, self._case_id
        case_ref = format_case_ref(case_id)

        def work(_report: ReportProgress) -> Recorded:
            terms = None
            if entered.recommendation == "approve":
                terms = make_terms(entered.entries, entered.validity_days, entered.stay_days)
            view = recommend(
                db,
                actor,
                case_id,
                entered.recommendation,
                grounds=entered.grounds,
                reasoning=entered.reasoning,
                terms=terms,
                reply_by=entered.reply_by,
                documents=entered.documents,
                interview=make_interview(*entered.interview) if entered.interview else None,
            )
            return view, decision_desk(db, actor, case_id)  # shown at once, in the same go

        def refused(error: BaseException) -> None:
            self._done()
            # The open results are listed once: above the tab when it shows them already.
            listed = self.open_reviews.isVisible() and bool(self.open_reviews.text())
            self.form.show_error(
                self.tr("Not recorded: {reason}").format(
                    reason=refusal_text(error, listed_above=listed)
                )
            )

        self._start()
        label = self.tr("Recording the recommendation on {case}…").format(case=case_ref)
        operation = Operation(self._context.runner, work, label)
        return operation.success(self._recorded).failure(refused).run()

    def _review_only_refusal_confirmed(self, entered: Recommendation) -> bool:
        """A refusal whose every ground still awaits an officer's review (documents not yet
        verified, say) rests on nothing found against the applicant: asked before recording."""
        if entered.recommendation != "refuse" or self.desk is None or not entered.grounds:
            return True
        outcomes = {c.spec: c.effective_outcome for c in self.desk.choices}
        if any(outcomes.get(spec) != "review" for spec in entered.grounds):
            return True
        question = self.tr(
            "Every ground chosen for this refusal is a result still in review (for example "
            "documents not yet verified): nothing has been found against the applicant yet. "
            "Record the refusal anyway?"
        )
        return self._context.prompts.ask(self, self.tr("Refuse on results in review?"), question)

    def _recorded(self, recorded: Recorded) -> None:
        view, desk = recorded
        self._done()
        self.form.clear()
        self.show_desk(desk)
        self.changed.emit(view)

    def sign_off(self, verdict: str) -> Operation[Recorded] | None:
        """Agree or send back the pending recommendation (not greyed here: core decides)."""
        if self.busy or self.desk is None:
            return None
        pending = self.desk.pending
        reason = self.sign_off_reason.text()
        if verdict == "agree" and pending is not None:
            question = self.tr(
                "Agree with {who}'s recommendation ({what}) on {case}? It takes effect now."
            ).format(
                who=self.desk.name_of(pending.recommended_by),
                what=recommendation_label(pending.recommendation),
                case=self.desk.case_ref,
            )
            if not self._context.prompts.ask(self, self.tr("Sign off"), question):
                return None
        db, actor, case_id = self._context.db, self._context.actor, self._case_id
        case_ref = format_case_ref(case_id)

        def work(_report: ReportProgress) -> Recorded:
            view = sign_off(db, actor, case_id, verdict, reason)
            return view, decision_desk(db, actor, case_id)

        def refused(error: BaseException) -> None:
            self._done()
            self.sign_off_error.setText(
                self.tr("Not signed off: {reason}").format(reason=refusal_text(error))
            )
            self.sign_off_error.setVisible(True)

        def signed(recorded: Recorded) -> None:
            self.sign_off_reason.clear()
            self.sign_off_error.setVisible(False)
            self._recorded(recorded)

        self._start()
        label = self.tr("Signing off {case}…").format(case=case_ref)
        return Operation(self._context.runner, work, label).success(signed).failure(refused).run()

    def _start(self) -> None:
        self.busy = True
        if self.desk is not None:
            self._grey(self.desk)

    def _done(self) -> None:
        self.busy = False
        if self.desk is not None:
            self._grey(self.desk)
