"""The window's side of the exchange with the visa service centre: the inbox watched every
minute (its state in the status bar) and File ▸ Send decisions…."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from kvisa_desk.ui.shell.main_window import MainWindow


def add_exchange(window: MainWindow, menu: QMenu) -> None:
    """File ▸ Send decisions… and Inbox folder…, and the inbox watch in the status bar."""
    from kvisa_desk.ui.exchange.inbox_watch import InboxWatch
    from kvisa_desk.ui.exchange.send_decisions import add_send_decisions_action

    add_send_decisions_action(window, menu)
    InboxWatch(window, menu)  # the window keeps it (its parent); found by object name
