"""The results of a case's latest check as a table: one row per rule and subject.

The model holds no database code: the Checks tab gives it a CheckReport with `set_report`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from kvisa_desk.core.checks.report import CheckReport, ResultLine
from kvisa_desk.rules.findings import Language
from kvisa_desk.ui.widgets.icons import icon, outcome_icon
from kvisa_desk.ui.widgets.labels import (
    QT_TRANSLATE_NOOP,
    outcome_label,
    subject_label,
    text_of,
    who,
)
from kvisa_desk.ui.widgets.row_table_model import RowTableModel

COL_OUTCOME = 0
COL_RULE = 1
COL_SUBJECT = 2
COL_FINDING = 3
COL_OVERRIDE = 4
COL_SOURCE = 5
COL_ASSUMPTION = 6

_HEADERS = (  # in column order, COL_OUTCOME first
    QT_TRANSLATE_NOOP("CheckResultsModel", "Outcome"),
    QT_TRANSLATE_NOOP("CheckResultsModel", "Rule"),
    QT_TRANSLATE_NOOP("CheckResultsModel", "About"),
    QT_TRANSLATE_NOOP("CheckResultsModel", "Finding"),
    QT_TRANSLATE_NOOP("CheckResultsModel", "Officer's override"),
    QT_TRANSLATE_NOOP("CheckResultsModel", "Source"),
    QT_TRANSLATE_NOOP("CheckResultsModel", "Basis"),
)
COLUMN_COUNT = len(_HEADERS)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckResultsModel", text)


def prefers_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def reader_language() -> Language:
    """The language findings are rendered in: the window's."""
    return "zh" if prefers_chinese() else "en"


def finding_text(line: ResultLine) -> str:
    """The finding in the window's language; a revision-1 run's stored English as it was."""
    shown = line.shown(reader_language())
    return shown.finding if shown.translated else readable(shown.finding)


def source_text(line: ResultLine) -> str:
    return line.shown(reader_language()).source


def predates_translation(report: CheckReport) -> bool:
    """A run stored before findings were templates (revision 1): shown in its English."""
    return any(not line.finding for line in report.lines)


def rule_title(line: ResultLine) -> str:
    return line.title_zh if prefers_chinese() else line.title_en


def outcome_text(line: ResultLine) -> str:
    """`Pass`, or `Pass (found: Review)` when an officer overrode the rule's finding."""
    shown = outcome_label(line.effective_outcome)
    if (line.overridden or line.carried_by) and line.outcome != line.effective_outcome:
        return _tr("{outcome} (rule found: {found})").format(
            outcome=shown, found=outcome_label(line.outcome)
        )
    return shown


def override_text(line: ResultLine) -> str:
    note = line.override
    if note is None and line.carried_by:
        return carried_text(line)
    if note is None:
        return ""
    return _tr("Set to {outcome} by {officer}, {when}: “{reason}”").format(
        outcome=outcome_label(note.to_outcome),
        officer=who(note.officer, note.officer_name),
        when=text_of(note.at),
        reason=note.reason,
    )


def carried_text(line: ResultLine) -> str:
    """K-RTE-01 under rules revision 2: the parts' overrides that made its outcome."""
    return _tr("Carried by the override of {overrides}").format(
        overrides="; ".join(
            _tr("{rule} ({about}) by {officer}: “{reason}”").format(
                rule=note.rule_id,
                about=subject_label(note.subject),
                officer=who(note.officer, note.officer_name),
                reason=note.reason,
            )
            for note in line.carried_by
        )
    )


_SUBJECT_IN_TEXT = re.compile(r"\b(?:education|employment)\[\d+\]")


def readable(message: str) -> str:
    """A rule's message with `education[1]` written as the tab shows it: `Degree 2`."""
    return _SUBJECT_IN_TEXT.sub(lambda m: subject_label(m.group(0)), message)


def basis_text(line: ResultLine) -> str:
    return _tr("ASSUMPTION") if line.assumption else _tr("Published rule")


class CheckResultsModel(RowTableModel[ResultLine]):
    headers = _HEADERS
    context = "CheckResultsModel"

    def set_report(self, report: CheckReport | None) -> None:
        self.set_rows(report.lines if report is not None else [])

    def set_rows(self, rows: Iterable[ResultLine]) -> None:
        # The whole case first, then each degree's and post's parts; rule order within.
        super().set_rows(sorted(rows, key=lambda line: line.is_part))

    def row_of(self, rule_id: str, subject: str | None) -> int:
        for row, line in enumerate(self._rows):
            if line.rule_id == rule_id and line.subject == subject:
                return row
        return -1

    def cell(self, row: ResultLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_OUTCOME:
                return outcome_icon(row.effective_outcome)
            if column == COL_ASSUMPTION and row.assumption:
                return icon("assumption")
            if column == COL_OVERRIDE and row.overridden:
                return icon("override")
        return None

    def text(self, row: ResultLine, column: int) -> str:
        if column == COL_OUTCOME:
            return outcome_text(row)
        if column == COL_RULE:
            return f"{row.rule_id} · {rule_title(row)}"
        if column == COL_SUBJECT:
            return subject_label(row.subject)
        if column == COL_FINDING:
            return finding_text(row)
        if column == COL_OVERRIDE:
            return override_text(row)
        if column == COL_SOURCE:
            return source_text(row)
        return basis_text(row)
