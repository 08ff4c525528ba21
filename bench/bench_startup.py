"""Start-up to a visible worklist on a 100,000-case database, against a bare Qt window.

Each start is a fresh `python -m bench._worker` process (QT_QPA_PLATFORM=offscreen):

* measured: create the QApplication, import `kvisa_desk.ui.shell.app`, open the database with
  `open_database`, `create_main_window(db, actor)`, `show()`, wait until
  `worklist_model.rowCount() > 0`, read the first row's first cell, then run one
  event-loop pass (`QTimer.singleShot(0, app.quit); app.exec()`);
* baseline: a bare QMainWindow holding an empty QTableView, started the same way.

Times run from the worker's first line (`time.perf_counter()` before anything imports
Qt); the interpreter's own start-up, from just before the spawn to that line, is
reported as a separate row. RSS is the process's resident set once the window is up.
One warm-up start of each is discarded (bytecode caches, the OS file cache), then the
measured starts alternate bare/KVisa and the medians are reported. The database is a
copy of a cached one (bench/.cache/cases-*.sqlite3, built once by importing the
generated applications), so the application may write to it freely.
"""

from __future__ import annotations

import sys
import time

from bench.api import Metric, Skip, benchmark, current_rss_mb, task

TYPE_CHECKING = False  # the workers of this module time their start-up: no typing import
if TYPE_CHECKING:
    from typing import Any

    from bench.harness import Context

FULL_SIZE = 100_000
QUICK_SIZE = 2_000
ACTOR = "bench.officer"
ROWS_TIMEOUT_S = 120
WORKER_TIMEOUT_S = 300


@benchmark("startup", "start-up to a visible worklist on 100,000 cases vs a bare Qt window")
def startup_benchmark(ctx: Context) -> list[Metric]:
    import importlib.util
    import shutil
    import statistics

    from bench.bench_import import imported_cases_db

    if importlib.util.find_spec("kvisa_desk.ui.shell.app") is None:
        # Worth knowing before spending a minute building the database.
        raise Skip("kvisa_desk.ui.shell.app does not exist yet")
    count = ctx.size(FULL_SIZE, QUICK_SIZE)

    cached = imported_cases_db(ctx, count)
    db = ctx.scratch("startup.sqlite3")
    shutil.copyfile(cached, db)

    runs = ctx.repeats(full=5, quick=1)
    bare: list[dict[str, Any]] = []
    kvisa: list[dict[str, Any]] = []
    for run in range(-1, runs):  # run -1 is the discarded warm-up
        label = "warm-up" if run < 0 else f"run {run + 1} of {runs}"
        ctx.log(f"startup: {label}")
        b = ctx.worker("startup.bare_window", timeout=WORKER_TIMEOUT_S)
        k = ctx.worker("startup.kvisa_window", timeout=WORKER_TIMEOUT_S, db=str(db))
        if run >= 0:
            bare.append(b)
            kvisa.append(k)

    def median(results: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    k_ms, b_ms = median(kvisa, "ms"), median(bare, "ms")
    k_py, b_py = median(kvisa, "python_startup_ms"), median(bare, "python_startup_ms")
    k_rss, b_rss = median(kvisa, "rss_mb"), median(bare, "rss_mb")
    steps = ", ".join(
        f"{label} {median(kvisa, key):.0f}"
        for key, label in (
            ("qt_ms", "Qt + QApplication"),
            ("import_ms", "import kvisa_desk.ui.shell.app"),
            ("open_ms", "open_database"),
            ("window_ms", "create_main_window"),
            ("show_ms", "show"),
            ("rows_ms", "first rows"),
            ("loop_ms", "event-loop pass"),
        )
    )
    ctx.note(f"{count:,} cases; median of {runs} start(s) each after one warm-up")
    ctx.note(f"KVisa, ms from the worker's first line: {steps}")
    ctx.note(f"bare window: Qt + QApplication {median(bare, 'qt_ms'):.0f}, rest "
             f"{b_ms - median(bare, 'qt_ms'):.0f}")  # fmt: skip
    ctx.note(
        f"including the interpreter's start-up: KVisa {k_py + k_ms:.0f} ms, "
        f"bare window {b_py + b_ms:.0f} ms"
    )
    last = kvisa[-1]
    ctx.note(f"worklist: rowCount() {last['rows']:,}, first cell {last['first_cell']}")
    return [
        Metric("startup.time", k_ms, "ms", b_ms),
        Metric("startup.python", k_py, "ms", b_py),
        Metric("startup.rss", k_rss, "MB", b_rss),
    ]


# -- the workers: nothing heavy is imported above this line ---------------------------------


def _since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _application() -> Any:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _one_event_loop_pass(app: Any) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, app.quit)
    app.exec()


@task
def bare_window(params: dict[str, Any]) -> dict[str, Any]:
    t0 = params["t0"]
    app = _application()
    qt_ms = _since(t0)
    from PySide6.QtWidgets import QMainWindow, QTableView

    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.show()
    _one_event_loop_pass(app)
    ms = _since(t0)
    rss = current_rss_mb()
    window.close()
    return {"ms": ms, "qt_ms": qt_ms, "rss_mb": rss}


def _wait_for_rows(model: Any, timeout_s: float) -> None:
    """Run the event loop until the model has rows (loaded lazily or in a thread)."""
    if model.rowCount() > 0:
        return
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()

    def check(*_args: object) -> None:
        if model.rowCount() > 0:
            loop.quit()

    for signal in (model.rowsInserted, model.modelReset, model.layoutChanged):
        signal.connect(check)
    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(5)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    poll.stop()
    if model.rowCount() == 0:
        raise RuntimeError(f"the worklist showed no rows within {timeout_s:.0f} s")


@task
def kvisa_window(params: dict[str, Any]) -> dict[str, Any]:
    t0 = params["t0"]
    app = _application()
    qt_ms = _since(t0)
    try:
        from kvisa_desk.ui.shell.app import create_main_window
    except ModuleNotFoundError as exc:
        if exc.name in ("kvisa_desk.ui", "kvisa_desk.ui.shell.app"):
            raise Skip("kvisa_desk.ui.shell.app does not exist yet") from None
        raise
    except ImportError as exc:
        if "create_main_window" in str(exc):
            raise Skip("kvisa_desk.ui.shell.app has no create_main_window yet") from None
        raise
    import_ms = _since(t0)
    from pathlib import Path

    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    opened = open_database(sqlite_url(Path(params["db"])), ACTOR)
    open_ms = _since(t0)
    window = create_main_window(opened.db, ACTOR)
    window_ms = _since(t0)
    missing = [name for name in ("worklist_view", "worklist_model") if not hasattr(window, name)]
    if missing:
        raise Skip(f"the main window has no {' or '.join(missing)} yet")
    window.show()
    show_ms = _since(t0)
    model = window.worklist_model
    _wait_for_rows(model, ROWS_TIMEOUT_S)
    first_cell = model.data(model.index(0, 0))
    rows_ms = _since(t0)
    _one_event_loop_pass(app)
    ms = _since(t0)
    rss = current_rss_mb()
    return {
        "ms": ms,
        "rss_mb": rss,
        "qt_ms": qt_ms,
        "import_ms": import_ms - qt_ms,
        "open_ms": open_ms - import_ms,
        "window_ms": window_ms - open_ms,
        "show_ms": show_ms - window_ms,
        "rows_ms": rows_ms - show_ms,
        "loop_ms": ms - rows_ms,
        "rows": model.rowCount(),
        "first_cell": repr(first_cell)[:40],
    }
