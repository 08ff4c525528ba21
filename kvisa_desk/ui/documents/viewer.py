"""A document in full: page by page (PgUp/PgDn, Home/End), zoomed (Ctrl++, Ctrl+-, Ctrl+0 to
fit), every page drawn on the worker thread. Damaged content is stated, never drawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kvisa_desk.core.documents.records import DocumentInfo
from kvisa_desk.ui.documents.preview import DAMAGE_STYLE, LatestOnly, document_details
from kvisa_desk.ui.documents.render import (
    LARGEST_IMAGE_SIDE,
    PreviewSource,
    RenderedPage,
    damage_text,
    document_name,
    is_damage,
    open_source,
    render_page,
)
from kvisa_desk.ui.widgets.case_form import plain_label
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.widgets.reason_form import plain_text_label

ZOOM_STEP = 1.25
MARGIN = 24  # room around a fitted page, so no scroll bar appears for it
DEFAULT_SIZE = (820, 900)


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Each key once: the same key twice on one action is ambiguous, and then never fires."""
    seen: list[QKeySequence] = []
    for key in keys:
        if key not in seen:
            seen.append(key)
    return seen


class DocumentViewer(QDialog):
    rendered = Signal(object)  # RenderedPage, once it is on screen
    damaged = Signal(str)  # what the officer was told instead of a picture

    def __init__(self, context: DeskContext, info: DocumentInfo, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("documents.viewer")
        self._context = context
        self.info = info
        self.setWindowTitle(document_name(info))
        self.source: PreviewSource | None = None
        self.page = 0
        self.page_count = 0
        self.zoom: float | None = None  # None: fit the whole page in the window
        self.shown_zoom = 1.0
        self.page_image = QLabel(self)
        self.page_image.setObjectName("viewer.page")
        self.page_image.setTextFormat(Qt.TextFormat.PlainText)
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_image.setAccessibleName(self.tr("Page of the document"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.page_image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position = plain_label("", self)
        self.position.setObjectName("viewer.position")
        self.message = plain_text_label("", self)
        self.message.setObjectName("viewer.message")
        self.message.setVisible(False)
        self._renders = LatestOnly(self._start_render)
        self._build_actions()
        bar = QHBoxLayout()
        shown = (self.action_previous, self.action_next, self.action_zoom_out, self.action_zoom_in)
        for action in (*shown, self.action_fit):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.position, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        title = plain_text_label(document_name(info), self)
        title.setObjectName("viewer.title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(plain_label(document_details(info), self))
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        self.resize(*DEFAULT_SIZE)
        self._started = False
        self._update_actions()

    def _build_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Any, name: str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.setShortcuts(keys)
            made.setToolTip(f"{text.replace('&', '')} ({keys[0].toString()})")
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        keys = QKeySequence.StandardKey
        self.action_previous = action(
            self.tr("&Previous page"),
            [QKeySequence(Qt.Key.Key_PageUp)],
            lambda: self.go_to(self.page - 1),
            "viewer.previous",
        )
        self.action_next = action(
            self.tr("&Next page"),
            [QKeySequence(Qt.Key.Key_PageDown)],
            lambda: self.go_to(self.page + 1),
            "viewer.next",
        )
        self.action_first = action(
            self.tr("&First page"),
            [QKeySequence(Qt.Key.Key_Home)],
            lambda: self.go_to(0),
            "viewer.first",
        )
        self.action_last = action(
            self.tr("&Last page"),
            [QKeySequence(Qt.Key.Key_End)],
            lambda: self.go_to(self.page_count - 1),
            "viewer.last",
        )
        self.action_zoom_in = action(
            self.tr("Zoom &in"),
            _unique(
                [
                    *QKeySequence.keyBindings(keys.ZoomIn),
                    QKeySequence("Ctrl++"),
                    QKeySequence("Ctrl+="),
                ]
            ),
            lambda: self.set_zoom(self.shown_zoom * ZOOM_STEP),
            "viewer.zoom_in",
        )
        self.action_zoom_out = action(
            self.tr("Zoom &out"),
            _unique([*QKeySequence.keyBindings(keys.ZoomOut), QKeySequence("Ctrl+-")]),
            lambda: self.set_zoom(self.shown_zoom / ZOOM_STEP),
            "viewer.zoom_out",
        )
        self.action_fit = action(
            self.tr("&Fit page"),
            [QKeySequence("Ctrl+0")],
            lambda: self.set_zoom(None),
            "viewer.fit",
        )

    # Asking for pages

    def go_to(self, page: int) -> None:
        if self.source is None or not 0 <= page < self.page_count or page == self.page:
            return
        self.page = page
        self._update_actions()
        self._renders.request((self.page, self.zoom))

    def set_zoom(self, zoom: float | None) -> None:
        if self.source is None:
            return
        self.zoom = zoom
        self._renders.request((self.page, self.zoom))

    def _fit_box(self) -> QSize:
        room = self.scroll_area.viewport().size()
        return QSize(max(room.width() - MARGIN, 50), max(room.height() - MARGIN, 50))

    def _start_render(self, request: tuple[int, float | None]) -> None:
        page, zoom = request
        db, info, source, box = self._context.db, self.info, self.source, self._fit_box()
        actor = self._context.actor

        def work(_report: ReportProgress) -> tuple[PreviewSource, RenderedPage]:
            opened = source or open_source(db, actor, info, LARGEST_IMAGE_SIDE)
            return opened, render_page(opened, page, zoom, box)

        label = self.tr("Showing {document}…").format(document=document_name(info))
        Operation(self._context.runner, work, label).success(self._shown).failure(
            self._failed
        ).run()

    # What comes back

    def _shown(self, result: tuple[PreviewSource, RenderedPage]) -> None:
        if not isValid(self):
            return  # closed (and deleted) while the page was drawn
        self.source, page = result
        self.page_count, self.shown_zoom = page.page_count, page.zoom
        self.page_image.setPixmap(QPixmap.fromImage(page.image))
        self.message.setVisible(False)
        self._update_actions(page)
        self._renders.done()
        self.rendered.emit(page)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        text = damage_text(self.info, error)
        self.source = None  # nothing more is drawn from content that failed its check
        self.page_image.clear()
        self.message.setText(("⚠ " if is_damage(error) else "") + text)
        self.message.setStyleSheet(DAMAGE_STYLE if is_damage(error) else "")
        self.message.setVisible(True)
        self._update_actions()
        self._renders.done()
        self.damaged.emit(text)

    def _update_actions(self, page: RenderedPage | None = None) -> None:
        ready = self.source is not None
        self.action_previous.setEnabled(ready and self.page > 0)
        self.action_first.setEnabled(ready and self.page > 0)
        self.action_next.setEnabled(ready and self.page < self.page_count - 1)
        self.action_last.setEnabled(ready and self.page < self.page_count - 1)
        for zoom_action in (self.action_zoom_in, self.action_zoom_out, self.action_fit):
            zoom_action.setEnabled(ready)
        if not ready:
            self.position.setText("")
            return
        self.position.setText(
            self.tr("Page {page} of {count} · {zoom} %").format(
                page=self.page + 1, count=self.page_count, zoom=round(self.shown_zoom * 100)
            )
        )

    # The window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True  # the first page is fitted to the size the window opened at
            self._renders.request((0, None))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._started and self.zoom is None and self.source is not None:
            self._renders.request((self.page, None))

    def keyPressEvent(self, event: Any) -> None:
        # Enter must not close the viewer the way a dialog's default button would.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
