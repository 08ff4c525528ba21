"""`kvisa-desk`'s start: the sign-in dialog before the database and domain layers load, the
database opened on a thread meanwhile, and the registry's index built after sign-in."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kvisa_desk.core.post import institution_aliases
from kvisa_desk.store.cipher import connect_file
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.ui.shell import app as app_module
from kvisa_desk.ui.shell.first_check import prepare_first_check, wait_for_preparation
from kvisa_desk.ui.shell.qt_app import application
from kvisa_desk.ui.shell.start import CANNOT_OPEN, FIRST_RUN, DeskStart
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.sqlite_only

LOADED = """
import json, sys
import kvisa_desk.ui.shell.start
print(json.dumps(sorted(sys.modules)))
"""


def _args(path: Path, user: str = "officer.a") -> argparse.Namespace:
    return argparse.Namespace(db=str(path), db_url=None, user=user)


def _file(db: Database) -> Path:
    path = sqlite_file(db.url)
    assert path is not None
    return path


def test_the_sign_in_dialog_needs_neither_the_database_layers_nor_core() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOADED], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "PySide6.QtWidgets" in loaded  # it is the window's start, after all
    heavy = {"sqlalchemy", "argon2", "kvisa_desk.store", "kvisa_desk.core.startup"}
    assert not loaded & heavy
    assert "kvisa_desk.ui.shell.main_window" not in loaded


def test_ok_pressed_before_the_database_is_open_waits_for_it(qtbot: QtBot, db: Database) -> None:
    start = DeskStart(_args(_file(db)))
    dialog = start.dialog
    qtbot.addWidget(dialog)
    dialog.show()  # shown, as at a start; the thread not started yet: the officer is faster
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.busy and dialog.waiting_for_database
    assert dialog.working.text() == "Opening the database…"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    start.start_loading()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=30_000)
    assert dialog.account is not None and dialog.account.username == "officer.a"
    opened = start.loaded().opened
    assert opened is not None and opened.db.url == db.url
    opened.db.dispose()


def test_a_wrong_password_typed_early_is_refused_in_words(qtbot: QtBot, db: Database) -> None:
    start = DeskStart(_args(_file(db)))
    dialog = start.dialog
    qtbot.addWidget(dialog)
    start.show()
    qtbot.waitUntil(lambda: dialog.db is not None, timeout=30_000)
    qtbot.keyClicks(dialog.password, "not the password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "wrong password" in dialog.error.text(), timeout=30_000)
    assert dialog.result() == 0 and dialog.account is None
    start.loaded().opened.db.dispose()  # type: ignore[union-attr]


def test_a_database_without_accounts_goes_to_the_first_run_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    start = DeskStart(_args(tmp_path / "new.sqlite3", user="chief"))
    qtbot.addWidget(start.dialog)
    start.show()
    qtbot.waitUntil(lambda: start.dialog.result() == FIRST_RUN, timeout=60_000)
    opened = start.loaded().opened
    assert opened is not None
    opened.db.dispose()


def test_a_database_too_new_closes_the_dialog_for_its_message(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(db)
    db.dispose()
    with connect_file(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "show_error", lambda _p, title, msg: shown.append((title, msg)))
    start = DeskStart(_args(path))
    qtbot.addWidget(start.dialog)
    start.show()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(start.dialog.reject)  # never hang the suite
    guard.start(60_000)
    answer = start.dialog.exec()
    guard.stop()
    assert answer == CANNOT_OPEN
    assert start.finish(application(), answer) == app_module.EXIT_CANNOT_OPEN
    assert len(shown) == 1 and "newer version" in shown[0][1]


def test_the_registry_index_is_built_after_the_first_page_is_painted(
    qtbot: QtBot, make_window: Any, cases_db: Database
) -> None:
    institution_aliases._NAME_INDEXES.clear()
    window = make_window(cases_db)
    assert not institution_aliases._NAME_INDEXES
    prepare_first_check(window, cases_db)
    window.worklist_view.viewport().update()  # shown already: its next paint
    qtbot.waitUntil(lambda: bool(institution_aliases._NAME_INDEXES), timeout=30_000)
    wait_for_preparation()
    built = next(iter(institution_aliases._NAME_INDEXES.values()))[1]
    with cases_db.read() as session:  # the first check finds it: no second build
        assert institution_aliases.load_name_index(session) is built


def test_kvisa_desk_signs_in_through_the_early_dialog_and_opens_the_window(
    qtbot: QtBot, cases_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from kvisa_desk.cli.main import main as cli_main
    from kvisa_desk.ui.shell.main_window import MainWindow
    from kvisa_desk.ui.shell.sign_in_form import SignInDialog

    monkeypatch.delenv("KVISA_PASSWORD")  # an officer at the desk types it
    seen: dict[str, Any] = {}

    def answer_then_look_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible() and not widget.busy:
                if not widget.password.text():
                    seen["answered"] = True
                    widget.password.setText(TEST_PASSWORD)
                    widget.buttons.accepted.emit()
                return
            if isinstance(widget, MainWindow) and widget.isVisible():
                timer.stop()
                seen["actor"] = widget.actor
                seen["rows"] = widget.worklist_model.rowCount()
                widget.close()
                return

    timer = QTimer()
    timer.timeout.connect(answer_then_look_and_close)
    timer.start(20)
    exit_code = cli_main(["--db", str(_file(cases_db)), "--user", "officer.li"])
    timer.stop()
    assert exit_code == 0
    assert seen["actor"] == "officer.li" and seen["rows"] > 0
    assert seen["answered"]  # the dialog, not KVISA_PASSWORD, signed in
    # The Chinese font at once; the other scripts' fonts once the database was open.
    families = QApplication.font().families()
    assert "WenQuanYi Micro Hei" in families
    assert any(family.startswith("Noto Sans Arabic") for family in families)
