"""The command line: subcommands, JSON output, exit statuses, options and environment."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kvisa_desk import __version__
from kvisa_desk.cli import main
from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.store.cipher import connect_file
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.migrate import head_revision
from tests.samples import OKAFOR, application, tricky_records, write_json


@pytest.fixture
def db_file(db: Database) -> Path:
    """The SQLite file of a fresh test database (with the test accounts)."""
    path = sqlite_file(db.url)
    assert path is not None
    db.dispose()
    return path


def run(db: Path, *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process against a SQLite file, capturing stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db", str(db), *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def test_version_needs_no_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert __version__ in capsys.readouterr().out
    assert not (tmp_path / "data").exists()


def test_import_then_list_and_show(tmp_path: Path, db_file: Path) -> None:
    db = db_file
    source = write_json(tmp_path / "apps.json", [OKAFOR, *tricky_records()])
    code, out, err = run(db, "import", str(source))
    assert (code, err) == (0, "")
    assert "8 imported" in out
    code, out, _ = run(db, "cases", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 8
    assert {"case_id", "application_id", "surname", "given_names", "nationality", "status"} <= set(
        listed[0]
    )
    assert {c["surname"] for c in listed} >= {"张", "<b>Eve</b>"}
    code, out, _ = run(db, "show", listed[0]["case_id"], "--json")
    shown = json.loads(out)
    assert code == 0 and shown["case_id"] == listed[0]["case_id"]
    assert shown["status"] == "received" and "documents" in shown
    code, out, _ = run(db, "show", OKAFOR["application_id"])
    assert code == 0 and "Okafor" in out


def test_partly_imported_file_exits_1_with_located_errors(tmp_path: Path, db_file: Path) -> None:
    db = db_file
    bad = application("BAD", received_at="yesterday")
    source = write_json(tmp_path / "apps.json", [OKAFOR, bad])
    code, out, err = run(db, "import", str(source))
    assert code == 1
    assert (
        f"{source}:[1]: application BAD: received_at: must be a date written YYYY-MM-DD"
        in err.splitlines()
    )
    assert "1 imported" in out


def test_exit_statuses_for_refused_file_missing_case_and_usage(
    tmp_path: Path, db_file: Path
) -> None:
    db = db_file
    junk = tmp_path / "junk.json"
    junk.write_text("[{", encoding="utf-8")
    code, _, err = run(db, "import", str(junk))
    assert code == 2 and "nothing was imported" in err
    code, _, err = run(db, "show", "C9999")
    assert code == 4 and "no case" in err
    code, _, err = run(db, "import", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err


def test_status_filter(tmp_path: Path, db_file: Path) -> None:
    db = db_file
    run(db, "import", str(write_json(tmp_path / "a.json", [OKAFOR])))
    assert json.loads(run(db, "cases", "--status", "received", "--json")[1])
    assert json.loads(run(db, "cases", "--status", "approved", "--json")[1]) == []


def test_backup_is_a_consistent_copy(
    tmp_path: Path, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = db_file
    run(db, "import", str(write_json(tmp_path / "a.json", [OKAFOR])))
    code, _, err = run(db, "db", "backup", str(tmp_path / "refused.sqlite3"))
    assert code == 3 and "may not" in err  # an officer does not handle the database
    monkeypatch.setenv("KVISA_USER", "test.admin")
    code, _, _ = run(db, "db", "backup", str(tmp_path / "copy.sqlite3"))
    assert code == 0
    with connect_file(tmp_path / "copy.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (1,)
    code, _, err = run(db, "db", "backup", str(db))
    assert code == 2 and "must not overwrite" in err


def test_db_upgrade_reports_revision(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KVISA_USER", "test.admin")  # the database is the administrator's
    code, out, _ = run(db_file, "db", "upgrade")
    assert code == 0 and f"revision {head_revision()}" in out


def test_flag_beats_environment_and_default_lives_in_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_db = tmp_path / "env.sqlite3"
    flag_db = tmp_path / "flag.sqlite3"
    monkeypatch.setenv("KVISA_DB_URL", f"sqlite:///{env_db}")
    run(flag_db, "import", str(write_json(tmp_path / "a.json", [OKAFOR])))
    assert flag_db.exists() and not env_db.exists()
    args = build_parser().parse_args(["--user", "flag.user", "cases"])
    ctx = CliContext(args)
    assert ctx.actor == "flag.user"  # beats KVISA_USER set by the fixture
    assert ctx.database_url.endswith(str(env_db))
    monkeypatch.delenv("KVISA_DB_URL")
    assert str(tmp_path / "data") in CliContext(args).database_url


def test_module_entry_point_runs(db_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kvisa_desk", "--db", str(db_file), "cases"],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    wrong = subprocess.run(
        [sys.executable, "-m", "kvisa_desk", "--db", str(db_file), "cases"],
        capture_output=True,
        text=True,
        env={**os.environ, "KVISA_PASSWORD": "not the password"},
        timeout=120,
    )
    assert wrong.returncode == 3 and "sign-in refused" in wrong.stderr


def test_cases_search_finds_imported_cases_at_once(tmp_path: Path, db_file: Path) -> None:
    records = [
        application("KV-CS-1", applicant__surname="Müller", applicant__given_names="Zoë"),
        application("KV-CS-2", applicant__surname="Zhang", applicant__native_name="张伟"),
        application("KV-CS-3", applicant__surname="O'Brien'; DROP TABLE cases; --"),
    ]
    source = write_json(tmp_path / "apps.json", records)
    assert run(db_file, "import", str(source))[0] == 0
    code, out, err = run(db_file, "cases", "--search", "muller", "--json")
    assert (code, err) == (0, "")
    assert [r["application_id"] for r in json.loads(out)] == ["KV-CS-1"]
    code, out, _ = run(db_file, "cases", "--search", "伟")
    assert code == 0 and "KV-CS-2" in out and "KV-CS-1" not in out
    code, out, _ = run(db_file, "cases", "--search", "'; DROP", "--json")
    assert code == 0 and [r["application_id"] for r in json.loads(out)] == ["KV-CS-3"]
    code, out, _ = run(db_file, "cases", "--search", "zhang", "--status", "refused", "--json")
    assert code == 0 and json.loads(out) == []
