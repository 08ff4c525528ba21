"""Lock the window after the post's idle period; the password unlocks it, open work stays.

Nothing is closed or discarded while locked: the lock is a modal dialog above the windows.
An encrypted database's key stays in memory meanwhile (sign out drops it): the open case
views still hold what they show, and the window's background work (the inbox watch, a long
import or check run) keeps reading and writing the file, which would fail half-way without
the key. Unlocking unwraps the officer's own slot again (beside the GUI thread), so an
account deactivated meanwhile cannot unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kvisa_desk.core.database import Database
from kvisa_desk.ui.shell.sign_in import SignInDialog

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Watches input application-wide and asks for the password after `minutes` without any."""

    def __init__(
        self, db: Database, username: str, minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.username, self.window = db, username, parent
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> None:
        self.locked = True
        self.dialog = SignInDialog(self.db, self.username, self.window)
        self.dialog.setWindowTitle(self.tr("KVisa Desk is locked"))
        self.dialog.username.setReadOnly(True)  # only the same officer unlocks their own work
        self.dialog.finished.connect(self._closed)
        self.dialog.open()  # window-modal: the open work stays as it was underneath

    def _closed(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted.value:
            self.dialog.open()  # Cancel does not unlock; only the password does
            return
        self.locked = False
        self.timer.start()
