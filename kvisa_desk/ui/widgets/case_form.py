"""A read-only form: labels and values an officer can select and copy, never interpreted as markup.

Every value goes into a read-only QLineEdit or QPlainTextEdit, which show text exactly as
given (a name `<b>Eve</b>` stays those nine characters). Each field's object name is its
dotted field path (`applicant.surname`), so tests and later features can find it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.ui.widgets.labels import text_of

MULTILINE_ROWS = 3


def _read_only_look(widget: QWidget) -> None:
    # The window colour behind the text says "you can copy this, not change it".
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    widget.setPalette(palette)


def plain_label(text: str, parent: QWidget) -> QLabel:
    """A label that shows its text literally and lets the officer select and copy it."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def scrolling_page(*parts: QWidget) -> QScrollArea:
    """A tab page: the parts stacked at the top, scrolling when the window is small."""
    page = QScrollArea()
    page.setWidgetResizable(True)
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget(page)
    layout = QVBoxLayout(body)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    page.setWidget(body)
    return page


class ReadOnlyForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def add_value(self, name: str, label: str, value: Any, monospace: bool = False) -> QLineEdit:
        """One line of text; `value` is shown exactly as stored (None as an empty field)."""
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setReadOnly(True)
        field.setText(text_of(value))
        field.setCursorPosition(0)  # a long value shows its beginning
        field.setPlaceholderText(self.tr("not given"))
        if monospace:
            field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        _read_only_look(field)
        self._add_row(label, field)
        return field

    def add_text(self, name: str, label: str, value: Any) -> QPlainTextEdit:
        """Several lines (an address, a description); plain text, wrapped, never markup."""
        field = QPlainTextEdit(self)
        field.setObjectName(name)
        field.setReadOnly(True)
        field.setPlainText(text_of(value))
        field.setPlaceholderText(self.tr("not given"))
        field.setTabChangesFocus(True)
        line = field.fontMetrics().lineSpacing()
        field.setFixedHeight(line * MULTILINE_ROWS + 2 * field.frameWidth() + 8)
        _read_only_look(field)
        self._add_row(label, field)
        return field

    def _add_row(self, label: str, field: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setBuddy(field)
        self._layout.addRow(caption, field)
