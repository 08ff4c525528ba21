"""Fixtures for the window tests: cases in a real database, prompts that never block.

Every test here fails on a Python warning and on a Qt warning, except the few messages the
offscreen platform prints for things it cannot do (raise a window, size hints).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.applications.importer import ImportReport, import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.shell.app import create_main_window
from kvisa_desk.ui.shell.demo_cases import DemoLoader
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import OperationRunner
from kvisa_desk.ui.widgets.prompts import Prompts
from tests.samples import application, tricky_records

UI_TESTS = Path(__file__).resolve().parent
OFFSCREEN_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)
PLAIN_COUNT = 30  # ordinary applicants besides the tricky names


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(UI_TESTS):
            item.add_marker(pytest.mark.filterwarnings("error"))
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _settings_of_its_own(tmp_path: Path, suite_qsettings: Path) -> Iterator[None]:
    # The root conftest keeps the officer's configuration out of the whole suite; here each
    # window test also starts with no window state, columns or folders left by the one before.
    forms = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for form in forms:
        QSettings.setPath(form, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    for form in forms:
        QSettings.setPath(form, QSettings.Scope.UserScope, str(suite_qsettings))


@dataclass
class FakePrompts:
    """Answers questions from a list (yes when it runs out) and records every message."""

    answers: list[bool] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)  # answers to save/discard/cancel

    def ask(self, _parent: QWidget | None, _title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answers.pop(0) if self.answers else True

    def error(self, _parent: QWidget | None, title: str, message: str) -> None:
        self.errors.append((title, message))

    def choose(self, _parent: QWidget | None, _title: str, question: str) -> str:
        self.questions.append(question)
        return self.choices.pop(0) if self.choices else "cancel"

    def prompts(self) -> Prompts:
        return Prompts(self.ask, self.error, self.choose)


def import_applications(db: Database, records: list[dict[str, Any]]) -> ImportReport:
    raw = [RawRecord(f"[{i}]", record) for i, record in enumerate(records)]
    report = import_records(db, raw, "test.officer", "ui-tests.json")
    assert report.rejected == []
    return report


def plain_records(count: int, prefix: str = "KV-UI") -> list[dict[str, Any]]:
    return [
        application(
            f"{prefix}-{i:05d}",
            applicant__surname=f"Surname{i:05d}",
            applicant__given_names=f"Given {i}",
        )
        for i in range(count)
    ]


def records_for_demo(db: Database, count: int, seed: int, actor: str) -> ImportReport:
    """Stands in for core.demo.load_demo_cases: `count` valid applications per seed."""
    records = plain_records(count, prefix=f"KV-DEMO-{seed}")
    raw = [RawRecord(f"[{i}]", record) for i, record in enumerate(records)]
    return import_records(db, raw, actor, f"demo seed {seed}")


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def cases_db(db: Database) -> Database:
    """The fresh database with the tricky names first, then ordinary applicants."""
    import_applications(db, tricky_records() + plain_records(PLAIN_COUNT))
    return db


@pytest.fixture
def make_window(qtbot: Any, prompts: FakePrompts) -> Iterator[Any]:
    made: list[MainWindow] = []

    def make(
        db: Database, settings: QSettings | None = None, loader: DemoLoader = records_for_demo
    ) -> MainWindow:
        window = create_main_window(db, "test.officer", prompts.prompts(), loader, settings)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
        return window

    yield make
    for window in made:
        window.runner.wait()  # no worker may outlive its database
        window.reader.wait()


@pytest.fixture
def window(make_window: Any, cases_db: Database) -> MainWindow:
    return make_window(cases_db)


@pytest.fixture
def desk(db: Database, prompts: FakePrompts) -> Iterator[DeskContext]:
    """The services a case view needs, without a main window."""
    runner = OperationRunner()
    yield DeskContext(db, "test.officer", runner, prompts.prompts(), None)
    runner.wait()  # no worker may outlive its database
