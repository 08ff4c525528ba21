"""The officer's worklist on 1,000,000 cases, against plain sqlite3 and a bare Qt window.

The database comes from `bench/bulk_cases.py` (built once, cached in bench/.cache by size,
seed, generator version and schema revision; --quick uses 20,000 cases) and is copied to
the run's scratch folder. Every side runs in its own `python -m bench._worker` process,
the window offscreen at its default size (1280 x 780):

* first page: `open_database`, `create_main_window`, `show()`, until the worklist's first
  page is painted (the counting, the first page and the paint included); baseline: plain
  `sqlite3` connect, the same count and the same first-page SELECT. RSS is read in the same
  window once the queue counts are in, against a bare QMainWindow with an empty QTableView
  of the same size. One discarded warm-up, then medians of alternating starts.
* search as you type: names typed letter by letter into the window's search box with
  QTest, each letter followed by Return (what the box does itself after a 150 ms pause,
  which is not counted), timed from the key press until the results are painted;
  baseline: the same FTS5 queries (whole terms, then prefixes, at most 1,000) and the same
  SELECT of the found rows, in plain sqlite3.
* scrolling: the worklist scrolled a page at a time (the scroll bar's pageStep, then a
  repaint, fetching pages as the model does; the event loop runs between two steps, as
  between two key presses, untimed) in runs of 40 steps at 10 places from the top
  to the bottom of the million; the jump to each place is timed on its own, as is a jump to
  the middle after sorting by applicant. Baseline: the plain SELECT of one page by key, and
  for jumps the same SELECT with OFFSET.
"""

from __future__ import annotations

import math
import statistics
import time

from bench.api import Metric, benchmark, task
from bench.worklist_window import (
    PLACES,
    STEPS,
    WINDOW_SIZE,
    WORKER_TIMEOUT_S,
    ms_since,
    one_pass,
    places,
    prefixes,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from bench.harness import Context

FULL_SIZE = 1_000_000
QUICK_SIZE = 20_000
PAGE_ROWS = 200  # ui.worklist_model.PAGE_SIZE: what the plain side reads a page at a time
# What officers type: diacritics, a Chinese name, two words, a case reference.
TYPED = ("Müller", "Okafor", "Nguyen", "张伟", "Smirnova", "Oliver Smith", "C0777777")
TARGETS = {"keystroke p95": 50.0, "scroll step p95": 16.0, "memory ratio": 2.5, "sort page": 50.0}

PLAIN_COLUMNS = """c.id, c.application_id, c.post, a.surname, a.given_names, a.native_name,
 a.nationality, a.date_of_birth, c.status, c.effective_outcome, c.received_at, o.display_name
 FROM cases c JOIN applicants a ON a.case_id = c.id
 LEFT JOIN officers o ON o.id = c.assigned_officer_id"""
PLAIN_COUNT = "SELECT count(*) FROM cases"


def p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _verdict(name: str, value: float) -> str:
    limit = TARGETS[name]
    return f"{name} {value:.2f} (target < {limit:g}): {'met' if value < limit else 'MISSED'}"


@benchmark(
    "worklist",
    "the worklist on 1,000,000 cases: first page, search as you type, "
    "scrolling, memory vs plain sqlite3 and a bare window",
)
def worklist_benchmark(ctx: Context) -> list[Metric]:
    import shutil
    from pathlib import Path

    from bench.bulk_cases import bulk_db_file_name
    from bench.harness import BenchError

    count = ctx.size(FULL_SIZE, QUICK_SIZE)

    def build(path: Path) -> None:
        ctx.log(f"worklist: building a {count:,}-case database (cached in {ctx.cache_dir})")
        built = ctx.worker("worklist.build", timeout=3600, db=str(path), count=count)
        ctx.log(f"worklist: built in {built['total']:.0f} s ({built['steps']})")

    cached = ctx.cached(bulk_db_file_name(count), build)
    db = ctx.scratch("worklist.sqlite3")
    shutil.copyfile(cached, db)
    common = {"timeout": WORKER_TIMEOUT_S, "db": str(db)}

    runs = ctx.repeats(full=3)
    opened: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    for run in range(-1, runs):  # run -1 is the discarded warm-up
        ctx.log(f"worklist: first page, {'warm-up' if run < 0 else f'run {run + 1} of {runs}'}")
        sides = [("plain", "worklist.plain_first_page"), ("kvisa", "worklist.window_open"),
                 ("bare", "worklist.bare_window")]  # fmt: skip
        for side, name in sides if run % 2 else reversed(sides):
            result = ctx.worker(name, **common)
            if run >= 0:
                {"plain": plain, "kvisa": opened, "bare": bare}[side].append(result)
    for result in opened + plain:
        if result["rows"] != count:
            raise BenchError(f"the first page counted {result['rows']:,} of {count:,} cases")

    ctx.log("worklist: typing in the search box")
    typing = ctx.worker(
        "worklist.window_typing", words=list(TYPED), rounds=ctx.repeats(2), **common
    )
    plain_typing = ctx.worker(
        "worklist.plain_typing", words=list(TYPED), rounds=ctx.repeats(2), **common
    )
    if typing["found"] != plain_typing["found"]:
        raise BenchError(f"the window found {typing['found']}, sqlite3 {plain_typing['found']}")
    ctx.log("worklist: scrolling")
    scrolling = ctx.worker("worklist.window_scroll", **common)
    plain_scrolling = ctx.worker("worklist.plain_scroll", count=count, **common)

    by_sort = ctx.worker("worklist.sorts", count=count, **common)["ms"]

    def median(results: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    keys, plain_keys = typing["ms"], plain_typing["ms"]
    steps, pages = scrolling["steps_ms"], plain_scrolling["pages_ms"]
    rss, bare_rss = median(opened, "rss_mb"), median(bare, "rss_mb")
    ctx.note(f"{count:,} cases (bench/bulk_cases.py); medians of {runs} start(s) after a warm-up")
    ctx.note(
        "first page, ms: "
        + ", ".join(
            f"{label} {median(opened, key):.0f}"
            for key, label in (
                ("open_ms", "open_database"),
                ("window_ms", "create_main_window"),
                ("paint_ms", "show and paint"),
            )
        )
        + f"; plain count {median(plain, 'count_ms'):.0f} + page {median(plain, 'page_ms'):.1f}"
    )
    ctx.note(f"queue counts on the reading thread: {median(opened, 'counts_ms'):.0f} ms")
    ctx.note(
        f"typing: {len(keys)} keystrokes of {', '.join(TYPED)}; the window's median split: "
        f"search {typing['search_ms']:.1f} ms, rest (rows, model, paint) "
        f"{statistics.median(keys) - typing['search_ms']:.1f} ms; the box waits 150 ms of "
        f"pause before searching (not counted); slowest: {typing['slowest']}"
    )
    ctx.note(
        f"scrolling: {len(steps)} page steps of {scrolling['page_step']} rows; "
        f"{scrolling['fetches']} page fetches; jumps to {PLACES} places "
        f"{', '.join(f'{ms:.0f}' for ms in scrolling['jumps_ms'])} ms; plain sqlite3 with "
        f"a plain OFFSET instead of the key: median "
        f"{statistics.median(plain_scrolling['naive_jumps_ms']):.0f} ms, by applicant "
        f"{plain_scrolling['sorted_naive_ms']:.0f} ms"
    )
    ctx.note(
        f"sorted by applicant: first page {scrolling['sorted_first_ms']:.0f} ms, jump to the "
        f"middle {scrolling['sorted_jump_ms']:.0f} ms, steps there median "
        f"{statistics.median(scrolling['sorted_steps_ms']):.1f} ms, "
        f"p95 {p95(scrolling['sorted_steps_ms']):.1f} ms"
    )
    ctx.note(
        "a page of each sort, top / middle, ms: "
        + ", ".join(f"{key} {top:.0f} / {middle:.0f}" for key, (top, middle) in by_sort.items())
    )
    ctx.note(
        "the GUI thread's own CPU time (what a machine busy with other work does not inflate):"
        f" keystroke median {statistics.median(typing['cpu_ms']):.1f} ms, "
        f"p95 {p95(typing['cpu_ms']):.1f} ms; scroll step median "
        f"{statistics.median(scrolling['cpu_ms']):.1f} ms, p95 {p95(scrolling['cpu_ms']):.1f} ms"
    )
    ctx.note(
        f"RSS after typing {typing['rss_mb']:.0f} MB, after scrolling {scrolling['rss_mb']:.0f} MB"
    )
    ctx.note(
        "targets: "
        + "; ".join(
            (
                _verdict("keystroke p95", p95(keys)),
                _verdict("scroll step p95", p95(steps)),
                _verdict("memory ratio", rss / bare_rss),
                *(
                    _verdict("sort page", max(ms)).replace("sort page", f"page sorted by {key}")
                    for key, ms in by_sort.items()
                ),
            )
        )
    )
    return [
        Metric(
            "worklist.first_page",
            median(opened, "first_page_ms"),
            "ms",
            median(plain, "first_page_ms"),
        ),
        Metric(
            "worklist.keystroke.median",
            statistics.median(keys),
            "ms",
            statistics.median(plain_keys),
        ),
        Metric("worklist.keystroke.p95", p95(keys), "ms", p95(plain_keys)),
        Metric("worklist.scroll.median", statistics.median(steps), "ms", statistics.median(pages)),
        Metric("worklist.scroll.p95", p95(steps), "ms", p95(pages)),
        Metric(
            "worklist.jump",
            statistics.median(scrolling["jumps_ms"]),
            "ms",
            statistics.median(plain_scrolling["jumps_ms"]),
        ),
        Metric(
            "worklist.sorted_jump",
            scrolling["sorted_jump_ms"],
            "ms",
            plain_scrolling["sorted_jump_ms"],
        ),
        Metric("worklist.rss", rss, "MB", bare_rss),
        # Each sortable column: its slower page (top or middle) against the plain keyset page.
        *(
            Metric(f"worklist.sort.{key}", max(ms), "ms", statistics.median(pages))
            for key, ms in by_sort.items()
        ),
    ]


# -- the workers -----------------------------------------------------------------------------


@task
def build(params: dict[str, Any]) -> dict[str, Any]:
    from pathlib import Path

    from bench.bulk_cases import build_database

    timings = build_database(Path(params["db"]), int(params["count"]))
    steps = ", ".join(f"{k} {v:.0f} s" for k, v in timings.items() if k != "total")
    return {"total": timings["total"], "steps": steps}


def _plain(params: dict[str, Any]) -> Any:
    import sqlite3

    return sqlite3.connect(params["db"])


@task
def plain_first_page(params: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    conn = _plain(params)
    rows = conn.execute(PLAIN_COUNT).fetchone()[0]
    count_ms = ms_since(started)
    mark = time.perf_counter()
    page = conn.execute(f"SELECT {PLAIN_COLUMNS} ORDER BY c.id DESC LIMIT ?", (PAGE_ROWS,))
    assert len(page.fetchall()) == min(rows, PAGE_ROWS)
    page_ms = ms_since(mark)
    return {
        "first_page_ms": ms_since(started),
        "count_ms": count_ms,
        "page_ms": page_ms,
        "rows": rows,
    }


@task
def window_open(params: dict[str, Any]) -> dict[str, Any]:
    from bench.api import current_rss_mb
    from bench.worklist_window import open_window

    _app, window, times = open_window(params)
    return {**times, "rss_mb": current_rss_mb(), "rows": window.worklist_model.rowCount()}


@task
def bare_window(params: dict[str, Any]) -> dict[str, Any]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    _app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(*WINDOW_SIZE)
    window.show()
    one_pass()
    from bench.api import current_rss_mb

    return {"rss_mb": current_rss_mb()}


@task
def window_typing(params: dict[str, Any]) -> dict[str, Any]:
    from bench.worklist_window import typing

    return typing(params)


@task
def window_scroll(params: dict[str, Any]) -> dict[str, Any]:
    from bench.worklist_window import scrolling

    return scrolling(params)


@task
def sorts(params: dict[str, Any]) -> dict[str, Any]:
    from bench.worklist_window import sort_pages

    return sort_pages(params)


@task
def window_screenshots(params: dict[str, Any]) -> dict[str, Any]:
    """`python -m bench._worker worklist.window_screenshots '{"db": DB, "out": DIR}' OUT`."""
    from bench.worklist_window import screenshots

    return screenshots(params)


@task
def plain_typing(params: dict[str, Any]) -> dict[str, Any]:
    from kvisa_desk.core.cases.search import DEFAULT_LIMIT, terms_of

    conn = _plain(params)
    fts = (
        "SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?"
    )
    timings: list[float] = []
    found: dict[str, int] = {}
    for _round in range(int(params["rounds"])):
        for text in prefixes(params["words"]):
            words = terms_of(text)[:16]  # folding is not timed: the queries are
            mark = time.perf_counter()
            ids: dict[int, None] = {}
            ref = text[1:].lstrip("0") if text[:1] in "Cc" and text[1:].isdigit() else ""
            if ref:
                row = conn.execute("SELECT id FROM cases WHERE id = ?", (int(ref),)).fetchone()
                if row:
                    ids[row[0]] = None
            for star in ("", "*"):
                if len(ids) >= DEFAULT_LIMIT:
                    break
                query = " ".join(f'"{w}"{star}' for w in words)
                for (case_id,) in conn.execute(fts, (query, DEFAULT_LIMIT)):
                    ids.setdefault(case_id, None)
            chosen = list(ids)[:DEFAULT_LIMIT]
            marks = ",".join("?" * len(chosen))
            rows = conn.execute(
                f"SELECT {PLAIN_COLUMNS} WHERE c.id IN ({marks}) ORDER BY c.id DESC", chosen
            ).fetchall()
            timings.append(ms_since(mark))
            if text in params["words"]:
                found[text] = len(rows)
    return {"ms": timings, "found": found}


@task
def plain_scroll(params: dict[str, Any]) -> dict[str, Any]:
    conn = _plain(params)
    count = int(params["count"])
    by_key = f"SELECT {PLAIN_COLUMNS} WHERE c.id < ? ORDER BY c.id DESC LIMIT ?"
    # A jump as the worklist makes it: the key where the page starts, then the page by key.
    key_at = "SELECT id FROM cases ORDER BY id DESC LIMIT 1 OFFSET ?"
    by_offset = f"SELECT {PLAIN_COLUMNS} ORDER BY c.id DESC LIMIT ? OFFSET ?"
    pages: list[float] = []
    jumps: list[float] = []
    naive: list[float] = []
    page_step = 25  # about what the window shows; pages of PAGE_ROWS as the model reads
    for start in places(count, page_step):
        mark = time.perf_counter()
        conn.execute(by_offset, (PAGE_ROWS, start)).fetchall()
        naive.append(ms_since(mark))
        mark = time.perf_counter()
        (first,) = conn.execute(key_at, (max(start - 1, 0),)).fetchone()
        rows = conn.execute(by_key, (first + (start == 0), PAGE_ROWS)).fetchall()
        jumps.append(ms_since(mark))
        for _ in range(STEPS * page_step // PAGE_ROWS):
            mark = time.perf_counter()
            rows = conn.execute(by_key, (rows[-1][0], PAGE_ROWS)).fetchall()
            pages.append(ms_since(mark))
    order = "a.surname, a.given_names, a.case_id"
    mark = time.perf_counter()
    conn.execute(
        f"SELECT {PLAIN_COLUMNS} ORDER BY {order} LIMIT ? OFFSET ?", (PAGE_ROWS, count // 2)
    )
    sorted_naive = ms_since(mark)
    mark = time.perf_counter()
    name_key = conn.execute(
        f"SELECT surname, given_names, case_id FROM applicants a ORDER BY {order} LIMIT 1 OFFSET ?",
        (count // 2 - 1,),
    ).fetchone()
    conn.execute(
        f"SELECT {PLAIN_COLUMNS} WHERE ({order}) > (?, ?, ?) ORDER BY {order} LIMIT ?",
        (*name_key, PAGE_ROWS),
    ).fetchall()
    return {
        "pages_ms": pages,
        "jumps_ms": jumps,
        "sorted_jump_ms": ms_since(mark),
        "naive_jumps_ms": naive,
        "sorted_naive_ms": sorted_naive,
    }
