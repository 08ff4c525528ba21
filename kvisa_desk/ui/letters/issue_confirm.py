"""The last question before a letter is issued: what will be issued, beside the letter as it
will read (a draft marked DRAFT, without a number), since a numbered letter cannot be
withdrawn."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.ui.letters.preview import LetterPreview


class IssueConfirmation(QDialog):
    """QUESTION on the left, the draft's PAGES on the right; Issue or Cancel (the default:
    Enter alone never issues)."""

    def __init__(
        self, parent: QWidget | None, title: str, question: str, pages: Sequence[QImage]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letters.confirm")
        self.setWindowTitle(title)
        self.question = QLabel(question, self)
        self.question.setObjectName("letters.confirm.question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # names and references, not HTML
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setMinimumWidth(300)
        self.draft = LetterPreview(self)
        self.draft.setObjectName("letters.confirm.draft")
        self.draft.setAccessibleName(self.tr("Draft of the letter"))
        self.draft.show_pages(pages)
        buttons = QDialogButtonBox(self)
        self.issue_button = buttons.addButton(
            self.tr("&Issue letter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setObjectName("letters.confirm.issue")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.question, 2)
        row.addWidget(self.draft, 3)  # the letter is what the officer reads before issuing
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(1000, 680)  # within a 1280x800 screen, the draft page legible

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)


def confirm_issue(
    parent: QWidget | None, title: str, question: str, pages: Sequence[QImage]
) -> bool:
    """Ask with the draft shown; True only when the officer chose Issue."""
    return IssueConfirmation(parent, title, question, pages).exec() == QDialog.DialogCode.Accepted
