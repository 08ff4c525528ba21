"""Case ▸ Open, Next and Previous case are greyed out while there is no case to go to (an
empty worklist, an administrator's window) (new-user s4 finding 18)."""

from __future__ import annotations

from typing import Any

from kvisa_desk.store.engine import Database
from kvisa_desk.ui.shell.app import create_main_window
from tests.ui.conftest import import_applications, plain_records, records_for_demo


def _stepping(window: Any) -> list[bool]:
    menus = window.menus
    return [a.isEnabled() for a in (menus.action_open, menus.action_next, menus.action_previous)]


def test_next_and_previous_case_wait_for_a_case(make_window: Any, db: Database) -> None:
    window = make_window(db)
    assert window.worklist_model.rowCount() == 0
    assert _stepping(window) == [False, False, False]
    import_applications(db, plain_records(3))
    window.worklist_model.refresh()
    assert window.worklist_model.rowCount() == 3
    assert _stepping(window) == [True, True, True]


def test_an_administrator_has_no_case_to_step_to(
    qtbot: Any, cases_db: Database, prompts: Any
) -> None:
    window = create_main_window(cases_db, "test.admin", prompts.prompts(), records_for_demo)
    qtbot.addWidget(window)
    window.worklist_model.refresh()
    assert _stepping(window) == [False, False, False]
    window.runner.wait()
    window.reader.wait()
