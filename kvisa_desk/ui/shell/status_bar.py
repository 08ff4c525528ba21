"""The main window's status bar: which database, what is running, and its progress.

MainStatusBar owns its labels and bars; the window shows messages in it as in any status bar.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from kvisa_desk.core.database import Database, database_location


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainStatusBar(QStatusBar):
    """The database on the left; on the right a batch's progress and a "working" bar."""

    def __init__(
        self, db: Database, batch_progress: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # As QMainWindow.statusBar() makes its own: the window's width decides, not ours.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._location = database_location(db)
        self.database_label = QLabel(self)
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_database()
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The whole location on hover (escaped: a tooltip would read `<` as markup).
        self.database_label.setToolTip(f"<p>{html.escape(self._location)}</p>")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # "working", without a percentage
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        self.addWidget(self.database_label, 1)
        self.addPermanentWidget(batch_progress)
        self.addPermanentWidget(self.busy_bar)

    def show_database(self) -> None:
        """The database's line, in the language now installed."""
        self.database_label.setText(tr("Database: {location}").format(location=self._location))
