"""The Notes tab: what officers wrote about the case, oldest first, and a box for a new note.

Notes are append-only: a correction is a new note. The new note's text stays in the box
until core has stored it; a refusal is shown and the text is kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kvisa_desk.core.cases.notes import NoteView, add_note, case_notes
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.labels import text_of
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable

Added = tuple[NoteView, list[NoteView]]  # the note stored, and the case's notes read again


def _rows(notes: list[NoteView]) -> list[tuple[str, str, str]]:
    return [(text_of(n.written_at), n.officer or n.username, n.text) for n in notes]


class NotesTab(QWidget):
    added = Signal(object)  # the NoteView

    def __init__(self, context: DeskContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        headers = (self.tr("Written"), self.tr("Officer"), self.tr("Note"))
        self.table = ReadOnlyTable(headers, [], stretch_column=2, parent=self)
        self.table.setObjectName("notes")
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.setWordWrap(True)
        # Rows follow their text as the columns settle (sized once, before the tab was first
        # shown, a one-line note stood in a row as tall as the table).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("notes.new")
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(
            self.tr(
                "A new note (Ctrl+Enter adds it). Notes cannot be changed afterwards: "
                "a correction is a new note."
            )
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 4 + 12)
        self.editor.textChanged.connect(self._update_button)
        self.add_button = QPushButton(self.tr("&Add note"), self)
        self.add_button.clicked.connect(self.add)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.editor)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.add)
        self.error = QLabel(self)
        self.error.setObjectName("notes.error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._update_button()

    def load(self) -> Operation[list[NoteView]]:
        """Read the case's notes on the reading thread and show them."""
        db, case_id = self._context.db, self._case_id

        def work(_report: ReportProgress) -> list[NoteView]:
            return case_notes(db, case_id)

        def read(notes: list[NoteView]) -> None:
            if isValid(self):  # not when the case view went while they were read
                self.show_notes(notes)

        operation = Operation(self._context.changes.reading, work)
        return operation.success(read).failure(lambda _error: None).run()

    def show_notes(self, notes: list[NoteView]) -> None:
        """The case's notes as read (after a change, on the worker thread)."""
        self.table.set_rows(_rows(notes))
        self.table.resizeRowsToContents()

    def start_note(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add(self) -> Operation[Added] | None:
        text = self.editor.toPlainText()
        if not text.strip():
            return None
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> Added:
            return add_note(db, case_id, text, actor), case_notes(db, case_id)  # shown at once

        self.add_button.setEnabled(False)
        operation = Operation(self._context.runner, work, self.tr("Adding the note…"))
        return operation.success(self._added).failure(self._refused).run()

    def _added(self, added: Added) -> None:
        note, notes = added
        self.editor.clear()
        self.error.setVisible(False)
        self.show_notes(notes)
        self.table.scrollToBottom()
        self.added.emit(note)

    def _refused(self, error: BaseException) -> None:
        message = error_text(error)
        self.error.setText(self.tr("The note was not added: {reason}").format(reason=message))
        self.error.setVisible(True)
        self._update_button()

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.editor.toPlainText().strip()))
