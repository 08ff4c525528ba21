"""Slow work off the GUI thread, with its results delivered back on the GUI thread.

In the manner of Anki's CollectionOp:

    Operation(runner, lambda report: load_demo_cases(db, 200, 1, actor))
        .success(lambda report: ...)
        .failure(lambda error: ...)
        .run()

The work function runs on the runner's single worker thread, so database writes never race
one another. It gets a `report(done, total)` function for progress and must never touch a
widget; the success, failure and progress callbacks run on the GUI thread, where they may.
When the work's result carries what it changed (`core.changes`), the runner's `wrote` signal
says so after the success callback, as Anki's operations announce their OpChanges.
Long work asks `report.cancelled` between its steps: `operation.cancel()` on the GUI thread
sets it, and the work ends at the next step it chooses (never in the middle of one).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from kvisa_desk.core.changes import changes_of
from kvisa_desk.core.errors import ServerUnreachable, in_plain_words

T = TypeVar("T")


class ReportProgress:
    """Given to the work: call it with (done, total) (total 0 when unknown); read `cancelled`."""

    def __init__(self, emit: Callable[[int, int], None], cancel_flag: threading.Event) -> None:
        self._emit = emit
        self._cancel_flag = cancel_flag

    def __call__(self, done: int, total: int) -> None:
        self._emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel_flag.is_set()


log = logging.getLogger(__name__)


class OperationRunner(QObject):
    """One worker thread for the whole window; keeps running operations alive until they end."""

    busy_changed = Signal(bool)
    started = Signal(str)  # an operation's label, as it is queued
    failed = Signal(object)  # every failure, before its callback (the offline watch listens)
    wrote = Signal(object)  # the Changes a finished write made, after its success callback

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Operation[Any]] = set()
        # Called for a failure no callback was given for; the window shows it to the officer.
        self.unhandled_failure: Callable[[BaseException], None] = _log_failure

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, operation: Operation[Any]) -> None:
        self._running.add(operation)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.started.emit(operation.label)
        self._pool.start(_Job(operation))

    def finished(self, operation: Operation[Any]) -> None:
        self._running.discard(operation)
        if not self._running:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is done (at shut-down, before the database is closed)."""
        return self._pool.waitForDone(msecs)


def _log_failure(error: BaseException) -> None:
    log.error("background operation failed", exc_info=error)


class Operation(QObject, Generic[T]):
    """One piece of background work and what to do on the GUI thread when it ends."""

    # Emitted from the worker thread; queued to this object's (the GUI) thread.
    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(int, int)
    finished = Signal()

    def __init__(
        self, runner: OperationRunner, work: Callable[[ReportProgress], T], label: str = ""
    ) -> None:
        super().__init__()
        self.label = label  # what the officer is told is happening
        self._runner = runner
        self._work = work
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._cancel_flag = threading.Event()
        queued = Qt.ConnectionType.QueuedConnection
        self._succeeded.connect(self._deliver_success, queued)
        self._failed.connect(self._deliver_failure, queued)
        self._progressed.connect(self._deliver_progress, queued)

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int], None]) -> Operation[T]:
        self._on_progress = callback
        return self

    def run(self) -> Operation[T]:
        self._runner.start(self)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next step; its success callback still runs after."""
        self._cancel_flag.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_flag.is_set()

    def execute(self) -> None:
        """The worker thread's part: run the work and hand the outcome to the GUI thread."""
        try:
            result = self._work(ReportProgress(self._progressed.emit, self._cancel_flag))
        except Exception as error:
            # A full disk, a read-only file or a lost server reaches the officer in words.
            self._failed.emit(in_plain_words(error))
        else:
            self._succeeded.emit(result)

    # The runner hears of the end first, so a callback already sees it idle.

    def _asker_gone(self) -> bool:
        # The window that asked was closed and deleted while the work ran: nobody is left to
        # show the outcome to, and its callbacks would touch deleted widgets.
        return not shiboken6.isValid(self._runner)

    @Slot(object)
    def _deliver_success(self, result: T) -> None:
        if self._asker_gone():
            return
        self._runner.finished(self)
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self.finished.emit()
            changes = changes_of(result)
            if changes is not None and not changes.empty:
                self._runner.wrote.emit(changes)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        if self._asker_gone():
            log.warning("background work failed after its window closed: %s", type(error).__name__)
            return
        self._runner.finished(self)
        self._runner.failed.emit(error)
        try:
            (self._on_failure or self._runner.unhandled_failure)(error)
        finally:
            self.finished.emit()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class _Job(QRunnable):
    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation.execute()


def while_reachable(runner: OperationRunner, read: Callable[[], T], fallback: T) -> T:
    """A quick read on the GUI thread (worklist paging). If the server is gone: `fallback`, and
    the runner's listeners (the watch, the banner) hear of it as of any failed operation."""
    try:
        return read()
    except Exception as exc:
        plain = in_plain_words(exc)
        if not isinstance(plain, ServerUnreachable):
            raise
        runner.failed.emit(plain)
        return fallback
