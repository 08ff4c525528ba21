"""One sitting at the desk, without restarting: sign in, the main window, then File ▸ Sign out
(back to the sign-in dialog) or File ▸ Switch user (another account signs in over the
window, which stays if they cancel). The window has closed its case views first, asking
about unsaved edits; each window has its own idle lock, which goes with it.

Signing out (and quitting, see app.run_window) drops an encrypted database's key from
memory: the next sign-in unwraps it again with that account's password, beside the GUI
thread. Switch user keeps the key while the window stays, but the new account's sign-in
unwraps its own slot, and the key it gives replaces the one held (data_keys.unlock)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.accounts import data_keys
from kvisa_desk.core.database import Database
from kvisa_desk.ui.shell.idle_lock import IdleLock
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.shell.sign_in import SignedIn, sign_in_window_user
from kvisa_desk.ui.shell.sign_in_form import remember_signed_in

# (parent, username to offer, whether KVISA_PASSWORD may sign in) -> who signed in, or None
SignIn = Callable[[QWidget | None, str, bool], SignedIn | None]
MakeWindow = Callable[[str], MainWindow]  # the signed-in username -> a window, not shown


def dialog_sign_in(db: Database) -> SignIn:
    def sign_in(parent: QWidget | None, username: str, use_environment: bool) -> SignedIn | None:
        return sign_in_window_user(db, username, parent, use_environment)

    return sign_in


class DeskSession(QObject):
    window_opened = Signal(object)  # the MainWindow of the account that just signed in
    ended = Signal()  # the officer quit, or cancelled signing in after a sign-out

    def __init__(
        self,
        db: Database,
        make_window: MakeWindow,
        sign_in: SignIn,
        idle_minutes: int,
        quit_application: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._make_window = make_window
        self._sign_in = sign_in
        self._idle_minutes = idle_minutes
        self._quit = quit_application
        self.window: MainWindow | None = None
        self.lock: IdleLock | None = None

    def open(self, signed: SignedIn) -> MainWindow:
        remember_signed_in(signed.account.username)  # offered at the next start
        window = self._make_window(signed.account.username)
        window.setProperty("idle_lock_minutes", self._idle_minutes)
        window.sign_out_requested.connect(self.sign_out)
        window.switch_user_requested.connect(self.switch_user)
        window.closed.connect(lambda w=window: self._closed(w))
        self.lock = IdleLock(self._db, signed.account.username, self._idle_minutes, window)
        self.window = window
        window.show()
        window.focus_return.give_focus()  # the sign-in dialog's focus went with it
        if signed.first_run:  # the first administrator: on to the post's first accounts
            QTimer.singleShot(0, lambda: window.open_accounts(first_run=True))
        elif not self._db.read_only:  # demo cases could not be saved there
            QTimer.singleShot(0, window.offer_demo_cases)
            QTimer.singleShot(0, window.offer_encryption)  # a plain file's administrator, once
        self.window_opened.emit(window)
        return window

    def sign_out(self) -> None:
        window = self.window
        if window is None or not self._retire(window):
            return
        QTimer.singleShot(0, self._sign_in_again)

    def switch_user(self) -> None:
        window = self.window
        if window is None:
            return
        signed = self._sign_in(window, "", False)
        if signed is None:
            return  # cancelled: the one signed in stays
        if self._retire(window):
            self.open(signed)

    def _retire(self, window: MainWindow) -> bool:
        """Close and let go of a window that is signing out; False if it stayed open."""
        self.window = None  # so its closing is not taken for the officer quitting
        if not window.close():
            self.window = window
            return False
        self.lock = None
        window.deleteLater()  # its idle lock and case views go with it
        return True

    def _sign_in_again(self) -> None:
        # After what the closed window had queued (it may still read): then the key goes.
        data_keys.lock(self._db)
        signed = self._sign_in(None, "", False)
        if signed is None:
            self._end()
            return
        self.open(signed)

    def _closed(self, window: MainWindow) -> None:
        if window is self.window:  # File ▸ Quit or the window's close button
            self.window = None
            self.lock = None
            window.deleteLater()
            self._end()  # quitting: run_window drops the key once the event loop has ended

    def _end(self) -> None:
        self.ended.emit()
        self._quit()
