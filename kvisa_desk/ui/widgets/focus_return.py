"""Keyboard focus comes back to the main window when a dialog, message box, file dialog or
case view of its own closes, so its shortcuts work without a mouse click first; a dialog
opened from a case view (attach, sign-off, letter preview) or from another of the window's
dialogs (a one-time password in Accounts) gives it back to the window that opened it.

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
            # Read now: a static message box is deleted with its closing.
            parent = gone.parentWidget()
            opener = parent.window() if parent is not None else None
            QTimer.singleShot(0, lambda: self._return_from(gone, opener))

    def _return_from(self, gone: QWidget, opener: QWidget | None = None) -> None:
        try:
            still_open = gone.isVisible()
        except RuntimeError:  # deleted with its closing (a static message box, a case view)
            still_open = False
        if still_open or QApplication.focusWidget() is not None:
            return  # still open (another program has focus), or focus found its way
        modal = QApplication.activeModalWidget()
        if opener is not None and opener is not self._window and _is_open(opener):
            if modal is None or modal is opener:
                # The case view (or the Accounts dialog) that opened it, not the worklist
                # behind: its shortcuts (Ctrl+D, Alt+A) work at once.
                give_window_focus(opener)
            return
        try:
            if not self._window.isVisible() or modal is not None:
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


def _is_open(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # deleted since (a case view closed meanwhile)
        return False


def give_window_focus(window: QWidget) -> None:
    """Activate WINDOW and focus what had it last inside it (else the window itself)."""
    window.activateWindow()
    target = window.focusWidget()
    (target if target is not None else window).setFocus(Qt.FocusReason.ActiveWindowFocusReason)
