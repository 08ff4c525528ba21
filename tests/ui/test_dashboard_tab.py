"""The dashboard window: opened by its shortcut, figures checked against queries, refreshed
when cases change, refusal rates for supervisors only, the report saved."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from sqlalchemy import select, text

from kvisa_desk.core.reports.report import EVENT_KIND
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.admin.dashboard_tab import DashboardView
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.labels import status_label
from kvisa_desk.ui.widgets.operations import OperationRunner
from kvisa_desk.ui.widgets.translations import switch_language
from tests.exports.export_samples import move

EVERY_CASE = 3  # the period combo's "Every case"


def statuses(db: Database) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(text("SELECT status, count(*) FROM cases GROUP BY status"))
        return {status_label(s): int(n) for s, n in rows}


def bars(view: DashboardView, key: str) -> dict[str, float]:
    return {b.label: b.value for b in view.charts[key].bars}


def open_dashboard(qtbot: Any, window: MainWindow) -> DashboardView:
    action = window.findChild(QAction, "action.dashboard")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+D"
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = window.findChild(DashboardView)
    assert view is not None and view.isVisible()
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.period.setCurrentIndex(EVERY_CASE)
    return view


def test_figures_match_queries_and_follow_case_changes(
    qtbot: Any, window: MainWindow, cases_db: Database, tmp_path: Path
) -> None:
    view = open_dashboard(qtbot, window)
    assert bars(view, "by_status") == statuses(cases_db)
    assert "by_officer" not in view.charts  # an officer sees no refusal rates
    total = sum(statuses(cases_db).values())
    assert view.key_figures.text().startswith(f"Received {total:,} · decided 0")
    view.grab().save(str(tmp_path / "dashboard.png"))

    first = window.worklist_view.current_case_id()
    assert first is not None
    move(cases_db, first, "refused", "officer.a")
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        window.refresh()  # what a case view's change does: the worklist redraws
    assert bars(view, "by_status") == statuses(cases_db)
    assert bars(view, "by_outcome") == {status_label("refused"): 1}
    assert bars(view, "by_status")[status_label("refused")] == 1


@pytest.fixture
def supervisor_view(qtbot: Any, cases_db: Database) -> Iterator[DashboardView]:
    runner, reader = OperationRunner(), OperationRunner()
    view = DashboardView(DeskContext(cases_db, "supervisor.s", runner), reader)
    qtbot.addWidget(view)
    view.show()
    yield view
    runner.wait()
    reader.wait()


def test_supervisor_sees_refusal_rates_and_saves_the_report(
    qtbot: Any, supervisor_view: DashboardView, cases_db: Database, tmp_path: Path
) -> None:
    view = supervisor_view
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.period.setCurrentIndex(EVERY_CASE)
    assert view.charts["by_officer"].bars == ()  # a supervisor's chart, empty until decisions
    with cases_db.read() as session:
        ids = list(session.scalars(text("SELECT id FROM cases ORDER BY id LIMIT 8")))
    move(cases_db, ids[0], "refused", "officer.a")
    move(cases_db, ids[1], "approved", "officer.a")
    for case_id in ids[2:7]:
        move(cases_db, case_id, "refused", "officer.b")
    move(cases_db, ids[7], "approved", "officer.b")
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    officers = {b.label: b.text for b in view.charts["by_officer"].bars}
    assert officers == {
        "officer.b": "5 of 6 refused, 83.3%",
        "officer.a": "1 of 2 refused, 50.0%",
    }
    # Above the overall 75.0% over at least five decisions: officer.b stands out.
    assert [b.highlight for b in view.charts["by_officer"].bars] == [True, False]
    qtbot.wait(50)  # the grid lays the resized charts out
    view.grab().save(str(tmp_path / "supervisor.png"))

    out = tmp_path / "dashboard.pdf"
    with qtbot.waitSignal(view.report_saved, timeout=20_000):
        view.save_report_to(out)
    flat = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Refusal rate by recommending officer officer.b 5 of 6 refused, 83.3%" in flat
    assert view.message.text() == f"Report saved to {out}."
    with cases_db.read() as session:
        (event,) = session.scalars(select(CaseEvent).where(CaseEvent.kind == EVENT_KIND))
    assert event.officer == "supervisor.s" and event.details["post"] is None


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    switch_language("en")  # the application's language is shared by every later test


def test_switching_language_redraws_the_dashboard(
    qtbot: Any, supervisor_view: DashboardView, back_to_english: None
) -> None:
    view = supervisor_view
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.period.setCurrentIndex(EVERY_CASE)
    assert status_label("received") in bars(view, "by_status")
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        switch_language("zh_CN")  # the figures are redrawn from data in the new language
    assert "已受理" in bars(view, "by_status")
    weeks = list(bars(view, "per_week"))
    # 12月1日, as Chinese writes a day; Qt's "d MMM" read "1 12月"
    assert weeks and all(re.fullmatch(r"\d{1,2}月\d{1,2}日", w) for w in weeks), weeks
    assert re.fullmatch(r"截至\d{4}年\d{1,2}月\d{1,2}日。", view.message.text())  # not ISO
    switch_language("en")
    qtbot.waitUntil(lambda: "Received" in bars(view, "by_status"))
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2,3}", w) for w in bars(view, "per_week"))
