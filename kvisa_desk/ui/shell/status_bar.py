"""The main window's status bar: which database, what is running, and its progress."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy

from kvisa_desk.store.engine import Database, sqlite_file

if TYPE_CHECKING:
    from kvisa_desk.ui.shell.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def database_location(db: Database) -> str:
    """The file for SQLite; the URL without its password for a server."""
    path = sqlite_file(db.url)
    if path is not None:
        return str(path)
    parts = urlsplit(db.url)
    if parts.password is None:
        return db.url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def build_status_bar(window: MainWindow) -> None:
    bar = window.statusBar()
    window.database_label = QLabel(window)
    window.database_label.setTextFormat(Qt.TextFormat.PlainText)
    location = database_location(window.db)
    window.database_label.setText(tr("Database: {location}").format(location=location))
    window.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    # The whole location on hover (escaped: a tooltip would read `<` as markup).
    window.database_label.setToolTip(f"<p>{html.escape(location)}</p>")
    window.count_label = window.worklist.summary  # beside the filters: what they found
    window.busy_bar = QProgressBar(window)
    window.busy_bar.setRange(0, 0)  # "working", without a percentage
    window.busy_bar.setMaximumWidth(160)
    window.busy_bar.setVisible(False)
    bar.addWidget(window.database_label, 1)
    bar.addPermanentWidget(window.batch_progress)
    bar.addPermanentWidget(window.busy_bar)
