"""Export 1,000,000 cases to CSV and to XLSX, against the csv module on a plain sqlite3 cursor.

The database: 1,000,000 cases (applicants, statuses, check outcomes and the decision events
the dashboard reads), cached in bench/.cache. It is built fast, never through the importer:
the schema and one officer account come from `open_database`, then plain `sqlite3` inserts
the cases and applicants of the first 100,000 generated applications (bench/datagen.py, the
same file the import benchmark reads) and copies those rows, with new ids and application
ids, until there are enough. The decision events are plain rows too: their hash chain is
not valid (nothing here verifies it).

Each side runs in its own worker process on a copy of that database, so its peak RSS is
its own:

* measured: `export_worklist(db, out, "csv"|"xlsx", actor)`, everything included (the
  permission check, the count, keyset batches, neutralisation, `atomic_writer`, the
  audit event); and `post_dashboard(db, supervisor=True)`;
* baseline: `SELECT` of the same columns joined and ordered the same way from a plain
  `sqlite3` cursor, straight into `csv.writer(...).writerows(cursor)` (UTF-8 with BOM) —
  the baseline of both the CSV and the XLSX rows; for the dashboard, one plain GROUP BY
  pass over the cases and one over the decision events.

A further note (not a metric) times openpyxl's write-only workbook fed straight from the
same cursor, to tell openpyxl's own cost from ours.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.api import Metric, Skip, benchmark, current_rss_mb, task

if TYPE_CHECKING:
    from bench.harness import Context

FULL_SIZE = 1_000_000
QUICK_SIZE = 2_000
SEED_FULL = 100_000  # distinct generated applications the big database is copied from
ACTOR = "bench.officer"
PASSWORD = "bench password 123"
BUILD_VERSION = 1  # bump when the built database changes
# Issue 20's targets, as ratios to the floor measured in the same run.
CSV_TARGET = 2.0
XLSX_TARGET = 6.0
DASHBOARD_TARGET = 2.0

STATUSES = (
    "received", "received", "received", "in_review", "awaiting_documents",
    "ready_for_decision", "awaiting_sign_off", "approved", "refused", "letter_issued",
)  # fmt: skip
OUTCOMES = (None, "pass", "review", "fail")
OFFICERS = ("officer.li", "officer.smith", "officer.okafor", "officer.tanaka")

PLAIN_QUERY = """
SELECT c.id, c.application_id, c.post, a.surname, a.given_names, a.native_name,
       a.nationality, c.status, c.effective_outcome, c.received_at
FROM cases c JOIN applicants a ON a.case_id = c.id ORDER BY c.id
"""


@benchmark("exports", "export 1,000,000 cases to CSV and XLSX vs csv from a plain sqlite3 cursor")
def exports_benchmark(ctx: Context) -> list[Metric]:
    import importlib.util
    import shutil

    from bench import datagen
    from bench.bench_import import applications_file
    from bench.harness import BenchError

    if importlib.util.find_spec("kvisa_desk.core.reports.exports") is None:
        raise Skip("kvisa_desk.core.reports.exports does not exist yet")
    from kvisa_desk.store.migrate import head_revision

    count = ctx.size(FULL_SIZE, QUICK_SIZE)
    seed_count = min(count, ctx.size(SEED_FULL, QUICK_SIZE))
    name = (
        f"exports-cases-{count}-from{seed_count}-seed{datagen.DEFAULT_SEED}"
        f"-gen{datagen.GENERATOR_VERSION}-schema{head_revision()}-v{BUILD_VERSION}.sqlite3"
    )

    def build(path: Path) -> None:
        source = applications_file(ctx, seed_count)
        ctx.log(f"exports: building a {count:,}-case database from {seed_count:,} applications")
        started = time.perf_counter()
        result = ctx.worker(
            "exports.build", db=str(path), input=str(source), count=count, seed=seed_count
        )
        if result["cases"] != count:
            raise BenchError(f"built {result['cases']} cases, not {count}")
        ctx.log(f"exports: built in {time.perf_counter() - started:.1f} s")

    cached = ctx.cached(name, build)
    db = ctx.scratch("exports.sqlite3")
    shutil.copyfile(cached, db)

    runs = ctx.repeats(full=1)
    results: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("csv", "xlsx", "plain", "dash", "dash_plain")
    }
    for run in range(runs):
        order = ("plain", "csv", "xlsx") if run % 2 == 0 else ("xlsx", "csv", "plain")
        for side in order:
            out = ctx.scratch(f"out-{side}-{run}.{'xlsx' if side == 'xlsx' else 'csv'}")
            ctx.log(f"exports: {side}, {count:,} cases, run {run + 1} of {runs}")
            if side == "plain":
                result = ctx.worker("exports.plain_csv", db=str(db), out=str(out))
            else:
                result = ctx.worker("exports.kvisa", db=str(db), out=str(out), fmt=side)
            if result["rows"] != count:
                raise BenchError(f"the {side} side wrote {result['rows']} of {count} rows")
            result["bytes"] = out.stat().st_size
            results[side].append(result)
            out.unlink()
        ctx.log(f"exports: dashboard, run {run + 1} of {runs}")
        results["dash_plain"].append(ctx.worker("exports.plain_dashboard", db=str(db)))
        dash = ctx.worker("exports.dashboard", db=str(db))
        if dash["received"] != count:
            raise BenchError(f"the dashboard counted {dash['received']} of {count} cases")
        results["dash"].append(dash)

    ctx.log("exports: openpyxl alone, fed from the plain cursor (a note)")
    bare_out = ctx.scratch("out-bare.xlsx")
    bare = ctx.worker("exports.plain_xlsx", db=str(db), out=str(bare_out))
    bare_out.unlink(missing_ok=True)

    def median(side: str, key: str) -> float:
        return float(statistics.median(r[key] for r in results[side]))

    p_time, p_rss = median("plain", "seconds"), median("plain", "peak_rss_mb")
    seeded = (
        f"{seed_count:,} generated applications copied to {count:,}"
        if seed_count < count
        else f"{count:,} generated applications"
    )
    ctx.note(f"{count:,} cases in a SQLite database built for this benchmark ({seeded})")
    for side in ("csv", "xlsx", "plain"):
        label = {"csv": "export CSV ", "xlsx": "export XLSX", "plain": "plain csv  "}[side]
        ctx.note(
            f"{label}: {median(side, 'seconds'):7.1f} s, {count / median(side, 'seconds'):9,.0f}"
            f" rows/s, peak RSS {median(side, 'peak_rss_mb'):5.0f} MB "
            f"({median(side, 'rss_before_mb'):.0f} MB before), "
            f"file {median(side, 'bytes') / 1e6:,.0f} MB"
        )
    ctx.note(
        f"openpyxl write-only fed from the plain cursor (no KVisa code): {bare['seconds']:.1f} s,"
        f" peak RSS {bare['peak_rss_mb']:.0f} MB"
    )
    ctx.note(
        f"dashboard (supervisor view, every post): {median('dash', 'seconds'):.2f} s; "
        f"plain GROUP BY passes: {median('dash_plain', 'seconds'):.2f} s; "
        f"median days to decision {results['dash'][0]['median_days']}"
    )
    # Issue 20's targets, each against its floor in this run.
    d_ratio = median("dash", "seconds") / median("dash_plain", "seconds")
    for label, ratio, limit, floor in (
        ("CSV", median("csv", "seconds") / p_time, CSV_TARGET, "the csv module on a plain cursor"),
        ("XLSX", median("xlsx", "seconds") / p_time, XLSX_TARGET, "the same"),
        ("dashboard", d_ratio, DASHBOARD_TARGET, "the plain GROUP BY passes"),
    ):
        verdict = "met" if ratio <= limit else "MISSED"
        ctx.note(f"target: {label} {ratio:.1f}x {floor} (within {limit:g}x): {verdict}")
    if count < FULL_SIZE:
        ctx.note(f"the dashboard's target is on {FULL_SIZE:,} cases; this run has {count:,}")
    for side in ("csv", "xlsx"):  # memory flat: the peak stays near the start, whatever the size
        grew = median(side, "peak_rss_mb") - median(side, "rss_before_mb")
        ctx.note(f"memory: {side.upper()} export grew {grew:.0f} MB over its start")
    return [
        Metric("exports.csv.time", median("csv", "seconds"), "s", p_time),
        Metric("exports.csv.peak_rss", median("csv", "peak_rss_mb"), "MB", p_rss),
        Metric("exports.xlsx.time", median("xlsx", "seconds"), "s", p_time),
        Metric("exports.xlsx.peak_rss", median("xlsx", "peak_rss_mb"), "MB", p_rss),
        Metric(
            "exports.dashboard.time",
            median("dash", "seconds"),
            "s",
            median("dash_plain", "seconds"),
        ),
    ]


# -- building the database ------------------------------------------------------------------


def _columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _required(conn: Any, table: str, given: set[str]) -> None:
    """Fail loudly if the schema grew a NOT NULL column without default that we do not fill."""
    for _cid, name, _type, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        if notnull and default is None and not pk and name not in given:
            raise RuntimeError(f"{table}.{name} is required and bench_exports does not fill it")


@task
def build(params: dict[str, Any]) -> dict[str, Any]:
    import json
    import sqlite3
    from datetime import date, timedelta

    from kvisa_desk.core.accounts.accounts import create_account
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    path, count, seed = Path(params["db"]), int(params["count"]), int(params["seed"])
    opened = open_database(sqlite_url(path))
    try:
        with opened.db.write() as session:
            create_account(session, ACTOR, PASSWORD, "supervisor", "bench", must_change=False)
    finally:
        opened.db.dispose()

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        case_cols = {
            "id", "post", "application_id", "received_at", "status", "check_outcome",
            "effective_outcome", "import_digest", "version", "created_at", "updated_at",
        }  # fmt: skip
        applicant_cols = {
            "case_id", "surname", "given_names", "native_name", "sex", "date_of_birth",
            "place_of_birth", "nationality", "email", "phone", "address",
        }  # fmt: skip
        event_cols = {"id", "case_id", "officer", "occurred_at", "kind", "details"}
        event_cols |= {"prev_hash", "hash"}
        _required(conn, "cases", case_cols)
        _required(conn, "applicants", applicant_cols)
        _required(conn, "case_events", event_cols)
        top = conn.execute("SELECT coalesce(max(id), 0) FROM case_events").fetchone()
        first_event = int(top[0])
        now = "2025-11-01 12:00:00.000000"
        cases, applicants, events = [], [], []
        with open(params["input"], encoding="utf-8") as handle:
            for index, line in enumerate(handle, 1):
                if index > seed:
                    break
                record = json.loads(line)
                a = record["applicant"]
                status = STATUSES[index % len(STATUSES)]
                outcome = OUTCOMES[index % len(OUTCOMES)]
                cases.append(
                    (index, record["post"], record["application_id"], record["received_at"],
                     status, outcome, outcome, "", 1, now, now)
                )  # fmt: skip
                applicants.append(
                    (index, a["surname"], a.get("given_names") or "", a.get("native_name"),
                     a.get("sex"), a["date_of_birth"], a.get("place_of_birth"),
                     a["nationality"], a.get("email"), a.get("phone"), a.get("address"))
                )  # fmt: skip
                if status in ("approved", "refused", "letter_issued"):
                    decided = "refused" if status == "refused" else "approved"
                    on = date.fromisoformat(record["received_at"]) + timedelta(days=index % 61)
                    events.append(
                        (first_event + len(events) + 1, index, OFFICERS[index % len(OFFICERS)],
                         f"{on.isoformat()} 10:00:00.000000", "status_changed",
                         json.dumps({"from": "ready_for_decision", "to": decided}), "", "")
                    )  # fmt: skip
        seed = len(cases)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO cases (id, post, application_id, received_at, status, check_outcome,"
            " effective_outcome, import_digest, version, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            cases,
        )
        conn.executemany(
            "INSERT INTO applicants (case_id, surname, given_names, native_name, sex,"
            " date_of_birth, place_of_birth, nationality, email, phone, address)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            applicants,
        )
        conn.executemany(
            "INSERT INTO case_events (id, case_id, officer, occurred_at, kind, details,"
            " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        seed_events = len(events)
        copy = 1
        while copy * seed < count:
            offset, upto = copy * seed, min(seed, count - copy * seed)
            conn.execute(
                "INSERT INTO cases (id, post, application_id, received_at, status,"
                " check_outcome, effective_outcome, import_digest, version, created_at,"
                " updated_at) SELECT id + ?, post, application_id || '-R' || ?, received_at,"
                " status, check_outcome, effective_outcome, import_digest, version,"
                " created_at, updated_at FROM cases WHERE id <= ?",
                (offset, copy, upto),
            )
            conn.execute(
                "INSERT INTO applicants (case_id, surname, given_names, native_name, sex,"
                " date_of_birth, place_of_birth, nationality, email, phone, address)"
                " SELECT case_id + ?, surname, given_names, native_name, sex, date_of_birth,"
                " place_of_birth, nationality, email, phone, address FROM applicants"
                " WHERE case_id <= ?",
                (offset, upto),
            )
            conn.execute(
                "INSERT INTO case_events (id, case_id, officer, occurred_at, kind, details,"
                " prev_hash, hash) SELECT id + ?, case_id + ?, officer, occurred_at, kind,"
                " details, prev_hash, hash FROM case_events"
                " WHERE id > ? AND id <= ? AND case_id <= ?",
                (copy * seed_events, offset, first_event, first_event + seed_events, upto),
            )
            copy += 1
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        total = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    from bench import datagen

    datagen.settle_sqlite(path)
    return {"cases": total, "seed": seed}


# -- the measured side ----------------------------------------------------------------------


@task
def kvisa(params: dict[str, Any]) -> dict[str, Any]:
    from kvisa_desk.core.reports.exports import export_worklist
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    opened = open_database(sqlite_url(Path(params["db"])))
    try:
        rss_before = current_rss_mb()
        started = time.perf_counter()
        report = export_worklist(opened.db, Path(params["out"]), params["fmt"], ACTOR)
        seconds = time.perf_counter() - started
    finally:
        opened.db.dispose()
    return {"seconds": seconds, "rows": report.rows, "rss_before_mb": rss_before}


@task
def dashboard(params: dict[str, Any]) -> dict[str, Any]:
    from kvisa_desk.core.reports.dashboard import post_dashboard
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    opened = open_database(sqlite_url(Path(params["db"])))
    try:
        started = time.perf_counter()
        board = post_dashboard(opened.db, supervisor=True)
        seconds = time.perf_counter() - started
    finally:
        opened.db.dispose()
    return {
        "seconds": seconds,
        "received": board.received,
        "decided": board.decided,
        "median_days": board.median_days_to_decision,
    }


# -- the baselines --------------------------------------------------------------------------


@task
def plain_csv(params: dict[str, Any]) -> dict[str, Any]:
    import csv
    import sqlite3

    conn = sqlite3.connect(params["db"])
    try:
        rss_before = current_rss_mb()
        started = time.perf_counter()
        cursor = conn.execute(PLAIN_QUERY)
        with open(params["out"], "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([d[0] for d in cursor.description])
            writer.writerows(cursor)
        rows = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        seconds = time.perf_counter() - started
    finally:
        conn.close()
    return {"seconds": seconds, "rows": rows, "rss_before_mb": rss_before}


@task
def plain_xlsx(params: dict[str, Any]) -> dict[str, Any]:
    import sqlite3

    from openpyxl import Workbook

    conn = sqlite3.connect(params["db"])
    try:
        started = time.perf_counter()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Worklist")
        cursor = conn.execute(PLAIN_QUERY)
        sheet.append([d[0] for d in cursor.description])
        for row in cursor:
            sheet.append(row)
        book.save(params["out"])
        seconds = time.perf_counter() - started
    finally:
        conn.close()
    return {"seconds": seconds}


@task
def plain_dashboard(params: dict[str, Any]) -> dict[str, Any]:
    import sqlite3

    conn = sqlite3.connect(params["db"])
    try:
        started = time.perf_counter()
        conn.execute("SELECT status, count(*) FROM cases GROUP BY status").fetchall()
        conn.execute(
            "SELECT json_extract(details, '$.to'), count(*) FROM case_events"
            " WHERE kind = 'status_changed' GROUP BY 1"
        ).fetchall()
        seconds = time.perf_counter() - started
    finally:
        conn.close()
    return {"seconds": seconds}
