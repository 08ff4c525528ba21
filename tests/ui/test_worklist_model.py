"""The paged worklist model and view, with a fake fetch function: no database needed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from kvisa_desk.core.cases.worklist import WorklistRow
from kvisa_desk.ui.worklist.columns import (
    COL_AGE,
    COL_APPLICANT,
    COL_CASE_ID,
    COL_DAYS_OPEN,
    COL_NATIONALITY,
    COL_NATIVE_NAME,
    COL_OFFICER,
    COL_OUTCOME,
    COL_RECEIVED,
    COL_ROUTE,
    COL_STATUS,
    COLUMN_COUNT,
)
from kvisa_desk.ui.worklist.model import MAX_PAGES, PAGE_SIZE, CaseIdRole, WorklistModel
from kvisa_desk.ui.worklist.view import WorklistView

MILLION = 1_000_000


def case_row(n: int, **changes: Any) -> WorklistRow:
    values: dict[str, Any] = {
        "case_id": n + 1,
        "application_id": f"KV-{n}",
        "post": "LON",
        "surname": f"Surname{n}",
        "given_names": f"Given {n}",
        "native_name": None,
        "nationality": "NGA",
        "date_of_birth": date(1996, 2, 29),
        "status": "received",
        "outcome": None,
        "received_at": date(2025, 10, 15),
        "officer": None,
        "age": 29,
        "days_open": 3,
        "sort_key": (n + 1,),
    }
    values.update(changes)
    return WorklistRow(**values)


class FakeCases:
    """`total` synthetic rows; remembers every fetch the model makes."""

    def __init__(self, total: int, special: dict[int, WorklistRow] | None = None) -> None:
        self.total = total
        self.special = special or {}
        self.fetches: list[tuple[int, int]] = []
        self.afters: list[WorklistRow | None] = []
        self.sorts: list[tuple[str, bool]] = []

    def fetch(self, offset: int, limit: int, after: WorklistRow | None) -> list[WorklistRow]:
        self.fetches.append((offset, limit))
        self.afters.append(after)
        end = min(offset + limit, self.total)
        return [self.special.get(n) or case_row(n) for n in range(offset, end)]

    def count(self) -> int:
        return self.total

    def sort(self, key: str, descending: bool) -> None:
        self.sorts.append((key, descending))

    def model(self) -> WorklistModel:
        return WorklistModel(self.fetch, self.count, on_sort=self.sort)


def text(model: WorklistModel, row: int, column: int) -> Any:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


@pytest.mark.parametrize("total", [0, 1, 1000])
def test_model_passes_qt_model_tester(qtmodeltester: Any, total: int) -> None:
    qtmodeltester.check(FakeCases(total).model())


def test_a_million_rows_are_counted_not_fetched() -> None:
    cases = FakeCases(MILLION)
    model = cases.model()
    assert model.rowCount() == MILLION
    assert cases.fetches == []


def test_row_999999_fetches_only_its_page() -> None:
    cases = FakeCases(MILLION)
    model = cases.model()
    assert text(model, MILLION - 1, COL_APPLICANT) == "Surname999999, Given 999999"
    assert cases.fetches == [(MILLION - PAGE_SIZE, PAGE_SIZE)]


def test_the_next_page_is_read_after_the_last_row_of_the_one_before() -> None:
    cases = FakeCases(1000)
    model = cases.model()
    text(model, 0, COL_CASE_ID)
    text(model, PAGE_SIZE, COL_CASE_ID)
    assert cases.afters[0] is None
    assert cases.afters[1] is not None and cases.afters[1].case_id == PAGE_SIZE
    text(model, 4 * PAGE_SIZE, COL_CASE_ID)  # a jump: no page before it is held
    assert cases.afters[2] is None


def test_reading_down_page_after_page_reads_the_next_one_when_idle(qtbot: Any) -> None:
    cases = FakeCases(5 * PAGE_SIZE)
    model = cases.model()
    text(model, 0, COL_CASE_ID)
    text(model, 3 * PAGE_SIZE, COL_CASE_ID)  # jumps read nothing ahead
    qtbot.wait(20)
    assert sorted(model.loaded_pages) == [0, 3]
    text(model, PAGE_SIZE, COL_CASE_ID)  # page 1 after page 0: reading down
    qtbot.waitUntil(lambda: 2 in model.loaded_pages)
    assert cases.fetches[-1] == (2 * PAGE_SIZE, PAGE_SIZE)
    assert cases.afters[-1] is not None and cases.afters[-1].case_id == 2 * PAGE_SIZE
    qtbot.wait(20)
    assert sorted(model.loaded_pages) == [0, 1, 2, 3]  # one page ahead, not a chain
    model.refresh()
    text(model, 0, COL_CASE_ID)
    text(model, PAGE_SIZE, COL_CASE_ID)
    model.refresh()  # a read-ahead asked for before a refresh is forgotten
    qtbot.wait(20)
    assert model.loaded_pages == []


def test_least_recently_used_page_is_dropped() -> None:
    cases = FakeCases(MILLION)
    model = cases.model()
    for page in range(MAX_PAGES + 1):
        text(model, page * PAGE_SIZE, COL_CASE_ID)
    assert len(model.loaded_pages) == MAX_PAGES
    assert 0 not in model.loaded_pages
    text(model, PAGE_SIZE, COL_CASE_ID)  # page 1 is still held: no fetch
    assert cases.fetches[-1] == (MAX_PAGES * PAGE_SIZE, PAGE_SIZE)


def test_cells_are_plain_text_in_officer_words() -> None:
    special = {
        0: case_row(
            0,
            surname="<b>Eve</b>",
            given_names="<script>alert(1)</script>",
            native_name="张伟",
            status="awaiting_documents",
            outcome="review",
            officer="Officer Li",
            days_open=40,
            overdue=True,
            route="A+B",
        ),
        1: case_row(1, surname="Madonna", given_names="", status="some_future_status"),
    }
    model = FakeCases(2, special).model()
    assert text(model, 0, COL_CASE_ID) == "C0000001"
    assert text(model, 0, COL_APPLICANT) == "<b>Eve</b>, <script>alert(1)</script>"
    assert text(model, 0, COL_NATIVE_NAME) == "张伟"
    assert text(model, 0, COL_NATIONALITY) == "NGA"
    assert text(model, 0, COL_AGE) == "29"
    assert text(model, 0, COL_ROUTE) == "A and B"
    assert text(model, 0, COL_STATUS) == "Awaiting documents"
    assert text(model, 0, COL_OUTCOME) == "Review"
    assert text(model, 0, COL_RECEIVED) == "15 Oct 2025"
    assert text(model, 0, COL_DAYS_OPEN) == "40"
    assert text(model, 0, COL_OFFICER) == "Officer Li"
    assert model.data(model.index(0, COL_APPLICANT), CaseIdRole) == 1
    assert text(model, 1, COL_APPLICANT) == "Madonna"  # one name: no dangling comma
    assert text(model, 1, COL_NATIVE_NAME) == ""
    assert text(model, 1, COL_OUTCOME) == "Not checked"
    assert text(model, 1, COL_STATUS) == "some_future_status"  # unknown: shown as stored
    overdue = model.data(model.index(0, COL_DAYS_OPEN), Qt.ItemDataRole.BackgroundRole)
    assert overdue is not None
    assert model.data(model.index(1, COL_DAYS_OPEN), Qt.ItemDataRole.BackgroundRole) is None
    icon = model.data(model.index(0, COL_OUTCOME), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert headers == [
        "Case", "Applicant", "Native name", "Nationality", "Age", "Route", "Status",
        "Check outcome", "Received", "Days open", "Officer",
    ]  # fmt: skip


def test_refresh_counts_again_and_forgets_pages() -> None:
    cases = FakeCases(10)
    model = cases.model()
    text(model, 0, COL_CASE_ID)
    cases.total = 25
    model.refresh()
    assert model.rowCount() == 25
    assert model.loaded_pages == []
    assert text(model, 24, COL_CASE_ID) == "C0000025"


def test_a_row_gone_since_the_count_shows_empty() -> None:
    cases = FakeCases(10)
    model = cases.model()
    cases.total = 5  # another officer's cases vanished between count and fetch
    assert text(model, 7, COL_APPLICANT) is None
    assert model.row_at(7) is None


def test_sorting_asks_for_a_new_order_and_starts_again() -> None:
    cases = FakeCases(10)
    model = cases.model()
    text(model, 0, COL_CASE_ID)
    model.sort(COL_AGE, Qt.SortOrder.AscendingOrder)
    assert cases.sorts == [("age", False)]
    assert model.loaded_pages == []


def test_view_scrolled_to_the_end_of_a_million_fetches_few_pages(qtbot: Any) -> None:
    cases = FakeCases(MILLION)
    view = WorklistView(cases.model())
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    cases.fetches.clear()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    view.grab()  # paints the rows now on screen
    assert len(cases.fetches) <= 3
    assert all(offset in (0, MILLION - PAGE_SIZE) for offset, _ in cases.fetches)
    assert (MILLION - PAGE_SIZE, PAGE_SIZE) in cases.fetches


def test_columns_shown_moved_and_sized_are_remembered(qtbot: Any, tmp_path: Any) -> None:
    settings = QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)
    cases = FakeCases(50)
    view = WorklistView(cases.model(), settings=settings)
    qtbot.addWidget(view)
    assert not view.column_shown(COL_ROUTE)  # hidden until asked for
    view.set_column_shown(COL_ROUTE, True)
    view.set_column_shown(COL_NATIVE_NAME, False)
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(COL_OFFICER), 0)
    header.resizeSection(COL_APPLICANT, 321)
    view.sortByColumn(COL_AGE, Qt.SortOrder.AscendingOrder)
    view.save_columns()
    again = WorklistView(FakeCases(50).model(), settings=settings)
    qtbot.addWidget(again)
    other = again.horizontalHeader()
    assert again.column_shown(COL_ROUTE) and not again.column_shown(COL_NATIVE_NAME)
    assert other.logicalIndex(0) == COL_OFFICER
    assert other.sectionSize(COL_APPLICANT) == 321
    assert (other.sortIndicatorSection(), other.sortIndicatorOrder()) == (
        COL_AGE,
        Qt.SortOrder.AscendingOrder,
    )
    again.reset_columns()
    assert other.logicalIndex(0) == COL_CASE_ID and not again.column_shown(COL_ROUTE)


def test_the_last_column_cannot_be_hidden(qtbot: Any) -> None:
    view = WorklistView(FakeCases(5).model())
    qtbot.addWidget(view)
    for column in range(COLUMN_COUNT):
        view.set_column_shown(column, False)
    shown = [c for c in range(COLUMN_COUNT) if view.column_shown(c)]
    assert len(shown) == 1


def test_a_jump_counts_from_the_nearest_held_row_before_it() -> None:
    cases = FakeCases(MILLION)
    nears: list[tuple[int, tuple[int, WorklistRow]]] = []

    def fetch_near(offset: int, limit: int, near: tuple[int, WorklistRow]) -> list[WorklistRow]:
        nears.append((offset, near))
        return cases.fetch(offset, limit, None)

    model = WorklistModel(cases.fetch, cases.count, fetch_near=fetch_near)
    text(model, 500_000, COL_CASE_ID)  # nothing held before it: from the top
    assert nears == [] and cases.afters == [None]
    text(model, 0, COL_CASE_ID)
    text(model, 700_000, COL_CASE_ID)  # from the last row of the page at 500,000
    page = 500_000 // PAGE_SIZE * PAGE_SIZE
    assert nears == [(700_000, (page + PAGE_SIZE - 1, case_row(page + PAGE_SIZE - 1)))]
    text(model, 300_000, COL_CASE_ID)  # only the first page is held before it
    assert nears[-1] == (300_000, (PAGE_SIZE - 1, case_row(PAGE_SIZE - 1)))
    text(model, 300_000 + PAGE_SIZE, COL_CASE_ID)  # the next page: by key, as before
    assert len(nears) == 2 and cases.afters[-1] == case_row(300_000 + PAGE_SIZE - 1)


def test_nationality_in_words_in_chinese_and_demo_officers_in_the_window_s_language(
    qtbot: Any,
) -> None:
    """Not "DEU" in the Chinese worklist, nor "李伟 Li Wei（演示 demo）" in the English one."""
    from kvisa_desk.ui.widgets.translations import switch_language
    from kvisa_desk.ui.worklist.columns import COL_NATIONALITY, COL_OFFICER, COLUMNS

    row = case_row(1, nationality="DEU", officer="李伟 Li Wei（演示 demo）")
    nationality, officer = COLUMNS[COL_NATIONALITY], COLUMNS[COL_OFFICER]
    assert (nationality.text(row), officer.text(row)) == ("DEU", "Li Wei (demo)")
    assert officer.text(case_row(2, officer="王芳 Wang Fang")) == "王芳 Wang Fang"  # a real one
    from kvisa_desk.ui.worklist.filters import WorklistFilters

    filters = WorklistFilters([], [("demo.li", "李伟 Li Wei（演示 demo）")])
    qtbot.addWidget(filters)
    assert filters.officer.itemText(1) == "Li Wei (demo)"  # the filter names them alike
    switch_language("zh_CN")
    try:
        assert (nationality.text(row), officer.text(row)) == ("德国（DEU）", "李伟（演示）")
        chinese = WorklistFilters(["DEU"], [])
        qtbot.addWidget(chinese)
        assert chinese.nationality.itemText(1) == "德国（DEU）"  # the filter names it alike
    finally:
        switch_language("en")
