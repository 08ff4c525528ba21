"""A letter's stored PDF bytes drawn page by page with QtPdf: for the preview and the printer.

`render_pages` and `print_pages` touch no widget, so they run on the worker thread (QPainter
may paint a QImage or a QPrinter off the GUI thread); only the finished QImages cross back,
where `LetterPreview` shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

PREVIEW_WIDTH = 1000  # pixels a page is drawn at; the preview scales it to its own width
MARGIN = 24  # around each page in the preview
PRINT_DPI = 300  # Qt's default 1200 dpi makes a 556 MB page image (platform notes)


class UnreadablePdf(ValueError):
    """The bytes are not a PDF QtPdf can open."""


def _open(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        document.close()
        raise UnreadablePdf(f"QtPdf cannot open the letter ({document.error().name})")
    return document, buffer


def _page_size(document: QPdfDocument, page: int, width: int) -> QSize:
    points = document.pagePointSize(page)
    height = round(width * points.height() / points.width()) if points.width() else width
    return QSize(width, height)


def render_pages(pdf: bytes, width: int = PREVIEW_WIDTH) -> list[QImage]:
    """Every page as a white-backed image WIDTH pixels wide (any thread)."""
    document, buffer = _open(pdf)
    try:
        pages: list[QImage] = []
        for page in range(document.pageCount()):
            image = document.render(page, _page_size(document, page, width))
            pages.append(_on_white(image))
        return pages
    finally:
        document.close()
        buffer.close()


def _on_white(image: QImage) -> QImage:
    # QtPdf leaves the paper transparent; a letter is read on white.
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def print_pages(
    pdf: bytes, printer: QPrinter, should_stop: Callable[[], bool] = lambda: False
) -> int:
    """Paint every page onto PRINTER at its resolution, one printer page per PDF page; returns
    the number of pages printed (any thread: the printer must not be used elsewhere meanwhile).
    """
    document, buffer = _open(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        printed = 0
        for page in range(document.pageCount()):
            if should_stop():
                break
            if page:
                printer.newPage()
            target: QRect = painter.viewport()
            size = _page_size(document, page, target.width())
            if size.height() > target.height():  # a page taller than the paper: fit its height
                size = QSize(round(size.width() * target.height() / size.height()), target.height())
            painter.drawImage(QRect(target.topLeft(), size), _on_white(document.render(page, size)))
            printed += 1
        return printed
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()


class LetterPreview(QScrollArea):
    """The pages of one letter, top to bottom, as images of the exact stored bytes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letters.preview")
        self.setAccessibleName(self.tr("Letter preview"))
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._pages_box = QWidget(self)
        self._pages_box.setObjectName("letters.preview.pages")
        self._layout = QVBoxLayout(self._pages_box)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._pages_box)
        self.page_labels: list[QLabel] = []
        self.pages: list[QImage] = []
        self.message = ""  # what is shown instead of pages, if anything
        self.ask_to_choose()

    def ask_to_choose(self) -> None:
        self.show_message(self.tr("Choose a letter to see it as it was issued."))

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, not only once the event loop deletes it
                widget.deleteLater()
        self.page_labels = []
        self.pages = []

    def show_message(self, text: str) -> None:
        self._clear()
        self.message = text
        label = QLabel(text, self._pages_box)
        label.setObjectName("letters.preview.message")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(label)

    def show_pages(self, pages: Sequence[QImage]) -> None:
        self._clear()
        self.message = ""
        self.pages = list(pages)
        for number, _image in enumerate(pages, start=1):
            label = QLabel(self._pages_box)
            label.setObjectName(f"letters.preview.page{number}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFrameShape(QLabel.Shape.Box)
            label.setAccessibleName(
                self.tr("Page {n} of {total}").format(n=number, total=len(pages))
            )
            self._layout.addWidget(label)
            self.page_labels.append(label)
        self._fit()

    def _fit(self) -> None:
        """Each page as wide as the preview (never wider than drawn), so no page is cut."""
        width = max(120, self.viewport().width() - MARGIN * 2)
        for label, image in zip(self.page_labels, self.pages, strict=True):
            fitted = image.scaledToWidth(
                min(width, image.width()), Qt.TransformationMode.SmoothTransformation
            )
            label.setPixmap(QPixmap.fromImage(fitted))
            label.setFixedSize(fitted.size())  # never squeezed: a squeezed page loses its edges

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
