"""Retranslating open windows when the officer switches language (View → Language…).

Qt sends a LanguageChange event to every widget when a translator is installed or removed.
The main window and each case view answer it with `retranslate_tree`: every fixed text a
widget shows (menu titles, actions, buttons, labels, tab names, group titles, placeholders,
combo items) is looked up among the texts the catalogues know and translated again; models
are asked to redraw, so headers and cells translated at display time follow, with dates and
numbers in the new locale; and texts built from data (counts, titles with a number) are
rebuilt by the widget that made them. An officer's typed text is never touched: line edits
keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from kvisa_desk import labels
from kvisa_desk.ui.widgets.translations import current_language, known_texts


def retranslated(text: str) -> str | None:
    """`text` in the language now installed, or None if it is not a text of the window."""
    if not text:
        return None
    origin = known_texts().get(text)
    if origin is None:
        return _relabelled(text)
    again = QCoreApplication.translate(origin[0], origin[1])
    return again if again != text else None


def _relabelled(text: str) -> str | None:
    """A label of the catalogue (a status, a document type…) in the language now installed."""
    found = labels.code_of(text)
    if found is None:
        return None
    again = labels.label(*found, labels.language_of(current_language()))
    return again if again != text else None


def _action(action: QAction) -> None:
    text = retranslated(action.text())
    if text is not None:
        action.setText(text)
    for get, put in ((action.toolTip, action.setToolTip), (action.statusTip, action.setStatusTip)):
        tip = retranslated(get())
        if tip is not None:
            put(tip)


def _widget(widget: QWidget) -> None:
    for get, put in (
        (widget.toolTip, widget.setToolTip),
        (widget.accessibleName, widget.setAccessibleName),
    ):
        text = retranslated(get())
        if text is not None:
            put(text)
    if widget.isWindow():
        title = retranslated(widget.windowTitle())
        if title is not None:
            widget.setWindowTitle(title)
    if isinstance(widget, QLabel | QAbstractButton):
        text = retranslated(widget.text())
        if text is not None:
            widget.setText(text)
    elif isinstance(widget, QGroupBox | QMenu):
        text = retranslated(widget.title())
        if text is not None:
            widget.setTitle(text)
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        text = retranslated(widget.placeholderText())
        if text is not None:
            widget.setPlaceholderText(text)
    elif isinstance(widget, QAbstractSpinBox):
        text = retranslated(widget.specialValueText())
        if text is not None:
            widget.setSpecialValueText(text)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            text = retranslated(widget.itemText(i))
            if text is not None:
                widget.setItemText(i, text)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            text = retranslated(widget.tabText(i))
            if text is not None:
                widget.setTabText(i, text)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        redraw(widget.model())


def redraw(model: QAbstractItemModel) -> None:
    """Headers and cells are translated when shown: ask every view of the model to ask again."""
    top = QModelIndex()
    # A list model's column count is private in PySide6: it has one column.
    try:
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
        rows = model.rowCount(top)
    except TypeError:
        return  # a Qt-internal model (a completer's) whose counts PySide6 does not expose
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if columns and rows:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def retranslate_tree(root: QWidget) -> None:
    """Every fixed text of `root` and the widgets and actions inside it, in the new language."""
    widgets = [root, *root.findChildren(QWidget)]
    actions: dict[int, QAction] = {id(a): a for a in root.findChildren(QAction)}
    for widget in widgets:
        _widget(widget)
        for action in widget.actions():
            actions.setdefault(id(action), action)
    for action in actions.values():
        _action(action)
