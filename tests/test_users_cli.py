"""Accounts from the command line: first administrator, forced change, recovery, demo, audit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.store.cipher import connect_file

ADMIN_PW = "first admin password"
TEMP_PW = "temporary password 1"
OWN_PW = "my own password 123"


def run(
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    user: str | None = None,
    password: str | None = None,
    stdin: str = "",
) -> tuple[int, str, str]:
    if user is None:
        monkeypatch.delenv("KVISA_USER", raising=False)
    else:
        monkeypatch.setenv("KVISA_USER", user)
    if password is None:
        monkeypatch.delenv("KVISA_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("KVISA_PASSWORD", password)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    code = dispatch(CliContext(build_parser().parse_args(["--db", str(db), *argv]), out, err))
    return code, out.getvalue(), err.getvalue()


def test_first_administrator_then_officer_with_forced_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "new.sqlite3"
    code, _, err = run(
        db,
        monkeypatch,
        "user",
        "add",
        "ola",
        "--role",
        "officer",
        "--password-stdin",
        stdin=TEMP_PW,
    )
    assert code == 3 and "no administrator" in err
    code, out, _ = run(
        db,
        monkeypatch,
        "user",
        "add",
        "root",
        "--role",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PW,
    )
    assert code == 0 and "root (admin) added" in out
    # From now on adding an account needs an administrator's sign-in.
    code, _, err = run(db, monkeypatch, "user", "add", "ola", "--password-stdin", stdin=TEMP_PW)
    assert code == 3
    code, _, _ = run(
        db,
        monkeypatch,
        "user",
        "add",
        "ola",
        "--role",
        "officer",
        "--password-stdin",
        user="root",
        password=ADMIN_PW,
        stdin=TEMP_PW,
    )
    assert code == 0
    code, _, err = run(db, monkeypatch, "cases", user="ola", password=TEMP_PW)
    assert code == 3 and "must change" in err
    code, _, _ = run(
        db,
        monkeypatch,
        "user",
        "passwd",
        "--password-stdin",
        user="ola",
        password=TEMP_PW,
        stdin=OWN_PW,
    )
    assert code == 0
    assert run(db, monkeypatch, "cases", user="ola", password=OWN_PW)[0] == 0
    # An administrator does no case work.
    code, _, err = run(db, monkeypatch, "cases", user="root", password=ADMIN_PW)
    assert code == 3 and "may not view cases" in err
    assert run(db, monkeypatch, "cases", user="ola", password="wrong password!")[0] == 3


def test_forgotten_admin_password_recovered_from_the_file_and_audited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "new.sqlite3"
    run(
        db,
        monkeypatch,
        "user",
        "add",
        "root",
        "--role",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PW,
    )
    code, out, _ = run(
        db,
        monkeypatch,
        "user",
        "reset",
        "root",
        "--password-stdin",
        user="someone",
        stdin="recovered password 1",
    )
    assert code == 0 and "must be changed" in out
    with connect_file(db) as conn:
        actor = conn.execute(
            "SELECT officer FROM case_events WHERE kind = 'password_reset'"
        ).fetchone()
    assert actor == ("file-access:someone",)
    code, out, _ = run(
        db, monkeypatch, "audit", "verify", user="root", password="recovered password 1"
    )
    assert code == 3  # the reset password must be changed first
    run(
        db,
        monkeypatch,
        "user",
        "passwd",
        "--password-stdin",
        user="root",
        password="recovered password 1",
        stdin=ADMIN_PW,
    )
    code, out, _ = run(db, monkeypatch, "audit", "verify", user="root", password=ADMIN_PW)
    assert code == 0 and "intact" in out


def test_audit_verify_fails_on_a_tampered_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "new.sqlite3"
    run(
        db,
        monkeypatch,
        "user",
        "add",
        "root",
        "--role",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PW,
    )
    with connect_file(db) as conn:
        conn.execute("DROP TRIGGER case_events_no_update")
        conn.execute("UPDATE case_events SET officer = 'mallory' WHERE kind = 'account_created'")
    code, _, err = run(db, monkeypatch, "audit", "verify", user="root", password=ADMIN_PW)
    assert code == 1 and "edited" in err


def test_demo_on_a_new_database_prints_accounts_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "demo.sqlite3"
    code, out, _ = run(db, monkeypatch, "demo", "--cases", "20", "--seed", "2")
    assert code == 0 and "20 demo cases added" in out
    lines = [line.split() for line in out.splitlines() if line.startswith("  demo.")]
    passwords = {name: password for name, _role, password in lines}
    assert {"demo.admin", "demo.li", "demo.garcia"} <= set(passwords)
    code, out, _ = run(
        db, monkeypatch, "cases", "--json", user="demo.li", password=passwords["demo.li"]
    )
    assert code == 0 and out.count("case_id") == 20
    # A second demo run is ordinary work: it needs a signed-in officer.
    assert run(db, monkeypatch, "demo", "--cases", "5", "--seed", "3")[0] == 3


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_user_add_asks_for_the_name_and_title_letters_are_signed_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.core.accounts.roster import account_rows
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    db = tmp_path / "new.sqlite3"
    admin = ("user", "add", "root", "--role", "admin", "--password-stdin")
    assert run(db, monkeypatch, *admin, "--display-name", "Chen Jie", stdin=ADMIN_PW)[0] == 0
    monkeypatch.setattr("sys.stdin", _Terminal(f"Ada Obi\nVisa Officer\n{TEMP_PW}\n"))
    monkeypatch.setenv("KVISA_USER", "root")
    monkeypatch.setenv("KVISA_PASSWORD", ADMIN_PW)
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", str(db), "user", "add", "ada", "--password-stdin"]
    assert dispatch(CliContext(build_parser().parse_args(argv), out, err)) == 0
    assert "Full name" in err.getvalue() and "Title" in err.getvalue()
    opened = open_database(sqlite_url(db)).db
    try:
        rows = {row.username: row for row in account_rows(opened, "root")}
    finally:
        opened.dispose()
    assert (rows["ada"].display_name, rows["ada"].title) == ("Ada Obi", "Visa Officer")
    assert (rows["root"].display_name, rows["root"].title) == ("Chen Jie", "")  # not asked


def test_user_set_gives_an_account_its_title_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.core.accounts.roster import account_rows
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    db = tmp_path / "new.sqlite3"
    admin = ("user", "add", "root", "--role", "admin", "--password-stdin")
    assert run(db, monkeypatch, *admin, "--display-name", "Chen Jie", stdin=ADMIN_PW)[0] == 0
    add = ("user", "add", "zhou", "--role", "supervisor", "--display-name", "周敏 Zhou Min")
    titled = ("--title", "Consul", "--title-zh", "领事", "--password-stdin")
    assert (
        run(db, monkeypatch, *add, *titled, user="root", password=ADMIN_PW, stdin=TEMP_PW)[0] == 0
    )
    change = ("user", "set", "zhou", "--title-zh", "副领事")
    assert run(db, monkeypatch, *change, user="root", password=ADMIN_PW)[0] == 0
    opened = open_database(sqlite_url(db)).db
    try:
        row = {r.username: r for r in account_rows(opened, "root")}["zhou"]
    finally:
        opened.dispose()
    assert (row.title, row.title_zh) == ("Consul", "副领事")
