"""Attach a 100 MB PDF: KVisa Desk's attach against `sha256sum` + `cp` of the same file.

Both sides read the same cached PDF (scanned pages: one distinct JPEG per page, as a
scanner makes them) on the same disk, each in its own worker process.

* measured: `attach_document(db, actor, case, path, "passport_scan")` into a SQLite
  database made by `open_database`, timed alone: streamed copy into the store's staging
  folder while hashing (SHA-256), fsync, the PDF opened with pypdf and every page's
  content read, the rename under its hash, the row and its history event;
* baseline: `sha256sum FILE` then `cp FILE COPY` (two reads, one write, no fsync),
  timed together; their memory is the larger of the two children's peak RSS.

Memory must not grow with the file: the same attach of a file a tenth the size runs in
its own worker, and `documents.rss_growth` compares what each attach added to its
process's resident memory (a ratio near 1 means flat).
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.accounts import ensure_bench_account
from bench.api import Metric, Skip, benchmark, current_rss_mb, peak_rss_mb, task

if TYPE_CHECKING:
    from bench.harness import Context

FULL_MB = 100
QUICK_MB = 10
GENERATOR_VERSION = 2
ACTOR = "bench.officer"


@benchmark("documents", "attach a 100 MB PDF vs sha256sum + cp of the same file")
def documents_benchmark(ctx: Context) -> list[Metric]:
    from bench.harness import BenchError

    if shutil.which("sha256sum") is None or shutil.which("cp") is None:
        raise Skip("needs sha256sum and cp (GNU coreutils) for the baseline")
    megabytes = ctx.size(FULL_MB, QUICK_MB)
    big = scanned_pdf(ctx, megabytes)
    small = scanned_pdf(ctx, max(1, megabytes // 10))
    runs = ctx.repeats(full=3)
    kvisa: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    tenth: list[dict[str, Any]] = []
    for run in range(runs):
        order = ("plain", "kvisa") if run % 2 == 0 else ("kvisa", "plain")
        for side in order:
            ctx.log(f"documents: {side} side, {megabytes} MB PDF, run {run + 1} of {runs}")
            if side == "plain":
                copy = ctx.scratch(f"copy-{run}.pdf")
                plain.append(ctx.worker("documents.plain", input=str(big), copy=str(copy)))
                copy.unlink(missing_ok=True)
                continue
            db = ctx.scratch(f"documents-{run}.sqlite3")
            result = ctx.worker("documents.kvisa", input=str(big), db=str(db))
            if result["size_bytes"] != big.stat().st_size:
                raise BenchError(f"attached {result['size_bytes']} bytes of {big.stat().st_size}")
            kvisa.append(result)
            db_small = ctx.scratch(f"documents-small-{run}.sqlite3")
            tenth.append(ctx.worker("documents.kvisa", input=str(small), db=str(db_small)))
            for path in ctx.work_dir.glob("documents-*"):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)

    def median(results: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    k_time, p_time = median(kvisa, "seconds"), median(plain, "seconds")
    k_peak, p_peak = median(kvisa, "peak_rss_mb"), median(plain, "children_peak_rss_mb")
    k_growth = median(kvisa, "rss_growth_mb")
    s_growth = median(tenth, "rss_growth_mb")
    size_mb = big.stat().st_size / 1e6
    ctx.note(f"{size_mb:,.0f} MB PDF of {kvisa[0]['pages']} scanned pages; median of {runs} run(s)")
    ctx.note(
        f"KVisa attach_document: {k_time:.2f} s ({size_mb / k_time:,.0f} MB/s), peak RSS "
        f"{k_peak:.0f} MB, of which {median(kvisa, 'rss_before_mb'):.0f} MB before the attach; "
        f"the attach added {k_growth:.1f} MB"
    )
    ctx.note(
        f"  of which checking the PDF with pypdf (timed again separately): "
        f"{median(kvisa, 'check_seconds'):.2f} s"
    )
    ctx.note(
        f"sha256sum + cp:        {p_time:.2f} s ({size_mb / p_time:,.0f} MB/s), peak RSS "
        f"{p_peak:.1f} MB (the larger child); cp does not fsync"
    )
    ctx.note(
        f"a {small.stat().st_size / 1e6:,.0f} MB PDF's attach added {s_growth:.1f} MB: memory "
        "does not follow the file's size"
    )
    return [
        Metric("documents.attach_time", k_time, "s", p_time),
        Metric("documents.memory", k_growth, "MB", p_peak),
        Metric("documents.rss_growth", k_growth, "MB", s_growth),
    ]


def scanned_pdf(ctx: Context, megabytes: int) -> Path:
    """A cached PDF of about MEGABYTES, one distinct noise JPEG (~2 MB) per A4 page."""

    def build(path: Path) -> None:
        ctx.log(f"generating a {megabytes} MB PDF (cached in {ctx.cache_dir})")
        write_scanned_pdf(path, megabytes * 1_000_000)

    return ctx.cached(f"documents-scan-{megabytes}mb-v{GENERATOR_VERSION}.pdf", build)


def write_scanned_pdf(path: Path, target_bytes: int, seed: int = 7) -> None:
    import io
    import random

    from PIL import Image
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    use_a85, rl_config.useA85 = rl_config.useA85, 0  # binary image streams, as scanners write
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    written = 0
    page = 0
    while written < target_bytes:
        # Noise does not compress: each page's JPEG is as big as a colour scan.
        noise = Image.frombytes("RGB", (1000, 700), rng.randbytes(1000 * 700 * 3))
        jpeg = io.BytesIO()
        noise.save(jpeg, format="JPEG", quality=92)
        written += jpeg.tell()
        jpeg.seek(0)
        pdf.drawImage(ImageReader(jpeg), 20, 60, width=555, height=720)
        pdf.drawString(20, 30, f"Scanned page {page + 1}")
        pdf.showPage()
        page += 1
    try:
        pdf.save()
    finally:
        rl_config.useA85 = use_a85


# -- the measured side ---------------------------------------------------------------------


@task
def kvisa(params: dict[str, Any]) -> dict[str, Any]:
    from kvisa_desk.content import check_content, content_store_for
    from kvisa_desk.core.applications.importer import import_records
    from kvisa_desk.core.applications.readers import RawRecord
    from kvisa_desk.core.cases.refs import find_case_id
    from kvisa_desk.core.documents.attach import attach_document
    from kvisa_desk.core.documents.records import attachment_limits
    from kvisa_desk.core.post.settings import update_post_settings
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    source = Path(params["input"])
    opened = open_database(sqlite_url(Path(params["db"])))
    db = opened.db
    try:
        record = _application()
        ensure_bench_account(db)
        import_records(db, [RawRecord("[0]", record)], ACTOR, "bench.json")
        update_post_settings(db, "BEN", {"max_attachment_mb": 500}, ACTOR)
        case_id = find_case_id(db, record["application_id"])  # before the clock, as the CLI does
        import PIL.Image  # noqa: F401
        import pypdf  # noqa: F401 - loaded before the clock: the attach's own memory only

        rss_before = current_rss_mb() or 0.0
        started = time.perf_counter()
        result = attach_document(db, ACTOR, case_id, source, "passport_scan")
        seconds = time.perf_counter() - started
        rss_after = current_rss_mb() or 0.0
        peak_after_attach = peak_rss_mb() or rss_after
        # The two halves of the work, timed again separately (not part of `seconds`).
        store = content_store_for(db)
        with db.read() as session:
            limits = attachment_limits(session, "BEN")
        with source.open("rb") as handle, store.stage(handle, limits.max_bytes) as staged:
            started = time.perf_counter()
            checked = check_content(staged.path, limits)
            check_seconds = time.perf_counter() - started
    finally:
        db.dispose()
    return {
        "seconds": seconds,
        "size_bytes": result.document.size_bytes,
        "pages": checked.pages,
        "rss_before_mb": rss_before,
        "rss_after_mb": rss_after,
        "rss_growth_mb": max(0.0, peak_after_attach - rss_before),
        "check_seconds": check_seconds,
    }


def _application() -> dict[str, Any]:
    return {
        "schema": "kvisa-application/1",
        "application_id": "KV-BEN-0001",
        "received_at": "2025-10-15",
        "post": "BEN",
        "applicant": {
            "surname": "Bench",
            "given_names": "Mark",
            "date_of_birth": "1990-01-01",
            "nationality": "GBR",
        },
        "passport": {"number": "B1234567", "issuing_state": "GBR", "expiry_date": "2031-01-01"},
    }


# -- the baseline --------------------------------------------------------------------------


@task
def plain(params: dict[str, Any]) -> dict[str, Any]:
    import resource
    import subprocess
    import tempfile

    # GNU time reports each child's own peak; without it, RUSAGE_CHILDREN is an upper bound
    # (Linux carries this worker's peak into a child across fork and exec).
    gnu_time = Path("/usr/bin/time").exists()
    commands = [["sha256sum", params["input"]], ["cp", params["input"], params["copy"]]]
    peaks: list[float] = []
    seconds = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for index, command in enumerate(commands):
            report = Path(scratch) / f"time-{index}.txt"
            wrapped = ["/usr/bin/time", "-f", "%M", "-o", str(report), *command]
            started = time.perf_counter()
            subprocess.run(wrapped if gnu_time else command, check=True, stdout=subprocess.DEVNULL)
            seconds += time.perf_counter() - started
            if gnu_time:
                peaks.append(int(report.read_text().split()[-1]) / 1024)
    if not peaks:
        peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return {"seconds": seconds, "children_peak_rss_mb": max(peaks)}
