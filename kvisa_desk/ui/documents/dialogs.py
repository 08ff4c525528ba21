"""Small questions the Documents tab asks: a reason (suspected fraud, removal) and, for files
dropped on the case, what kind of document each one is.

Both open window-modal without blocking (`open()`), so the case view keeps drawing and tests
can answer them. The reason dialog stays open until the background save ends: `succeeded()`
closes it, `failed(message)` shows why inside it with the typed reason kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.documents.records import DOCUMENT_TYPES
from kvisa_desk.ui.widgets.labels import code_label
from kvisa_desk.ui.widgets.reason_form import ReasonSubmitting, plain_text_label

ROWS_SHOWN_HEIGHT = 320  # about ten files; more scroll


class ReasonDialog(ReasonSubmitting, QDialog):
    submitted = Signal(str)  # the reason, as typed

    def __init__(
        self, title: str, question: str, action_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("documents.reason_dialog")
        self.question = plain_text_label(question, self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("documents.reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why (required; kept in the case's history)"))
        self.reason.setTabChangesFocus(True)
        self.reason.textChanged.connect(self._update_ok)
        self.error = plain_text_label("", self)
        self.error.setObjectName("documents.reason_error")
        self.error.setStyleSheet("color: #b3261e")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(action_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._busy = False
        self._update_ok()
        self.reason.setFocus()
        self.resize(480, 260)

    def _send(self) -> None:
        self.submitted.emit(self.reason_text())


class DocumentTypeDialog(QDialog):
    """One row per dropped file: its name and the kind of document, the guess preselected."""

    chosen = Signal(list)  # [(Path, document type code)]

    def __init__(self, files: list[tuple[Path, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents.type_dialog")
        self.setWindowTitle(self.tr("Attach dropped files"))
        self.files = [path for path, _guess in files]
        self.kinds: list[QComboBox] = []
        form = QFormLayout()
        for index, (path, guess) in enumerate(files):
            kind = QComboBox(self)
            kind.setObjectName(f"documents.type.{index}")
            for code in DOCUMENT_TYPES:
                kind.addItem(code_label("document", code), code)
            kind.setCurrentIndex(DOCUMENT_TYPES.index(guess))
            kind.setAccessibleName(self.tr("Kind of document for {name}").format(name=path.name))
            self.kinds.append(kind)
            form.addRow(plain_text_label(path.name, self), kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("&Attach"))
        self.attach_button = ok
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = self.tr("What kind of document is each file? Each is checked before it is kept.")
        layout.addWidget(plain_text_label(intro, self))
        rows = QWidget(self)
        rows.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A handful of files fit as they are; a folder's worth scrolls instead of growing.
        scroll.setMinimumHeight(min(rows.sizeHint().height(), ROWS_SHOWN_HEIGHT) + 4)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())
        if self.kinds:
            self.kinds[0].setFocus()

    def choices(self) -> list[tuple[Path, str]]:
        return [
            (path, str(kind.currentData()))
            for path, kind in zip(self.files, self.kinds, strict=True)
        ]

    def _submit(self) -> None:
        self.chosen.emit(self.choices())
        self.accept()


class DocumentKindDialog(QInputDialog):
    """The kind of the one file being attached: the file named, the guess preselected, and
    wide enough that a window manager shows its title whole (not "Attach… Desk")."""

    def __init__(
        self, path: Path, kinds: list[str], guess: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documents.kind_dialog")
        title = self.tr("Attach a document")
        self.setWindowTitle(title)
        self.setLabelText(self.tr("What kind of document is “{name}”?").format(name=path.name))
        self.setComboBoxItems(kinds)
        self.setComboBoxEditable(False)
        self.setTextValue(kinds[guess])
        self.setOkButtonText(self.tr("&Attach"))
        # The title as the window manager draws it (with the program's name), its buttons
        # and a margin: the dialog is at least that wide.
        shown = f"{title} — {QApplication.applicationDisplayName() or 'KVisa Desk'}"
        wide = max(420, self.fontMetrics().horizontalAdvance(shown) + 160)
        for label in self.findChildren(QLabel):  # the dialog is as wide as its question
            label.setMinimumWidth(wide - 24)


def ask_document_kind(
    parent: QWidget | None, path: Path, kinds: list[str], guess: int
) -> str | None:
    """The kind chosen for PATH (one of KINDS), or None when the officer cancels."""
    dialog = DocumentKindDialog(path, kinds, guess, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return None
    return dialog.textValue()
