"""The form an officer records a recommendation with: approve, refuse or request documents;
grounds ticked from the latest check results; reasoning (warned live when it is only stock
phrases); the visa terms of an approval (no defaults); the reply-by date of a request.

It only gathers and shows; the Decision tab sends what it gathered to core, which decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.decisions.decisions import reasoning_warnings
from kvisa_desk.core.decisions.desk import DecisionDesk, GroundChoice
from kvisa_desk.pdf.model import ENTRIES
from kvisa_desk.ui.checks.model import readable
from kvisa_desk.ui.decisions.texts import (
    entries_label,
    finding_words,
    recommendation_label,
    warning_words,
)
from kvisa_desk.ui.widgets.icons import outcome_icon
from kvisa_desk.ui.widgets.labels import outcome_label, subject_label

MAX_DAYS = 3650  # ten years: far beyond any K visa, only a guard against a slipped key
SPEC_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Recommendation:
    """What the officer entered, as `core.decisions.recommend` takes it."""

    recommendation: str
    grounds: tuple[str, ...]
    reasoning: str
    entries: str | None
    validity_days: int | None
    stay_days: int | None
    reply_by: date | None
    documents: tuple[str, ...]
    interview: tuple[datetime, str] | None = None  # with a request: when and where


def _days_box(parent: QWidget, name: str, accessible: str, suffix: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setRange(0, MAX_DAYS)
    box.setSpecialValueText("—")  # 0 means "not entered": there is no default to fall back on
    box.setSuffix(suffix)
    return box


def caption(text: str, buddy: QWidget) -> QLabel:
    """A field's caption: plain text, its mnemonic moving the focus to the field."""
    label = QLabel(buddy.parentWidget())
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setBuddy(buddy)
    return label


class RecommendForm(QGroupBox):
    submitted = Signal(object)  # a Recommendation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recommend"), parent)
        self.setObjectName("decision.form")
        self.kinds = QButtonGroup(self)
        kind_row = QHBoxLayout()
        self.kind_buttons: dict[str, QRadioButton] = {}
        for code, text in (
            ("approve", self.tr("&Approve")),
            ("refuse", self.tr("Re&fuse")),
            ("request-documents", self.tr("Re&quest documents")),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"decision.kind.{code}")
            button.setAccessibleName(recommendation_label(code))
            self.kinds.addButton(button)
            self.kind_buttons[code] = button
            kind_row.addWidget(button)
            button.toggled.connect(self._kind_changed)
        kind_row.addStretch(1)

        self.run_line = QLabel(self)
        self.run_line.setTextFormat(Qt.TextFormat.PlainText)
        self.run_line.setWordWrap(True)
        self.grounds = QListWidget(self)
        self.grounds.setObjectName("decision.grounds")
        self.grounds.setAccessibleName(self.tr("Grounds from the latest check results"))
        self.grounds.setWordWrap(True)
        self.reasoning = QPlainTextEdit(self)
        self.reasoning.setObjectName("decision.reasoning")
        self.reasoning.setAccessibleName(self.tr("Reasoning"))
        self.reasoning.setPlaceholderText(
            self.tr("What in this case leads to the recommendation: facts, documents, results.")
        )
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setFixedHeight(self.reasoning.fontMetrics().lineSpacing() * 4 + 12)
        self.reasoning.textChanged.connect(self._show_warnings)
        self.warning = self._note("decision.reasoning_warning", "#8a4b00")

        self.entries = QComboBox(self)
        self.entries.setObjectName("decision.entries")
        self.entries.setAccessibleName(self.tr("Entries"))
        self.entries.addItem(self.tr("— choose —"), None)
        for code in ENTRIES:
            self.entries.addItem(entries_label(code), code)
        days = self.tr(" days")
        self.validity = _days_box(self, "decision.validity_days", self.tr("Validity"), days)
        self.stay = _days_box(self, "decision.stay_days", self.tr("Duration of each stay"), days)
        self.reply_by = QDateEdit(self)
        self.reply_by.setObjectName("decision.reply_by")
        self.reply_by.setAccessibleName(self.tr("Reply by"))
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat("yyyy-MM-dd")
        self.documents = QLineEdit(self)
        self.documents.setObjectName("decision.documents")
        self.documents.setAccessibleName(self.tr("Documents to request"))
        self.documents.setPlaceholderText(self.tr("Blank: the documents the checks found missing"))
        self.terms_box = QWidget(self)
        terms = QFormLayout(self.terms_box)
        terms.setContentsMargins(0, 0, 0, 0)
        terms.addRow(caption(self.tr("&Entries:"), self.entries), self.entries)
        terms.addRow(caption(self.tr("&Validity:"), self.validity), self.validity)
        terms.addRow(caption(self.tr("&Stay:"), self.stay), self.stay)
        self.request_box = QWidget(self)
        request = QFormLayout(self.request_box)
        request.setContentsMargins(0, 0, 0, 0)
        request.addRow(caption(self.tr("Reply &by:"), self.reply_by), self.reply_by)
        request.addRow(caption(self.tr("&Documents:"), self.documents), self.documents)
        self.interview = QCheckBox(self.tr("Also invite to an &interview:"), self)
        self.interview.setObjectName("decision.interview")
        self.interview_at = QDateTimeEdit(self)
        self.interview_at.setObjectName("decision.interview_at")
        self.interview_at.setAccessibleName(self.tr("Interview date and time"))
        self.interview_at.setCalendarPopup(True)
        self.interview_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        week = QDateTime.currentDateTime().addDays(7)
        self.interview_at.setDateTime(QDateTime(week.date(), QTime(10, 0)))
        self.interview_place = QLineEdit(self)
        self.interview_place.setObjectName("decision.interview_place")
        self.interview_place.setAccessibleName(self.tr("Interview place"))
        self.interview_place.setPlaceholderText(self.tr("Where the applicant should come"))
        for part in (self.interview_at, self.interview_place):
            part.setEnabled(False)
            self.interview.toggled.connect(part.setEnabled)
        meeting = QHBoxLayout()
        meeting.addWidget(self.interview_at)
        meeting.addWidget(self.interview_place, 1)
        request.addRow(self.interview, meeting)

        self.error = self._note("decision.error", "#b3261e")
        self.submit_button = QPushButton(self.tr("&Record recommendation"), self)
        self.submit_button.setObjectName("decision.submit")
        self.submit_button.setToolTip(self.tr("Ctrl+Enter"))
        self.submit_button.clicked.connect(self.submit)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addWidget(self.run_line)
        layout.addWidget(self.grounds, 1)
        layout.addWidget(caption(self.tr("Reasoning:"), self.reasoning))
        layout.addWidget(self.reasoning)
        layout.addWidget(self.warning)
        layout.addWidget(self.terms_box)
        layout.addWidget(self.request_box)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        self.set_reply_by_days(30)
        self._kind_changed()

    def _note(self, name: str, colour: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour}")
        label.setVisible(False)
        return label

    # Filling

    def set_choices(
        self, choices: tuple[GroundChoice, ...], run_text: str, desk: DecisionDesk | None = None
    ) -> None:
        """The latest run's results, failing and review first; ticks survive where they can.
        Findings read in the window's language (DESK has them from the run's templates)."""
        ticked = set(self.chosen_grounds())
        order = {"fail": 0, "review": 1, "pass": 2}
        self.grounds.clear()
        for choice in sorted(choices, key=lambda c: (order.get(c.effective_outcome, 3), c.spec)):
            outcome = outcome_label(choice.effective_outcome)
            if choice.effective_outcome != choice.outcome:
                outcome = self.tr("{now} (overridden from {was})").format(
                    now=outcome, was=outcome_label(choice.outcome)
                )
            subject = "" if choice.subject is None else f" · {subject_label(choice.subject)}"
            finding = finding_words(desk, desk.run_id, choice) if desk else readable(choice.message)
            item = QListWidgetItem(
                outcome_icon(choice.effective_outcome),
                f"{choice.rule_id}{subject} · {outcome} · {finding}",
            )
            item.setData(SPEC_ROLE, choice.spec)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.spec in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.grounds.addItem(item)
        self.run_line.setText(run_text)

    def set_reply_by_days(self, days: int) -> None:
        day = date.today() + timedelta(days=days)
        self.reply_by.setMinimumDate(QDate.currentDate().addDays(1))
        self.reply_by.setDate(QDate(day.year, day.month, day.day))

    def tick(self, *specs: str) -> None:
        wanted = set(specs)
        for row in range(self.grounds.count()):
            item = self.grounds.item(row)
            if item.data(SPEC_ROLE) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def choose(self, recommendation: str) -> None:
        self.kind_buttons[recommendation].setChecked(True)

    # Reading

    def chosen_kind(self) -> str | None:
        for code, button in self.kind_buttons.items():
            if button.isChecked():
                return code
        return None

    def chosen_grounds(self) -> list[str]:
        return [
            str(self.grounds.item(row).data(SPEC_ROLE))
            for row in range(self.grounds.count())
            if self.grounds.item(row).checkState() == Qt.CheckState.Checked
        ]

    def gathered(self) -> Recommendation | None:
        """What the officer entered, or None (with the reason shown) when it cannot be sent."""
        kind = self.chosen_kind()
        if kind is None:
            self.show_error(self.tr("Choose approve, refuse or request documents."))
            return None
        approve = kind == "approve"
        request = kind == "request-documents"
        reply = self.reply_by.date().toPython() if request else None
        documents = [d.strip() for d in self.documents.text().split(",") if d.strip()]
        return Recommendation(
            recommendation=kind,
            grounds=tuple(self.chosen_grounds()),
            reasoning=self.reasoning.toPlainText(),
            entries=self.entries.currentData() if approve else None,
            validity_days=(self.validity.value() or None) if approve else None,
            stay_days=(self.stay.value() or None) if approve else None,
            reply_by=reply if isinstance(reply, date) else None,
            documents=tuple(documents) if request else (),
            interview=self._interview() if request else None,
        )

    def _interview(self) -> tuple[datetime, str] | None:
        if not self.interview.isChecked():
            return None
        at = self.interview_at.dateTime().toPython()
        assert isinstance(at, datetime)
        return at.replace(second=0, microsecond=0), self.interview_place.text()

    def submit(self) -> None:
        if not self.isEnabled():
            return
        gathered = self.gathered()
        if gathered is not None:
            self.submitted.emit(gathered)

    # Showing

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear(self) -> None:
        """After a recommendation was recorded: an empty form for the next one."""
        self.kinds.setExclusive(False)
        for button in self.kind_buttons.values():
            button.setChecked(False)
        self.kinds.setExclusive(True)
        self.reasoning.clear()
        self.entries.setCurrentIndex(0)
        self.validity.setValue(0)
        self.stay.setValue(0)
        self.documents.clear()
        self.interview.setChecked(False)
        self.interview_place.clear()
        for row in range(self.grounds.count()):
            self.grounds.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.show_error("")
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        self.terms_box.setVisible(kind == "approve")
        self.request_box.setVisible(kind == "request-documents")
        self.show_error("")

    def _show_warnings(self) -> None:
        # Core's own test of the text, so the form warns exactly when the record will.
        warnings = reasoning_warnings(self.reasoning.toPlainText())
        self.warning.setText(
            "\n".join(self.tr("Warning: {text}").format(text=warning_words(w)) for w in warnings)
        )
        self.warning.setVisible(bool(warnings))
