"""A read-only database: the window opens anyway, says so in a banner across the top, and
greys out what would write. Core refuses every write regardless (store.faults words it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from kvisa_desk.core.database import Database

# Main window actions (object names) that only write: greyed out on a read-only
# database, so the officer is not invited to do what cannot be saved.
WRITING_ACTIONS = (
    "action_load_demo",
    "action_assign_me",
    "action_unassign",
    "action_run_checks",
    "action_check_all",
    "action.export_worklist",
    "action.send_decisions",  # a batch is recorded before it is written
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnlyBanner", text)


class ReadOnlyBanner(QFrame):
    """The strip across the top of the window saying nothing can be saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber as a warning, not red: nothing is wrong with the data, it only cannot change.
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff3cd; border: 1px solid #e0b84a; }"
            " #readOnlyBanner QLabel { color: #5c4400; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setText(
            _tr(
                "Read-only: this database was opened read-only. You can look at cases and "
                "documents, but nothing can be saved here — no edits, imports, checks, "
                "decisions, letters or exports — and case views cannot be recorded in the "
                "audit trail. Open the database writable to work on cases."
            )
        )
        layout.addWidget(self.label, 1)


def show_read_only_banner(window: QMainWindow, db: Database) -> ReadOnlyBanner | None:
    """On a read-only database: the banner above the window's content, writers greyed out."""
    if not db.read_only:
        return None
    banner = ReadOnlyBanner()
    add_banner(window, banner)
    for name in WRITING_ACTIONS:
        action = window.findChild(QAction, name)
        if action is not None:
            action.setEnabled(False)
    window.setProperty("read_only", True)
    return banner


def add_banner(window: QMainWindow, banner: QWidget) -> None:
    """Put `banner` above the window's content (below any banner already there)."""
    holder = window.centralWidget()
    if holder is None or holder.objectName() != _BANNER_HOLDER:
        content = window.takeCentralWidget()
        holder = QWidget(window)
        holder.setObjectName(_BANNER_HOLDER)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if content is not None:
            layout.addWidget(content, 1)
        window.setCentralWidget(holder)
    column = holder.layout()
    assert isinstance(column, QVBoxLayout)
    column.insertWidget(column.count() - 1, banner)


_BANNER_HOLDER = "bannerHolder"
