"""The preview beside a case's documents: the selected one's first page or picture, what it
is, and — instead of any picture — a plain statement when its content is damaged or missing.

Also `LatestOnly`, which keeps one render on the worker thread at a time and, when the
officer moves on meanwhile, draws only the latest request (not every page flipped past).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from kvisa_desk.content import PDF, format_size
from kvisa_desk.core.documents.records import DocumentInfo
from kvisa_desk.ui.documents.render import RenderedPage, document_name
from kvisa_desk.ui.widgets.labels import code_label, text_of
from kvisa_desk.ui.widgets.reason_form import plain_text_label

PREVIEW_BOX = QSize(480, 640)  # the first page is drawn to fit this, then shown fitted
DAMAGE_STYLE = "color: #b3261e; font-weight: bold"


class LatestOnly:
    """Runs `start(request)` for one request at a time; requests made meanwhile collapse
    into the latest, started when the running one ends (`done()`)."""

    def __init__(self, start: Callable[[Any], None]) -> None:
        self._start = start
        self._running = False
        self._pending: Any = None
        self._has_pending = False

    @property
    def running(self) -> bool:
        return self._running

    def request(self, value: Any) -> None:
        if self._running:
            self._pending, self._has_pending = value, True
            return
        self._running = True
        self._start(value)

    def done(self) -> None:
        self._running = False
        if self._has_pending:
            value, self._pending, self._has_pending = self._pending, None, False
            self.request(value)


def document_details(info: DocumentInfo, pages: int | None = None) -> str:
    """One line under the name: kind of file, pages, size, fingerprint, verification."""
    parts: list[str] = []
    if info.media_type:
        kind = "PDF" if info.media_type == PDF else info.media_type.split("/")[-1].upper()
        parts.append(kind)
    if pages is not None and info.media_type == PDF:
        parts.append(
            QCoreApplication.translate("DocumentPreview", "1 page")
            if pages == 1
            else QCoreApplication.translate("DocumentPreview", "{n} pages").format(n=pages)
        )
    if info.size_bytes is not None:
        parts.append(format_size(info.size_bytes))
    if info.sha256:
        parts.append(f"SHA-256 {info.sha256[:12]}…")
    return " · ".join(parts)


def verification_text(info: DocumentInfo) -> str:
    """`Verified by alice, 2026-11-29 10:04`, with the reason for a suspected document."""
    if info.removed:
        return QCoreApplication.translate(
            "DocumentPreview", "Removed by {officer}, {when} · {reason}"
        ).format(
            officer=info.name_of(info.removed_by),
            when=text_of(info.removed_at),
            reason=info.removed_reason,
        )
    status = code_label("verification", info.verification)
    if info.verified_by is None:
        return status
    text = QCoreApplication.translate("DocumentPreview", "{status} by {officer}, {when}").format(
        status=status, officer=info.name_of(info.verified_by), when=text_of(info.verified_at)
    )
    if info.verification_reason:
        text += " · " + info.verification_reason
    return text


class DocumentPreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents.preview")
        self.title = plain_text_label("", self)
        self.title.setObjectName("preview.title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.details = plain_text_label("", self)
        self.details.setObjectName("preview.details")
        self.status = plain_text_label("", self)
        self.status.setObjectName("preview.status")
        self.picture = QLabel(self)
        self.picture.setObjectName("preview.picture")
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(160, 200)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setAccessibleName(self.tr("Preview of the document"))
        self.picture.installEventFilter(self)
        self.message = plain_text_label("", self)
        self.message.setObjectName("preview.message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("preview.open")
        self.open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.document_id: int | None = None
        self.damaged = False
        self.page_image: QImage | None = None  # as rendered; shown fitted to the pane
        self.show_nothing()

    def box(self) -> QSize:
        """What the first page is drawn to fit: the picture's room, if larger than the usual
        size (the pane shrinks it to fit on the GUI thread, cheaply, as the pane changes)."""
        return PREVIEW_BOX.expandedTo(self.picture.size())

    def show_nothing(self, text: str = "") -> None:
        self.document_id, self.damaged = None, False
        self._describe(None)
        self._say(text or self.tr("Select a document to see it here."))

    def show_loading(self, info: DocumentInfo) -> None:
        self.document_id, self.damaged = info.document_id, False
        self._describe(info)
        self._say(self.tr("Loading…"))

    def show_not_attached(self, info: DocumentInfo) -> None:
        self.document_id, self.damaged = info.document_id, False
        self._describe(info)
        self._say(
            self.tr(
                "The application lists this document ({file}), but its file was never "
                "attached. Attach it with Ctrl+Shift+A or drop it here."
            ).format(file=info.source_path or "")
        )

    def show_page(self, info: DocumentInfo, page: RenderedPage) -> None:
        self.document_id, self.damaged = info.document_id, False
        self._describe(info, page.page_count)
        self.page_image = page.image
        self.picture.setVisible(True)
        self._fit_picture()
        self.message.clear()
        self.message.setVisible(False)

    def show_damage(self, info: DocumentInfo, text: str) -> None:
        """The damage, stated; no picture at all, so nothing damaged looks fine."""
        self.document_id, self.damaged = info.document_id, True
        self._describe(info)
        self._say("⚠ " + text, DAMAGE_STYLE)

    def show_problem(self, info: DocumentInfo, text: str) -> None:
        self.document_id, self.damaged = info.document_id, False
        self._describe(info)
        self._say(text)

    def _describe(self, info: DocumentInfo | None, pages: int | None = None) -> None:
        self.title.setText(document_name(info) if info is not None else "")
        self.details.setText(document_details(info, pages) if info is not None else "")
        self.status.setText(verification_text(info) if info is not None else "")
        self.open_button.setVisible(info is not None and info.has_content)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picture and event.type() == QEvent.Type.Resize:
            self._fit_picture()  # the room changed: the page follows it
        return super().eventFilter(watched, event)

    def _fit_picture(self) -> None:
        """The rendered page, made smaller when the pane is (never larger: it would blur)."""
        if self.page_image is None:
            return
        room = self.picture.contentsRect().size()
        image = self.page_image
        if image.width() > room.width() or image.height() > room.height():
            image = image.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(QPixmap.fromImage(image))

    def _say(self, text: str, style: str = "") -> None:
        self.page_image = None
        self.picture.clear()
        self.picture.setVisible(False)  # the message takes the picture's place
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(True)
