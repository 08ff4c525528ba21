"""The Checks tab at 1280x800 in English and Chinese: findings wrap, rows are as tall as their
text, no cell text is cut short (before and after an override), no horizontal scroll bar, and
the detail pane's size is remembered. Set KVISA_DOCS_SCREENSHOTS=<folder> to keep the pictures."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.checks.report import run_case_checks
from kvisa_desk.core.checks.review import override_result
from kvisa_desk.core.checks.runs import check_cases
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.checks.checks_tab import SPLITTER_KEY, ChecksTab
from kvisa_desk.ui.checks.model import COL_FINDING, COL_SOURCE
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.translations import install_translations
from tests.ui.test_checks_tab import failing_case

SIZE = (1280, 800)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_UNBREAKABLE = re.compile(
    r"[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+"
)  # Chinese breaks anywhere


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translations(app, request.param)
    yield request.param
    install_translations(app, "en")


def open_checks(qtbot: Any, desk: DeskContext, case_id: int) -> CaseView:
    view = CaseView(desk, case_detail(desk.db, case_id))
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    view.show_checks()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.report_known)  # the latest run, read off the GUI thread
    return view


def cut_short(table: QTableView) -> list[str]:
    """Cells whose text does not fit the space the table shows it in: a word wider than its
    column (broken mid-word) or wrapped lines taller than the row."""
    model = table.model()
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = str(model.data(index) or "")
            if not text:
                continue
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.font = table.font()
            width = table.columnWidth(column) - 2 * margin
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                icon = table.iconSize().width() if table.iconSize().isValid() else 16
                width -= max(icon, style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)) + 4
            metrics = QFontMetrics(table.font())
            flags = Qt.TextFlag.TextWordWrap
            needed = metrics.boundingRect(0, 0, width, 100_000, int(flags), text)
            widest_word = max(
                (metrics.horizontalAdvance(w) for w in _UNBREAKABLE.findall(text)), default=0
            )
            if widest_word > width or needed.width() > width:
                found.append(f"row {row} column {column} too narrow ({width}px): {text!r}")
            elif needed.height() > table.rowHeight(row):
                found.append(
                    f"row {row} column {column}: {needed.height()}px of text in a "
                    f"{table.rowHeight(row)}px row: {text!r}"
                )
    return found


def check_layout(view: CaseView, tab: ChecksTab) -> None:
    table = tab.table
    assert not table.horizontalScrollBar().isVisible()
    assert (
        sum(
            table.columnWidth(c)
            for c in range(table.model().columnCount())
            if not table.isColumnHidden(c)
        )
        <= table.viewport().width()
    )
    # The Finding column is the widest: never one word per line.
    assert table.columnWidth(COL_FINDING) >= 0.3 * table.viewport().width()
    assert cut_short(table) == []
    # The detail pane shows several lines of the selected result.
    assert tab.detail.height() >= tab.detail.fontMetrics().lineSpacing() * 6


def save(view: CaseView, name: str) -> None:
    folder = os.environ.get("KVISA_DOCS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        view.grab().save(str(Path(folder) / name))


def test_checks_tab_holds_at_1280x800_before_and_after_an_override(
    qtbot: Any, desk: DeskContext, language: str
) -> None:
    case_id = failing_case(desk.db)
    run_case_checks(desk.db, case_id, "officer.li")
    view = open_checks(qtbot, desk, case_id)
    tab = view.checks.tab
    check_layout(view, tab)
    model = tab.model
    texts = [str(model.data(model.index(r, COL_FINDING))) for r in range(model.rowCount())]
    sources = [str(model.data(model.index(r, COL_SOURCE))) for r in range(model.rowCount())]
    if language == "zh_CN":
        assert all(_CJK.search(t) for t in texts + sources), texts + sources
        assert any("1975年1月10日" in t for t in texts)  # the age rule's date, written in Chinese
        assert any("0715（机械与金属行业）" in t for t in texts)
    else:
        assert any("0715 (Mechanics and metal trades)" in t for t in texts)
    save(view, f"checks-tab-{language[:2]}.png")
    override_result(
        desk.db,
        case_id,
        "K-AGE-01",
        None,
        "pass",
        "Band confirmed with the post's consul for this programme",
        "test.officer",
    )
    view.checks.load()
    assert not tab.table.isColumnHidden(4)  # the override column now shows
    check_layout(view, tab)
    save(view, f"checks-tab-override-{language[:2]}.png")
    # A past run's results read the same way.
    with qtbot.waitSignal(view.checks.runs_loaded, timeout=10_000):
        tab.show_past_runs()
    tab.past.runs_table.selectRow(0)
    past = tab.past.results_table
    assert past.model().rowCount() > 0
    assert not past.horizontalScrollBar().isVisible()
    assert past.columnWidth(COL_FINDING) >= 0.3 * past.viewport().width()
    assert cut_short(past) == []


def test_the_detail_pane_remembers_its_size(qtbot: Any, desk: DeskContext, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    first = ChecksTab(None, settings)
    qtbot.addWidget(first)
    first.resize(*SIZE)
    first.show()
    first.splitter.setSizes([300, 320])
    first.splitter.splitterMoved.emit(300, 1)
    assert settings.value(SPLITTER_KEY) is not None
    again = ChecksTab(None, settings)
    qtbot.addWidget(again)
    again.resize(*SIZE)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == first.splitter.sizes()


def test_a_revision_1_run_shows_its_stored_english_with_a_note(
    qtbot: Any, desk: DeskContext
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    case_id = failing_case(desk.db)
    (stored,) = list(check_cases(desk.db, [case_id], "officer.li", revision=1))
    install_translations(app, "zh_CN")
    try:
        view = open_checks(qtbot, desk, case_id)
        tab = view.checks.tab
        model = tab.model
        shown = {
            model.row_at(r).rule_id: str(model.data(model.index(r, COL_FINDING)))  # type: ignore[union-attr]
            for r in range(model.rowCount())
            if model.row_at(r).subject is None  # type: ignore[union-attr]
        }
        messages = {r["rule_id"]: r["message"] for r in stored.results if r["subject"] is None}
        assert shown == messages  # byte for byte, as revision 1 stored them
        assert tab.untranslated.isVisible()
        assert "早于结论翻译功能" in tab.untranslated.text()
        check_layout(view, tab)
    finally:
        install_translations(app, "en")
