"""Peak memory of importing hostile files (issue 18) against a plain import of valid ones.

Each file of the adversarial pass is imported in a fresh worker process (`import_records`
of `read_application_file`, as the import benchmark does), and its peak RSS is printed
beside the peak RSS of a worker importing valid generated applications: the ratio says
what a hostile file costs over an ordinary import. The import's promise is a fixed
ceiling whatever the file: each row's note says whether it stayed under CEILING_MB.

The files, at full size (`--quick`: the same attacks, smaller):
* `deep_json`: a JSON array nested 100,000 deep (200 KB; once 24 GB and killed);
* `deep_jsonl`: JSON Lines, one line nested 100,000 deep, one 2,000 deep, and a record
  whose `applicant.sex` is a list nested 5,000 deep (once RecursionError tracebacks);
* `csv_index`: a CSV whose header names `education.300000000.level` (90 bytes; once
  107 s and 4.7 GB);
* `long_json`, `long_jsonl`, `long_csv`: one record whose surname is 100 MB (10 MB quick);
* `many_bad`: 500,000 records (50,000 quick) that are each rejected;
* `wide`: records with 20,000 unknown keys each.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.api import Metric, benchmark, current_rss_mb, peak_rss_mb, task

if TYPE_CHECKING:
    from bench.harness import Context

CEILING_MB = 300
PLAIN_FULL, PLAIN_QUICK = 20_000, 2_000
CSV_HEADER = (
    "schema,application_id,received_at,applicant.surname,applicant.date_of_birth,"
    "applicant.nationality,passport.number,passport.issuing_state,passport.expiry_date"
)
CSV_ROW = "kvisa-application/1,KV-H,2025-10-15,{surname},1996-02-29,NGA,A1,NGA,2031-05-31"


def _record(surname: str = "Okafor", **extra: Any) -> dict[str, Any]:
    return {
        "schema": "kvisa-application/1",
        "application_id": f"KV-HOSTILE-{len(surname)}",
        "received_at": "2025-10-15",
        "applicant": {
            "surname": surname,
            "date_of_birth": "1996-02-29",
            "nationality": "NGA",
            "sex": "F",
        },
        "passport": {"number": "A1", "issuing_state": "NGA", "expiry_date": "2031-05-31"},
        **extra,
    }


def _write_lines(path: Path, lines: list[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")


def hostile_files(folder: Path, quick: bool) -> dict[str, Path]:
    """The hostile files, written into FOLDER; their names for the table."""
    folder.mkdir(parents=True, exist_ok=True)
    long_name = "W" * (10_000_000 if quick else 100_000_000)
    many = 50_000 if quick else 500_000
    files = {name: folder / f"{name}.{suffix}" for name, suffix in (
        ("deep_json", "json"), ("deep_jsonl", "jsonl"), ("csv_index", "csv"),
        ("long_json", "json"), ("long_jsonl", "jsonl"), ("long_csv", "csv"),
        ("many_bad", "jsonl"), ("wide", "jsonl"),
    )}  # fmt: skip
    files["deep_json"].write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    sex = json.dumps(_record()).replace('"sex": "F"', '"sex": ' + "[" * 5000 + "]" * 5000)
    _write_lines(
        files["deep_jsonl"],
        ['{"a": ' * depth + "1" + "}" * depth for depth in (100_000, 2_000)] + [sex],
    )
    files["csv_index"].write_text(
        f"{CSV_HEADER},education.300000000.level\n{CSV_ROW.format(surname='X')},master\n",
        encoding="utf-8",
    )
    files["long_json"].write_text(json.dumps([_record(long_name)]), encoding="utf-8")
    _write_lines(files["long_jsonl"], [json.dumps(_record(long_name))])
    files["long_csv"].write_text(
        f"{CSV_HEADER}\n{CSV_ROW.format(surname=long_name)}\n", encoding="utf-8"
    )
    _write_lines(files["many_bad"], ['{"schema": "kvisa-application/1"}'] * many)
    wide = {f"unknown_{i}": i for i in range(20_000)}
    _write_lines(files["wide"], [json.dumps(_record(**wide))] * 20)
    return files


@benchmark("hostile_import", "peak RSS importing issue 18's hostile files vs a plain import")
def hostile_import_benchmark(ctx: Context) -> list[Metric]:
    from bench.bench_import import applications_file

    plain_count = ctx.size(PLAIN_FULL, PLAIN_QUICK)
    plain_source = applications_file(ctx, plain_count)
    ctx.log(f"hostile_import: the baseline, {plain_count:,} valid applications")
    plain = ctx.worker("hostile_import.one", input=str(plain_source), db=str(ctx.scratch("p.db")))
    if plain["imported"] != plain_count:
        raise RuntimeError(f"the plain import took {plain['imported']} of {plain_count}")
    files = hostile_files(ctx.scratch("hostile"), ctx.quick)
    metrics: list[Metric] = []
    over: list[str] = []
    for name, path in files.items():
        ctx.log(f"hostile_import: {name} ({path.stat().st_size / 1e6:,.1f} MB)")
        result = ctx.worker(
            "hostile_import.one", input=str(path), db=str(ctx.scratch(f"{name}.db"))
        )
        peak = float(result["peak_rss_mb"])
        if peak >= CEILING_MB:
            over.append(name)
        ctx.note(
            f"{name}: {path.stat().st_size / 1e6:,.1f} MB, {result['outcome']} in "
            f"{result['seconds']:.1f} s, peak RSS {peak:.0f} MB "
            f"({'under' if peak < CEILING_MB else 'OVER'} the {CEILING_MB} MB ceiling)"
        )
        metrics.append(
            Metric(f"hostile_import.{name}.peak_rss", peak, "MB", float(plain["peak_rss_mb"]))
        )
    ctx.note(
        f"baseline: {plain_count:,} valid applications imported in {plain['seconds']:.1f} s, "
        f"peak RSS {plain['peak_rss_mb']:.0f} MB; ceiling {CEILING_MB} MB "
        + ("met by every file" if not over else f"MISSED by {', '.join(over)}")
    )
    if not plain.get("peak_is_the_imports"):
        ctx.note("peaks include opening the database (no /proc/self/clear_refs here)")
    return metrics


@task
def one(params: dict[str, Any]) -> dict[str, Any]:
    """Import one file into a fresh database; how it ended, not a traceback."""
    from bench.accounts import ensure_bench_account
    from kvisa_desk.core.applications.importer import import_records
    from kvisa_desk.core.applications.readers import FileRefused, read_application_file
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    opened = open_database(sqlite_url(Path(params["db"])))
    try:
        actor = ensure_bench_account(opened.db)
        source = Path(params["input"])
        # The peak of the import itself, not of opening the database before it (Linux).
        peak_reset = _reset_peak()
        rss_before = current_rss_mb()
        started = time.perf_counter()
        try:
            report = import_records(opened.db, read_application_file(source), actor, source.name)
            outcome = f"{report.imported:,} imported, {report.rejected_records:,} rejected"
            imported = report.imported
        except FileRefused:
            outcome, imported = "refused", 0
        seconds = time.perf_counter() - started
    finally:
        opened.db.dispose()
    return {
        "outcome": outcome,
        "imported": imported,
        "seconds": seconds,
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak_rss_mb(),
        "peak_is_the_imports": peak_reset,
    }


def _reset_peak() -> bool:
    """Start this process's VmHWM afresh from its RSS now (Linux 4.0 and later)."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return False
    return True
