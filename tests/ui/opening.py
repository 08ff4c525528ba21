"""Opening a case from the main window, as Enter does, and waiting for its window: the case is
read off the GUI thread and its view arrives on `MainWindow.case_opened`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kvisa_desk.ui.case.view import CaseView
    from kvisa_desk.ui.shell.main_window import MainWindow

WAIT_MS = 10_000


def open_case(qtbot: Any, window: MainWindow, case_id: int) -> CaseView | None:
    """The case's view once shown; None if it did not open (not found, refused: the window
    said why)."""
    view = window.open_case(case_id)
    if view is not None:
        return view  # open already: brought to the front
    qtbot.waitUntil(lambda: not window.opening(case_id), timeout=WAIT_MS)
    return window.case_views.get(case_id)


def open_current(qtbot: Any, window: MainWindow) -> CaseView | None:
    """The worklist's current case opened, as File ▸ Open does."""
    case_id = window.worklist_view.current_case_id()
    return open_case(qtbot, window, case_id) if case_id is not None else None
