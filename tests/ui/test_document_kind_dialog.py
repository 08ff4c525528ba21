"""The attach dialog's question names the file being attached and its title is not clipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel

from kvisa_desk.ui.documents.dialogs import DocumentKindDialog


def test_the_kind_dialog_names_the_file_and_is_wide_enough_for_its_title(qtbot: Any) -> None:
    kinds = ["Passport scan", "Photo", "Degree certificate"]
    dialog = DocumentKindDialog(Path("/scans/passport-2026.pdf"), kinds, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    question = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "“passport-2026.pdf”" in question  # not only "Kind of document:"
    combo = dialog.findChild(QComboBox)
    assert combo is not None and combo.currentText() == "Photo"  # the guess preselected
    # Wide enough for the title as a window manager draws it, with room for its buttons.
    title = f"{dialog.windowTitle()} — KVisa Desk"
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + 140
