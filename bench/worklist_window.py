"""The window side of the worklist benchmark (bench/bench_worklist.py runs these in its
workers): the main window opened on the database, letters typed into its search box, the
worklist scrolled page by page; and each sort's pages read through core. Qt and
kvisa_desk are imported inside the functions."""

from __future__ import annotations

import statistics
import time
from typing import Any

from bench.api import current_rss_mb

WORKER_TIMEOUT_S = 900
WINDOW_SIZE = (1280, 780)
PLACES = 10  # places from the top to the bottom where runs of steps are scrolled
STEPS = 40  # page steps in each run


def ms_since(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def prefixes(words: list[str]) -> list[str]:
    """What the box holds after each letter of each word."""
    return [word[:n] for word in words for n in range(1, len(word) + 1)]


def one_pass() -> None:
    """One pass of the event loop (not app.quit(): in Qt 6 that closes every window)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def open_window(params: dict[str, Any], settle: bool = True) -> tuple[Any, Any, dict[str, float]]:
    """The main window on the database, shown with its first page painted."""
    import os
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from bench.accounts import ACTOR
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url
    from kvisa_desk.ui.shell.app import application, create_main_window

    application()  # fonts and translations first, as at a real start
    times: dict[str, float] = {}
    started = time.perf_counter()
    opened = open_database(sqlite_url(Path(params["db"])), ACTOR)
    times["open_ms"] = ms_since(started)
    mark = time.perf_counter()
    counted: list[float] = []
    window = create_main_window(opened.db, ACTOR)
    window.counts_shown.connect(lambda _counts: counted.append(ms_since(mark)))
    window.resize(*WINDOW_SIZE)
    times["window_ms"] = ms_since(mark)
    paint = time.perf_counter()
    window.show()
    one_pass()  # the expose event: the view paints its visible rows
    window.worklist_view.viewport().repaint()
    times["paint_ms"] = ms_since(paint)
    times["first_page_ms"] = ms_since(started)
    if window.worklist_model.fetches < 1:
        raise RuntimeError("the worklist painted without fetching a page")
    if settle:  # the queue counts run on the reading thread; let them finish
        loop = QEventLoop()
        window.counts_shown.connect(lambda _counts: loop.quit())
        if not counted:
            QTimer.singleShot(WORKER_TIMEOUT_S * 1000, loop.quit)
            loop.exec()
        times["counts_ms"] = counted[0] if counted else float("nan")
    return app, window, times


def _type(box: Any, letter: str) -> None:
    """A key press and release carrying LETTER (QTest's keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
        QApplication.sendEvent(box, event)


def typing(params: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    import kvisa_desk.ui.worklist.panel as panel_module

    _app, window, _times = open_window(params)
    box = window.worklist.filters.search
    searched: list[float] = []
    search = panel_module.search_case_ids

    def timed_search(*args: Any, **kwargs: Any) -> list[int]:
        mark = time.perf_counter()
        try:
            return search(*args, **kwargs)
        finally:
            searched.append(ms_since(mark))

    panel_module.search_case_ids = timed_search  # type: ignore[assignment]
    timings: list[tuple[float, str]] = []
    cpu: list[float] = []  # the GUI thread's own CPU time: what a busy machine does not inflate
    found: dict[str, int] = {}
    for _round in range(int(params["rounds"])):
        for word in params["words"]:
            box.clear()
            QTest.keyClick(box, Qt.Key.Key_Return)  # the whole worklist again, not timed
            for n, letter in enumerate(word, start=1):
                mark, cpu_mark = time.perf_counter(), time.thread_time()
                _type(box, letter)
                QTest.keyClick(box, Qt.Key.Key_Return)
                window.worklist_view.viewport().repaint()
                timings.append((ms_since(mark), word[:n]))
                cpu.append((time.thread_time() - cpu_mark) * 1000)
            if box.text() != word:
                raise RuntimeError(f"the search box holds {box.text()!r}, not {word!r}")
            found[word] = window.worklist_model.rowCount()
    slowest = sorted(timings, reverse=True)[:3]
    return {
        "ms": [ms for ms, _text in timings],
        "cpu_ms": cpu,
        "search_ms": statistics.median(searched),
        "slowest": ", ".join(f"{text!r} {ms:.0f} ms" for ms, text in slowest),
        "found": found,
        "rss_mb": current_rss_mb(),
    }


def places(rows: int, page_step: int) -> list[int]:
    """Where the runs of steps start: the top, evenly down, and the last run ends at the end."""
    last = max(0, rows - STEPS * page_step - 1)
    return [last * n // (PLACES - 1) for n in range(PLACES)]


def _steps(window: Any, app: Any, count: int, cpu: list[float] | None = None) -> list[float]:
    """COUNT page steps down from where the view is; ms each, repaint included (and the GUI
    thread's CPU ms of each appended to CPU)."""
    bar = window.worklist_view.verticalScrollBar()
    viewport = window.worklist_view.viewport()
    timings = []
    for _ in range(count):
        mark, cpu_mark = time.perf_counter(), time.thread_time()
        bar.setValue(bar.value() + bar.pageStep())
        viewport.repaint()
        timings.append(ms_since(mark))
        if cpu is not None:
            cpu.append((time.thread_time() - cpu_mark) * 1000)
        app.processEvents()  # between two key presses the event loop runs (not timed)
    return timings


def _jump(window: Any, row: int) -> float:
    bar = window.worklist_view.verticalScrollBar()
    mark = time.perf_counter()
    bar.setValue(row)
    window.worklist_view.viewport().repaint()
    return ms_since(mark)


def scrolling(params: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import Qt

    from kvisa_desk.ui.worklist.columns import COL_APPLICANT

    app, window, _times = open_window(params)
    model, view = window.worklist_model, window.worklist_view
    bar = view.verticalScrollBar()
    before = model.fetches
    steps: list[float] = []
    cpu: list[float] = []
    jumps: list[float] = []
    for start in places(model.rowCount(), bar.pageStep()):
        jumps.append(_jump(window, start))
        steps.extend(_steps(window, app, STEPS, cpu))
    if bar.value() < bar.maximum():
        raise RuntimeError(f"scrolled to row {bar.value():,} of {bar.maximum():,}, not the end")
    fetches = model.fetches - before
    mark = time.perf_counter()
    view.sortByColumn(COL_APPLICANT, Qt.SortOrder.AscendingOrder)
    view.viewport().repaint()
    sorted_first = ms_since(mark)
    sorted_jump = _jump(window, model.rowCount() // 2)
    sorted_steps = _steps(window, app, STEPS)
    return {
        "steps_ms": steps,
        "cpu_ms": cpu,
        "jumps_ms": jumps,
        "page_step": bar.pageStep(),
        "fetches": fetches,
        "sorted_first_ms": sorted_first,
        "sorted_jump_ms": sorted_jump,
        "sorted_steps_ms": sorted_steps,
        "rss_mb": current_rss_mb(),
    }


def screenshots(params: dict[str, Any]) -> dict[str, Any]:
    """The README's gallery pictures of a million cases: the middle of the worklist sorted by
    applicant, and a search for 张伟 (PARAMS: db, out, a folder)."""
    from pathlib import Path

    from PySide6.QtCore import Qt

    from kvisa_desk.ui.worklist.columns import COL_APPLICANT

    _app, window, _times = open_window(params)
    view, model = window.worklist_view, window.worklist_model
    out = Path(params["out"])
    view.sortByColumn(COL_APPLICANT, Qt.SortOrder.AscendingOrder)
    middle = model.rowCount() // 2
    view.verticalScrollBar().setValue(middle)
    view.setCurrentIndex(model.index(middle + 3, 0))
    one_pass()
    saved = [out / "worklist-million.png", out / "worklist-million-search.png"]
    window.grab().save(str(saved[0]))
    window.worklist.filters.search.setText("张伟")
    window.worklist.apply()
    one_pass()
    window.grab().save(str(saved[1]))
    return {"saved": [str(path) for path in saved], "rows": model.rowCount()}


def sort_pages(params: dict[str, Any]) -> dict[str, Any]:
    """Each sort's first page and a page from the middle, through core (a note)."""
    from pathlib import Path

    from bench.accounts import ACTOR
    from kvisa_desk.core.cases.worklist import SORTS, WorklistQuery, worklist_page
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url
    from kvisa_desk.ui.worklist.model import PAGE_SIZE

    db = open_database(sqlite_url(Path(params["db"])), ACTOR).db
    worklist_page(db, WorklistQuery(), ACTOR, 0, PAGE_SIZE)  # compiled once, not timed
    found: dict[str, list[float]] = {}
    for key in SORTS:
        found[key] = []
        for offset in (0, int(params["count"]) // 2):
            mark = time.perf_counter()
            rows = worklist_page(db, WorklistQuery(sort=key), ACTOR, offset, PAGE_SIZE)
            found[key].append(ms_since(mark))
            if len(rows) != PAGE_SIZE:
                raise RuntimeError(f"sorted by {key}: {len(rows)} rows at {offset:,}")
    return {"ms": found}
