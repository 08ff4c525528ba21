"""Passwords shown once (demo accounts, a one-time password): a table with the passwords in a
monospace font, so each character reads as itself, and a Copy button on every row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kvisa_desk.ui.widgets.roles import role_label

COL_USERNAME = 0
COL_ROLE = 1
COL_PASSWORD = 2
COL_COPY = 3
# Tried after the platform's fixed font, which some platforms map to a proportional face.
_MONOSPACE_FAMILIES = ("DejaVu Sans Mono", "Noto Mono", "Liberation Mono", "Consolas", "Menlo")


def _even(font: QFont) -> bool:
    """Whether every character takes the same width: `il1` as wide as `WM@`."""
    metrics = QFontMetrics(font)
    return len({metrics.horizontalAdvance(c) for c in "il1WM@k-"}) == 1


def monospace_font(point_size: float) -> QFont:
    """A font whose characters line up in columns, at least `point_size` large."""
    candidates = [QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)]
    candidates += [QFont(family) for family in _MONOSPACE_FAMILIES]
    candidates += [QFont(f) for f in QFontDatabase.families() if QFontDatabase.isFixedPitch(f)]
    for font in candidates:
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSizeF(max(font.pointSizeF(), point_size))
        if _even(font):
            return font
    return candidates[0]


class PasswordTable(QTableWidget):
    """Rows of (username, role, password), read-only; each row's button copies its password."""

    def __init__(self, rows: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(len(rows), 4, parent)
        self.setObjectName("passwords")
        self.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Role"), self.tr("Password"), ""]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        fixed = monospace_font(self.font().pointSizeF() * 1.1)
        self.copy_buttons: list[QPushButton] = []
        for row, (username, role, password) in enumerate(rows):
            self.setItem(row, COL_USERNAME, QTableWidgetItem(username))
            self.setItem(row, COL_ROLE, QTableWidgetItem(role_label(role)))
            shown = QTableWidgetItem(password)
            shown.setFont(fixed)
            self.setItem(row, COL_PASSWORD, shown)
            button = QPushButton(self.tr("Copy"), self)
            button.setObjectName(f"copy.{username}")
            button.setAccessibleName(self.tr("Copy the password of {name}").format(name=username))
            button.clicked.connect(lambda _checked=False, p=password: self.copy(p))
            self.setCellWidget(row, COL_COPY, button)
            self.copy_buttons.append(button)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PASSWORD, QHeaderView.ResizeMode.Stretch)
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        self.setCurrentCell(-1, -1)  # no cell looks chosen: the buttons are what to use

    def password(self, row: int) -> str:
        item = self.item(row, COL_PASSWORD)
        return item.text() if item is not None else ""

    def copy(self, password: str) -> None:
        QGuiApplication.clipboard().setText(password)

    def fitting_height(self) -> int:
        """The height that shows every row without a scroll bar."""
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        return rows + self.horizontalHeader().height() + 2 * self.frameWidth()
