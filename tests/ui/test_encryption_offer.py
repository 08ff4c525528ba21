"""The administrator of a plain file is offered `db encrypt` once; an officer never is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from kvisa_desk.core.accounts.accounts import create_account
from kvisa_desk.core.startup import open_database
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.ui.shell.app import create_main_window
from tests.ui.conftest import FakePrompts

pytestmark = pytest.mark.sqlite_only
PASSWORD = "a long enough password"


@pytest.fixture
def plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(cipher, "_unlocked", {})
    monkeypatch.setenv("KVISA_ENCRYPTION", "off")
    db = open_database(sqlite_url(tmp_path / "plain.sqlite3")).db
    monkeypatch.delenv("KVISA_ENCRYPTION")
    with db.write() as session:
        create_account(session, "chief", PASSWORD, "admin", "chief", must_change=False)
        create_account(session, "ana", PASSWORD, "officer", "chief", must_change=False)
    assert not db.encrypted
    yield db
    db.dispose()


def _window(
    qtbot: QtBot, db: Database, actor: str, prompts: FakePrompts, settings: QSettings
) -> Any:
    window = create_main_window(db, actor, prompts.prompts(), settings=settings)
    qtbot.addWidget(window)
    window.encryption_offer._password_prompt = lambda *_: PASSWORD
    return window


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_yes_encrypts_the_file_and_shows_the_recovery_key_once(
    qtbot: QtBot, plain: Database, tmp_path: Path
) -> None:
    prompts = FakePrompts(answers=[True])
    window = _window(qtbot, plain, "chief", prompts, _settings(tmp_path))
    assert "not encrypted" in window.windowTitle()
    with qtbot.waitSignal(window.encryption_offer.converted, timeout=30_000):
        assert window.offer_encryption() is True
    window.runner.wait()
    path = plain.file
    assert path is not None and not path.read_bytes().startswith(b"SQLite format 3")
    assert keyslots.account_slots(path) == 1 and plain.encrypted
    assert "encrypted database" in window.windowTitle()
    assert "ana" in window.statusBar().currentMessage()  # needs a one-time password
    dialog = window.encryption_offer.recovery_dialog
    assert dialog is not None and dialog.isVisible() and len(dialog.recovery_key) > 20
    dialog.accept()
    assert window.offer_encryption() is False and len(prompts.questions) == 1
    assert prompts.errors == []


def test_no_is_remembered_and_not_asked_again(
    qtbot: QtBot, plain: Database, tmp_path: Path
) -> None:
    prompts = FakePrompts(answers=[False])
    window = _window(qtbot, plain, "chief", prompts, _settings(tmp_path))
    assert window.offer_encryption() is False
    window.close()
    again = _window(qtbot, plain, "chief", prompts, _settings(tmp_path))  # a later start
    assert again.offer_encryption() is False
    assert len(prompts.questions) == 1 and not plain.encrypted


def test_a_wrong_password_leaves_the_file_plain_and_says_why(
    qtbot: QtBot, plain: Database, tmp_path: Path
) -> None:
    prompts = FakePrompts(answers=[True])
    window = _window(qtbot, plain, "chief", prompts, _settings(tmp_path))
    window.encryption_offer._password_prompt = lambda *_: "not my password at all"
    assert window.offer_encryption() is True
    window.runner.wait()
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    assert "wrong password" in prompts.errors[0][1] and not plain.encrypted


def test_an_officer_is_not_asked(qtbot: QtBot, plain: Database, tmp_path: Path) -> None:
    prompts = FakePrompts()
    window = _window(qtbot, plain, "ana", prompts, _settings(tmp_path))
    assert window.offer_encryption() is False and prompts.questions == []


def test_a_connection_without_tls_on_purpose_shows_a_banner(qtbot: QtBot, plain: Database) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    from kvisa_desk.ui.shell.transport_banner import with_transport_banner

    content = QWidget()
    assert with_transport_banner(plain, content) is content  # a file: nothing to say
    server = Database("postgresql+psycopg://desk@db.post.example/kvisa?sslmode=disable", None)  # type: ignore[arg-type]
    holder = with_transport_banner(server, content)
    qtbot.addWidget(holder)
    banner = holder.findChild(QLabel, "transport_banner")
    assert banner is not None and "sslmode=disable" in banner.text()
    tls = Database("postgresql+psycopg://desk@db.post.example/kvisa?sslmode=require", None)  # type: ignore[arg-type]
    assert with_transport_banner(tls, QWidget()).findChild(QLabel, "transport_banner") is None


def test_after_encrypting_the_accounts_dialog_names_who_has_no_key_and_fixes_it(
    qtbot: QtBot, plain: Database, tmp_path: Path
) -> None:
    from kvisa_desk.core.accounts.accounts import authenticate
    from kvisa_desk.core.errors import AuthenticationFailed
    from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog
    from kvisa_desk.ui.admin.accounts_model import COL_STATE
    from kvisa_desk.ui.widgets.context import DeskContext
    from kvisa_desk.ui.widgets.error_text import error_text
    from kvisa_desk.ui.widgets.operations import OperationRunner

    prompts = FakePrompts(answers=[True, True])
    window = _window(qtbot, plain, "chief", prompts, _settings(tmp_path))
    with qtbot.waitSignal(window.encryption_offer.converted, timeout=30_000):
        window.offer_encryption()
    window.runner.wait()
    runner = OperationRunner()
    dialog = AccountsDialog(DeskContext(plain, "chief", runner, prompts.prompts()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)

    def state(name: str) -> str:
        return str(dialog.model.index(dialog.model.row_of(name), COL_STATE).data())

    assert "no key yet: set a one-time password" in state("ana")
    assert "no key" not in state("chief")
    assert dialog.no_key_note.isVisible() and "ana" in dialog.no_key_note.text()

    cipher.forget_keys()  # ana tries at her desk: refused in words, with what to do
    with pytest.raises(AuthenticationFailed) as refused:
        authenticate(plain, "ana", PASSWORD)
    assert "Ask an administrator to set you a one-time password" in error_text(refused.value)
    authenticate(plain, "chief", PASSWORD)

    dialog.table.selectRow(dialog.model.row_of("ana"))
    dialog.ask_one_time_password()
    qtbot.waitUntil(lambda: dialog.password_dialog is not None, timeout=10_000)
    runner.wait()
    qtbot.waitUntil(lambda: "no key" not in state("ana"), timeout=10_000)
    assert not dialog.no_key_note.isVisible()
    assert "opens the encrypted database" in dialog.message.text()
    assert dialog.password_dialog is not None
    one_time = dialog.password_dialog.table.password(0)
    cipher.forget_keys()
    assert authenticate(plain, "ana", one_time).must_change_password
    runner.wait()
