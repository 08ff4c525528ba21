"""PySide6 6.12 on Python 3.11 drops a reference to True on every emit: the guard holds."""

from __future__ import annotations

import subprocess
import sys
import textwrap

EMITS = 200_000  # far more references to True than a fresh interpreter holds (~600)


def test_many_emits_do_not_free_true() -> None:
    # In a child process: without the guard this aborts with "bool_dealloc".
    script = textwrap.dedent(
        f"""
        import sys
        import kvisa_desk.ui  # installs the guard
        from PySide6.QtCore import QObject, Signal

        class Emitter(QObject):
            fired = Signal()

        emitter = Emitter()
        for _ in range({EMITS}):
            emitter.fired.emit()
        print("still alive", sys.getrefcount(True) > 0)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still alive True" in done.stdout


def test_the_guard_runs_once() -> None:
    from kvisa_desk.ui.shell.refcount_guard import HEADROOM, immortalise_singletons

    before = sys.getrefcount(True)
    assert immortalise_singletons() is False  # already done when kvisa_desk.ui was imported
    assert abs(sys.getrefcount(True) - before) < HEADROOM // 2  # not raised a second time
    if sys.version_info < (3, 12):
        assert before > HEADROOM // 2  # raised the first time
