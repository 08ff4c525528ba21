"""The window's side of the exchange with the visa service centre: the inbox watched every
minute (its state in the status bar) and File ▸ Send decisions…."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from kvisa_desk.ui.exchange.inbox_watch import InboxWatch
from kvisa_desk.ui.exchange.send_decisions import SendDecisions
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import OperationRunner
from kvisa_desk.ui.widgets.roles import Roles


class Exchange(QObject):
    """File ▸ Send decisions… and Inbox folder… (`actions`), the inbox's state for the status
    bar (`label`); `cases_imported` when the inbox brought cases in, `message` for the
    status bar."""

    cases_imported = Signal()
    message = Signal(str, int)  # what to tell the officer, for how many milliseconds

    def __init__(self, context: DeskContext, reader: OperationRunner, window: QWidget) -> None:
        super().__init__(window)
        self.send_decisions = SendDecisions(context, window)
        self.inbox = InboxWatch(context, reader, window)
        self.actions: list[QAction] = [self.send_decisions.action, self.inbox.action]
        self.label: QLabel = self.inbox.label
        self.send_decisions.message.connect(self.message)
        self.inbox.message.connect(self.message)
        self.inbox.cases_imported.connect(self.cases_imported)

    def start(self, roles: Roles) -> None:
        """Once the window knows the account's role: the inbox is watched if it may import."""
        self.inbox.start(roles)

    def stop(self) -> None:
        """The window closes: the inbox is no longer watched."""
        self.inbox.stop()
