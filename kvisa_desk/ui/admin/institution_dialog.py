"""Adding a research institution to the registry: name, country, web domains.

Like every dialog here, a refusal is shown inside it and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.ui.admin.registry_model import tier_label

TIERS = ("listed", "recognised", "unlisted")


class InstitutionDialog(QDialog):
    submitted = Signal(str, str, object, str)  # name, country, domains tuple, tier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a research institution"))
        self.name = QLineEdit(self)
        self.name.setObjectName("institution.name")
        self.country = QLineEdit(self)
        self.country.setObjectName("institution.country")
        self.country.setMaxLength(3)
        self.country.setPlaceholderText(self.tr("e.g. DE or DEU"))
        self.domains = QLineEdit(self)
        self.domains.setObjectName("institution.domains")
        self.domains.setPlaceholderText(self.tr("e.g. mpg.de, mpq.mpg.de"))
        self.tier = QComboBox(self)
        for tier in TIERS:
            self.tier.addItem(tier_label(tier), tier)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("Web &domains:"), self.domains)
        form.addRow(self.tr("&Tier:"), self.tier)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setObjectName("institution.error")
        self.error.setStyleSheet("color: #b3261e")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.name, self.country):
            edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip() and self.country.text().strip()))

    def _submit(self) -> None:
        domains = tuple(d.strip() for d in self.domains.text().split(",") if d.strip())
        self.ok_button.setEnabled(False)
        self.submitted.emit(
            self.name.text(), self.country.text(), domains, str(self.tier.currentData())
        )
