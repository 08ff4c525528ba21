"""The worklist as a paged table model: only the pages the view asks for are ever fetched.

The model holds no database code. It is given a `fetch(offset, limit)` function that returns
one page of CaseRow and a `count()` function, keeps the most recently used pages, and fetches
a page when `data()` needs a row it does not hold, so a million cases cost one page at a time.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvisa_desk.core.cases import CaseRow
from kvisa_desk.ui.labels import QT_TRANSLATE_NOOP, applicant_name, status_label, text_of

FetchPage = Callable[[int, int], list[CaseRow]]
CountRows = Callable[[], int]
AnyIndex = QModelIndex | QPersistentModelIndex

COL_CASE_ID = 0
COL_APPLICANT = 1
COL_NATIVE_NAME = 2
COL_NATIONALITY = 3
COL_STATUS = 4
COL_RECEIVED = 5

_HEADERS = {
    COL_CASE_ID: QT_TRANSLATE_NOOP("WorklistModel", "Case"),
    COL_APPLICANT: QT_TRANSLATE_NOOP("WorklistModel", "Applicant"),
    COL_NATIVE_NAME: QT_TRANSLATE_NOOP("WorklistModel", "Native name"),
    COL_NATIONALITY: QT_TRANSLATE_NOOP("WorklistModel", "Nationality"),
    COL_STATUS: QT_TRANSLATE_NOOP("WorklistModel", "Status"),
    COL_RECEIVED: QT_TRANSLATE_NOOP("WorklistModel", "Received"),
}
COLUMN_COUNT = len(_HEADERS)

# The case's database id, for opening it; the text columns stay display-only.
CaseIdRole = Qt.ItemDataRole.UserRole + 1

PAGE_SIZE = 200
MAX_PAGES = 20


def _cell_text(row: CaseRow, column: int) -> str:
    if column == COL_CASE_ID:
        return row.case_ref
    if column == COL_APPLICANT:
        return applicant_name(row.surname, row.given_names)
    if column == COL_NATIVE_NAME:
        return row.native_name or ""
    if column == COL_NATIONALITY:
        return row.nationality
    if column == COL_STATUS:
        return status_label(row.status)
    return text_of(row.received_at)


class WorklistModel(QAbstractTableModel):
    def __init__(
        self,
        fetch: FetchPage,
        count: CountRows,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._count = count
        self._page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._rows = count()

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, CaseIdRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == CaseIdRole:
            return row.case_id
        return _cell_text(row, index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            label = _HEADERS.get(section)
            return QCoreApplication.translate("WorklistModel", label) if label else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # Worklist operations

    def row_at(self, row: int) -> CaseRow | None:
        """The case on a row, fetching its page if needed; None past the end."""
        if not 0 <= row < self._rows:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def case_id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.case_id if found is not None else None

    def refresh(self) -> None:
        """Forget every held page and count again (after an import or another officer's work)."""
        self.beginResetModel()
        self._pages.clear()
        self._rows = self._count()
        self.endResetModel()

    @property
    def loaded_pages(self) -> list[int]:
        """Page numbers held, least recently used first."""
        return list(self._pages)

    def _page(self, number: int) -> list[CaseRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._fetch(number * self._page_size, self._page_size)
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page
