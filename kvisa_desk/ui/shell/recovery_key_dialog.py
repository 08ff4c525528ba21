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
        font = key_font()
        font.setPointSize(font.pointSize() + 4)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        # Read off a screen or a printout, O looked like a zero and was typed as one.
        self.alphabet = QLabel(
            self.tr(
                "Letters A–Z and digits 2–7 only: O is always the letter O and I the letter "
                "I (the key has no 0 or 1)."
            ),
            self,
        )
        self.alphabet.setWordWrap(True)
        self.alphabet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.alphabet)
        self.saved_note = QLabel(self)  # where it was saved, once it was
        self.saved_note.setWordWrap(True)
        self.saved_note.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_note.hide()
        layout.addWidget(self.saved_note)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save to file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        # An action, not Accept: the button box makes its first Accept button the default
        # when shown, and Enter then dismissed the key unsaved.
        done = buttons.addButton(
            self.tr("I have kept it safe"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.done_button = done
        # No default: Enter, Escape or a hasty click must not dismiss the once-only key; the
        # officer chooses Save, Print or "kept safe" on purpose.
        for button in (self.save_button, self.print_button, done):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        done.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped lines at this width (the intro's last line was cut)."""
        width = max(self.width(), 560) if self.isVisible() else 560
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    def reject(self) -> None:
        """Escape and the window's close button keep it open: the key is shown only once."""

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
        folder = removable_folder() or start_folder(None, "", "recovery-key")
        proposed = folder / "kvisa-recovery-key.txt"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"), str(proposed))
        if not name:
            return
        try:
            self.save_to(Path(name))
            self.show_saved(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Recovery key not saved"),
                self.tr("The file could not be written ({error}); choose another place.").format(
                    error=exc.strerror or exc
                ),
            )

    def show_saved(self, path: Path) -> None:
        """Says where the copy went, so the officer can move it off this computer."""
        self.saved_note.setText(
            self.tr(
                "Saved to {path}. If that is on this computer, copy it to a USB stick and "
                "delete it here."
            ).format(path=path)
        )
        self.saved_note.show()
        self._fit()

    def printable(self) -> QTextDocument:
        page = QTextDocument(self)
        page.setDefaultFont(key_font())  # printed in a font where O and 0 differ
        page.setPlainText(self.sheet())
        return page

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted.value:
            self.printable().print_(printer)


def removable_folder() -> Path | None:
    """A USB stick mounted by the desktop (/media/USER/NAME or /run/media/USER/NAME), where
    the key belongs rather than in this computer's home folder; None when there is none."""
    user = Path.home().name
    for media in (Path("/media") / user, Path("/run/media") / user):
        try:
            mounted = sorted(p for p in media.iterdir() if p.is_dir() and os.access(p, os.W_OK))
        except OSError:  # no such folder, or not ours to read
            continue
        if mounted:
            return mounted[0]
    return None


def key_font() -> QFont:
    """A monospaced font (DejaVu Sans Mono, Noto Sans Mono: their zero is slashed or
    dotted, their I has serifs): the key's O and I are not taken for 0 and 1."""
    font = QFont()
    font.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def show_new_recovery_key(db: Database, parent: QWidget | None = None) -> bool:
    """After a new database's first account: its recovery key, this once. False if none."""
    recovery_key = take_recovery_key(db)
    if recovery_key is None:
        return False
    RecoveryKeyDialog(recovery_key, parent, db.file).exec()
    return True
