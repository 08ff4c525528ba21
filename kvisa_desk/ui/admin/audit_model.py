"""One page of the audit trail as a table model: time (local), who did it (full name, or the
program's own actor in words), action, case, what happened (the event's sentence in the
window's language), event number.

Item views draw text literally, so recorded details with markup characters stay plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kvisa_desk.core.accounts.audit_view import AuditRow
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, code_label, language
from kvisa_desk.ui.widgets.row_table_model import SHOWN_AND_HOVERED, RowTableModel

COL_TIME = 0
COL_OFFICER = 1
COL_ACTION = 2
COL_CASE = 3
COL_SENTENCE = 4
COL_EVENT = 5

_HEADERS = (
    QT_TRANSLATE_NOOP("AuditViewer", "Time"),
    # Administrators and the program act here too, not only visa officers.
    QT_TRANSLATE_NOOP("AuditViewer", "Done by"),
    QT_TRANSLATE_NOOP("AuditViewer", "Action"),
    QT_TRANSLATE_NOOP("AuditViewer", "Case"),
    QT_TRANSLATE_NOOP("AuditViewer", "What happened"),
    QT_TRANSLATE_NOOP("AuditViewer", "Event"),
)


def local_time(row: AuditRow) -> str:
    # Stored in UTC; the officer reads the trail in the machine's own time zone.
    return row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def cell_text(row: AuditRow, column: int) -> str:
    if column == COL_TIME:
        return local_time(row)
    if column == COL_OFFICER:
        return row.done_by(language())
    if column == COL_ACTION:
        return code_label("event", row.kind)
    if column == COL_CASE:
        return row.case_ref
    if column == COL_SENTENCE:
        return row.sentence(language())  # an account it names, by full name and login
    return str(row.event_id)


class AuditModel(RowTableModel[AuditRow]):
    headers = _HEADERS
    context = "AuditViewer"
    numbers = frozenset({COL_EVENT})
    text_roles = SHOWN_AND_HOVERED

    def text(self, row: AuditRow, column: int) -> str:
        return cell_text(row, column)


def details_text(row: AuditRow) -> str:
    """The selected event: when and what happened as a sentence, then its recorded details,
    one `Name: value` a line, codes read as their labels; an event recorded without details
    says so, so the pane never reads as if nothing were selected."""
    words = language()
    colon = "：" if words == "zh" else ": "
    lines = [f"{name}{colon}{value}" for name, value in row.details_in_words(words)]
    if not lines:
        lines = [QCoreApplication.translate("AuditViewer", "No further details were recorded.")]
    return "\n".join([f"{local_time(row)}  {row.sentence(words)}", "", *lines])
