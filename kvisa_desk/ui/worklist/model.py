"""The worklist as a paged table model: only the pages the view shows are ever fetched, and
while the officer reads down page after page, the next one, when the window is idle.

The model holds no database code. It is given `fetch(offset, limit, after)`, returning one
page of WorklistRow (`after` is the last row of the page before, when the model holds it,
so the query can read by key instead of skipping rows), and `count()`. It keeps the most
recently used pages. Given `fetch_near(offset, limit, (row number, row))` as well, a jump
counts from the nearest held row before it rather than from the top. Sorting asks
`on_sort(key, descending)` to change the query, then starts again from the top.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont

from kvisa_desk.core.cases.worklist import WorklistRow
from kvisa_desk.ui.widgets.icons import outcome_icon
from kvisa_desk.ui.widgets.row_table_model import TEXT_ROLES, AnyIndex, RowRole, RowTableModel
from kvisa_desk.ui.worklist.columns import ALIGN_NUMBER, COL_DAYS_OPEN, COL_OUTCOME, COLUMNS

FetchPage = Callable[[int, int, WorklistRow | None], list[WorklistRow]]
CountRows = Callable[[], int]
SortBy = Callable[[str, bool], None]  # (column key, descending)
# A page read counting from a held row (its row number and the row) before it.
FetchNear = Callable[[int, int, tuple[int, WorklistRow]], list[WorklistRow]]

# The case's database id, for opening it; the text columns stay display-only.
CaseIdRole = RowRole + 1

PAGE_SIZE = 200
MAX_PAGES = 20
OVERDUE_BACKGROUND = QColor("#fde0dc")
OVERDUE_TEXT = QColor("#8c1d18")
LEFT_TEXT = QColor("#6b6b6b")  # a row that left the list: readable, but clearly set apart
# A repaint asks every visible cell for about eight roles: plain ints answer those fastest.
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ANSWERED = TEXT_ROLES | {
    _DECORATION,
    _ALIGNMENT,
    _BACKGROUND,
    _FOREGROUND,
    _FONT,
    CaseIdRole,
    RowRole,
}
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_NUMERIC = frozenset(number for number, column in enumerate(COLUMNS) if column.numeric)


class WorklistModel(RowTableModel[WorklistRow]):
    """Read a page at a time: `rowCount` and `row_at` are its own, and `data` answers from
    the texts of each held row, made once."""

    headers = tuple(column.header for column in COLUMNS)
    context = "WorklistModel"
    numbers = _NUMERIC

    def __init__(
        self,
        fetch: FetchPage,
        count: CountRows,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        parent: QObject | None = None,
        on_sort: SortBy | None = None,
        fetch_near: FetchNear | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._fetch_near = fetch_near
        self._count = count
        self._on_sort = on_sort
        self._page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[WorklistRow]] = OrderedDict()
        # Each held row and its cell texts, made once when first painted (by row number).
        self._cells: dict[int, tuple[WorklistRow, tuple[str, ...]]] = {}
        self._generation = 0
        self._unread: set[int] = set()  # pages read ahead that no one has looked at yet
        # Cases whose rows no longer match the list's queue and filters after a write: shown
        # dimmed, in italics, where they were, until the list is read again (F5).
        self._left: set[int] = set()
        self._total = count()
        self.fetches = 0  # how many pages were read (the tests and benchmarks look)

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.row()
        cell = self._cells.get(number)
        if cell is None:
            row = self.row_at(number)
            if row is None:
                return None
            cell = self._cells[number] = (row, tuple(c.text(row) for c in COLUMNS))
        row, texts = cell
        column = index.column()
        if row.case_id in self._left:
            if role == _TOOLTIP:
                return self.tr("No longer in this list after a change: F5 reads the list again")
            if role == _FOREGROUND:
                return QBrush(LEFT_TEXT)
            if role == _FONT:
                font = QFont()
                font.setItalic(True)
                return font
        if role in TEXT_ROLES:
            return texts[column]
        if role == CaseIdRole:
            return row.case_id
        if role == RowRole:
            return row
        if role == _DECORATION and column == COL_OUTCOME:
            return outcome_icon(row.outcome)
        if role == _ALIGNMENT and column in _NUMERIC:
            return int(ALIGN_NUMBER.value)
        if row.overdue and column == COL_DAYS_OPEN:
            if role == _BACKGROUND:
                return QBrush(OVERDUE_BACKGROUND)
            if role == _FOREGROUND:
                return QBrush(OVERDUE_TEXT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return int(ALIGN_NUMBER.value)
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._on_sort is None or not 0 <= column < len(COLUMNS):
            return
        self._on_sort(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    # Worklist operations

    def row_at(self, row: int) -> WorklistRow | None:
        """The case on a row, fetching its page if needed; None past the end."""
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def case_id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.case_id if found is not None else None

    def row_of_case(self, case_id: int) -> int:
        """The row of a case among the pages held; -1 if not held."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.case_id == case_id:
                    return number * self._page_size + offset
        return -1

    def held_case_ids(self) -> set[int]:
        """The cases on the pages held (the only rows a change can make stale)."""
        return {row.case_id for page in self._pages.values() for row in page}

    def replace_rows(self, rows: list[WorklistRow], left: Collection[int] = ()) -> int:
        """Show these rows, read again after a write, where their cases are held: the rows
        stay where they are (no reset: selection and scroll are kept); returns how many.
        `left`: those of them that no longer match the list's queue and filters."""
        fresh = {row.case_id: row for row in rows}
        if not fresh:
            return 0
        marked = {case_id for case_id in fresh if (case_id in left) != (case_id in self._left)}
        self._left.difference_update(fresh)
        self._left.update(case_id for case_id in left if case_id in fresh)
        replaced = 0
        last = len(COLUMNS) - 1
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                new = fresh.get(row.case_id)
                if new is None or (new == row and row.case_id not in marked):
                    continue
                # Its place in the order read stays: the next page is read after the same key.
                page[offset] = replace(new, sort_key=row.sort_key)
                at = number * self._page_size + offset
                self._cells.pop(at, None)
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
                replaced += 1
        return replaced

    def refresh(self) -> None:
        """Forget every held page and count again (after an import or another officer's work)."""
        self.beginResetModel()
        self._generation += 1  # pages read ahead for the old rows are not wanted
        self._pages.clear()
        self._cells.clear()
        self._unread.clear()
        self._left.clear()
        self._total = self._count()
        self.endResetModel()

    @property
    def loaded_pages(self) -> list[int]:
        """Page numbers held, least recently used first."""
        return list(self._pages)

    def _page(self, number: int, ahead: bool = False) -> list[WorklistRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            if number in self._unread:  # read ahead and now reached: read on ahead
                self._unread.discard(number)
                self._ask_ahead(number + 1)
            return page
        before = self._pages.get(number - 1)
        after = before[-1] if before and len(before) == self._page_size else None
        near = self._near(number) if after is None else None
        if near is not None and self._fetch_near is not None:
            page = self._fetch_near(number * self._page_size, self._page_size, near)
        else:
            page = self._fetch(number * self._page_size, self._page_size, after)
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            dropped, _rows = self._pages.popitem(last=False)
            first = dropped * self._page_size
            for row in range(first, first + self._page_size):
                self._cells.pop(row, None)
            self._unread.discard(dropped)
        if ahead:
            self._unread.add(number)
        elif after is not None:
            # Read page after page: the next is read while the window is idle, so the
            # officer's next step down only paints.
            self._ask_ahead(number + 1)
        return page

    def _near(self, number: int) -> tuple[int, WorklistRow] | None:
        """The last row of the nearest whole page held before page NUMBER, and its row number:
        a jump counts on from it instead of from the top."""
        held = [n for n, rows in self._pages.items() if n < number and len(rows) == self._page_size]
        if not held:
            return None
        nearest = max(held)
        return nearest * self._page_size + self._page_size - 1, self._pages[nearest][-1]

    def _ask_ahead(self, number: int) -> None:
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._read_ahead(number, generation))

    def _read_ahead(self, number: int, generation: int) -> None:
        held = number in self._pages
        if generation == self._generation and not held and number * self._page_size < self._total:
            self._page(number, ahead=True)
