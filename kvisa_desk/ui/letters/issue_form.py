"""The small form under the letters list: which letter to issue, in which language, and for
an interview invitation its date, time and place; optionally as a correction."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kvisa_desk.pdf.model import LANGUAGES, LETTER_KINDS
from kvisa_desk.ui.decisions.form import caption
from kvisa_desk.ui.decisions.texts import kind_label, language_label


def _select(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class LetterIssueForm(QGroupBox):
    issue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Issue a letter"), parent)
        self.setObjectName("letters.issue_form")
        self.kind = QComboBox(self)
        self.kind.setObjectName("letters.kind")
        self.kind.setAccessibleName(self.tr("Kind of letter"))
        for code in LETTER_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language = QComboBox(self)
        self.language.setObjectName("letters.language")
        self.language.setAccessibleName(self.tr("Language of the letter"))
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.interview_at = QDateTimeEdit(self)
        self.interview_at.setObjectName("letters.interview_at")
        self.interview_at.setAccessibleName(self.tr("Interview date and time"))
        self.interview_at.setCalendarPopup(True)
        self.interview_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        tomorrow = QDateTime.currentDateTime().addDays(7)
        self.interview_at.setDateTime(QDateTime(tomorrow.date(), QTime(10, 0)))
        self.place = QLineEdit(self)
        self.place.setObjectName("letters.interview_place")
        self.place.setAccessibleName(self.tr("Interview place"))
        self.place.setPlaceholderText(self.tr("Where the applicant should come"))
        self.correction = QCheckBox(self.tr("As a &correction of the selected letter"), self)
        self.correction.setObjectName("letters.correction")
        self.issue_button = QPushButton(self.tr("&Issue letter"), self)
        self.issue_button.setObjectName("letters.issue")
        self.issue_button.setToolTip(self.tr("Ctrl+Enter"))
        self.issue_button.clicked.connect(self.issue_requested)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.issue_requested)

        self.interview_row = QWidget(self)
        row = QHBoxLayout(self.interview_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.interview_at)
        row.addWidget(self.place, 1)
        form = QFormLayout(self)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.language, 1)
        form.addRow(caption(self.tr("&Letter:"), self.kind), kind_row)
        form.addRow(caption(self.tr("Inter&view:"), self.interview_at), self.interview_row)
        last = QHBoxLayout()
        last.addWidget(self.correction, 1)
        last.addWidget(self.issue_button)
        form.addRow(last)
        self._kind_changed()

    def set_defaults(self, kind: str, language: str) -> None:
        """The kind the decision in effect calls for and the post's language."""
        _select(self.kind, kind)
        _select(self.language, language)

    def set_interview(self, at: datetime, place: str) -> None:
        """The interview recorded with the decision, so it is not typed twice."""
        self.interview_at.setDateTime(QDateTime(at))
        self.place.setText(place)

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def interview(self) -> tuple[datetime, str] | None:
        if self.chosen_kind() != "interview":
            return None
        at = self.interview_at.dateTime().toPython()
        assert isinstance(at, datetime)
        return at.replace(second=0, microsecond=0), self.place.text()

    def _kind_changed(self) -> None:
        self.interview_row.setEnabled(self.chosen_kind() == "interview")
