"""Data on the terminal (issue 18, item 9): `cases`, `show`, `user list` and the import
report escape control characters, so a name cannot clear the screen or forge a line.

Imports now refuse such names; these cases are stored behind the importer's back, as data
imported before the policy (or written by a file editor) would be.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.cli.printable import printable, printable_json
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.models import Applicant, Case, Officer
from tests.samples import OKAFOR, application, write_json, write_jsonl

pytestmark = pytest.mark.sqlite_only

HOSTILE = "Eve\x1b[2J\x1b[H\nC9999999  LON   FORGED  \u202eexe.pdf\x9b31m"


def _cli(db: Database, *argv: str) -> tuple[int, str, str]:
    path = sqlite_file(db.url)
    assert path is not None
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db", str(path), *argv])
    return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()


def _obeyed(text: str) -> set[str]:
    """Characters a terminal would act on, other than the line ends of our own lines."""
    return {c for c in text.replace("\n", "") if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F} | (
        {c for c in text if c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}
    )


def test_printable_escapes_what_a_terminal_obeys_and_keeps_the_rest() -> None:
    assert (
        printable("a\x1b[2Jb\nc\td\r\u202ee\x9b\x7f") == "a\\x1b[2Jb\\nc\\td\\r\\u202ee\\x9b\\x7f"
    )
    kept = "张伟 محمد Zoë 😀 Ann\u200dMarie <b>&amp;</b> =cmd|' /C"
    assert printable(kept) == kept
    data = {"surname": HOSTILE, "n": 1}
    text = printable_json(data)
    assert json.loads(text) == data and not _obeyed(text)


@pytest.fixture
def hostile_case(db: Database, tmp_path: Path) -> str:
    report = import_file(db, write_json(tmp_path / "a.json", [OKAFOR]), "officer.a")
    assert report.first_case_id is not None
    with db.write() as session:
        session.execute(
            update(Applicant)
            .where(Applicant.case_id == report.first_case_id)
            .values(surname=HOSTILE, given_names="\x1b]0;owned\x07")
        )
        session.execute(
            update(Case)
            .where(Case.id == report.first_case_id)
            .values(application_id="KV-1\nC0000002  LON  KV-FORGED")
        )
    return str(report.first_case_id)


def test_cases_prints_one_line_a_case_with_names_escaped(db: Database, hostile_case: str) -> None:
    code, out, _ = _cli(db, "cases")
    assert code == 0
    assert len(out.splitlines()) == 1 and not _obeyed(out)
    assert "Eve\\x1b[2J\\x1b[H\\nC9999999" in out and "\\u202eexe.pdf" in out
    code, out, _ = _cli(db, "cases", "--json")
    assert code == 0 and not _obeyed(out)
    assert json.loads(out)[0]["surname"] == HOSTILE  # the same data, only written safely


def test_show_escapes_every_value(db: Database, hostile_case: str) -> None:
    code, out, _ = _cli(db, "show", hostile_case)
    assert code == 0 and not _obeyed(out)
    assert "Application LON/KV-1\\nC0000002  LON  KV-FORGED, received" in out
    assert len(out.splitlines()) == len([line for line in out.splitlines() if line.strip()])
    code, out, _ = _cli(db, "show", hostile_case, "--json")
    assert code == 0 and not _obeyed(out)
    assert json.loads(out)["applicant"]["surname"] == HOSTILE


def test_user_list_escapes_names(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.write() as session:
        session.execute(
            update(Officer).where(Officer.username == "officer.b").values(display_name=HOSTILE)
        )
    monkeypatch.setenv("KVISA_USER", "test.admin")
    code, out, _ = _cli(db, "user", "list")
    assert code == 0 and not _obeyed(out)
    assert "officer.b" in out and "Eve\\x1b[2J" in out
    code, out, _ = _cli(db, "user", "list", "--json")
    assert code == 0 and not _obeyed(out)


def test_the_import_report_cannot_be_forged_by_the_file(db: Database, tmp_path: Path) -> None:
    forged_key = "x\nFILE:[9]: applicant.surname: \x1b[32mall fine"
    record = {**application("KV-KEY"), forged_key: 1}
    path = write_jsonl(tmp_path / "a.jsonl", [OKAFOR, record])
    code, out, err = _cli(db, "import", str(path))
    assert code == 1 and "1 imported" in out
    assert len(err.splitlines()) == 1 and not _obeyed(err)
    assert (
        ":line 2: application KV-KEY: x\\nFILE:[9]: applicant.surname: \\x1b[32mall fine: "
        "is not a field" in err
    )
