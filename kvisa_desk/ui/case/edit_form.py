"""An editable form of a case's facts: each field checked as it is typed, by core's rules.

Each field's object name is its path (`applicant.surname`). When the officer leaves a field
with a changed value, `committed(path, before, after)` is emitted, and the case view puts
that change on its undo stack; `set_text` (undo, redo, reload) does not emit it again.
A choice from a vocabulary (a degree's level, a screening answer) is a combo box whose text
is the stored code, so undo and save treat it like any typed field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases.editing import field_problem

MULTILINE_ROWS = 3
ERROR_STYLE = "color: #b3261e"
INVALID_STYLE = "border: 1px solid #b3261e"
Editor = QLineEdit | QPlainTextEdit | QComboBox


def editor_text(editor: Editor) -> str:
    if isinstance(editor, QComboBox):
        return str(editor.currentData() or "")
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


class EditForm(QWidget):
    committed = Signal(str, str, str)  # path, text before, text after
    typed = Signal(str)  # a path whose text changed (for checks between fields)
    shown = Signal(str)  # a path given a value by undo, redo or reload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.columns: dict[str, QVBoxLayout] = {}
        self._committed: dict[str, str] = {}
        self._extra_problems: dict[str, str] = {}
        self._words: list[Callable[[], None]] = []  # add_words' labels, redone per language

    def add_field(
        self, path: str, label: str, text: str, multiline: bool = False, hint: str = ""
    ) -> Editor:
        editor: Editor
        if multiline:
            editor = QPlainTextEdit(self)
            editor.setPlainText(text)
            editor.setTabChangesFocus(True)
            line = editor.fontMetrics().lineSpacing()
            editor.setFixedHeight(line * MULTILINE_ROWS + 2 * editor.frameWidth() + 8)
            editor.textChanged.connect(lambda p=path: self._changed(p))
            editor.installEventFilter(self)  # commit when focus leaves
        else:
            editor = QLineEdit(self)
            editor.setText(text)
            editor.setCursorPosition(0)
            editor.textChanged.connect(lambda _t, p=path: self._changed(p))
            editor.editingFinished.connect(lambda p=path: self.commit(p))
        if hint:
            editor.setPlaceholderText(hint)
            editor.setToolTip(hint)
        self._add_row(path, label, editor, text)
        return editor

    def add_choice(
        self, path: str, label: str, choices: list[tuple[str, str]], code: str
    ) -> QComboBox:
        """A choice of (stored code, label shown); the code "" is the empty answer."""
        box = QComboBox(self)
        for value, shown in choices:
            box.addItem(shown, value)
        box.setCurrentIndex(max(box.findData(code), 0))
        box.currentIndexChanged.connect(lambda _i, p=path: self._changed(p))
        box.activated.connect(lambda _i, p=path: self.commit(p))
        self._add_row(path, label, box, code)
        return box

    def add_words(self, path: str, words: Callable[[str], str]) -> QLabel:
        """What the code in a field stands for, under it (德国（DEU） under "DEU"), kept
        current as the officer types, undoes or reloads; hidden when it names nothing."""
        label = QLabel(self)
        label.setObjectName(f"{path}.words")
        label.setTextFormat(Qt.TextFormat.PlainText)

        def show(changed: str) -> None:
            if changed == path:
                label.setText(words(self.text(path)))
                label.setVisible(bool(label.text()))

        self.typed.connect(show)
        self.shown.connect(show)
        self._words.append(lambda: show(path))
        show(path)
        self.add_below(path, label)
        return label

    def add_below(self, path: str, widget: QWidget) -> None:
        """Something the officer needs beside a field (a suggested code to confirm)."""
        self.columns[path].addWidget(widget)

    def _add_row(self, path: str, label: str, editor: Editor, text: str) -> None:
        editor.setObjectName(path)
        editor.setAccessibleName(label)
        error = QLabel(self)
        error.setObjectName(f"{path}.error")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        caption = QLabel(label, self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setBuddy(editor)
        column = QVBoxLayout()
        column.setSpacing(1)
        column.addWidget(editor)
        column.addWidget(error)
        self._layout.addRow(caption, column)
        self.editors[path] = editor
        self.errors[path] = error
        self.columns[path] = column
        self._committed[path] = text

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            if isinstance(editor, QComboBox):
                editor.setEnabled(not read_only)
            else:
                editor.setReadOnly(read_only)

    def text(self, path: str) -> str:
        return editor_text(self.editors[path])

    def set_text(self, path: str, text: str) -> None:
        """Show a value without it counting as a new edit (undo, redo, reload)."""
        editor = self.editors[path]
        self._committed[path] = text
        editor.blockSignals(True)
        try:
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(text), 0))
            elif isinstance(editor, QLineEdit):
                editor.setText(text)
                editor.setCursorPosition(0)
            else:
                editor.setPlainText(text)
        finally:
            editor.blockSignals(False)
        self._show_problem(path)
        self.shown.emit(path)

    def commit(self, path: str) -> None:
        """The officer is done with a field: a change becomes one undoable step."""
        now = self.text(path)
        before = self._committed[path]
        if now != before:
            self._committed[path] = now
            self.committed.emit(path, before, now)

    def commit_all(self) -> None:
        for path in self.editors:
            self.commit(path)

    def set_extra_problems(self, problems: dict[str, str]) -> None:
        """Problems between fields (expiry before issue), shown under the field named."""
        self._extra_problems = {p: why for p, why in problems.items() if p in self.editors}
        for path in self.editors:
            self._show_problem(path)

    def problems(self) -> dict[str, str]:
        found = {}
        for path in self.editors:
            why = field_problem(path, self.text(path)) or self._extra_problems.get(path)
            if why:
                found[path] = why
        return found

    def _changed(self, path: str) -> None:
        self._show_problem(path)
        self.typed.emit(path)

    def _show_problem(self, path: str) -> None:
        why = field_problem(path, self.text(path)) or self._extra_problems.get(path)
        error = self.errors[path]
        error.setText(why or "")
        error.setVisible(bool(why))
        editor = self.editors[path]
        if not isinstance(editor, QComboBox):  # a choice from the list is never malformed
            editor.setStyleSheet(INVALID_STYLE if why else "")
        editor.setAccessibleDescription(why or "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for show in self._words:
                show()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for path, editor in self.editors.items():
                if editor is watched:
                    self.commit(path)
        return super().eventFilter(watched, event)
