"""The audit trail at 1,000,000 events: verify the chain, read the viewer's pages, export it.

The database: the schema and one supervisor from `open_database`, then 1,000,000 events
appended through `core.audit.append_events` in batches (a valid chain, kinds, officers and
cases spread as a busy post's would be), cached in bench/.cache.

Each side runs in its own worker process on a copy:

* measured: `verify_audit` (the whole chain walked and rehashed); the viewer's first
  page of one officer's events (`count_events` + `events_page`, 100 rows) and a page in
  the middle of the whole trail; `export_audit` of the whole trail to CSV;
* baseline: plain `sqlite3` — the same rows read and SHA-256 hashed once each (no
  canonical JSON, no link checks); the same COUNT and LIMIT/OFFSET queries; the same rows
  into `csv.writer`.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.api import Metric, benchmark, task

if TYPE_CHECKING:
    from bench.harness import Context

FULL_SIZE = 1_000_000
QUICK_SIZE = 2_000
BATCH = 5_000
ACTOR = "bench.supervisor"
PASSWORD = "bench password 123"
BUILD_VERSION = 1
KINDS = ("checks_run", "case_viewed", "case_edited", "status_changed", "note_added", "login")
OFFICERS = ("officer.li", "officer.smith", "officer.okafor", "officer.tanaka", ACTOR)


@benchmark("audit", "audit trail of 1,000,000 events: verify, viewer pages, CSV export")
def audit_benchmark(ctx: Context) -> list[Metric]:
    import shutil

    from bench.harness import BenchError
    from kvisa_desk.store.migrate import head_revision

    count = ctx.size(FULL_SIZE, QUICK_SIZE)
    name = f"audit-events-{count}-schema{head_revision()}-v{BUILD_VERSION}.sqlite3"

    def build(path: Path) -> None:
        ctx.log(f"audit: appending {count:,} events through the audit service")
        started = time.perf_counter()
        result = ctx.worker("audit.build", db=str(path), count=count)
        if result["events"] < count:
            raise BenchError(f"built {result['events']} events, not {count}")
        ctx.log(f"audit: built in {time.perf_counter() - started:.1f} s")

    cached = ctx.cached(name, build)
    db = ctx.scratch("audit.sqlite3")
    shutil.copyfile(cached, db)
    runs = ctx.repeats(full=1, quick=2)
    ours: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    for run in range(runs):
        ctx.log(f"audit: run {run + 1} of {runs}")
        out = ctx.scratch(f"audit-{run}.csv")
        plain.append(ctx.worker("audit.plain", db=str(db), out=str(out)))
        out.unlink(missing_ok=True)
        ours.append(ctx.worker("audit.kvisa", db=str(db), out=str(out)))
        out.unlink(missing_ok=True)
        if not ours[-1]["intact"]:
            raise BenchError("the built chain does not verify")

    def median(side: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in side))

    ctx.note(
        f"{count:,} events; verify {count / median(ours, 'verify'):,.0f} events/s; "
        f"officer filter matched {ours[0]['officer_total']:,}"
    )
    return [
        Metric("audit.verify.time", median(ours, "verify"), "s", median(plain, "verify")),
        Metric("audit.page_officer.time", median(ours, "page"), "s", median(plain, "page")),
        Metric("audit.page_middle.time", median(ours, "middle"), "s", median(plain, "middle")),
        Metric("audit.export_csv.time", median(ours, "export"), "s", median(plain, "export")),
    ]


@task
def build(params: dict[str, Any]) -> dict[str, Any]:
    import random

    from kvisa_desk.core.accounts.accounts import create_account
    from kvisa_desk.core.accounts.audit import NewEvent, append_events
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    count = int(params["count"])
    db = open_database(sqlite_url(Path(params["db"]))).db
    rng = random.Random(7)
    try:
        with db.write() as session:
            create_account(session, ACTOR, PASSWORD, "supervisor", "bench", must_change=False)
        made = 0
        while made < count:
            events = [
                NewEvent(
                    rng.choice(OFFICERS),
                    kind,
                    rng.randrange(1, 100_000),
                    {"version": rng.randrange(1, 20), "fields": ["applicant.phone"]}
                    if kind == "case_edited"
                    else {"outcome": rng.choice(("pass", "review", "fail")), "run_id": made},
                )
                for kind in (rng.choice(KINDS) for _ in range(min(BATCH, count - made)))
            ]
            with db.write() as session:
                append_events(session, events)
            made += len(events)
        with db.read() as session:
            from sqlalchemy import func, select

            from kvisa_desk.store.models import CaseEvent

            total = int(session.scalar(select(func.count()).select_from(CaseEvent)) or 0)
    finally:
        db.dispose()
    return {"events": total}


def _timed(call: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


@task
def kvisa(params: dict[str, Any]) -> dict[str, Any]:
    from kvisa_desk.core.accounts.audit_view import (
        AuditFilter,
        count_events,
        events_page,
        export_audit,
        verify_audit,
    )
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    db = open_database(sqlite_url(Path(params["db"]))).db
    try:
        verify, report = _timed(lambda: verify_audit(db, ACTOR))
        one = AuditFilter(officer=OFFICERS[0])
        page, total = _timed(
            lambda: (count_events(db, ACTOR, one), events_page(db, ACTOR, one, 0, 100))[0]
        )
        everything = count_events(db, ACTOR, AuditFilter())
        middle, _rows = _timed(lambda: events_page(db, ACTOR, AuditFilter(), everything // 2))
        export, _n = _timed(lambda: export_audit(db, ACTOR, AuditFilter(), Path(params["out"])))
    finally:
        db.dispose()
    return {
        "verify": verify,
        "intact": report.ok,
        "page": page,
        "officer_total": total,
        "middle": middle,
        "export": export,
    }


@task
def plain(params: dict[str, Any]) -> dict[str, Any]:
    import csv
    import hashlib
    import sqlite3

    conn = sqlite3.connect(params["db"])
    try:

        def hash_all() -> int:
            rows = conn.execute(
                "SELECT id, case_id, officer, occurred_at, kind, details FROM case_events "
                "ORDER BY id"
            )
            return sum(1 for row in rows if hashlib.sha256(repr(row).encode()).digest())

        verify, _n = _timed(hash_all)

        def page_of_one() -> int:
            total = conn.execute(
                "SELECT count(*) FROM case_events WHERE officer = ?", (OFFICERS[0],)
            ).fetchone()[0]
            conn.execute(
                "SELECT * FROM case_events WHERE officer = ? ORDER BY id DESC LIMIT 100",
                (OFFICERS[0],),
            ).fetchall()
            return int(total)

        page, _total = _timed(page_of_one)
        everything = conn.execute("SELECT count(*) FROM case_events").fetchone()[0]
        middle, _rows = _timed(
            lambda: conn.execute(
                "SELECT * FROM case_events ORDER BY id DESC LIMIT 100 OFFSET ?",
                (everything // 2,),
            ).fetchall()
        )

        def write_all() -> None:
            with open(params["out"], "w", encoding="utf-8-sig", newline="") as handle:
                csv.writer(handle).writerows(
                    conn.execute(
                        "SELECT id, occurred_at, officer, kind, case_id, details "
                        "FROM case_events ORDER BY id DESC"
                    )
                )

        export, _none = _timed(write_all)
    finally:
        conn.close()
    return {"verify": verify, "page": page, "middle": middle, "export": export}
