"""One page of the audit trail as a table model: time (local), officer, action, case, details.

Item views draw text literally, so recorded details with markup characters stay plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvisa_desk.core.accounts.audit_view import AuditRow
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, code_label

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1

COL_TIME = 0
COL_OFFICER = 1
COL_ACTION = 2
COL_CASE = 3
COL_DETAILS = 4
COL_EVENT = 5

_HEADERS = (
    QT_TRANSLATE_NOOP("AuditViewer", "Time"),
    QT_TRANSLATE_NOOP("AuditViewer", "Officer"),
    QT_TRANSLATE_NOOP("AuditViewer", "Action"),
    QT_TRANSLATE_NOOP("AuditViewer", "Case"),
    QT_TRANSLATE_NOOP("AuditViewer", "Details"),
    QT_TRANSLATE_NOOP("AuditViewer", "Event"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditViewer", text)


def local_time(row: AuditRow) -> str:
    # Stored in UTC; the officer reads the trail in the machine's own time zone.
    return row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def cell_text(row: AuditRow, column: int) -> str:
    if column == COL_TIME:
        return local_time(row)
    if column == COL_OFFICER:
        return row.officer
    if column == COL_ACTION:
        return code_label("event", row.kind)
    if column == COL_CASE:
        return row.case_ref
    if column == COL_DETAILS:
        return row.details_text
    return str(row.event_id)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(_HEADERS):
            return None
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_EVENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _tr(_HEADERS[section]) if 0 <= section < len(_HEADERS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
