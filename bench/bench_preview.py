"""Previewing documents as the Documents tab does, against poppler and plain Pillow.

* `preview.first_page`: the first page of the 100 MB scanned PDF of `bench_documents`
  (10 MB with --quick), attached to a case, shown in the preview pane's size (480x640):
  `read_document` (re-hashes every byte: the SHA-256 check) then `render_page` with a
  QPdfDocument made on the calling thread, reading the checked bytes from memory.
  Baseline: `pdftoppm -f 1 -l 1 -scale-to 640` (raw PPM pixels, like a QImage) of the same
  file, no hash check.
* `preview.page_turn`: the full view turning a page (the content checked once when it
  opened): `render_page` of ten pages in turn at 1.5x zoom, median. Baseline: `pdftoppm`
  of one page at the same pixel size, median of the same ten pages.
* `preview.photo`: a 24-megapixel JPEG photo's preview (`document_image_preview` at 1200 px
  with its hash check, then decoded into a QImage). Baseline: Pillow opening the same file
  with draft mode, thumbnail 1200, PNG into memory, no hash check.

Each side runs in its own worker process, offscreen, so neither inherits the other's caches.
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.accounts import ensure_bench_account
from bench.api import Metric, Skip, benchmark, task
from bench.bench_documents import ACTOR, FULL_MB, QUICK_MB, _application, scanned_pdf

if TYPE_CHECKING:
    from bench.harness import Context

PAGES_TURNED = 10
TURN_ZOOM = 1.5
PREVIEW_BOX = (480, 640)
PHOTO_SIZE = (6000, 4000)  # 24 megapixels, as a phone camera takes them


@benchmark("preview", "preview a PDF page and a photo vs pdftoppm and plain Pillow")
def preview_benchmark(ctx: Context) -> list[Metric]:
    if shutil.which("pdftoppm") is None:
        raise Skip("needs pdftoppm (poppler-utils) for the baseline")
    megabytes = ctx.size(FULL_MB, QUICK_MB)
    pdf = scanned_pdf(ctx, megabytes)
    photo = ctx.cached("preview-photo-24mp-v1.jpg", _write_photo)
    runs = ctx.repeats(full=3)
    ours: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    for run in range(runs):
        order = ("plain", "kvisa") if run % 2 == 0 else ("kvisa", "plain")
        for side in order:
            ctx.log(f"preview: {side} side, run {run + 1} of {runs}")
            if side == "plain":
                plain.append(ctx.worker("preview.plain", pdf=str(pdf), photo=str(photo)))
            else:
                db = ctx.scratch(f"preview-{run}.sqlite3")
                ours.append(ctx.worker("preview.kvisa", pdf=str(pdf), photo=str(photo), db=str(db)))

    def median(results: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    ctx.note(
        f"{pdf.stat().st_size / 1e6:,.0f} MB PDF of {ours[0]['pages']} scanned pages, first page "
        f"fitted to {PREVIEW_BOX[0]}x{PREVIEW_BOX[1]}: KVisa {median(ours, 'first_page'):.3f} s "
        f"(of which the SHA-256 check {median(ours, 'hash_check'):.3f} s), pdftoppm "
        f"{median(plain, 'first_page'):.3f} s"
    )
    turn, turn_plain = median(ours, "page_turn") * 1000, median(plain, "page_turn") * 1000
    ctx.note(
        f"page turn at {TURN_ZOOM}x ({ours[0]['turn_pixels']}): KVisa {turn:.0f} ms, "
        f"pdftoppm {turn_plain:.0f} ms"
    )
    ctx.note(
        f"{PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} JPEG to 1200 px: KVisa {median(ours, 'photo'):.3f} s, "
        f"Pillow alone {median(plain, 'photo'):.3f} s; median of {runs} run(s)"
    )
    return [
        Metric("preview.first_page", median(ours, "first_page"), "s", median(plain, "first_page")),
        Metric("preview.page_turn", median(ours, "page_turn"), "s", median(plain, "page_turn")),
        Metric("preview.photo", median(ours, "photo"), "s", median(plain, "photo")),
    ]


def _write_photo(path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", PHOTO_SIZE, (190, 200, 210))
    draw = ImageDraw.Draw(image)
    for x in range(0, PHOTO_SIZE[0], 40):  # detail, so the JPEG is as big as a photo's
        draw.line((x, 0, PHOTO_SIZE[0] - x, PHOTO_SIZE[1]), fill=(x % 255, 90, 160), width=3)
    image.save(path, format="JPEG", quality=90)


# -- the measured side ---------------------------------------------------------------------


@task
def kvisa(params: dict[str, Any]) -> dict[str, Any]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kvisa_desk.core.applications.importer import import_records
    from kvisa_desk.core.applications.readers import RawRecord
    from kvisa_desk.core.cases.refs import find_case_id
    from kvisa_desk.core.documents.attach import attach_document
    from kvisa_desk.core.documents.reading import (
        document_image_preview,
        get_document,
        read_document,
    )
    from kvisa_desk.core.post.settings import update_post_settings
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url
    from kvisa_desk.ui.documents.render import open_source, render_page

    app = QApplication.instance() or QApplication([])
    opened = open_database(sqlite_url(Path(params["db"])))
    db = opened.db
    try:
        record = _application()
        ensure_bench_account(db)
        import_records(db, [RawRecord("[0]", record)], ACTOR, "bench.json")
        update_post_settings(db, "BEN", {"max_attachment_mb": 500}, ACTOR)
        case = find_case_id(db, record["application_id"])
        pdf = attach_document(db, ACTOR, case, Path(params["pdf"]), "passport_scan").document
        photo = attach_document(db, ACTOR, case, Path(params["photo"]), "photo").document
        info = get_document(db, ACTOR, pdf.document_id)
        box = QSize(*PREVIEW_BOX)

        started = time.perf_counter()
        read_document(db, ACTOR, pdf.document_id)
        hash_check = time.perf_counter() - started

        started = time.perf_counter()
        first = render_page(open_source(db, ACTOR, info, 1200), 0, None, box)
        first_page = time.perf_counter() - started
        if first.image.isNull() or first.page_count < 2:
            raise RuntimeError("the first page was not drawn")

        source = open_source(db, ACTOR, info, 1200)
        turns = []
        for page in range(1, min(PAGES_TURNED, first.page_count - 1) + 1):
            started = time.perf_counter()
            turned = render_page(source, page, TURN_ZOOM, box)
            turns.append(time.perf_counter() - started)
        started = time.perf_counter()
        png = document_image_preview(db, ACTOR, photo.document_id, 1200)
        image = QImage.fromData(png or b"")
        photo_seconds = time.perf_counter() - started
        if image.isNull() or max(image.width(), image.height()) != 1200:
            raise RuntimeError("the photo was not previewed")
    finally:
        db.dispose()
    del app
    return {
        "first_page": first_page,
        "hash_check": hash_check,
        "page_turn": statistics.median(turns),
        "turn_pixels": f"{turned.image.width()}x{turned.image.height()} px",
        "photo": photo_seconds,
        "pages": first.page_count,
    }


# -- the baseline --------------------------------------------------------------------------


@task
def plain(params: dict[str, Any]) -> dict[str, Any]:
    import io
    import subprocess
    import tempfile

    from PIL import Image

    def pdftoppm(page: int, scale: int, out: Path) -> float:
        command = ["pdftoppm", "-f", str(page), "-l", str(page), "-scale-to", str(scale)]
        started = time.perf_counter()
        subprocess.run([*command, params["pdf"], str(out)], check=True)  # PPM: raw pixels
        return time.perf_counter() - started

    with tempfile.TemporaryDirectory() as scratch:
        first_page = pdftoppm(1, PREVIEW_BOX[1], Path(scratch) / "first")
        # An A4 page at 1.5x of 96 dpi is 1684 px tall: the same pixels as the full view's.
        turns = [
            pdftoppm(page, round(842 * 96 / 72 * TURN_ZOOM), Path(scratch) / f"p{page}")
            for page in range(2, PAGES_TURNED + 2)
        ]
        if not list(Path(scratch).glob("first*.ppm")):
            raise RuntimeError("pdftoppm wrote nothing")
    started = time.perf_counter()
    with Image.open(params["photo"]) as image:
        image.draft("RGB", (1200, 1200))
        image.thumbnail((1200, 1200))
        image.save(io.BytesIO(), format="PNG")
    photo = time.perf_counter() - started
    return {"first_page": first_page, "page_turn": statistics.median(turns), "photo": photo}
