"""Demo cases: offered once on an empty database, loadable from the File menu at any time."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.cases.cases import count_cases, has_cases
from kvisa_desk.core.database import Database
from kvisa_desk.ui.widgets.offer_once import OfferedOnce
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
        self._declined = OfferedOnce(settings, DECLINED_KEY, db.url)  # kept on No only

    def offer(self) -> bool:
        """On an empty database, ask once whether to load demo cases; True if loading began."""
        # At every sign-in: whether there is a case, not a count of them all.
        if has_cases(self._db) or self._declined.answered():
            return False
        question = self.tr(
            "This database has no cases yet. Load {count} demo cases to explore KVisa Desk?\n\n"
            "The demo cases are fictitious applicants, for exploring or training only. They "
            "go into this database, so every account that uses it will see them among the "
            "cases. Do not load them into your post's working database.\n\n"
            "You can load them later from File > Load demo cases."
        ).format(count=DEMO_CASE_COUNT)
        if not self._prompts.ask_carefully(self._parent, self.tr("Demo cases"), question):
            self._declined.remember()
            return False
        self.load(FIRST_SEED)
        return True

    def ask_and_load(self) -> bool:
        """The menu action: confirm, then add a fresh set (a new seed, so new applications)."""
        question = self.tr(
            "Add {count} synthetic demo cases to this database? "
            "They are invented applicants for training, not real applications.\n\n"
            "Every account that uses this database will see them among the cases. Load "
            "them only into a database meant for exploring or training."
        ).format(count=DEMO_CASE_COUNT)
        if not self._prompts.ask_carefully(self._parent, self.tr("Load demo cases"), question):
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
