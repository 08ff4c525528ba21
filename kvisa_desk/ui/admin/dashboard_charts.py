"""Bar charts drawn with QPainter: the dashboard's charts in the window (no QtCharts).

A `BarChart` shows rows of (label, value, text): horizontal bars with the label on the left
and the value's text after the bar, or vertical columns for a series in time order. The
bars are plain data from core (the PDF report draws the same ones with ReportLab); labels
are applicant-free (statuses, weeks, rule ids, user names, nationality codes) and drawn as
plain text. The chart's accessible description lists every bar, for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor(56, 107, 168)
WARN = QColor(184, 51, 38)
MAX_ROWS = 30  # as in the PDF report: longer lists show their first 30 rows
COLUMN_HEIGHT = 150
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    text: str
    highlight: bool = False


@dataclass(frozen=True)
class LegendEntry:
    """One colour of a chart and what it means ("warn": the warning colour)."""

    colour: str  # "bar" or "warn"
    words: str


class BarChart(QWidget):
    def __init__(self, columns: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.bars: tuple[ChartBar, ...] = ()
        self.legend: tuple[LegendEntry, ...] = ()
        self.empty_text = self.tr("None in this period")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.empty_text = self.tr("None in this period")
            self.update()
        super().changeEvent(event)

    def set_bars(self, bars: Sequence[ChartBar], legend: Sequence[LegendEntry] = ()) -> None:
        self.bars = tuple(bars)
        self.legend = tuple(legend)
        described = [f"{b.label}: {b.text}" for b in self.bars]
        described += [e.words for e in self.legend if self.bars]
        self.setAccessibleDescription("; ".join(described))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _legend_height(self) -> int:
        return self._row_height() + 4 if self.legend and self.bars else 0

    def sizeHint(self) -> QSize:
        if self.columns:
            return QSize(480, COLUMN_HEIGHT + self._legend_height())
        rows = max(1, min(len(self.bars), MAX_ROWS))
        return QSize(480, rows * self._row_height() + 4 + self._legend_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, self.empty_text)
        else:
            if self.columns:
                self._paint_columns(painter, text_colour)
            else:
                self._paint_rows(painter, text_colour)
            self._paint_legend(painter, text_colour)
        painter.end()

    def _paint_legend(self, painter: QPainter, text_colour: QColor) -> None:
        """The key along the bottom: a swatch of each colour and what it means."""
        if not self.legend:
            return
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        y = self.height() - row
        swatch = metrics.height() - 4
        x = 0
        for entry in self.legend:
            painter.fillRect(
                QRectF(x, y + (row - swatch) / 2, swatch, swatch),
                WARN if entry.colour == "warn" else BAR,
            )
            x += swatch + 5
            painter.setPen(text_colour)
            width = metrics.horizontalAdvance(entry.words)
            painter.drawText(QRectF(x, y, width + 2, row), _LEFT, entry.words)
            x += width + 16

    def _paint_rows(self, painter: QPainter, text_colour: QColor) -> None:
        metrics = QFontMetrics(self.font())
        bars = self.bars[:MAX_ROWS]
        row = self._row_height()
        label_room = min(
            max(metrics.horizontalAdvance(b.label) for b in bars) + 14, self.width() * 2 // 5
        )
        text_room = max(metrics.horizontalAdvance(b.text) for b in bars) + 10
        room = max(self.width() - label_room - text_room, 10)
        top = max(b.value for b in bars) or 1
        for i, b in enumerate(bars):
            y = i * row
            label = metrics.elidedText(b.label, Qt.TextElideMode.ElideRight, label_room - 6)
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_room - 6, row), _RIGHT, label)
            length = room * b.value / top
            if length > 0:
                painter.fillRect(
                    QRectF(label_room, y + 3, length, row - 6), WARN if b.highlight else BAR
                )
            painter.drawText(QRectF(label_room + length + 4, y, text_room, row), _LEFT, b.text)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(label_room, 0, label_room, len(bars) * row)

    def _paint_columns(self, painter: QPainter, text_colour: QColor) -> None:
        metrics = QFontMetrics(self.font())
        axis_x = metrics.horizontalAdvance("0000") + 6
        label_h = metrics.height() + 4
        head = metrics.height() + 2
        room_w = self.width() - axis_x
        room_h = self.height() - self._legend_height() - label_h - head
        top = max(b.value for b in self.bars) or 1
        step = min(room_w / len(self.bars), 48.0)  # a short series keeps slim columns
        base = head + room_h
        painter.drawText(QRectF(0, head - metrics.height() / 2, axis_x - 4, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, f"{top:,.0f}")  # fmt: skip
        painter.drawText(QRectF(0, base - metrics.height(), axis_x - 4, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, "0")  # fmt: skip
        widest = max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8
        every = max(1, int(widest / step) + 1)
        for i, b in enumerate(self.bars):
            x = axis_x + i * step
            h = room_h * b.value / top
            if h > 0:
                painter.fillRect(QRectF(x + step * 0.12, base - h, step * 0.76, h),
                                 WARN if b.highlight else BAR)  # fmt: skip
            if step >= metrics.horizontalAdvance(b.text) + 2:
                painter.setPen(text_colour)
                painter.drawText(QRectF(x, base - h - metrics.height(), step, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, b.text)  # fmt: skip
            if i % every == 0:
                painter.setPen(text_colour)
                left = min(max(x - widest / 2 + step / 2, 0), self.width() - widest)
                painter.drawText(QRectF(left, base + 2, widest, label_h),
                                 Qt.AlignmentFlag.AlignHCenter, b.label)  # fmt: skip
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(axis_x, int(base), self.width(), int(base))
