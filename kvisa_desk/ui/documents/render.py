"""Pictures of a document's pages, drawn on the worker thread (the Operation helper's).

Everything here runs off the GUI thread: it reads the hash-checked content through core,
decodes images with Pillow (HEIC, upright photos) and renders PDF pages with a QPdfDocument
made, used and destroyed on the worker thread. Only QImage crosses back to the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kvisa_desk.content import PDF
from kvisa_desk.core.database import Database
from kvisa_desk.core.documents.reading import document_image_preview, read_document
from kvisa_desk.core.documents.records import DocumentDamaged, DocumentInfo, DocumentMissing
from kvisa_desk.ui.widgets.labels import code_label

POINTS_TO_PIXELS = 96 / 72  # 100 % shows a page at its printed size on a 96 dpi screen
LARGEST_IMAGE_SIDE = 4000  # what the full view decodes of an image; zoom scales from this
LARGEST_RENDER_SIDE = 4000  # a page this tall is ~45 MB of pixels; beyond, memory, not detail
SMALLEST_ZOOM = 0.05


def load_pdf_module() -> None:
    """Load QtPdf on the GUI thread when a case opens: not at start-up (it costs the
    worklist's first paint), and never first on the worker thread."""
    import PySide6.QtPdf  # noqa: F401


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentPreview", text)


class CannotRender(Exception):
    """The checked content could not be drawn (Qt refused the PDF, Pillow the image)."""


@dataclass(frozen=True)
class PreviewSource:
    """Checked content ready to draw: a PDF's bytes, or an image already decoded. Held in
    memory, never in a file: what was checked is what is drawn, and nothing personal is
    left on disk."""

    document_id: int
    media_type: str
    pdf: bytes | None = None
    image: QImage | None = None


@dataclass(frozen=True)
class RenderedPage:
    document_id: int
    image: QImage
    page: int  # from 0
    page_count: int
    zoom: float  # 1.0 is the page's printed size (a PDF) or the image's own pixels


def open_source(db: Database, actor: str, info: DocumentInfo, largest_side: int) -> PreviewSource:
    """Read and hash-check the content (every time: no copy checked once is reused);
    DocumentDamaged/DocumentMissing when it is not intact."""
    if info.media_type == PDF:
        return PreviewSource(info.document_id, PDF, pdf=read_document(db, actor, info.document_id))
    png = document_image_preview(db, actor, info.document_id, largest_side)
    image = QImage.fromData(png) if png else QImage()
    if image.isNull():
        raise CannotRender(_tr("This file cannot be shown."))
    return PreviewSource(info.document_id, info.media_type or "", image=image)


def fit_zoom(natural: QSizeF, box: QSize) -> float:
    """The zoom that shows the whole page inside `box`."""
    if natural.isEmpty() or box.isEmpty():
        return 1.0
    return min(box.width() / natural.width(), box.height() / natural.height())


def _bounded(zoom: float, natural: QSizeF) -> float:
    largest = LARGEST_RENDER_SIDE / max(natural.width(), natural.height(), 1.0)
    return max(SMALLEST_ZOOM, min(zoom, largest))


def _pixels(natural: QSizeF, zoom: float) -> QSize:
    return QSize(max(1, round(natural.width() * zoom)), max(1, round(natural.height() * zoom)))


def _on_white(page: QImage) -> QImage:
    # PDF pages render with a transparent background; paper is white in any theme.
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def render_page(source: PreviewSource, page: int, zoom: float | None, box: QSize) -> RenderedPage:
    """Page `page` (clamped) at `zoom`, or fitted inside `box` when zoom is None."""
    if source.image is not None:
        natural = QSizeF(source.image.size())
        chosen = _bounded(fit_zoom(natural, box) if zoom is None else zoom, natural)
        scaled = source.image.scaled(
            _pixels(natural, chosen),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return RenderedPage(source.document_id, scaled, 0, 1, chosen)
    assert source.pdf is not None
    # Made on this (worker) thread, so used and destroyed on it only. Never close() nor
    # shiboken6.delete(): in PySide6-Pdf 6.12 both drop a reference to None each call (a
    # binding bug that ends in a crash); letting Python free the document closes it safely.
    from PySide6.QtPdf import QPdfDocument  # loaded already: load_pdf_module

    buffer = QBuffer()  # outlives the document: it reads from it while rendering
    buffer.setData(QByteArray(source.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    try:
        pdf.load(buffer)
        if pdf.error() != QPdfDocument.Error.None_ or pdf.pageCount() < 1:
            raise CannotRender(_tr("This PDF cannot be shown."))
        count = pdf.pageCount()
        page = max(0, min(page, count - 1))
        points = pdf.pagePointSize(page)
        natural = QSizeF(points.width() * POINTS_TO_PIXELS, points.height() * POINTS_TO_PIXELS)
        chosen = _bounded(fit_zoom(natural, box) if zoom is None else zoom, natural)
        image = pdf.render(page, _pixels(natural, chosen))
        if image.isNull():
            raise CannotRender(_tr("Page {page} cannot be shown.").format(page=page + 1))
        return RenderedPage(source.document_id, _on_white(image), page, count, chosen)
    finally:
        del pdf
        buffer.close()


def document_name(info: DocumentInfo) -> str:
    """How the officer knows a document: its name (plain text) and its type."""
    kind = code_label("document", info.doc_type)
    if info.original_name:
        return _tr("“{name}” ({kind})").format(name=info.original_name, kind=kind)
    return kind


def damage_text(info: DocumentInfo, error: BaseException) -> str:
    """What the officer reads instead of a picture when the content is not the attached one."""
    name = document_name(info)
    if isinstance(error, DocumentMissing):
        return _tr(
            "{document} is missing from the document store. Restore the store from a backup "
            "or attach the file again."
        ).format(document=name)
    if isinstance(error, DocumentDamaged):
        return _tr(
            "{document} is damaged: its content no longer matches the fingerprint (SHA-256) "
            "recorded when it was attached. Do not rely on it: restore the store from a backup "
            "or attach the file again."
        ).format(document=name)
    return _tr("{document} cannot be shown: {reason}").format(document=name, reason=error)


def is_damage(error: BaseException) -> bool:
    return isinstance(error, DocumentDamaged)  # DocumentMissing is a kind of damage too
