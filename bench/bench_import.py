"""Import 100,000 applications: KVisa Desk's importer against plain sqlite3 executemany.

Both sides read the same cached JSON Lines file (bench/datagen.py) into a fresh SQLite
database on the same disk, each in its own worker process so its peak RSS is its own.

* measured: `import_records` of the file's records (documents listed, not attached)
  (timed: the import only, not creating the schema), with everything it does:
  the syntax pass, validation, digests, duplicate checks, the rows through the driver's
  executemany (issue 20: SQLAlchemy Core's per-row parameter work skipped), history events;
* baseline: `json.loads` of each line and `executemany` into plain tables with the same
  columns, keys and indexes (cases, applicants, passports, education_records,
  employment_records, purpose_travel, screening_facts, case_documents), 1,000 records a
  batch, one transaction, the same pragmas as the application's connections.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import encrypted as bench_encrypted
from bench.api import HIGHER, Metric, benchmark, current_rss_mb, task

if TYPE_CHECKING:
    from bench.harness import Context

FULL_SIZE = 100_000
QUICK_SIZE = 2_000
ACTOR = "bench.officer"
BATCH = 1_000
TARGET = 3.0  # issue 20: within 3x plain executemany


@benchmark("import", "import 100,000 applications (JSON Lines) vs plain sqlite3 executemany")
def import_benchmark(ctx: Context) -> list[Metric]:
    from bench import datagen
    from bench.harness import BenchError

    count = ctx.size(FULL_SIZE, QUICK_SIZE)
    source = applications_file(ctx, count)
    runs = ctx.repeats(full=1)
    kvisa: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    encrypted: list[dict[str, Any]] = []  # the same import into an encrypted file
    for run in range(runs):
        # Alternate which side goes first so neither always gets the warmer machine.
        order = ("plain", "kvisa", "encrypted") if run % 2 == 0 else ("encrypted", "kvisa", "plain")
        for side in order:
            db = ctx.scratch(f"import-{side}-{run}.sqlite3")
            ctx.log(f"import: {side} side, {count:,} records, run {run + 1} of {runs}")
            task = "import.plain" if side == "plain" else "import.kvisa"
            result = ctx.worker(task, input=str(source), db=str(db), encrypted=side == "encrypted")
            if result["imported"] != count:
                raise BenchError(
                    f"the {side} side imported {result['imported']} of {count} records: "
                    f"{result.get('problems') or 'see the importer report'}"
                )
            {"kvisa": kvisa, "plain": plain, "encrypted": encrypted}[side].append(result)
            if side == "kvisa":
                # The start-up benchmark needs this very database: keep the first one.
                datagen.settle_sqlite(db)
                if ctx.adopt(datagen.cases_db_file_name(count), db):
                    ctx.log("import: kept the imported database for the start-up benchmark")
            for suffix in ("", "-wal", "-shm", ".keys"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)

    def median(results: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    k_time, p_time = median(kvisa, "seconds"), median(plain, "seconds")
    k_peak, p_peak = median(kvisa, "peak_rss_mb"), median(plain, "peak_rss_mb")
    ctx.note(
        f"{count:,} records, {source.stat().st_size / 1e6:,.0f} MB of JSON Lines; "
        f"median of {runs} run(s) each"
    )
    ctx.note(
        f"KVisa import_file: {k_time:.2f} s, {count / k_time:,.0f} records/s, "
        f"peak RSS {k_peak:.0f} MB ({median(kvisa, 'rss_before_mb'):.0f} MB before the import)"
    )
    ctx.note(
        f"plain sqlite3:     {p_time:.2f} s, {count / p_time:,.0f} records/s, "
        f"peak RSS {p_peak:.0f} MB ({median(plain, 'rss_before_mb'):.0f} MB before the import)"
    )
    verdict = "met" if k_time / p_time <= TARGET else "MISSED"
    ctx.note(f"target: {k_time / p_time:.1f}x plain executemany (within {TARGET:g}x): {verdict}")
    grew = k_peak - median(kvisa, "rss_before_mb")
    ctx.note(f"memory: the import grew {grew:.0f} MB over its start")
    e_time = median(encrypted, "seconds")
    bench_encrypted.notes(ctx, "import", e_time, k_time, None)
    return [
        Metric("import.time", k_time, "s", p_time),
        Metric("import.rate", count / k_time, "records/s", count / p_time, better=HIGHER),
        Metric("import.peak_rss", k_peak, "MB", p_peak),
        # The encrypted column: the same import into an encrypted file, against plain.
        Metric("import.encrypted_time", e_time, "s", k_time),
    ]


def applications_file(ctx: Context, count: int) -> Path:
    """The generated JSON Lines file of COUNT applications, from the cache or made now."""
    from bench import datagen

    def generate(path: Path) -> None:
        ctx.log(f"generating {count:,} applications (cached in {ctx.cache_dir})")
        started = time.perf_counter()
        datagen.write_jsonl(path, count)
        ctx.log(f"generated in {time.perf_counter() - started:.1f} s")

    return ctx.cached(datagen.applications_file_name(count), generate)


def imported_cases_db(ctx: Context, count: int) -> Path:
    """The database COUNT generated applications were imported into, from the cache or made
    now (the import benchmark keeps its own; start-up and checks read copies of it)."""
    from bench import datagen

    def build(path: Path) -> None:
        source = applications_file(ctx, count)
        ctx.log(f"building a {count:,}-case database (cached in {ctx.cache_dir})")
        result = ctx.worker("import.kvisa", input=str(source), db=str(path))
        if result["imported"] != count:
            raise RuntimeError(f"only {result['imported']} of {count} records imported")
        datagen.settle_sqlite(path)

    return ctx.cached(datagen.cases_db_file_name(count), build)


# -- the measured side ---------------------------------------------------------------------


@task
def kvisa(params: dict[str, Any]) -> dict[str, Any]:
    from bench.accounts import ensure_bench_account
    from kvisa_desk.core.applications.importer import import_records
    from kvisa_desk.core.applications.readers import read_application_file
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    bench_encrypted.choose(params)
    opened = open_database(sqlite_url(Path(params["db"])))
    try:
        # Before the clock: an encrypted file's first account wraps its key (Argon2id).
        ensure_bench_account(opened.db)
        rss_before = current_rss_mb()
        started = time.perf_counter()
        source = Path(params["input"])
        # Records only: the generated files list documents that are not on disk, and the
        # baseline stores no document content either.
        report = import_records(opened.db, read_application_file(source), ACTOR, source.name)
        seconds = time.perf_counter() - started
    finally:
        opened.db.dispose()
    problems = [f"{r.location}: {r.field}: {r.reason}" for r in report.rejected[:5]]
    problems += [f"{c.location}: changed {c.fields}" for c in report.changed[:5]]
    return {
        "seconds": seconds,
        "imported": report.imported,
        "problems": problems,
        "rss_before_mb": rss_before,
    }


# -- the baseline --------------------------------------------------------------------------

PLAIN_SCHEMA = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY, post VARCHAR(16) NOT NULL, application_id VARCHAR(64) NOT NULL,
    received_at DATE NOT NULL, status VARCHAR(32) NOT NULL, assigned_officer_id INTEGER,
    import_digest VARCHAR(64) NOT NULL, version INTEGER NOT NULL,
    created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
    UNIQUE (post, application_id));
CREATE INDEX ix_cases_assigned_officer_id ON cases (assigned_officer_id);
CREATE INDEX ix_cases_received_id ON cases (received_at, id);
CREATE INDEX ix_cases_status_received ON cases (status, received_at);
CREATE TABLE applicants (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    surname TEXT NOT NULL, given_names TEXT NOT NULL, native_name TEXT, sex VARCHAR(1),
    date_of_birth DATE NOT NULL, place_of_birth TEXT, nationality VARCHAR(3) NOT NULL,
    email TEXT, phone TEXT, address TEXT);
CREATE INDEX ix_applicants_nationality ON applicants (nationality);
CREATE TABLE passports (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    number VARCHAR(32) NOT NULL, issuing_state VARCHAR(3) NOT NULL, issue_date DATE,
    expiry_date DATE NOT NULL, mrz_line1 VARCHAR(44), mrz_line2 VARCHAR(44));
CREATE INDEX ix_passports_number_state ON passports (number, issuing_state);
CREATE TABLE education_records (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, level VARCHAR(16) NOT NULL, field TEXT, isced_f VARCHAR(4),
    institution TEXT, institution_country VARCHAR(3), awarded_on DATE);
CREATE INDEX ix_education_records_case_id ON education_records (case_id);
CREATE TABLE employment_records (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, employer TEXT, country VARCHAR(3), job_title TEXT,
    kind VARCHAR(16), field TEXT, isced_f VARCHAR(4), start_date DATE, end_date DATE);
CREATE INDEX ix_employment_records_case_id ON employment_records (case_id);
CREATE TABLE purpose_travel (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    activity VARCHAR(32), description TEXT, host_institution TEXT, intended_entry DATE,
    stay_days INTEGER);
CREATE TABLE screening_facts (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    reentry_ban BOOLEAN, security_concern BOOLEAN, fraud_found BOOLEAN,
    insufficient_funds BOOLEAN);
CREATE TABLE case_documents (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, doc_type VARCHAR(32) NOT NULL, original_name TEXT,
    source_path TEXT, sha256 VARCHAR(64), size_bytes INTEGER, media_type VARCHAR(64),
    verification VARCHAR(32) NOT NULL, created_at DATETIME NOT NULL);
CREATE INDEX ix_case_documents_case_id ON case_documents (case_id);
"""

_INSERTS = {
    "cases": "INSERT INTO cases VALUES (?, ?, ?, ?, 'received', NULL, '', 1, ?, ?)",
    "applicants": "INSERT INTO applicants VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "passports": "INSERT INTO passports VALUES (?, ?, ?, ?, ?, ?, ?)",
    "education_records": "INSERT INTO education_records (case_id, position, level, field,"
    " isced_f, institution, institution_country, awarded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "employment_records": "INSERT INTO employment_records (case_id, position, employer,"
    " country, job_title, kind, field, isced_f, start_date, end_date)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "purpose_travel": "INSERT INTO purpose_travel VALUES (?, ?, ?, ?, ?, ?)",
    "screening_facts": "INSERT INTO screening_facts VALUES (?, ?, ?, ?, ?)",
    "case_documents": "INSERT INTO case_documents (case_id, position, doc_type, original_name,"
    " source_path, verification, created_at) VALUES (?, ?, ?, ?, ?, 'unverified', ?)",
}


def _plain_rows(record: dict[str, Any], case_id: int, now: str) -> dict[str, list[tuple[Any, ...]]]:
    a, p = record["applicant"], record["passport"]
    mrz = p.get("mrz") or (None, None)
    purpose, travel = record.get("purpose") or {}, record.get("travel") or {}
    s = record.get("screening")
    return {
        "cases": [
            (case_id, record.get("post") or "HQ", record["application_id"],
             record["received_at"], now, now)
        ],
        "applicants": [
            (case_id, a["surname"], a.get("given_names") or "", a.get("native_name"),
             a.get("sex"), a["date_of_birth"], a.get("place_of_birth"), a["nationality"],
             a.get("email"), a.get("phone"), a.get("address"))
        ],
        "passports": [
            (case_id, p["number"], p["issuing_state"], p.get("issue_date"), p["expiry_date"],
             mrz[0], mrz[1])
        ],
        "education_records": [
            (case_id, i, e["level"], e.get("field"), e.get("isced_f"), e.get("institution"),
             e.get("institution_country"), e.get("awarded_on"))
            for i, e in enumerate(record.get("education") or ())
        ],
        "employment_records": [
            (case_id, i, e.get("employer"), e.get("country"), e.get("position"), e.get("kind"),
             e.get("field"), e.get("isced_f"), e.get("start_date"), e.get("end_date"))
            for i, e in enumerate(record.get("employment") or ())
        ],
        "purpose_travel": [
            (case_id, purpose.get("activity"), purpose.get("description"),
             purpose.get("host_institution"), travel.get("intended_entry"),
             travel.get("stay_days"))
        ] if purpose or travel else [],
        "screening_facts": [
            (case_id, s.get("reentry_ban"), s.get("security_concern"), s.get("fraud_found"),
             s.get("insufficient_funds"))
        ] if s is not None else [],
        "case_documents": [
            (case_id, i, d["type"], d["file"].replace("\\", "/").rsplit("/", 1)[-1], d["file"],
             now)
            for i, d in enumerate(record.get("documents") or ())
        ],
    }  # fmt: skip


@task
def plain(params: dict[str, Any]) -> dict[str, Any]:
    import json
    import sqlite3
    from datetime import UTC, datetime

    conn = sqlite3.connect(params["db"], isolation_level=None)
    try:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
            conn.execute(f"PRAGMA {pragma}")
        conn.executescript(PLAIN_SCHEMA)
        rss_before = current_rss_mb()
        started = time.perf_counter()
        now = datetime.now(UTC).isoformat(sep=" ")
        tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _INSERTS}
        count = 0

        def flush() -> None:
            for name, rows in tables.items():
                if rows:
                    conn.executemany(_INSERTS[name], rows)
                    rows.clear()

        conn.execute("BEGIN IMMEDIATE")
        with open(params["input"], encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                count += 1
                for name, rows in _plain_rows(json.loads(line), count, now).items():
                    tables[name].extend(rows)
                if count % BATCH == 0:
                    flush()
        flush()
        conn.execute("COMMIT")
        seconds = time.perf_counter() - started
    finally:
        conn.close()
    return {"seconds": seconds, "imported": count, "rss_before_mb": rss_before}
