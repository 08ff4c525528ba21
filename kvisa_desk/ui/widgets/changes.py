"""One signal that tells every open view what a write changed (Anki's operation_did_execute).

Writes announce their `core.changes.Changes` through the operation runner that ran them; the
bus passes each one on once. A view listens, keeps what concerns it (its case, the parts it
shows) and reads those parts again off the GUI thread. The window's refresh (F5) publishes
`Changes.everything()`: a write in another process (the CLI, another officer) is seen then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kvisa_desk.core.changes import Changes
from kvisa_desk.ui.widgets.operations import OperationRunner


class ChangeBus(QObject):
    changed = Signal(object)  # a Changes

    def __init__(
        self, parent: QObject | None = None, reader: OperationRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._runners: list[OperationRunner] = []
        # Where views read again after a change: the window's reading thread, so a redraw
        # neither waits behind the next write nor clears what the status bar says of it.
        self.reader = reader

    def listen_to(self, runner: OperationRunner) -> None:
        """Pass on what the writes run by RUNNER changed (once per runner)."""
        if any(known is runner for known in self._runners):
            return
        self._runners.append(runner)
        runner.wrote.connect(self.publish)
        if self.reader is None:  # no window: read where the writes run
            self.reader = runner

    @property
    def reading(self) -> OperationRunner:
        if self.reader is None:
            raise RuntimeError("the change bus has no runner to read on yet")
        return self.reader

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)
