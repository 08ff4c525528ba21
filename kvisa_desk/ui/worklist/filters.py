"""The bar above the worklist: one search box (as you type) and the filters.

It only collects what the officer chose; `changed` fires a moment after typing stops, or at
once when a filter is picked. `filters()` is plain data, so a search can be saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.ui.widgets.icons import outcome_icon
from kvisa_desk.ui.widgets.labels import UNCHECKED, outcome_label, status_label
from kvisa_desk.ui.worklist.columns import nationality_words, officer_words
from kvisa_desk.vocab import CaseStatus

TYPING_PAUSE_MS = 150
COMBO_CHARACTERS = 10
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes, shown as "any"
FILTER_KEYS = ("status", "nationality", "outcome", "officer")


def _combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(f"filter.{name}")
    combo.setAccessibleName(accessible)
    # Narrow enough that the window fits a small screen; the list opens as wide as it needs.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)
    return combo


class WorklistFilters(QWidget):
    changed = Signal()

    def __init__(
        self,
        nationalities: list[str],
        officers: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("filter.search")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(
            self.tr("Search: case or application id, name in any script, passport, e-mail (Ctrl+F)")
        )
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.returnPressed.connect(self._now)

        self.status = _combo(self, "status", self.tr("Filter by status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status.addItem(status_label(status), status.value)
        self.nationality = _combo(self, "nationality", self.tr("Filter by nationality"))
        self.nationality.addItem(self.tr("Any nationality"), None)
        for code in nationalities:
            self.nationality.addItem(nationality_words(code), code)  # 德国（DEU） in Chinese
        self.outcome = _combo(self, "outcome", self.tr("Filter by check outcome"))
        self.outcome.addItem(self.tr("Any outcome"), None)
        for outcome in ("fail", "review", "pass"):
            self.outcome.addItem(outcome_icon(outcome), outcome_label(outcome), outcome)
        self.outcome.addItem(outcome_icon(None), outcome_label(None), UNCHECKED)
        self.officer = _combo(self, "officer", self.tr("Filter by assigned officer"))
        self.officer.addItem(self.tr("Any officer"), None)
        for username, name in officers:
            self.officer.addItem(officer_words(name), username)
        for combo in (self.status, self.nationality, self.outcome, self.officer):
            combo.currentIndexChanged.connect(self._now)

        self.received_from = self._date_box("received_from", self.tr("Received from"))
        self.received_to = self._date_box("received_to", self.tr("Received until"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the search and every filter"))
        self.clear_button.clicked.connect(self.clear)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.outcome)
        bottom = QHBoxLayout()
        bottom.addWidget(self.nationality)
        bottom.addWidget(self.officer)
        received = QLabel(self.tr("Received:"), self)
        received.setTextFormat(Qt.TextFormat.PlainText)
        received.setBuddy(self.received_from)
        bottom.addWidget(received)
        bottom.addWidget(self.received_from)
        dash = QLabel("–", self)
        dash.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(dash)
        bottom.addWidget(self.received_to)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        self._bottom = bottom
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def add_summary(self, label: QLabel) -> None:
        """How many cases are shown, at the end of the filter row."""
        self._bottom.addWidget(label)

    def _date_box(self, name: str, accessible: str) -> QDateEdit:
        box = QDateEdit(self)
        box.setObjectName(f"filter.{name}")
        box.setAccessibleName(accessible)
        box.setCalendarPopup(True)
        box.setDisplayFormat("yyyy-MM-dd")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(self.tr("any"))
        box.setDate(NO_DATE)
        box.dateChanged.connect(self._now)
        return box

    def _now(self, *_args: Any) -> None:
        self._typing.stop()
        self.changed.emit()

    def text(self) -> str:
        return self.search.text()

    @staticmethod
    def _day(box: QDateEdit) -> date | None:
        if box.date() == NO_DATE:
            return None
        value = box.date()
        return date(value.year(), value.month(), value.day())

    def filters(self) -> dict[str, Any]:
        """Everything chosen, as JSON-able data (dates as ISO text)."""
        found: dict[str, Any] = {"text": self.text()}
        for key in FILTER_KEYS:
            value = getattr(self, key).currentData()
            if value:
                found[key] = value
        for key in ("received_from", "received_to"):
            day = self._day(getattr(self, key))
            if day is not None:
                found[key] = day.isoformat()
        return found

    def query_filters(self) -> dict[str, Any]:
        """The filters as WorklistQuery takes them (without the search text)."""
        found = {k: v for k, v in self.filters().items() if k != "text"}
        for key in ("received_from", "received_to"):
            if key in found:
                found[key] = date.fromisoformat(found[key])
        return found

    def set_filters(self, values: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            self.search.setText(str(values.get("text", "")))
            for key in FILTER_KEYS:
                combo: QComboBox = getattr(self, key)
                combo.setCurrentIndex(max(combo.findData(values.get(key)), 0))
            for key in ("received_from", "received_to"):
                box: QDateEdit = getattr(self, key)
                raw = values.get(key)
                box.setDate(QDate.fromString(raw, "yyyy-MM-dd") if raw else NO_DATE)
        finally:
            self.blockSignals(False)
        self._now()

    def clear(self) -> None:
        self.set_filters({})

    def set_officers(self, officers: list[tuple[str, str]]) -> None:
        """The officers one may filter by, after accounts changed; the choice is kept while
        that officer is still listed (a filtered-out officer falls back to Any officer)."""
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        try:
            while self.officer.count() > 1:  # "Any officer" stays first
                self.officer.removeItem(1)
            for username, name in officers:
                self.officer.addItem(officer_words(name), username)  # as the column
            self.officer.setCurrentIndex(max(self.officer.findData(chosen), 0))
        finally:
            self.officer.blockSignals(False)
        if self.officer.currentData() != chosen:
            self._now()  # the list shown followed a filter that is gone
