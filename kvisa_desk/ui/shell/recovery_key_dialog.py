"""The recovery key of a new encrypted database, shown once: copy, save to a file or print."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.accounts.data_keys import take_recovery_key
from kvisa_desk.core.accounts.recovery_sheet import recovery_key_sheet
from kvisa_desk.core.database import Database
from kvisa_desk.ui.widgets.file_dialogs import start_folder


class RecoveryKeyDialog(QDialog):
    """Says what the key is for; Save to file and Print keep a copy outside the computer."""

    def __init__(
        self, recovery_key: str, parent: QWidget | None = None, database: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.database, self.made_at = database, datetime.now(UTC)
        self.setWindowTitle(self.tr("Recovery key of this database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database is encrypted: only its accounts' own passwords open it. If every "
                "administrator password is lost, this recovery key is the only way in "
                "(kvisa-desk db unlock ADMIN --recovery-key-file FILE; the saved file and the "
                "printout say how). It is shown only this once: save it to a USB stick or "
                "print it, and keep it locked away from this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key, self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 4)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save to file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        done = buttons.addButton(
            self.tr("I have kept it safe"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        done.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def sheet(self) -> str:
        """The key with what it is, which database and how to use it, in both languages."""
        return recovery_key_sheet(self.recovery_key, self.database, self.made_at)

    def save_to(self, path: Path) -> None:
        """Owner-only, like the database: whoever reads this file can open every case."""
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(self.sheet())

    def _save(self) -> None:
        # The officer's documents folder (or home), never the program's: a USB stick is
        # chosen from there; the key must not stay beside the database.
        proposed = start_folder(None, "", "recovery-key") / "kvisa-recovery-key.txt"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"), str(proposed))
        if not name:
            return
        try:
            self.save_to(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Recovery key not saved"),
                self.tr("The file could not be written ({error}); choose another place.").format(
                    error=exc.strerror or exc
                ),
            )

    def printable(self) -> QTextDocument:
        page = QTextDocument(self)
        page.setPlainText(self.sheet())
        return page

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted.value:
            self.printable().print_(printer)


def show_new_recovery_key(db: Database, parent: QWidget | None = None) -> bool:
    """After a new database's first account: its recovery key, this once. False if none."""
    recovery_key = take_recovery_key(db)
    if recovery_key is None:
        return False
    RecoveryKeyDialog(recovery_key, parent, db.file).exec()
    return True
