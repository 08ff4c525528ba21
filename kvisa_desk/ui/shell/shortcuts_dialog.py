"""Help → Keyboard shortcuts: every shortcut of the main window and the case view, read from
the actions themselves, so the list is always the one that works."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from kvisa_desk.ui.documents.actions import shortcut_rows
from kvisa_desk.ui.widgets.labels import action_caption
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable


def _rows(where: str, actions: Sequence[QAction]) -> list[tuple[str, str, str]]:
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            rows.append((where, action_caption(action.text()), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window_actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        """`window_actions`: the worklist window's, listed first as they are given."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = _rows(self.tr("Worklist"), window_actions)
        rows += _rows(self.tr("Case"), case_view_actions(self))
        rows += shortcut_rows(self.tr("Documents"))
        rows += [
            (self.tr("Case"), self.tr("Add the note being written"), "Ctrl+Enter"),
            (self.tr("Case"), self.tr("Record the recommendation, issue the letter"), "Ctrl+Enter"),
            (self.tr("Letters"), self.tr("Print the selected letter"), "Ctrl+P"),
            (self.tr("Letters"), self.tr("Save the selected letter as PDF"), "Ctrl+Shift+S"),
            (self.tr("Anywhere"), self.tr("Move between fields"), "Tab, Shift+Tab"),
            (self.tr("Worklist"), self.tr("Open the selected case"), "Enter"),
            (self.tr("Case"), self.tr("Close the case window"), "Esc"),
        ]
        headers = (self.tr("Where"), self.tr("Action"), self.tr("Keys"))
        self.table = ReadOnlyTable(headers, rows, stretch_column=1, parent=self)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)


def tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def case_view_actions(parent: QWidget) -> list[QAction]:
    """The case view's actions, as a case view makes them (without opening a case)."""

    def named(text: str, *keys: QKeySequence | str) -> QAction:
        action = QAction(text, parent)
        action.setShortcuts([QKeySequence(k) for k in keys])
        return action

    return [
        named(tr("Save"), QKeySequence(QKeySequence.StandardKey.Save)),
        named(tr("Undo"), QKeySequence(QKeySequence.StandardKey.Undo)),
        named(tr("Redo"), QKeySequence(QKeySequence.StandardKey.Redo), "Ctrl+Shift+Z"),
        named(tr("Run checks"), "Ctrl+R"),
        named(tr("New note"), "Ctrl+N"),
        named(tr("Attach document"), "Ctrl+Shift+A"),
        named(tr("Recommend"), "Ctrl+D"),
        named(tr("Issue letter"), "Ctrl+L"),
        named(tr("Save summary"), "Ctrl+Shift+S"),
        named(tr("Print summary"), "Ctrl+P"),
        named(tr("Disclosure bundle"), "Ctrl+Shift+B"),
        named(tr("Next case"), "Alt+Down"),
        named(tr("Previous case"), "Alt+Up"),
    ]
