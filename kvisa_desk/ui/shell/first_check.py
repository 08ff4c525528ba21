"""The session's first Run checks would read the registry's name index (~0.7 s on ~10,000
institutions), the rule packs and rapidfuzz: they are read beside the GUI thread as soon as
the window's first worklist page is painted, so that first check costs what every later one
does. The case view's modules (~0.17 s) are imported there too, so the session's first
opened case costs what the next ones do."""

from __future__ import annotations

import importlib
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from kvisa_desk.core.database import Database
    from kvisa_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
_preparing: list[threading.Thread] = []


def _prepare(db: Database) -> None:
    from kvisa_desk.core.post.institution_aliases import prepare_name_index
    from kvisa_desk.rules.pack import default_library

    try:
        prepare_name_index(db)
        default_library()  # the rule packs, read once (~0.1 s of TOML)
        for module in ("rapidfuzz.fuzz", "rapidfuzz.process"):  # the fuzzy scorer (~50 ms)
            importlib.import_module(module)
        importlib.import_module("kvisa_desk.ui.case.view")  # classes only: no widget made here
    except Exception as exc:  # the first check does it itself; nothing is lost
        log.warning("the first check was not prepared: %s", type(exc).__name__)


def start_preparing(db: Database) -> threading.Thread:
    """Build the index on a thread now; the thread, to join before the database goes."""
    thread = threading.Thread(target=_prepare, args=(db,), name="first-check", daemon=True)
    _preparing[:] = [t for t in _preparing if t.is_alive()] + [thread]
    thread.start()
    return thread


def wait_for_preparation(timeout_s: float = 10.0) -> None:
    """Before the database is disposed of: let a build still running finish."""
    for thread in _preparing:
        thread.join(timeout_s)
    _preparing.clear()


class _AfterFirstPaint(QObject):
    """Starts the build once the worklist has painted: not before, so it does not compete
    with the first page for the interpreter."""

    def __init__(self, target: QObject, db: Database) -> None:
        super().__init__(target)
        self._db = db

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda db=self._db: start_preparing(db))
            self.deleteLater()
        return False


def prepare_first_check(window: MainWindow, db: Database) -> None:
    """After the window's first worklist page is painted, build the registry's index."""
    viewport = window.worklist_view.viewport()
    viewport.installEventFilter(_AfterFirstPaint(viewport, db))
