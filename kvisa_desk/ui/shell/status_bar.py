"""The main window's status bar: which database, who is signed in, what is running.

MainStatusBar owns its labels and bars; the window shows messages in it as in any status bar.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from kvisa_desk.core.database import Database, database_location
from kvisa_desk.ui.widgets.roles import role_label


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainStatusBar(QStatusBar):
    """The database on the left; on the right a batch's progress, a "working" bar and the
    officer signed in (always shown: messages cover the left part only)."""

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
        self.officer_label = QLabel(self)
        self.officer_label.setObjectName("status.officer")
        self.officer_label.setTextFormat(Qt.TextFormat.PlainText)
        self._officer: tuple[str, str | None] = ("", None)
        self.addWidget(self.database_label, 1)
        self.addPermanentWidget(batch_progress)
        self.addPermanentWidget(self.busy_bar)
        self.addPermanentWidget(self.officer_label)

    def show_database(self) -> None:
        """The database's line, in the language now installed."""
        self.database_label.setText(tr("Database: {location}").format(location=self._location))

    def show_officer(self, display_name: str | None = None, role: str | None = None) -> None:
        """Who is at the desk, in the language now installed (again, with no arguments)."""
        if display_name is not None:
            self._officer = (display_name, role)
        name, shown_role = self._officer
        self.officer_label.setText(
            tr("Signed in: {name} ({role})").format(name=name, role=role_label(shown_role))
        )
