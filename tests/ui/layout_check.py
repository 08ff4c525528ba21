"""Finds text a window shows cut off: each widget's text width against its shown width.

`clipped_texts(root)` walks every visible widget under ROOT and returns one line per text
that does not fit: a label's line wider than the label (or a wrapped label taller than it
is), a button or tab narrower than its text, a table cell or header narrower than its text
(or, where the table wraps, a row lower than the wrapped text). Elided text ("…") counts as
cut off too. Widgets under an excluded one (`skip`) are not looked at.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableView,
    QTabWidget,
    QWidget,
)

SLACK = 2  # pixels of rounding a text may overrun by
CELL_MARGIN = 8  # the item delegate's padding, both sides together
HEADER_ARROW = 16  # the sort indicator beside a sorted column's title
ROWS_LOOKED_AT = 60  # the rows a view shows at most at 1280x800


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _plain(text: str) -> str:
    """A button's or tab's text as drawn: "&&" is "&", a single "&" marks a shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> list[str]:
    text = label.text() if label.buddy() is None else _plain(label.text())
    if not text or label.textFormat() == Qt.TextFormat.RichText:
        return []
    if label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text:
        return []
    room = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    width, height = room.width() - margin, room.height()
    if width <= 0 or height <= 0:
        return []
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return [
                f"{_name(label)}: wrapped text needs {needed}px, has {label.height()}: {text!r}"
            ]
        return []
    problems = []
    for line in text.split("\n"):
        wide = metrics.horizontalAdvance(line)
        if wide > width + SLACK:
            problems.append(f"{_name(label)}: {wide}px of text in {width}px: {line!r}")
    lines = text.count("\n") + 1
    if lines * metrics.lineSpacing() > height + metrics.leading() + SLACK + lines:
        problems.append(f"{_name(label)}: {lines} lines in {height}px: {text!r}")
    return problems


def _button(button: QAbstractButton) -> list[str]:
    text = _plain(button.text())
    if not text:
        return []
    metrics = QFontMetrics(button.font())
    wide = metrics.horizontalAdvance(text)
    extra = 0
    if isinstance(button, QCheckBox | QRadioButton):
        extra = 22  # the box and its gap
    elif isinstance(button, QPushButton):
        extra = 8
    if not button.icon().isNull():
        extra += button.iconSize().width() + 4
    if wide + extra > button.width() + SLACK:
        return [f"{_name(button)}: button text {wide}+{extra}px in {button.width()}: {text!r}"]
    return []


def _tabs(tabs: QTabWidget) -> list[str]:
    bar = tabs.tabBar()
    metrics = QFontMetrics(bar.font())
    problems = []
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        wide = metrics.horizontalAdvance(text)
        room = bar.tabRect(index).width() - 8
        if wide > room + SLACK:
            problems.append(f"{_name(tabs)}: tab {wide}px in {room}: {text!r}")
    return problems


def _combo(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    wide = QFontMetrics(combo.font()).horizontalAdvance(text)
    room = combo.width() - 28  # the frame and the arrow
    if wide > room + SLACK:
        return [f"{_name(combo)}: choice {wide}px in {room}: {text!r}"]
    return []


def _table(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    metrics = QFontMetrics(view.font())
    problems: list[str] = []
    header = view.horizontalHeader()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    if header.isVisible():
        head_metrics = QFontMetrics(header.font())
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in columns:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
            arrow = HEADER_ARROW if sorted_here else 0
            wide = head_metrics.horizontalAdvance(title) + margin + arrow
            if wide > header.sectionSize(column) + SLACK:
                problems.append(
                    f"{_name(view)}: header {wide}px in {header.sectionSize(column)}: {title!r}"
                )
    for row in range(min(model.rowCount(), ROWS_LOOKED_AT)):
        if view.isRowHidden(row):
            continue
        height = view.rowHeight(row)
        for column in columns:
            index: QModelIndex = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            width = view.columnWidth(column) - CELL_MARGIN
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                width -= view.iconSize().width() + 4 if view.iconSize().width() > 0 else 20
            if view.wordWrap():
                box = metrics.boundingRect(
                    QRect(0, 0, max(width, 1), 100_000), Qt.TextFlag.TextWordWrap, text
                )
                if box.height() > height + SLACK or box.width() > width + SLACK:
                    problems.append(
                        f"{_name(view)}[{row},{column}]: wrapped {box.width()}x{box.height()} "
                        f"in {width}x{height}: {text!r}"
                    )
                continue
            for line in text.split("\n"):
                wide = metrics.horizontalAdvance(line)
                if wide > width + SLACK:
                    problems.append(f"{_name(view)}[{row},{column}]: {wide}px in {width}: {line!r}")
    return problems


def clipped_texts(root: QWidget, skip: Iterable[QWidget] = ()) -> list[str]:
    """Every text under ROOT that is shown cut off (see the module's docstring)."""
    skipped = tuple(skip)
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QTabWidget):
            found += _tabs(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QTableView) and isinstance(widget, QAbstractItemView):
            found += _table(widget)
    return found
