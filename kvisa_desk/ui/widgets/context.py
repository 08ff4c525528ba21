"""What every window and tab of one session works with, passed in rather than global."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from kvisa_desk.core.database import Database
from kvisa_desk.ui.widgets.changes import ChangeBus
from kvisa_desk.ui.widgets.operations import OperationRunner
from kvisa_desk.ui.widgets.prompts import Prompts


@dataclass
class DeskContext:
    db: Database
    actor: str  # the officer acting in this window
    runner: OperationRunner  # the one worker thread for database work
    prompts: Prompts = field(default_factory=Prompts)
    settings: QSettings | None = None  # the officer's window preferences; None in some tests
    # Carries every write's Changes to every open view; the main window owns it.
    changes: ChangeBus = field(default_factory=ChangeBus)

    def __post_init__(self) -> None:
        self.changes.listen_to(self.runner)
