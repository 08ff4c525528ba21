"""The table of a run's results, as the Checks tab and the past runs show it: its columns
share the width it has (no horizontal scrolling), the Finding column takes what the others
leave, every row is as tall as its text, and it scrolls a whole row at a time, so nothing is
cut short."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from kvisa_desk.ui.checks.model import (
    COL_ASSUMPTION,
    COL_FINDING,
    COL_OUTCOME,
    COL_OVERRIDE,
    COL_RULE,
    COL_SOURCE,
    COL_SUBJECT,
)

# Runs of text a line cannot break inside: words, not Chinese (which breaks between characters).
_UNBREAKABLE = re.compile(r"[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")
# Share of the table's width each column may take at most; the Finding column gets the rest
# (at least a third, or 30 % beside an officer's override).
COLUMN_SHARES = {
    COL_OUTCOME: 0.12,
    COL_RULE: 0.19,
    COL_SUBJECT: 0.09,
    COL_SOURCE: 0.15,
    COL_ASSUMPTION: 0.09,
}
SHARES_WITH_OVERRIDE = {
    COL_OUTCOME: 0.11,
    COL_RULE: 0.16,
    COL_SUBJECT: 0.08,
    COL_OVERRIDE: 0.14,
    COL_SOURCE: 0.12,
    COL_ASSUMPTION: 0.08,
}
FIT_TO_CONTENT = (COL_OUTCOME, COL_SUBJECT, COL_ASSUMPTION)  # narrower when their text is


class ResultsTable(QTableView):
    """A run's results: columns fitted to the width on every resize (see the module)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        # A row that changes height later (its text laid out again) left the kept offset a
        # pixel off its row's start: a sliver of the row above showed under the header.
        self.verticalHeader().setOffsetToSectionPosition(self.verticalScrollBar().value())

    def fit_columns(self) -> None:
        width = self.viewport().width()
        if width <= 0 or self.model() is None:
            return
        header = self.horizontalHeader()
        used = 0
        shares = COLUMN_SHARES if self.isColumnHidden(COL_OVERRIDE) else SHARES_WITH_OVERRIDE
        for column, share in shares.items():
            cap = int(width * share)
            # A few pixels past the hint: a short Chinese text ("整个案件") fitted to the pixel
            # breaks between characters in a row whose other cells are one line high.
            wanted = self.sizeHintForColumn(column) + 4 if column in FIT_TO_CONTENT else cap
            least = self._least_width(column)
            size = max(min(max(wanted, least), cap), least)
            header.resizeSection(column, size)
            used += size
        header.resizeSection(COL_FINDING, max(width - used, 80))
        self.resizeRowsToContents()
        # Rows changed height under a kept offset: start the view at a whole row again.
        self.verticalHeader().setOffsetToSectionPosition(self.verticalScrollBar().value())
        if self.currentIndex().isValid():  # rows changed height: keep the selection in view
            self.scrollTo(self.currentIndex())

    def _least_width(self, column: int) -> int:
        """The column's header and its longest word (with an icon beside it) on one line:
        narrower, a word would break in the middle."""
        model, metrics = self.model(), self.fontMetrics()
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
        widest = (
            metrics.horizontalAdvance(
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            )
            + 12
        )
        for row in range(model.rowCount()):
            index = model.index(row, column)
            words = _UNBREAKABLE.findall(str(model.data(index) or ""))
            has_icon = model.data(index, Qt.ItemDataRole.DecorationRole) is not None
            longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
            widest = max(widest, longest + margin + (icon if has_icon else 0))
        return widest


def setup_results_table(table: QTableView) -> None:
    """Wrapped text never elided, no horizontal scroll bar, widths set by fit_columns."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # A row at a time: the top row is always whole, never cut by the header (rows differ in
    # height, so scrolling to the result needing attention left a sliver of the one above).
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setStretchLastSection(False)
