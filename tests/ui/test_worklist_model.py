"""The paged worklist model, with a fake fetch function: no database needed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kvisa_desk.core.cases import CaseRow
from kvisa_desk.ui.worklist_model import (
    COL_APPLICANT,
    COL_CASE_ID,
    COL_NATIONALITY,
    COL_NATIVE_NAME,
    COL_RECEIVED,
    COL_STATUS,
    COLUMN_COUNT,
    MAX_PAGES,
    PAGE_SIZE,
    CaseIdRole,
    WorklistModel,
)
from kvisa_desk.ui.worklist_view import WorklistView

MILLION = 1_000_000


def case_row(n: int, **changes: Any) -> CaseRow:
    values: dict[str, Any] = {
        "case_id": n + 1,
        "case_ref": f"C{n + 1:07d}",
        "application_id": f"KV-{n}",
        "post": "LON",
        "surname": f"Surname{n}",
        "given_names": f"Given {n}",
        "native_name": None,
        "nationality": "NGA",
        "status": "received",
        "received_at": date(2025, 10, 15),
    }
    values.update(changes)
    return CaseRow(**values)


class FakeCases:
    """`total` synthetic rows; remembers every fetch the model makes."""

    def __init__(self, total: int, special: dict[int, CaseRow] | None = None) -> None:
        self.total = total
        self.special = special or {}
        self.fetches: list[tuple[int, int]] = []

    def fetch(self, offset: int, limit: int) -> list[CaseRow]:
        self.fetches.append((offset, limit))
        end = min(offset + limit, self.total)
        return [self.special.get(n) or case_row(n) for n in range(offset, end)]

    def count(self) -> int:
        return self.total

    def model(self) -> WorklistModel:
        return WorklistModel(self.fetch, self.count)


def text(model: WorklistModel, row: int, column: int) -> Any:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


@pytest.mark.parametrize("total", [0, 1, 1000])
def test_model_passes_qt_model_tester(qtmodeltester: Any, total: int) -> None:
    qtmodeltester.check(FakeCases(total).model())


def test_a_million_rows_are_counted_not_fetched() -> None:
    cases = FakeCases(MILLION)
    model = cases.model()
    assert model.rowCount() == MILLION
    assert model.columnCount() == COLUMN_COUNT
    assert cases.fetches == []


def test_row_999999_fetches_only_its_page() -> None:
    cases = FakeCases(MILLION)
    model = cases.model()
    assert text(model, MILLION - 1, COL_APPLICANT) == "Surname999999, Given 999999"
    assert cases.fetches == [(MILLION - PAGE_SIZE, PAGE_SIZE)]
    # The rest of that page and the other columns come from the page already held.
    for column in range(COLUMN_COUNT):
        text(model, MILLION - 2, column)
    assert len(cases.fetches) == 1


def test_least_recently_used_page_is_dropped() -> None:
    cases = FakeCases(PAGE_SIZE * (MAX_PAGES + 5))
    model = cases.model()
    for page in range(MAX_PAGES + 1):
        text(model, page * PAGE_SIZE, COL_CASE_ID)
    assert len(model.loaded_pages) == MAX_PAGES
    assert 0 not in model.loaded_pages
    fetched = len(cases.fetches)
    text(model, PAGE_SIZE, COL_CASE_ID)  # page 1 is still held: no fetch
    assert len(cases.fetches) == fetched
    text(model, 0, COL_CASE_ID)  # page 0 was dropped: fetched again
    assert cases.fetches[-1] == (0, PAGE_SIZE)


def test_cells_are_plain_text_in_officer_words() -> None:
    special = {
        0: case_row(
            0,
            surname="<b>Eve</b>",
            given_names="<script>alert(1)</script>",
            native_name="张伟",
            status="awaiting_documents",
        ),
        1: case_row(1, surname="Madonna", given_names="", status="some_future_status"),
    }
    model = FakeCases(2, special).model()
    assert text(model, 0, COL_CASE_ID) == "C0000001"
    assert text(model, 0, COL_APPLICANT) == "<b>Eve</b>, <script>alert(1)</script>"
    assert text(model, 0, COL_NATIVE_NAME) == "张伟"
    assert text(model, 0, COL_NATIONALITY) == "NGA"
    assert text(model, 0, COL_STATUS) == "Awaiting documents"
    assert text(model, 0, COL_RECEIVED) == "2025-10-15"
    assert model.data(model.index(0, COL_APPLICANT), CaseIdRole) == 1
    assert text(model, 1, COL_APPLICANT) == "Madonna"  # one name: no dangling comma
    assert text(model, 1, COL_NATIVE_NAME) == ""
    assert text(model, 1, COL_STATUS) == "some_future_status"  # unknown: shown as stored
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert headers == ["Case", "Applicant", "Native name", "Nationality", "Status", "Received"]


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


def test_view_scrolled_to_the_end_of_a_million_fetches_few_pages(qtbot: Any) -> None:
    cases = FakeCases(MILLION)
    view = WorklistView(cases.model())
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    view.grab()  # paints the rows now on screen
    assert len(cases.fetches) <= 3
    assert all(offset in (0, MILLION - PAGE_SIZE) for offset, _ in cases.fetches)
    assert (MILLION - PAGE_SIZE, PAGE_SIZE) in cases.fetches
