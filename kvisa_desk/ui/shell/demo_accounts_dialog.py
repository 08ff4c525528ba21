"""The demo accounts' passwords, shown this once: a table in a monospace font, a Copy button on
each row, passwords without characters that read alike (core.accounts.roster)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kvisa_desk.ui.widgets.password_table import PasswordTable

if TYPE_CHECKING:
    from kvisa_desk.demo.accounts import DemoAccount


class DemoAccountsDialog(QDialog):
    def __init__(self, made: Sequence[DemoAccount], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo accounts"))
        self.setMinimumWidth(560)
        note = QLabel(
            self.tr(
                "Demo accounts were created. Note the passwords: they are shown only this "
                "once. You are signed in as the first officer; use File ▸ Switch user to try "
                "another role."
            ),
            self,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        self.table = PasswordTable([(a.username, a.role, a.password) for a in made], self)
        self.table.setFixedHeight(self.table.fitting_height())  # every row, no empty space
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
