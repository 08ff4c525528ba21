"""The one base of the window's read-only tables: one object per row, columns named by
constants, headers translated when shown, and the row itself under RowRole.

A model says which headers it has (source texts and their translation context) and what a
cell shows (`text`, and `cell` for any other role); the base answers Qt's model interface.
Item views draw text literally, so values with markup characters stay plain text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

RowRole = Qt.ItemDataRole.UserRole + 1  # the row's object, for the view that acts on it
# The roles a cell answers with its text: what is shown, hovered and read aloud.
TEXT_ROLES = frozenset(
    role.value
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)
SHOWN_AND_HOVERED = frozenset(
    role.value for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
)
ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows given whole with `set_rows`; read, never edited in place. A model that reads its
    rows a page at a time (the worklist) overrides `rowCount` and `row_at` instead."""

    headers: ClassVar[Sequence[str]] = ()  # source texts, translated when shown
    context: ClassVar[str] = ""  # their translation context
    numbers: ClassVar[frozenset[int]] = frozenset()  # columns of numbers: right-aligned
    text_roles: ClassVar[frozenset[int]] = TEXT_ROLES  # the roles answered with `text`

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    # What a model says about its cells

    def text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """Any other role of a cell (icons, colours); None by default."""
        return None

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        column = index.column()
        if row is None or not 0 <= column < len(self.headers):
            return None
        if role in self.text_roles:
            return self.text(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numbers:
            return int(ALIGN_NUMBER.value)
        return self.cell(row, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.headers):
            return None
        return QCoreApplication.translate(self.context, self.headers[section])

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
