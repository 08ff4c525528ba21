"""The background-operation helper: work off the GUI thread, outcomes back on it."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QThread

from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress


def test_work_runs_off_the_gui_thread_and_success_arrives_on_it(qtbot: Any) -> None:
    runner = OperationRunner()
    gui = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work(report: ReportProgress) -> int:
        seen["work_on_gui_thread"] = QThread.currentThread() == gui
        report(1, 2)
        report(2, 2)
        return 42

    def on_success(result: int) -> None:
        seen["result"] = result
        seen["success_on_gui_thread"] = QThread.currentThread() == gui
        seen["busy_in_callback"] = runner.busy

    progress: list[tuple[int, int]] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    operation = Operation(runner, work).success(on_success)
    operation.progress(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.run()
    assert busy == [True, False]
    assert seen == {
        "work_on_gui_thread": False,
        "result": 42,
        "success_on_gui_thread": True,
        "busy_in_callback": False,
    }
    assert progress == [(1, 2), (2, 2)]
    assert runner.busy is False


def test_an_exception_in_the_work_reaches_the_failure_callback(qtbot: Any) -> None:
    runner = OperationRunner()
    failures: list[BaseException] = []
    successes: list[object] = []

    def work(_report: ReportProgress) -> None:
        raise ValueError("the file is broken")

    operation = Operation(runner, work).success(successes.append).failure(failures.append)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.run()
    assert successes == []
    assert [str(e) for e in failures] == ["the file is broken"]


def test_a_failure_nobody_handles_goes_to_the_runner(qtbot: Any) -> None:
    runner = OperationRunner()
    unhandled: list[BaseException] = []
    runner.unhandled_failure = unhandled.append

    def work(_report: ReportProgress) -> None:
        raise RuntimeError("disk full")

    operation = Operation(runner, work)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.run()
    assert [str(e) for e in unhandled] == ["disk full"]


def test_operations_run_one_at_a_time_in_order(qtbot: Any) -> None:
    runner = OperationRunner()
    active = threading.Semaphore(1)
    overlaps: list[int] = []
    order: list[int] = []

    def make_work(n: int) -> Any:
        def work(_report: ReportProgress) -> int:
            if not active.acquire(blocking=False):
                overlaps.append(n)
                return n
            try:
                time.sleep(0.02)
                return n
            finally:
                active.release()

        return work

    operations = [Operation(runner, make_work(n)).success(order.append) for n in range(4)]
    with qtbot.waitSignal(operations[-1].finished, timeout=5000):
        for operation in operations:
            operation.run()
    assert overlaps == []
    assert order == [0, 1, 2, 3]
    assert runner.busy is False


def test_an_outcome_for_a_closed_window_is_dropped_quietly(qtbot: Any) -> None:
    import shiboken6
    from PySide6.QtCore import QObject

    window = QObject()  # stands for a window: the runner is its child
    runner = OperationRunner(window)
    called: list[int] = []
    operation = Operation(runner, lambda _report: 7).success(called.append)
    operation.run()
    runner.wait(5000)  # done on the worker; its success waits, queued, for the event loop
    shiboken6.delete(window)  # the officer closed the window before it was delivered
    assert not shiboken6.isValid(runner)
    qtbot.wait(100)  # delivered now: no "Signal source has been deleted", no callback
    assert called == []
