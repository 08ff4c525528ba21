"""Demo cases: offered once on an empty database, loadable from the File menu at any time."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.cases.cases import count_cases, has_cases
from kvisa_desk.core.database import Database
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress
from kvisa_desk.ui.widgets.prompts import Prompts

if TYPE_CHECKING:
    from kvisa_desk.core.applications.importer import ImportReport

DEMO_CASE_COUNT = 200
FIRST_SEED = 1
DECLINED_KEY = "demo_cases/declined_for"

# (db, count, seed, actor) -> ImportReport, as kvisa_desk.demo.cases.load_demo_cases.
DemoLoader = Callable[[Database, int, int, str], "ImportReport"]


def core_demo_loader(db: Database, count: int, seed: int, actor: str) -> ImportReport:
    from kvisa_desk.demo.cases import load_demo_cases  # the generator is big: load on use

    report: ImportReport = load_demo_cases(db, count, seed, actor)
    return report


class DemoCases(QObject):
    loaded = Signal(object)  # the ImportReport, on the GUI thread

    def __init__(
        self,
        db: Database,
        actor: str,
        runner: OperationRunner,
        prompts: Prompts,
        parent: QWidget,
        loader: DemoLoader = core_demo_loader,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._runner = runner
        self._prompts = prompts
        self._parent = parent
        self._loader = loader
        self._settings = settings

    def offer(self) -> bool:
        """On an empty database, ask once whether to load demo cases; True if loading began."""
        if has_cases(self._db) or self._declined():  # at every sign-in: no count of them all
            return False
        question = self.tr(
            "This database has no cases yet. Load {count} demo cases to explore KVisa Desk?"
        ).format(count=DEMO_CASE_COUNT)
        if not self._prompts.ask(self._parent, self.tr("Demo cases"), question):
            self._remember_declined()
            return False
        self.load(FIRST_SEED)
        return True

    def ask_and_load(self) -> bool:
        """The menu action: confirm, then add a fresh set (a new seed, so new applications)."""
        question = self.tr(
            "Add {count} synthetic demo cases to this database? "
            "They are invented applicants for training, not real applications."
        ).format(count=DEMO_CASE_COUNT)
        if not self._prompts.ask(self._parent, self.tr("Load demo cases"), question):
            return False
        empty = count_cases(self._db) == 0
        self.load(FIRST_SEED if empty else random.randrange(FIRST_SEED + 1, 2**31))
        return True

    def load(self, seed: int) -> Operation[ImportReport]:
        db, actor, loader = self._db, self._actor, self._loader

        def work(_report: ReportProgress) -> ImportReport:
            return loader(db, DEMO_CASE_COUNT, seed, actor)

        label = self.tr("Loading {count} demo cases…").format(count=DEMO_CASE_COUNT)
        operation = Operation(self._runner, work, label)
        return operation.success(self.loaded.emit).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        message = self.tr("The demo cases could not be loaded: {error}").format(error=error)
        if isinstance(error, ModuleNotFoundError) and error.name == "kvisa_desk.demo.cases":
            message = self.tr("This copy of KVisa Desk has no demo case generator yet.")
        self._prompts.error(self._parent, self.tr("Demo cases"), message)

    def _location(self) -> str:
        # A digest, not the URL: a PostgreSQL URL may carry a password.
        return hashlib.sha256(self._db.url.encode("utf-8")).hexdigest()[:16]

    def _declined_list(self) -> list[str]:
        if self._settings is None:
            return []
        declined = self._settings.value(DECLINED_KEY, [], type=list)
        return [str(d) for d in declined] if isinstance(declined, list) else []

    def _declined(self) -> bool:
        return self._location() in self._declined_list()

    def _remember_declined(self) -> None:
        if self._settings is not None:
            self._settings.setValue(DECLINED_KEY, [*self._declined_list(), self._location()])
