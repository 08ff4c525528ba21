"""At 1280x800, in English and in Chinese, no text of a case tab or a main dialog is cut off.

Each widget's text width is compared with its shown width (tests/ui/layout_check.py): every
case tab (Checks and History included), the worklist and the main dialogs (the audit trail
too). Screenshots of every screen looked at are saved
under the test's folder, for a person to look at when one fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.decisions.decisions import recommend
from kvisa_desk.core.decisions.letters import issue_letter
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.admin.audit_viewer import AuditViewer
from kvisa_desk.ui.admin.dashboard_tab import DashboardView
from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.shell.sign_in import SignInDialog
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import OperationRunner
from kvisa_desk.ui.widgets.translations import switch_language
from kvisa_desk.ui.worklist.view import WorklistView
from tests.decisions.decisions_support import checked_case, refused_case
from tests.ui.conftest import FakePrompts, import_applications, plain_records
from tests.ui.layout_check import clipped_texts

pytestmark = pytest.mark.backend

SIZE = (1280, 800)
LANGUAGES = ("en", "zh_CN")


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    switch_language(request.param)
    try:
        yield request.param
    finally:
        switch_language("en")  # the application's language is shared by every later test


@pytest.fixture
def runners() -> Iterator[list[OperationRunner]]:
    made: list[OperationRunner] = []
    yield made
    for runner in made:
        runner.wait()


def _context(db: Database, actor: str, prompts: FakePrompts, runners: list[Any]) -> DeskContext:
    runner = OperationRunner()
    runners.append(runner)
    return DeskContext(db, actor, runner, prompts.prompts(), None)


def _assert_fits(qtbot: Any, widget: QWidget, where: str, folder: Path, **kw: Any) -> None:
    qtbot.wait(30)  # layouts settle
    widget.grab().save(str(folder / f"{where}.png"))
    problems = clipped_texts(widget, **kw)
    assert problems == [], f"{where}: text cut off:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_case_tab_fits_at_1280x800(
    qtbot: Any,
    db: Database,
    tmp_path: Path,
    prompts: FakePrompts,
    runners: list[OperationRunner],
    language: str,
) -> None:
    case_id, _decision = refused_case(db, tmp_path, "KV-LAY-1", applicant__native_name="张伟")
    issue_letter(db, "officer.a", case_id, language="en+zh")
    view = CaseView(_context(db, "officer.a", prompts, runners), case_detail(db, case_id))
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    for index in range(view.tabs.count()):
        page = view.tabs.widget(index)
        view.tabs.setCurrentIndex(index)
        ready = getattr(page, "ready", None)
        if ready is not None:
            qtbot.waitUntil(lambda page=page: page.ready, timeout=20_000)
        _assert_fits(qtbot, view, f"case-tab-{index}-{language}", tmp_path)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_an_approval_refused_for_two_open_results_shows_the_whole_message(
    qtbot: Any,
    db: Database,
    tmp_path: Path,
    prompts: FakePrompts,
    runners: list[OperationRunner],
    language: str,
) -> None:
    case_id = checked_case(db, tmp_path, "KV-LAY-2", verify=False, screening=None)
    view = CaseView(_context(db, "officer.a", prompts, runners), case_detail(db, case_id))
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    view.tabs.setCurrentWidget(view.decision)
    qtbot.waitUntil(lambda: view.decision.ready, timeout=20_000)
    form = view.decision.form
    form.kind_buttons["approve"].click()
    form.entries.setCurrentIndex(form.entries.findData("multiple"))
    form.validity.setValue(180)
    form.stay.setValue(90)
    form.reasoning.setPlainText("Degree 0713 from a listed university; post held four years.")
    form.submit()
    qtbot.waitUntil(form.error.isVisible, timeout=20_000)
    # Each open result is listed once, above the tab; the refusal points there.
    shown = view.decision.open_reviews.text() + form.error.text()
    assert shown.count("K-VER-01") == 1 and shown.count("K-REF-01") == 1
    assert form.error.isVisible() and view.decision.open_reviews.isVisible()
    _assert_fits(qtbot, view, f"approval-refused-{language}", tmp_path)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_worklist_and_main_dialogs_fit_at_1280x800(
    qtbot: Any,
    db: Database,
    tmp_path: Path,
    make_window: Any,
    prompts: FakePrompts,
    runners: list[OperationRunner],
    language: str,
) -> None:
    import_applications(db, plain_records(12))
    recommend(
        db,
        "officer.a",
        checked_case(db, tmp_path, "KV-LAY-3"),
        "request-documents",
        reasoning="The transcript is needed to confirm the field of study.",
        documents=["transcript"],
    )
    window: MainWindow = make_window(db)
    window.resize(*SIZE)
    window.show()
    worklist = window.findChild(WorklistView)
    assert worklist is not None
    qtbot.waitUntil(lambda: worklist.model().rowCount() > 0, timeout=20_000)
    _assert_fits(qtbot, window, f"worklist-{language}", tmp_path)

    dialog = SignInDialog(db, "officer.a")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "not the password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    # an encrypted file checks the password on a reader thread: the refusal comes later
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=30_000)
    _assert_fits(qtbot, dialog, f"sign-in-{language}", tmp_path)

    reader = OperationRunner()
    runners.append(reader)
    board = DashboardView(_context(db, "supervisor.s", prompts, runners), reader)
    qtbot.addWidget(board)
    board.resize(*SIZE)
    board.show()
    with qtbot.waitSignal(board.refreshed, timeout=20_000):
        board.period.setCurrentIndex(3)
    _assert_fits(qtbot, board, f"dashboard-{language}", tmp_path)

    settings = PostSettingsDialog(_context(db, "supervisor.s", prompts, runners))
    qtbot.addWidget(settings)
    settings.resize(*SIZE)
    settings.show()
    _assert_fits(qtbot, settings, f"settings-{language}", tmp_path)

    audit = AuditViewer(_context(db, "supervisor.s", prompts, runners))
    qtbot.addWidget(audit)
    audit.resize(*SIZE)
    audit.show()
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0 and not audit.runner.busy, timeout=20_000)
    assert audit.details.toPlainText()  # the newest event's details, in words
    _assert_fits(qtbot, audit, f"audit-{language}", tmp_path)
