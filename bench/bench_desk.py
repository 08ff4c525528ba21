"""An officer's steps, each against a floor in the same run, with issue 20's targets printed
met or MISSED. Every side is its own `python -m bench._worker` process, offscreen:

* start: the sign-in dialog on screen as `kvisa-desk` starts (kvisa_desk.ui.shell.start: a
  fresh process, from the worker's first line, bytecode compiled as an installed copy has
  it), against a bare QMainWindow with an empty QTableView (target 1.3x); the window's
  modules and the database loaded on a thread meanwhile, then the password accepted to the
  first worklist page painted (target 300 ms, floor the plain sqlite3 count and first page),
  Argon2id's verification on its own line;
* open a case: Enter on the worklist (`MainWindow.open_case`) to the header and first tab
  painted, p95 (target 100 ms); each other tab's first show, its slowest (target 100 ms);
  floor: the case's rows of every fact table read with plain sqlite3;
* save an edit: the phone changed, Ctrl+S to "Saved." painted, p95 (target 100 ms); floor:
  the same UPDATEs in plain sqlite3, one transaction;
* one case's checks: "Run checks" to the results painted, p95 (target 150 ms), and the
  session's first on its own row (the registry's index built after sign-in, as the window
  does); floor: the case's fact rows read with plain sqlite3;
* a signed letter: rendered, PAdES-signed and its first page previewed, the second letter
  of a process (target 500 ms); the first (pyHanko's import, the key load) on its own line;
  floor: the bare ReportLab canvas drawing the same letter's text.

The database is the worklist benchmark's (bench/bulk_cases.py, 1,000,000 cases; 20,000 with
--quick), copied to the run's scratch folder.
"""

from __future__ import annotations

import math
import statistics

from bench.api import Metric, benchmark, task

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from bench.harness import Context

FULL_SIZE = 1_000_000
QUICK_SIZE = 20_000
LETTER_SEED = 20251015
TARGETS_MS = {
    "sign-in to first page": 300.0,
    "open a case p95": 100.0,
    "slowest tab's first show": 100.0,
    "save an edit p95": 100.0,
    "one case's checks p95": 150.0,
    "second signed letter to preview": 500.0,
}
SIGN_IN_RATIO = 1.3


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def verdict(name: str, value: float, limit: float, unit: str = "ms") -> str:
    return f"{name} {value:.0f}{unit} (target < {limit:g}{unit}): " + (
        "met" if value < limit else "MISSED"
    )


@benchmark(
    "desk",
    "an officer's steps: sign-in dialog, first page, open a case, save, checks, signed "
    "letter vs plain sqlite3, a bare window and a bare canvas",
)
def desk_benchmark(ctx: Context) -> list[Metric]:
    import shutil
    from pathlib import Path

    from bench.bulk_cases import bulk_db_file_name
    from bench.desk_window import open_case_ids

    count = ctx.size(FULL_SIZE, QUICK_SIZE)

    def build(path: Path) -> None:
        ctx.log(f"desk: building a {count:,}-case database (cached in {ctx.cache_dir})")
        ctx.worker("worklist.build", timeout=3600, db=str(path), count=count)

    cached = ctx.cached(bulk_db_file_name(count), build)
    db = ctx.scratch("desk.sqlite3")
    shutil.copyfile(cached, db)
    common = {"timeout": 900, "db": str(db)}
    ctx.worker("desk.prepare", **common)  # a post's administrator: sign-in, not the first run

    runs = ctx.repeats(full=7, quick=5)  # a start is short and the machine shared: noisy
    starts: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    plain_pages: list[dict[str, Any]] = []
    for run in range(-1, runs):  # run -1 is the discarded warm-up
        ctx.log(f"desk: start, {'warm-up' if run < 0 else f'run {run + 1} of {runs}'}")
        k = ctx.worker("desk.start", pycache=str(ctx.cache_dir / "pycache"), **common)
        b = ctx.worker("startup.bare_window", timeout=300)
        p = ctx.worker("worklist.plain_first_page", **common)
        if run >= 0:
            starts.append(k), bare.append(b), plain_pages.append(p)

    def median(results: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    cases = open_case_ids(str(db), ctx.size(40, 12))
    ctx.log(f"desk: opening, saving and checking {len(cases)} cases")
    steps = ctx.worker("desk.cases", case_ids=cases, tab_cases=ctx.size(5, 3), **common)
    plain = ctx.worker("desk.plain", case_ids=cases, **common)
    letters = ctx.repeats(full=10, quick=4)
    ctx.log(f"desk: {letters} signed letters")
    signed = ctx.worker("desk.letter", count=letters, seed=LETTER_SEED, timeout=600)
    floor = ctx.worker("letters.floor", count=letters, seed=LETTER_SEED, timeout=600)
    floor_ms = floor["seconds"] / floor["letters"] * 1000

    dialog, bare_ms = median(starts, "dialog_ms"), median(bare, "ms")
    first_page = median(starts, "first_page_ms")
    tabs = {label: max(ms) for label, ms in steps["tabs_ms"].items()}
    slowest_tab = max(tabs, key=lambda label: tabs[label])
    letter_ms = statistics.median(signed["ms"])
    ctx.note(
        f"{count:,} cases; start: median of {runs} fresh processes after a warm-up; "
        f"{len(cases)} open cases spread over the database"
    )
    ctx.note(
        f"start, ms from the worker's first line (bytecode compiled, as installed): the "
        f"QApplication with fonts and language {median(starts, 'qt_ms'):.0f}, the sign-in "
        f"dialog shown {dialog:.0f}; bare window {bare_ms:.0f} (its QApplication "
        f"{median(bare, 'qt_ms'):.0f}); meanwhile, while the officer types, the window's "
        f"modules imported and the database opened on a thread by "
        f"{median(starts, 'loaded_ms'):.0f}"
    )
    ctx.note(
        f"sign-in: Argon2id verification and the sign-in recorded "
        f"{median(starts, 'verify_ms'):.0f} ms (deliberate; not counted in the first page); "
        f"the registry's index, built beside the GUI thread after the first page, ready "
        f"{median(starts, 'index_wait_ms'):.0f} ms after it"
    )
    ctx.note(
        "medians, ms: "
        + ", ".join(
            f"{label} {statistics.median(steps[key]):.0f} "
            f"(plain {statistics.median(plain[key]):.1f})"
            for key, label in (("open_ms", "open"), ("save_ms", "save"), ("checks_ms", "checks"))
        )
        + f"; the session's first checks {steps['checks_ms'][0]:.0f} (the registry's index "
        f"built after sign-in in {steps['index_ms']:.0f}, before the first case was opened)"
    )
    if steps["refused"]:
        ctx.note(f"not saved (a generated fact the form refuses): {'; '.join(steps['refused'])}")
    ctx.note(
        "tabs' first show, slowest of the first cases, ms: "
        + ", ".join(f"{label} {ms:.0f}" for label, ms in tabs.items())
    )
    ctx.note(
        f"signed letter: the first of a process {signed['first_ms']:.0f} ms (pyHanko's "
        f"import, the key load); then median {letter_ms:.0f} ms; bare canvas {floor_ms:.1f} ms"
    )
    ctx.note(
        "targets: "
        + "; ".join(
            (
                f"sign-in dialog {dialog / bare_ms:.2f}x a bare window (target < "
                f"{SIGN_IN_RATIO:g}x): {'met' if dialog / bare_ms < SIGN_IN_RATIO else 'MISSED'}",
                verdict("sign-in to first page", first_page, TARGETS_MS["sign-in to first page"]),
                verdict("open a case p95", p95(steps["open_ms"]), TARGETS_MS["open a case p95"]),
                verdict(
                    f"slowest tab's first show ({slowest_tab})",
                    tabs[slowest_tab],
                    TARGETS_MS["slowest tab's first show"],
                ),
                verdict("save an edit p95", p95(steps["save_ms"]), TARGETS_MS["save an edit p95"]),
                verdict(
                    "one case's checks p95",
                    p95(steps["checks_ms"]),
                    TARGETS_MS["one case's checks p95"],
                ),
                verdict(
                    "the session's first checks",
                    steps["checks_ms"][0],
                    TARGETS_MS["one case's checks p95"],
                ),
                verdict(
                    "second signed letter to preview",
                    letter_ms,
                    TARGETS_MS["second signed letter to preview"],
                ),
            )
        )
    )
    return [
        Metric("desk.sign_in_dialog", dialog, "ms", bare_ms),
        Metric(
            "desk.sign_in_to_first_page", first_page, "ms", median(plain_pages, "first_page_ms")
        ),
        Metric("desk.open_case.p95", p95(steps["open_ms"]), "ms", p95(plain["open_ms"])),
        Metric("desk.tab_first_show.max", tabs[slowest_tab], "ms", p95(plain["open_ms"])),
        Metric("desk.save_edit.p95", p95(steps["save_ms"]), "ms", p95(plain["save_ms"])),
        Metric("desk.case_checks.p95", p95(steps["checks_ms"]), "ms", p95(plain["checks_ms"])),
        Metric("desk.case_checks.first", steps["checks_ms"][0], "ms", plain["checks_ms"][0]),
        Metric("desk.signed_letter", letter_ms, "ms", floor_ms),
        Metric("desk.signed_letter.first", signed["first_ms"], "ms", floor_ms),
    ]


# -- the workers -----------------------------------------------------------------------------


@task
def prepare(params: dict[str, Any]) -> dict[str, Any]:
    from pathlib import Path

    from bench.accounts import ensure_administrator
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    opened = open_database(sqlite_url(Path(params["db"])), "system")
    try:
        return {"administrator": ensure_administrator(opened.db)}
    finally:
        opened.db.dispose()


@task
def start(params: dict[str, Any]) -> dict[str, Any]:
    from bench.desk_window import sign_in_start

    return sign_in_start(params)


@task
def cases(params: dict[str, Any]) -> dict[str, Any]:
    from bench.desk_window import case_steps

    return case_steps(params)


@task
def plain(params: dict[str, Any]) -> dict[str, Any]:
    from bench.desk_window import plain_steps

    return plain_steps(params)


@task
def letter(params: dict[str, Any]) -> dict[str, Any]:
    from bench.desk_window import signed_letter

    return signed_letter(params)
