"""The results of a case's latest check as a table: one row per rule and subject.

The model holds no database code: the Checks tab gives it a CheckReport with `set_report`.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvisa_desk.core.checks.report import CheckReport, ResultLine
from kvisa_desk.ui.widgets.icons import icon, outcome_icon
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, outcome_label, subject_label, text_of

AnyIndex = QModelIndex | QPersistentModelIndex

COL_OUTCOME = 0
COL_RULE = 1
COL_SUBJECT = 2
COL_FINDING = 3
COL_OVERRIDE = 4
COL_SOURCE = 5
COL_ASSUMPTION = 6

_HEADERS = {
    COL_OUTCOME: QT_TRANSLATE_NOOP("CheckResultsModel", "Outcome"),
    COL_RULE: QT_TRANSLATE_NOOP("CheckResultsModel", "Rule"),
    COL_SUBJECT: QT_TRANSLATE_NOOP("CheckResultsModel", "About"),
    COL_FINDING: QT_TRANSLATE_NOOP("CheckResultsModel", "Finding"),
    COL_OVERRIDE: QT_TRANSLATE_NOOP("CheckResultsModel", "Officer's override"),
    COL_SOURCE: QT_TRANSLATE_NOOP("CheckResultsModel", "Source"),
    COL_ASSUMPTION: QT_TRANSLATE_NOOP("CheckResultsModel", "Basis"),
}
COLUMN_COUNT = len(_HEADERS)

ResultLineRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckResultsModel", text)


def prefers_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def rule_title(line: ResultLine) -> str:
    return line.title_zh if prefers_chinese() else line.title_en


def outcome_text(line: ResultLine) -> str:
    """`Pass`, or `Pass (found: Review)` when an officer overrode the rule's finding."""
    shown = outcome_label(line.effective_outcome)
    if line.overridden and line.outcome != line.effective_outcome:
        return _tr("{outcome} (rule found: {found})").format(
            outcome=shown, found=outcome_label(line.outcome)
        )
    return shown


def override_text(line: ResultLine) -> str:
    note = line.override
    if note is None:
        return ""
    return _tr("Set to {outcome} by {officer}, {when}: “{reason}”").format(
        outcome=outcome_label(note.to_outcome),
        officer=note.officer,
        when=text_of(note.at),
        reason=note.reason,
    )


_SUBJECT_IN_TEXT = re.compile(r"\b(?:education|employment)\[\d+\]")


def readable(message: str) -> str:
    """A rule's message with `education[1]` written as the tab shows it: `Degree 2`."""
    return _SUBJECT_IN_TEXT.sub(lambda m: subject_label(m.group(0)), message)


def basis_text(line: ResultLine) -> str:
    return _tr("ASSUMPTION") if line.assumption else _tr("Published rule")


class CheckResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ResultLine] = []

    def set_report(self, report: CheckReport | None) -> None:
        self.beginResetModel()
        # The whole case first, then each degree's and post's parts; rule order within.
        lines = list(report.lines) if report is not None else []
        self._lines = sorted(lines, key=lambda line: line.is_part)
        self.endResetModel()

    def line_at(self, row: int) -> ResultLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, rule_id: str, subject: str | None) -> int:
        for row, line in enumerate(self._lines):
            if line.rule_id == rule_id and line.subject == subject:
                return row
        return -1

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.line_at(index.row())
        if line is None:
            return None
        column = index.column()
        if role == ResultLineRole:
            return line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_OUTCOME:
                return outcome_icon(line.effective_outcome)
            if column == COL_ASSUMPTION and line.assumption:
                return icon("assumption")
            if column == COL_OVERRIDE and line.overridden:
                return icon("override")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(line, column)
        return None

    def _text(self, line: ResultLine, column: int) -> str:
        if column == COL_OUTCOME:
            return outcome_text(line)
        if column == COL_RULE:
            return f"{line.rule_id} · {rule_title(line)}"
        if column == COL_SUBJECT:
            return subject_label(line.subject)
        if column == COL_FINDING:
            return readable(line.message)
        if column == COL_OVERRIDE:
            return override_text(line)
        if column == COL_SOURCE:
            return line.source
        return basis_text(line)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        label = _HEADERS.get(section)
        return _tr(label) if label else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
