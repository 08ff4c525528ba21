"""View → Language: English or Simplified Chinese, shown at once and remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.ui.widgets.translations import LANGUAGES, current_language, switch_language


class LanguageDialog(QDialog):
    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Language"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("language")
        self.choice.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(self.choice.findData(current_language()), 0))
        note = QLabel(
            self.tr("The windows change language at once; unsaved edits stay as they are."), self
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        super().accept()
        switch_language(str(self.choice.currentData()), self._settings)
