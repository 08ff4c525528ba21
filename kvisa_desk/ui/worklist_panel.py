"""The worklist with its search box and filters: which cases, in which order, page by page.

A search (as you type) asks core for the best-matching case ids (at most a thousand, so a
one-letter keystroke stays fast) and shows them best first, until the officer clicks a
header to sort them otherwise. Without a search, pages come from the database in the
chosen order, read by key so deep pages cost what the first one does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kvisa_desk.core.search import DEFAULT_LIMIT, search_case_ids
from kvisa_desk.core.worklist import (
    WorklistQuery,
    WorklistRow,
    active_officers,
    count_worklist,
    known_nationalities,
    worklist_page,
)
from kvisa_desk.ui.context import DeskContext
from kvisa_desk.ui.offline_banner import while_reachable
from kvisa_desk.ui.worklist_columns import COL_ROUTE
from kvisa_desk.ui.worklist_filters import WorklistFilters
from kvisa_desk.ui.worklist_model import WorklistModel
from kvisa_desk.ui.worklist_view import WorklistView


class WorklistPanel(QWidget):
    refreshed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.queue = "all"
        self._sort = ("case", True)
        self._found: tuple[int, ...] | None = None  # the search's case ids, best first
        self._matches: list[WorklistRow] | None = None  # those rows, filtered and ordered
        self._rank_order = True
        self.filters = WorklistFilters(
            known_nationalities(context.db), active_officers(context.db), self
        )
        self.filters.changed.connect(self.apply)
        self.model = WorklistModel(self._fetch, self._count, parent=self, on_sort=self._sorted)
        self.view = WorklistView(self.model, self, context.settings)
        self.view.columns_changed.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("worklist.summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.filters.add_summary(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        self._show_summary()

    # What to show

    def query(self) -> WorklistQuery:
        key, descending = self._sort
        return WorklistQuery(
            queue=self.queue,
            case_ids=self._found,
            sort=key,
            descending=descending,
            **self.filters.query_filters(),
        )

    def set_queue(self, queue: str) -> None:
        self.queue = queue
        self.refresh()

    def apply(self) -> None:
        """The search text or a filter changed: search again, then show the first page."""
        text = self.filters.text().strip()
        self._found = tuple(search_case_ids(self._context.db, text)) if text else None
        self._rank_order = True
        self.refresh()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def refresh(self) -> None:
        self._matches = None
        self.model.refresh()
        self._show_summary()
        self.refreshed.emit()

    def searching(self) -> bool:
        return self._found is not None

    # The model's two functions

    def _sorted(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._rank_order = False

    def _routes_shown(self) -> bool:
        return self.view.column_shown(COL_ROUTE)

    def _search_rows(self) -> list[WorklistRow]:
        if self._matches is None:
            assert self._found is not None
            query = self.query()
            rows = worklist_page(
                self._context.db,
                query,
                self._context.actor,
                0,
                len(self._found),
                with_routes=self._routes_shown(),
            )
            if self._rank_order:
                rank = {case_id: i for i, case_id in enumerate(self._found)}
                rows.sort(key=lambda row: rank[row.case_id])
            self._matches = rows
        return self._matches

    def _fetch(self, offset: int, limit: int, after: WorklistRow | None) -> list[WorklistRow]:
        if self._found is not None:
            return self._search_rows()[offset : offset + limit]
        # Paging reads on the GUI thread: a lost server leaves blank rows and says so.
        return while_reachable(
            self._context.runner,
            lambda: worklist_page(
                self._context.db,
                self.query(),
                self._context.actor,
                offset,
                limit,
                after=after,
                with_routes=self._routes_shown(),
            ),
            [],
        )

    def _count(self) -> int:
        if self._found is not None:
            return len(self._search_rows())
        return while_reachable(
            self._context.runner,
            lambda: count_worklist(self._context.db, self.query(), self._context.actor),
            0,
        )

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        locale = QLocale()
        if self._found is None:
            text = self.tr("{count} cases").format(count=locale.toString(count))
        elif len(self._found) >= DEFAULT_LIMIT:
            text = self.tr(
                "{count} matching cases shown: the best {limit}. Type more to narrow the search."
            ).format(count=locale.toString(count), limit=locale.toString(DEFAULT_LIMIT))
        else:
            text = self.tr("{count} matching cases").format(count=locale.toString(count))
        self.summary.setText(text)

    def with_filters(self, values: dict[str, Any]) -> None:
        self.filters.set_filters(values)

    def current_filters(self) -> dict[str, Any]:
        return self.filters.filters()

    def sort_state(self) -> tuple[str, bool]:
        return self._sort

    def replace_query(self, **changes: Any) -> WorklistQuery:
        return replace(self.query(), **changes)
