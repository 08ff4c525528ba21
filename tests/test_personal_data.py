"""Personal data stays in the database: logs carry case ids only; files are the owner's."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kvisa_desk.content.store import documents_folder
from tests.samples import OKAFOR, write_json

pytestmark = pytest.mark.sqlite_only


def test_log_of_a_full_workflow_has_no_names_or_passport_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KVISA_LOG_DIR", str(tmp_path / "logs"))
    db = tmp_path / "new.sqlite3"

    def kvisa(
        *args: str, user: str = "ola", password: str = "officer password 1", stdin: str = ""
    ) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "kvisa_desk", "--db", str(db), *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, "KVISA_USER": user, "KVISA_PASSWORD": password},
        )
        assert result.returncode in (0, 1), result.stderr

    kvisa("user", "add", "root", "--role", "admin", "--password-stdin", stdin="admin password 1")
    kvisa(
        "user",
        "add",
        "ola",
        "--password-stdin",
        user="root",
        password="admin password 1",
        stdin="temporary password",
    )
    kvisa(
        "user",
        "passwd",
        "--password-stdin",
        password="temporary password",
        stdin="officer password 1",
    )
    source = write_json(tmp_path / "in" / "apps.json", [OKAFOR])
    kvisa("import", str(source))
    kvisa("check", "--all")
    kvisa("show", OKAFOR["application_id"])
    kvisa("override", OKAFOR["application_id"], "K-PUR-01", "--to", "pass", "--reason", "ok")
    kvisa("documents", "verify", user="root", password="admin password 1")
    log = (tmp_path / "logs" / "kvisa-desk.log").read_text(encoding="utf-8")
    assert "case_imported" in log and "case=C0000001" in log
    applicant = OKAFOR["applicant"]
    for secret in (
        applicant["surname"],
        applicant["given_names"],
        applicant["date_of_birth"],
        OKAFOR["passport"]["number"],
        applicant["email"],
        "temporary password",
    ):
        assert secret not in log
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(documents_folder(db).stat().st_mode) == 0o700
