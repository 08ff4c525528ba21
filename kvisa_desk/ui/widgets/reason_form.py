"""What dialogs that need a written reason share: plain-text labels, an OK button enabled
only with a reason and while nothing is being saved, and the refusal shown in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget


def plain_text_label(text: str, parent: QWidget) -> QLabel:
    """A label that never reads its text as markup (names and file names come from applicants)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


class ReasonSubmitting:
    """Mixed into a QDialog that has `reason` (a text edit), `error` (a label), `buttons`
    and `_busy`; `_send()` emits the dialog's own `submitted` signal."""

    reason: Any
    error: QLabel
    buttons: QDialogButtonBox
    _busy: bool

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def reason_text(self) -> str:
        return str(self.reason.toPlainText())

    def succeeded(self) -> None:
        self._busy = False
        self.accept()  # type: ignore[attr-defined]

    def failed(self, message: str) -> None:
        """Show why it was refused; what was chosen and typed stays."""
        self._busy = False
        self.error.setText(message)
        self.error.setVisible(True)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_text().strip()) and not self._busy)

    def _submit(self) -> None:
        if not self.reason_text().strip() or self._busy:
            return
        self._busy = True
        self._update_ok()
        self.error.setVisible(False)
        self._send()

    def _send(self) -> None:
        raise NotImplementedError
