"""Errors the window shows are in the window's language; the CLI keeps its English."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from kvisa_desk.core.accounts.accounts import authenticate
from kvisa_desk.core.errors import (
    MESSAGES,
    AuthenticationFailed,
    PermissionRefused,
    WriteFailed,
    in_plain_words,
)
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.decisions.texts import WORDED_HERE
from kvisa_desk.ui.shell.sign_in import SignInDialog
from kvisa_desk.ui.widgets.error_text import WINDOW_MESSAGES, error_text
from kvisa_desk.ui.widgets.translations import switch_language
from tests.conftest import TEST_PASSWORD


@pytest.fixture
def chinese() -> Iterator[None]:
    switch_language("zh_CN")
    try:
        yield
    finally:
        switch_language("en")  # the application's language is shared by every later test


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_message_id_has_the_windows_wording_and_english_for_the_cli() -> None:
    # The decision path words its own refusals (ui/decisions/texts.py), the rest error_text.
    assert not set(WINDOW_MESSAGES) & WORDED_HERE
    assert set(WINDOW_MESSAGES) | WORDED_HERE == set(MESSAGES)
    error = AuthenticationFailed.said("sign_in.locked", username="wang", minutes=15)
    assert str(error) == (
        "account wang is locked after too many failed sign-ins; try again in 15 minutes or "
        "ask an administrator"
    )
    assert (error.message_id, dict(error.params)) == (
        "sign_in.locked",
        {"username": "wang", "minutes": 15},
    )


def test_sign_in_refusal_in_the_chinese_window_and_english_on_the_cli(
    qtbot: QtBot, db: Database, chinese: None
) -> None:
    with pytest.raises(AuthenticationFailed) as refused:
        authenticate(db, "officer.a", "not the password")
    assert "check KVISA_USER and KVISA_PASSWORD" in str(refused.value)  # the CLI's words
    dialog = SignInDialog(db, "officer.a")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "not the password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    # an encrypted file checks the password on a reader thread: the refusal comes later
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=30_000)
    shown = dialog.error.text()
    # A second wrong password: the refusal says how many tries are left before the lockout.
    assert shown.startswith("登录被拒绝：用户名不存在或密码错误。再失败 ")
    assert shown.endswith(" 次，账户将被暂时锁定。")
    assert "KVISA" not in shown


def test_lockout_in_chinese_names_the_account_and_the_minutes(db: Database, chinese: None) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "officer.a", "wrong")
    with pytest.raises(AuthenticationFailed) as locked:
        authenticate(db, "officer.a", TEST_PASSWORD)
    shown = error_text(locked.value)
    assert shown.startswith("账户 officer.a 因登录失败次数过多已被锁定") and "分钟" in shown
    assert "locked" in str(locked.value)


def test_permission_refusal_words_role_and_permission_in_chinese(chinese: None) -> None:
    error = PermissionRefused.said(
        "account.may_not", username="wang", role="officer", permission="sign off a recommendation"
    )
    assert error_text(error) == "wang（签证官员）无权审批处理建议。"
    assert str(error) == "wang (officer) may not sign off a recommendation"


@pytest.mark.parametrize(
    ("failure", "message_id"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/data/x.pdf"), "file.disk_full"),
        (
            OperationalError("COMMIT", None, sqlite3.OperationalError("database is locked")),
            "database.locked",
        ),
        (
            OperationalError(
                "INSERT", None, sqlite3.OperationalError("attempt to write a readonly database")
            ),
            "database.read_only",
        ),
    ],
)
def test_database_and_disk_failures_in_the_windows_language(
    failure: BaseException, message_id: str, chinese: None
) -> None:
    plain = in_plain_words(failure)
    assert isinstance(plain, WriteFailed) and plain.message_id == message_id
    assert "nothing" in str(plain)  # the CLI's English sentence
    shown = error_text(plain)
    assert _has_han(shown) and "nothing" not in shown
    if message_id == "file.disk_full":
        assert "（x.pdf）" in shown


def test_an_error_without_an_id_keeps_its_english(chinese: None) -> None:
    assert error_text(WriteFailed("something new")) == "something new"
    assert error_text(RuntimeError("boom")) == "RuntimeError('boom')"


def test_a_database_too_new_is_refused_in_the_windows_language(chinese: None) -> None:
    from kvisa_desk.core.startup import DatabaseTooNew
    from kvisa_desk.store.migrate import refuse_newer_database

    with pytest.raises(DatabaseTooNew) as refused:
        refuse_newer_database(("f00dfeed0000",))
    assert "written by a newer version" in str(refused.value)  # the CLI's English
    shown = error_text(refused.value)
    assert "f00dfeed0000" in shown and "更新的版本" in shown
