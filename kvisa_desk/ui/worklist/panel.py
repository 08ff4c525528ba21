"""The worklist with its search box and filters: which cases, in which order, page by page.

A search (as you type) asks core for the best-matching case ids (at most a thousand, so a
one-letter keystroke stays fast) and shows them best first, reading the rows of a page only
when the view shows it, until the officer clicks a header to sort them otherwise (no sort
arrow meanwhile: the order is the match's). Without a search, pages come from the database
in the chosen order, read by key so deep pages cost what the first one does.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kvisa_desk.core.accounts.permissions import Permission
from kvisa_desk.core.cases.search import DEFAULT_LIMIT, search_case_ids
from kvisa_desk.core.cases.worklist import (
    WorklistQuery,
    WorklistRow,
    active_officers,
    count_worklist,
    known_nationalities,
    ranked_case_ids,
    worklist_page,
)
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress, while_reachable
from kvisa_desk.ui.widgets.roles import Roles
from kvisa_desk.ui.worklist.columns import COL_ROUTE
from kvisa_desk.ui.worklist.filters import WorklistFilters
from kvisa_desk.ui.worklist.model import PAGE_SIZE, CaseIdRole, WorklistModel
from kvisa_desk.ui.worklist.view import WorklistView


class WorklistPanel(QWidget):
    refreshed = Signal()
    rows_updated = Signal(int)  # rows read again after a write, and redrawn in place

    def __init__(
        self, context: DeskContext, parent: QWidget | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.queue = "all"
        self._sort = ("case", True)
        self._found: tuple[int, ...] | None = None  # the search's case ids, best first
        self._ranked: list[int] | None = None  # those that pass the filters, best first
        self._rank_order = True
        # An administrator's role is accounts and the database: core refuses case reads, so
        # the worklist says why it is empty instead of failing on every page.
        self.may_view = Roles.of(context.db, context.actor).may(Permission.VIEW_CASES)
        self.filters = WorklistFilters(
            known_nationalities(context.db), active_officers(context.db), self
        )
        self.filters.changed.connect(self.apply)
        # After the filters' own Enter (search now): open the one match, or go to the list.
        self.filters.search.returnPressed.connect(self._search_entered)
        self.model = WorklistModel(
            self._fetch,
            self._count,
            page_size,
            parent=self,
            on_sort=self._sorted,
            fetch_near=lambda offset, limit, near: self._fetch(offset, limit, None, near),
        )
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
        self.empty_state = QLabel(
            self.tr(
                "Administrators manage accounts and the database; case work needs an officer "
                "or supervisor account."
            ),
            self,
        )
        self.empty_state.setObjectName("worklist.empty_state")
        self.empty_state.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_state, 1)
        self.empty_state.setVisible(not self.may_view)
        self.view.setVisible(self.may_view)
        self.filters.setEnabled(self.may_view)
        self.summary.setVisible(self.may_view)  # "0 cases" would say the post has none
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
        text = self.filters.text().strip() if self.may_view else ""
        context = self._context
        self._found = tuple(search_case_ids(context.db, context.actor, text)) if text else None
        self._rank_order = True
        self.refresh()
        self._show_sort_arrow()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _search_entered(self) -> None:
        if self.searching() and self.model.rowCount() == 1:
            case_id = self.model.index(0, 0).data(CaseIdRole)
            if case_id is not None:
                self.view.case_activated.emit(int(case_id))
                return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self._ranked = None
        self.model.refresh()
        self._show_summary()
        self.refreshed.emit()

    def update_cases(self, case_ids: Collection[int] | None = None) -> Operation[Any] | None:
        """Read again the rows of these cases (None: every held row) on the worker and redraw
        them in place: no reset, so the selection, the scroll and the other pages stay."""
        held = self.model.held_case_ids()
        wanted = tuple(sorted(held if case_ids is None else held.intersection(case_ids)))
        if not wanted or not self.may_view:
            return None
        db, actor, routes = self._context.db, self._context.actor, self._routes_shown()
        # Read whatever the queue and filters: a row that left the queue shows its new state,
        # marked as having left, until the officer refreshes the list (F5), instead of
        # vanishing under the cursor.
        query = WorklistQuery(case_ids=wanted)
        listed = self.query()
        still_query = replace(
            listed,
            case_ids=wanted
            if listed.case_ids is None
            else tuple(set(wanted) & set(listed.case_ids)),
        )

        def work(_report: ReportProgress) -> tuple[list[WorklistRow], set[int]]:
            rows = worklist_page(db, query, actor, 0, len(wanted), with_routes=routes)
            still = worklist_page(db, still_query, actor, 0, len(wanted), with_routes=False)
            return rows, {row.case_id for row in still}

        def show(found: tuple[list[WorklistRow], set[int]]) -> None:
            rows, still = found
            self.model.replace_rows(rows, left={r.case_id for r in rows} - still)
            self.rows_updated.emit(len(rows))

        return Operation(self._context.changes.reading, work).success(show).run()

    def searching(self) -> bool:
        return self._found is not None

    def in_match_order(self) -> bool:
        """Search results shown best match first (no column sorts them)."""
        return self._found is not None and self._rank_order

    def _show_sort_arrow(self) -> None:
        view: WorklistView | None = getattr(self, "view", None)  # None: the view's first sort
        if view is not None:
            view.horizontalHeader().setSortIndicatorShown(not self.in_match_order())

    # The model's two functions

    def _sorted(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._rank_order = False
        self._show_sort_arrow()

    def _routes_shown(self) -> bool:
        return self.view.column_shown(COL_ROUTE)

    def _ranked_ids(self) -> list[int]:
        if self._ranked is None:
            none: list[int] = []
            self._ranked = while_reachable(
                self._context.runner,
                lambda: ranked_case_ids(self._context.db, self.query(), self._context.actor),
                none,
            )
        return self._ranked

    def _best_first(self, offset: int, limit: int) -> list[WorklistRow]:
        """One page of the search's results in match order: only that page's rows are read."""
        ids = self._ranked_ids()[offset : offset + limit]
        if not ids:
            return []
        no_rows: list[WorklistRow] = []
        rows = while_reachable(
            self._context.runner,
            lambda: worklist_page(
                self._context.db,
                replace(self.query(), case_ids=tuple(ids)),
                self._context.actor,
                0,
                len(ids),
                with_routes=self._routes_shown(),
            ),
            no_rows,
        )
        rank = {case_id: i for i, case_id in enumerate(ids)}
        return sorted(rows, key=lambda row: rank[row.case_id])

    def _fetch(
        self,
        offset: int,
        limit: int,
        after: WorklistRow | None,
        near: tuple[int, WorklistRow] | None = None,
    ) -> list[WorklistRow]:
        if not self.may_view:
            return []
        if self.in_match_order():
            return self._best_first(offset, limit)
        # Paging reads on the GUI thread: a lost server leaves blank rows and says so.
        # (A search sorted by a column pages by key like the whole worklist.)
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
                near=near,
            ),
            [],
        )

    def _count(self) -> int:
        if not self.may_view:
            return 0
        if self.in_match_order():
            return len(self._ranked_ids())
        return while_reachable(
            self._context.runner,
            lambda: count_worklist(self._context.db, self.query(), self._context.actor),
            0,
        )

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        if self._found is None:
            text = self.tr("%Ln cases", "", count)
        elif len(self._found) >= DEFAULT_LIMIT:
            text = self.tr(
                "%Ln matching cases shown: the best {limit}. Type more to narrow the search.",
                "",
                count,
            ).format(limit=QLocale().toString(DEFAULT_LIMIT))
        else:
            text = self.tr("%Ln matching cases", "", count)
        self.summary.setText(text)

    def with_filters(self, values: dict[str, Any]) -> None:
        self.filters.set_filters(values)

    def current_filters(self) -> dict[str, Any]:
        return self.filters.filters()

    def sort_state(self) -> tuple[str, bool]:
        return self._sort

    def replace_query(self, **changes: Any) -> WorklistQuery:
        return replace(self.query(), **changes)
