"""View → Language: English or Simplified Chinese, remembered for the next start."""

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

from kvisa_desk.ui.translations import LANGUAGES, chosen_language, remember_language


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
        self.choice.setCurrentIndex(max(self.choice.findData(chosen_language(settings)), 0))
        note = QLabel(self.tr("KVisa Desk shows the new language the next time it starts."), self)
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
        remember_language(self._settings, str(self.choice.currentData()))
        super().accept()
