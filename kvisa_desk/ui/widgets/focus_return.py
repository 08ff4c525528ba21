"""Keyboard focus comes back to the main window when a dialog, message box, file dialog or
case view of its own closes, so its shortcuts work without a mouse click first.

A window manager usually does this; without one (a kiosk, a bare X server) the closed
window's focus went nowhere. Focus is only returned when nothing else has it and the window
that had it is one of ours that has gone: an officer who switched to another program keeps
it there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FocusReturn(QObject):
    """Watches the application's focus for WINDOW; FALLBACK takes it when nothing inside
    the window had it before (the worklist)."""

    def __init__(self, window: QWidget, fallback: QWidget) -> None:
        super().__init__(window)
        self._window, self._fallback = window, fallback
        self._last: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self._window:
            self._last = new
        if new is None and old is not None and old.window() is not self._window:
            gone = old.window()
            QTimer.singleShot(0, lambda: self._return_from(gone))

    def _return_from(self, gone: QWidget) -> None:
        try:
            still_open = gone.isVisible()
        except RuntimeError:  # deleted with its closing (a static message box, a case view)
            still_open = False
        if still_open or QApplication.focusWidget() is not None:
            return  # still open (another program has focus), or focus found its way
        try:
            if not self._window.isVisible() or QApplication.activeModalWidget() is not None:
                return
        except RuntimeError:  # the main window went too (signing out)
            return
        self.give_focus()

    def give_focus(self) -> None:
        """Activate the window and focus what had it last (else the worklist)."""
        self._window.activateWindow()
        target = self._last
        try:
            usable = target is not None and target.isVisible() and target.isEnabled()
        except RuntimeError:  # deleted since
            usable = False
        (target if usable and target is not None else self._fallback).setFocus(
            Qt.FocusReason.ActiveWindowFocusReason
        )
