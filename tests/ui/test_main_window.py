"""The main window on a real database: worklist, opening a case, refresh, demo cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import create_engine, select

from kvisa_desk.core.cases.cases import count_cases
from kvisa_desk.core.database import database_location
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.shell.demo_cases import DEMO_CASE_COUNT, core_demo_loader
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.worklist.columns import COL_APPLICANT, COL_NATIVE_NAME
from tests.samples import TRICKY_NAMES
from tests.ui.conftest import PLAIN_COUNT, FakePrompts, import_applications, plain_records
from tests.ui.opening import open_case

ALL_CASES = len(TRICKY_NAMES) + PLAIN_COUNT


def row_of(window: MainWindow, surname: str) -> int:
    model = window.worklist_model
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.surname == surname:
            return row
    raise AssertionError(f"{surname!r} is not in the worklist")


def double_click_row(qtbot: Any, window: MainWindow, row: int) -> None:
    view = window.worklist_view
    index = window.worklist_model.index(row, COL_APPLICANT)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def only_case_view(window: MainWindow) -> CaseView:
    assert len(window.case_views) == 1
    return next(iter(window.case_views.values()))


def test_worklist_shows_the_cases_newest_first(window: MainWindow, cases_db: Database) -> None:
    model = window.worklist_model
    assert window.worklist_view.isVisible()
    assert window.worklist_view.model() is model
    assert model.rowCount() == ALL_CASES
    assert model.row_at(0).surname == f"Surname{PLAIN_COUNT - 1:05d}"  # type: ignore[union-attr]
    assert window.worklist.summary.text() == f"{ALL_CASES} cases"
    location = sqlite_file(cases_db.url)
    assert window.status_bar.database_label.text() == f"Database: {location}"


def test_double_click_opens_that_applicants_case(qtbot: Any, window: MainWindow) -> None:
    row = row_of(window, "Surname00007")
    double_click_row(qtbot, window, row)
    qtbot.waitUntil(lambda: len(window.case_views) == 1)
    view = only_case_view(window)
    assert view.isVisible()
    assert view.field("applicant.surname").text() == "Surname00007"
    assert view.field("applicant.given_names").text() == "Given 7"
    assert view.header.name_label.text() == "Surname00007, Given 7"
    assert view.field("passport.number").text() == "A07761234"
    assert view.field("education.0.institution").text() == "University of Lagos"


def test_enter_on_the_current_row_opens_the_case(qtbot: Any, window: MainWindow) -> None:
    row = row_of(window, "Surname00003")
    view = window.worklist_view
    view.setFocus()
    view.setCurrentIndex(window.worklist_model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.case_views) == 1)
    assert only_case_view(window).field("applicant.surname").text() == "Surname00003"


def test_opening_an_open_case_again_reuses_its_view(qtbot: Any, window: MainWindow) -> None:
    case_id = window.worklist_model.case_id_at(0)
    assert case_id is not None
    first = open_case(qtbot, window, case_id)
    assert first is not None
    assert window.open_case(case_id) is first
    assert len(window.case_views) == 1


def test_a_second_enter_while_the_case_is_read_opens_one_window(
    qtbot: Any, window: MainWindow, cases_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = window.worklist_model.case_id_at(0)
    assert case_id is not None

    def read_on_the_gui_thread(*_args: Any) -> None:
        raise AssertionError("the header's post words come with the case")

    monkeypatch.setattr("kvisa_desk.ui.case.view.load_post_settings", read_on_the_gui_thread)
    opened: list[CaseView] = []
    window.case_opened.connect(opened.append)
    assert window.open_case(case_id) is None  # read off the GUI thread
    assert window.opening(case_id)
    assert window.open_case(case_id) is None  # Enter again meanwhile: no second read
    qtbot.waitUntil(lambda: not window.opening())
    assert [view.detail.case_id for view in opened] == [case_id]
    assert list(window.case_views) == [case_id]
    with cases_db.read() as session:
        viewed = session.scalars(
            select(CaseEvent.case_id).where(CaseEvent.kind == "case_viewed")
        ).all()
    assert viewed == [case_id]  # recorded once, on the reading thread
    post = opened[0].detail.record["post"]
    assert f" at {post}" in opened[0].header.case_label.text()  # no mission named yet


def test_a_case_still_being_read_when_the_views_close_does_not_open(
    qtbot: Any, window: MainWindow
) -> None:
    case_id = window.worklist_model.case_id_at(0)
    assert case_id is not None
    assert window.open_case(case_id) is None
    assert window.close_case_views()  # signing out: every case view closes
    assert not window.opening(case_id)
    window.opener.wait()
    qtbot.wait(50)  # the read's result is delivered, and dropped
    assert window.case_views == {}


def test_chinese_and_markup_names_show_literally(qtbot: Any, window: MainWindow) -> None:
    model = window.worklist_model
    zhang = row_of(window, "张")
    assert model.data(model.index(zhang, COL_APPLICANT)) == "张, 伟"
    assert model.data(model.index(zhang, COL_NATIVE_NAME)) == "张伟"

    eve = row_of(window, "<b>Eve</b>")
    assert model.data(model.index(eve, COL_APPLICANT)) == "<b>Eve</b>, <script>alert(1)</script>"
    double_click_row(qtbot, window, eve)
    qtbot.waitUntil(lambda: len(window.case_views) == 1)
    view = only_case_view(window)
    assert view.field("applicant.surname").text() == "<b>Eve</b>"
    assert view.field("applicant.given_names").text() == "<script>alert(1)</script>"
    label = view.header.name_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Eve</b>, <script>alert(1)</script>"
    # Drawn literally, the tags take room: as markup, only "Eve, " would be drawn.
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(label.text())

    view.close()
    qtbot.waitUntil(lambda: not window.case_views)
    zhang_id = model.case_id_at(zhang)
    assert zhang_id is not None
    reopened = open_case(qtbot, window, zhang_id)
    assert reopened is not None
    assert reopened.field("applicant.native_name").text() == "张伟"
    assert reopened.header.native_name_label.text() == "张伟"


def test_refresh_shows_cases_added_behind_the_windows_back(
    qtbot: Any, window: MainWindow, cases_db: Database
) -> None:
    import_applications(cases_db, plain_records(5, prefix="KV-LATE"))
    assert window.worklist_model.rowCount() == ALL_CASES
    assert window.menus.action_refresh.shortcut() == QKeySequence(Qt.Key.Key_F5)
    with qtbot.waitSignal(window.worklist_refreshed):
        window.menus.action_refresh.trigger()
    assert window.worklist_model.rowCount() == ALL_CASES + 5
    assert window.worklist.summary.text() == f"{ALL_CASES + 5} cases"


def test_enter_at_start_opens_the_newest_case(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window.worklist_view, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: len(window.case_views) == 1)
    newest = f"Surname{PLAIN_COUNT - 1:05d}"
    assert only_case_view(window).field("applicant.surname").text() == newest


def test_the_status_bar_never_shows_a_password() -> None:
    url = "postgresql+psycopg://officer:s3cret@db.post.example:5432/kvisa"
    shown = database_location(Database(url, create_engine(url)))
    assert shown == "postgresql+psycopg://officer:***@db.post.example:5432/kvisa"


def test_menus_offer_the_first_actions(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Case", "Chec&ks", "&View", "&Administration", "&Help"]
    assert window.menus.action_quit.shortcut() == QKeySequence("Ctrl+Q")
    assert window.menus.action_run_checks.shortcut() == QKeySequence("Ctrl+R")
    assert window.menus.action_load_demo.text() == "Load &demo cases…"


def test_first_start_offers_demo_cases_and_the_worklist_refreshes(
    qtbot: Any, make_window: Any, db: Database, prompts: FakePrompts
) -> None:
    window = make_window(db)
    assert window.worklist_model.rowCount() == 0
    prompts.answers = [True]
    with qtbot.waitSignal(window.worklist_refreshed, timeout=30_000):
        assert window.offer_demo_cases() is True
        # The outcome arrives through the event loop, so this is the state while loading.
        assert window.statusBar().currentMessage() == "Loading 200 demo cases…"
        assert window.status_bar.busy_bar.isVisibleTo(window)
        assert not window.menus.action_load_demo.isEnabled()
    (question,) = prompts.questions
    assert question.startswith(
        "This database has no cases yet. Load 200 demo cases to explore KVisa Desk?"
    )
    # Said plainly: invented people, seen by every account, for exploring or training only.
    for words in ("fictitious applicants", "every account", "exploring or training"):
        assert words in question
    assert window.worklist_model.rowCount() == DEMO_CASE_COUNT == count_cases(db)
    assert window.worklist.summary.text() == "200 cases"
    assert "200 demo cases added" in window.statusBar().currentMessage()
    assert window.menus.action_load_demo.isEnabled()
    assert not window.status_bar.busy_bar.isVisibleTo(window)
    assert prompts.errors == []
    # Not offered again once there are cases.
    assert window.offer_demo_cases() is False
    assert len(prompts.questions) == 1


def test_the_demo_questions_answer_no_on_enter(
    make_window: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One careless Enter must not fill a real post's database with invented applicants."""
    from PySide6.QtWidgets import QMessageBox

    from kvisa_desk.ui.shell.demo_cases import DemoCases
    from kvisa_desk.ui.widgets.prompts import Prompts

    asked: list[tuple[str, bool]] = []

    def answer_with_the_default(box: QMessageBox) -> int:
        no = box.button(QMessageBox.StandardButton.No)
        asked.append((box.text(), box.defaultButton() is no))
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", answer_with_the_default)
    window = make_window(db)  # an empty database: the first start's offer is made
    demo = DemoCases(db, "test.officer", window.runner, Prompts(), window)
    assert demo.offer() is False and demo.ask_and_load() is False
    assert [default_is_no for _text, default_is_no in asked] == [True, True]
    assert all("every account" in text.lower() for text, _ in asked)
    assert count_cases(db) == 0


def test_a_declined_offer_is_not_repeated_for_that_database(
    make_window: Any, db: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = make_window(db, settings)
    prompts.answers = [False]
    assert window.offer_demo_cases() is False
    assert window.offer_demo_cases() is False
    assert len(prompts.questions) == 1
    assert count_cases(db) == 0
    settings.sync()
    assert db.url not in Path(settings.fileName()).read_text()  # it may hold a password


def test_loading_demo_cases_from_the_menu_adds_new_ones(
    qtbot: Any, window: MainWindow, prompts: FakePrompts
) -> None:
    prompts.answers = [True]
    with qtbot.waitSignal(window.worklist_refreshed, timeout=30_000):
        window.menus.action_load_demo.trigger()
    assert window.worklist_model.rowCount() == ALL_CASES + DEMO_CASE_COUNT
    assert prompts.questions[0].startswith("Add 200 synthetic demo cases")


def test_a_failed_demo_load_is_explained(
    qtbot: Any, make_window: Any, db: Database, prompts: FakePrompts
) -> None:
    def broken_loader(*_args: Any) -> Any:
        raise OSError("No space left on device")

    window = make_window(db, loader=broken_loader)
    operation = window.demo_cases.load(seed=1)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert prompts.errors == [
        ("Demo cases", "The demo cases could not be loaded: No space left on device")
    ]
    assert window.menus.action_load_demo.isEnabled()
    assert window.worklist_model.rowCount() == 0


def test_a_case_deleted_meanwhile_is_reported(
    qtbot: Any, window: MainWindow, prompts: FakePrompts
) -> None:
    assert open_case(qtbot, window, 999_999) is None
    assert prompts.errors == [("Case not found", "Case C0999999 does not exist.")]


def test_a_missing_demo_generator_is_explained(
    qtbot: Any, make_window: Any, db: Database, prompts: FakePrompts
) -> None:
    def no_generator(*_args: Any) -> Any:
        raise ModuleNotFoundError(
            "No module named 'kvisa_desk.demo.cases'", name="kvisa_desk.demo.cases"
        )

    window = make_window(db, loader=no_generator)
    with qtbot.waitSignal(window.demo_cases.load(seed=1).finished, timeout=5000):
        pass
    assert prompts.errors == [
        ("Demo cases", "This copy of KVisa Desk has no demo case generator yet.")
    ]


def test_the_real_demo_generator_fills_the_worklist(
    qtbot: Any, make_window: Any, db: Database, prompts: FakePrompts
) -> None:
    pytest.importorskip("kvisa_desk.demo.cases", reason="core.demo is not written yet")
    window = make_window(db, loader=core_demo_loader)
    assert window.offer_demo_cases() is True
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
    assert prompts.errors == []
    assert window.worklist_model.rowCount() == DEMO_CASE_COUNT
