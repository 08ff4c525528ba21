"""A forgotten administrator password on an encrypted file, from the command line: the saved
recovery-key sheet unlocks it, the one-time password is readable, and `user reset` without
sign-in names the whole `db unlock` command."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kvisa_desk.core.accounts.recovery_sheet import recovery_key_in, recovery_key_sheet
from kvisa_desk.core.accounts.roster import READABLE_ALPHABET
from kvisa_desk.store import cipher
from tests.test_users_cli import run

pytestmark = pytest.mark.sqlite_only
PASSWORD = "a long enough password"


def _new_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setattr(cipher, "_unlocked", {})
    path = tmp_path / "post.sqlite3"
    code, out, err = run(
        path, monkeypatch, "user", "add", "chief", "--role", "admin", "--password-stdin",
        user="chief", stdin=PASSWORD,
    )  # fmt: skip
    assert code == 0, err
    return path, out.split("keep it safe:")[1].split()[0]


def test_the_saved_sheet_says_what_it_is_and_unlocks_with_a_readable_one_time_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = _new_database(tmp_path, monkeypatch)
    sheet = recovery_key_sheet(key, path, datetime(2026, 12, 5, 15, 30, tzinfo=UTC))
    assert key in sheet.splitlines() and str(path) in sheet and "2026-12-05 15:30" in sheet
    assert "db unlock ADMIN --recovery-key-file FILE" in sheet and "恢复密钥" in sheet
    saved = tmp_path / "kvisa-recovery-key.txt"
    saved.write_text(sheet, encoding="utf-8")
    cipher.forget_keys()  # a new process: nobody signed in
    code, out, err = run(
        path, monkeypatch, "db", "unlock", "chief", "--recovery-key-file", str(saved)
    )
    assert code == 0, err
    one_time = out.split("flagged for the supervisors):")[1].split()[0]
    assert re.fullmatch(r"\w{4}-\w{4}-\w{4}", one_time), one_time
    assert set(one_time.replace("-", "")) <= set(READABLE_ALPHABET)  # no 0/O, no 1/l/I
    cipher.forget_keys()
    code, _, err = run(
        path, monkeypatch, "user", "passwd", "--password-stdin",
        user="chief", password=one_time, stdin="chief's own new password",
    )  # fmt: skip
    assert code == 0, err


def test_a_bare_key_file_and_a_key_on_stdin_still_unlock() -> None:
    key = "YVAF-ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23"
    assert recovery_key_in(key + "\n") == key
    assert recovery_key_in(recovery_key_sheet(key, None, datetime.now(UTC))) == key
    assert recovery_key_in("yvaf abcd efgh") == "yvaf abcd efgh"  # normalised by keyslots


def test_user_reset_without_sign_in_names_the_whole_unlock_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _new_database(tmp_path, monkeypatch)
    cipher.forget_keys()
    code, _, err = run(path, monkeypatch, "user", "reset", "chief", "--password-stdin", stdin="x")
    assert code == 3
    assert "kvisa-desk db unlock chief --recovery-key-file FILE" in err


def test_db_unlock_help_has_a_description(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.cli.main import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["db", "unlock", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "every administrator password" in text and "one-time password" in text


def test_a_key_typed_with_zero_one_or_eight_for_o_i_b_is_read_as_the_key() -> None:
    from kvisa_desk.store.keyslots import normal_recovery_key

    key = "4YQJ-FKT3-PWGF-OQ4W-IBCD-EFGH-JKLM-NPRS"
    # O read as a zero, I as a one, B as an eight, typed in lower case with spaces.
    typed = "4yqj fkt3 pwgf 0q4w 18cd efgh jklm nprs"
    assert normal_recovery_key(typed) == key
    assert normal_recovery_key("4YQL") == "4YQL"  # L stays L: it is in the alphabet
    sheet = recovery_key_sheet(key, None, datetime.now(UTC)).replace("OQ4W", "0Q4W")
    assert normal_recovery_key(recovery_key_in(sheet)) == key  # a hand-copied sheet
