"""Checking many cases from the main window: outcome column and filter, progress, Cancel."""

from __future__ import annotations

import gc
import itertools
import time
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer

from kvisa_desk.core.cases.cases import count_cases
from kvisa_desk.core.checks.report import BatchSummary, check_many
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.worklist.columns import COL_OUTCOME
from tests.samples import application
from tests.ui.conftest import import_applications

CASES = 120


def many_cases(db: Database, count: int = CASES) -> None:
    records = [
        application(
            f"KV-B-{i:04d}",
            applicant__surname=f"Batch{i:04d}",
            documents=[],
            applicant__date_of_birth="1975-01-10" if i % 3 == 0 else "1990-01-10",
        )
        for i in range(count)
    ]
    import_applications(db, records)


def test_ctrl_r_checks_the_selected_cases_and_the_outcome_column_shows_it(
    qtbot: Any, make_window: Any, db: Database
) -> None:
    many_cases(db, 6)
    window: MainWindow = make_window(db)
    model = window.worklist_model
    assert model.data(model.index(0, COL_OUTCOME)) == "Not checked"
    selection = window.worklist_view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(model.index(0, 0), flags)
    selection.select(model.index(2, 0), flags)
    window.worklist_view.setFocus()
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=20_000):  # redrawn in place
        with qtbot.waitSignal(window.batch_checks.finished, timeout=20_000) as finished:
            qtbot.keyClick(window.worklist_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    summary: BatchSummary = finished.args[0]
    assert (summary.total, summary.checked, summary.stopped) == (2, 2, False)
    assert model.data(model.index(0, COL_OUTCOME)) == "Fail"
    assert model.data(model.index(1, COL_OUTCOME)) == "Not checked"
    assert model.data(model.index(2, COL_OUTCOME)) == "Fail"
    icon = model.data(model.index(0, COL_OUTCOME), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    assert window.statusBar().currentMessage().startswith("Checked 2 of 2 cases (Fail 2)")


def test_the_worklist_filters_by_outcome(qtbot: Any, make_window: Any, db: Database) -> None:
    many_cases(db, 6)
    check_many(db, [1, 2, 3], "officer.a")
    window: MainWindow = make_window(db)
    combo = window.worklist.filters.outcome
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Any outcome", "Fail", "Review", "Pass", "Not checked"]
    combo.setCurrentIndex(texts.index("Not checked"))
    assert window.worklist_model.rowCount() == 3
    assert window.worklist.summary.text() == "3 cases"
    combo.setCurrentIndex(texts.index("Fail"))
    ids = [window.worklist_model.case_id_at(r) for r in range(window.worklist_model.rowCount())]
    assert sorted(ids) == [1, 2, 3]  # type: ignore[type-var]


def test_check_all_runs_in_the_background_and_the_window_keeps_working(
    qtbot: Any, make_window: Any, db: Database
) -> None:
    many_cases(db)
    window: MainWindow = make_window(db)
    window.batch_checks.batch_size = 20
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(5)
    progress: list[tuple[int, int]] = []
    # A full collection of the whole test process's heap stops every thread for as long as it
    # takes (seconds, late in the suite): that is the test run's pause, not the window's.
    gc.collect()
    gc.disable()
    try:
        started = time.monotonic()
        with qtbot.waitSignal(window.batch_checks.finished, timeout=60_000) as finished:
            operation = window.batch_checks.check_all()
            assert operation is not None
            operation.progress(lambda done, total: progress.append((done, total)))
            assert window.batch_progress.isVisible()
            assert window.menus.action_cancel_checks.isEnabled()
        ended = time.monotonic()
    finally:
        gc.enable()
    timer.stop()
    assert finished.args[0].checked == CASES
    assert progress[-1] == (CASES, CASES) and len(progress) >= CASES // 20
    # The event loop ran throughout: timer ticks all along the run, never a long gap.
    during = [t for t in ticks if started <= t <= ended]
    assert len(during) >= 10
    gaps = [b - a for a, b in itertools.pairwise(during)]
    # A blocked GUI thread would show one gap as long as the run; a loaded machine (the GIL
    # shared with the checking thread) pauses it now and then, so half the run is the bound.
    assert max(gaps) < max(0.5, (ended - started) / 2)
    assert not window.batch_progress.isVisible()
    assert not window.menus.action_cancel_checks.isEnabled()


def test_cancel_stops_between_batches_and_leaves_whole_cases(
    qtbot: Any, make_window: Any, db: Database
) -> None:
    many_cases(db)
    window: MainWindow = make_window(db)
    window.batch_checks.batch_size = 10
    with qtbot.waitSignal(window.batch_checks.finished, timeout=60_000) as finished:
        operation = window.batch_checks.check_all()
        assert operation is not None

        def stop_after_first(done: int, _total: int) -> None:
            if done >= 10:
                qtbot.mouseClick(window.batch_progress.cancel_button, Qt.MouseButton.LeftButton)

        operation.progress(stop_after_first)
    summary: BatchSummary = finished.args[0]
    assert summary.stopped
    assert 10 <= summary.checked < CASES and summary.checked % 10 == 0
    unchecked = count_cases(db, None, "unchecked")
    assert unchecked == CASES - summary.checked  # no case half checked
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Stopped: checked {summary.checked} of {CASES} cases")
    )


def test_a_case_checked_out_of_a_filtered_list_stays_marked_until_f5(
    qtbot: Any, make_window: Any, db: Database
) -> None:
    many_cases(db, 6)
    window: MainWindow = make_window(db)
    combo = window.worklist.filters.outcome
    combo.setCurrentIndex([combo.itemText(i) for i in range(combo.count())].index("Not checked"))
    model = window.worklist_model
    assert model.rowCount() == 6
    checked = model.case_id_at(1)
    window.worklist_view.selectRow(1)
    window.worklist_view.setFocus()
    with qtbot.waitSignal(window.worklist.rows_updated, timeout=20_000):
        with qtbot.waitSignal(window.batch_checks.finished, timeout=20_000):
            qtbot.keyClick(window.worklist_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    # Still there, under the cursor, with its new outcome, but set apart and saying why.
    assert model.rowCount() == 6 and model.case_id_at(1) == checked
    assert model.data(model.index(1, COL_OUTCOME)) == "Fail"
    tip = model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("No longer in this list")
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    window.worklist.refresh()  # what F5 does
    assert model.rowCount() == 5
    ids = {model.case_id_at(r) for r in range(5)}
    assert checked not in ids
    assert all(model.data(model.index(r, 0), Qt.ItemDataRole.FontRole) is None for r in range(5))
