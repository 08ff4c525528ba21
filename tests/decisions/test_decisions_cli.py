"""`kvisa-desk decide`, `letter`, `reprint-letter` and `verify-letter`: output and exit statuses."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from decisions_support import (
    REASONING,
    checked_case,
    events_of,
    make_case,
    refused_case,
    status_of,
)

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.store.cipher import connect_file
from kvisa_desk.store.engine import Database, sqlite_file
from tests.documents.documents_support import pdf_bytes


def run(db: Database, user: str, *argv: str) -> tuple[int, str, str]:
    path = sqlite_file(db.url)
    assert path is not None
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db", str(path), "--user", user, *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def parse_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(argv)
    assert stop.value.code == 2
    return capsys.readouterr().err


def test_refusal_from_recommendation_to_a_verified_letter(db: Database, tmp_path: Path) -> None:
    case = str(checked_case(db, tmp_path, "KV-CLI-1", screening__reentry_ban=True))
    code, out, err = run(
        db,
        "officer.a",
        "decide",
        case,
        "--recommend",
        "refuse",
        "--grounds",
        "K-REF-01",
        "--reason",
        "Re-entry ban in force to 2027.",
    )
    assert (code, err) == (0, "")
    assert "awaiting sign-off by another supervisor" in out
    # The recommending officer cannot sign off; nor can another officer (3: refused).
    code, _, err = run(db, "officer.a", "decide", case, "--sign-off", "agree")
    assert code == 3 and "may not sign off" in err
    code, _, err = run(db, "officer.b", "decide", case, "--sign-off", "agree")
    assert code == 3
    code, _, err = run(db, "supervisor.s", "decide", case, "--sign-off", "return")
    assert code == 2 and "needs a reason" in err
    code, out, err = run(db, "supervisor.s", "decide", case, "--sign-off", "agree", "--json")
    assert code == 0, err
    signed = json.loads(out)
    assert (signed["sign_off"], signed["signed_off_by"], signed["case_status"]) == (
        "agree",
        "supervisor.s",
        "refused",
    )

    letter = tmp_path / "refusal.pdf"
    code, out, err = run(db, "officer.b", "letter", case, "--lang", "en+zh", "--out", str(letter))
    assert code == 0, err
    reference = out.split(":")[0]
    assert letter.read_bytes().startswith(b"%PDF-") and "refusal letter (en+zh" in out
    assert status_of(db, int(case)) == "letter_issued"
    code, _, err = run(db, "officer.b", "letter", case, "--out", str(tmp_path / "again.pdf"))
    assert code == 4 and f"--replaces {reference}" in err
    code, _, err = run(db, "officer.b", "letter", case, "--out", str(letter))
    assert code == 2 and "exists" in err

    code, out, _ = run(db, "officer.a", "verify-letter", str(letter))
    assert code == 0
    assert f"genuine and unchanged: {reference}" in out
    assert f"case C{int(case):07d} (decision {signed['decision_id']})" in out

    changed = bytearray(letter.read_bytes())
    changed[len(changed) // 3] ^= 0x20
    modified = tmp_path / "modified.pdf"
    modified.write_bytes(bytes(changed))
    code, out, err = run(db, "officer.a", "verify-letter", str(modified))
    assert (code, out) == (1, "") and "MODIFIED" in err and reference in err
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(pdf_bytes(1))
    code, _, err = run(db, "officer.a", "verify-letter", str(foreign), "--json")
    assert code == 1
    code, out, _ = run(db, "officer.a", "verify-letter", str(foreign), "--json")
    assert json.loads(out)["status"] == "foreign"
    code, _, err = run(db, "officer.a", "verify-letter", str(tmp_path / "missing.pdf"))
    assert code == 2 and "cannot be read" in err

    copy = tmp_path / "copy.pdf"
    code, _, err = run(db, "officer.a", "reprint-letter", reference, "--out", str(copy))
    assert code == 0, err
    assert copy.read_bytes() == letter.read_bytes()


def test_approval_exit_statuses(db: Database, tmp_path: Path) -> None:
    unchecked = str(make_case(db, tmp_path, "KV-CLI-F", documents=[]))
    code, _, err = run(
        db,
        "officer.a",
        "decide",
        unchecked,
        "--recommend",
        "approve",
        "--reason",
        REASONING,
        "--entries",
        "1",
        "--validity-days",
        "90",
        "--stay-days",
        "30",
    )
    assert code == 4 and "run the checks" in err
    case = str(checked_case(db, tmp_path, "KV-CLI-2", passport__number="A07769901"))
    code, _, err = run(
        db, "officer.a", "decide", case, "--recommend", "approve", "--reason", REASONING
    )
    assert code == 2 and "no defaults" in err
    code, _, err = run(
        db,
        "officer.a",
        "decide",
        "C9999999",
        "--recommend",
        "refuse",
        "--grounds",
        "K-REF-01",
        "--reason",
        "x",
    )
    assert code == 4 and "no case" in err
    code, out, err = run(
        db,
        "officer.a",
        "decide",
        case,
        "--recommend",
        "approve",
        "--reason",
        "Meets requirements.",
        "--entries",
        "multiple",
        "--validity-days",
        "180",
        "--stay-days",
        "90",
    )
    assert code == 0 and "case now Approved" in out, err
    assert err.startswith("warning: the reasoning is only stock phrases")
    code, out, err = run(db, "test.admin", "decide", case, "--sign-off", "agree")
    assert code == 3
    code, out, err = run(
        db, "officer.a", "letter", case, "--lang", "zh", "--out", str(tmp_path / "a.pdf")
    )
    assert code == 0, err
    assert "approval letter (zh, 1 page)" in out


def test_an_approval_accounts_for_every_review(db: Database, tmp_path: Path) -> None:
    # Documents attached but not verified (K-VER-01), screening not recorded (K-REF-01).
    case = str(checked_case(db, tmp_path, "KV-CLI-OPEN", verify=False, screening=None))
    approve = ["decide", case, "--recommend", "approve", "--reason", REASONING]
    terms = ["--entries", "1", "--validity-days", "90", "--stay-days", "30"]
    code, out, err = run(db, "officer.a", *approve, *terms)
    assert code == 4 and out == ""
    assert "cannot be approved until its effective outcome is pass" in err
    assert "K-VER-01 review" in err and "verify the documents" in err
    assert "K-REF-01 review" in err and "record the Law Art. 21 screening facts" in err
    assert "or override it with a written reason" in err
    # A refusal or a request for documents needs no such step.
    code, out, err = run(
        db, "officer.a", "decide", case, "--recommend", "request-documents", "--reason",
        "The proof of post is needed for Route B.", "--documents", "proof_of_post",
    )  # fmt: skip
    assert code == 0, err


def test_request_documents_and_an_interview_letter(db: Database, tmp_path: Path) -> None:
    case = str(checked_case(db, tmp_path, "KV-CLI-3"))
    code, out, err = run(
        db,
        "officer.a",
        "decide",
        case,
        "--recommend",
        "request-documents",
        "--documents",
        "transcript,Letter from the host laboratory",
        "--reply-by",
        "2099-01-31",
        "--reason",
        "Need the transcript.",
        "--interview-at",
        "2099-01-10T10:30",
        "--place",
        "Visa Section",
    )
    assert code == 0, err
    assert "case now Awaiting documents" in out
    code, out, err = run(db, "officer.a", "letter", case, "--out", str(tmp_path / "r.pdf"))
    assert code == 0 and "request-documents letter" in out, err
    code, out, err = run(
        db, "officer.a", "letter", case, "--kind", "interview", "--out", str(tmp_path / "i.pdf")
    )
    assert code == 0 and "interview letter" in out, err


def test_unusable_options_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert "YYYY-MM-DDTHH:MM" in parse_error(
        ["decide", "C1", "--recommend", "request-documents", "--interview-at", "2026-01-01"], capsys
    )
    assert "positive whole number" in parse_error(
        ["decide", "C1", "--recommend", "approve", "--validity-days", "0"], capsys
    )
    parse_error(["decide", "C1", "--recommend", "approve", "--sign-off", "agree"], capsys)
    parse_error(["decide", "C1", "--recommend", "maybe"], capsys)
    parse_error(["letter", "C1", "--lang", "fr", "--out", "x.pdf"], capsys)
    parse_error(["letter", "C1"], capsys)


@pytest.mark.sqlite_only
def test_reprint_refuses_letter_bytes_altered_in_the_file(db: Database, tmp_path: Path) -> None:
    """Issue 18, item 7: `reprint-letter` wrote stored bytes that were altered, unchecked."""
    from kvisa_desk.core.decisions.letters import LetterDamaged, issue_letter, load_letter

    case_id, _ = refused_case(db, tmp_path, "KV-TAMPER-1")
    issued = issue_letter(db, "officer.a", case_id)
    path = sqlite_file(db.url)
    assert path is not None
    with connect_file(path) as conn:  # the insider edits the file, triggers and all
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'issued_letters'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        forged = bytearray(issued.pdf)
        forged[len(forged) // 2] ^= 0x01
        conn.execute(
            "UPDATE issued_letters SET pdf = ? WHERE id = ?", (bytes(forged), issued.letter_id)
        )
    out = tmp_path / "reprint.pdf"
    code, printed, err = run(db, "officer.a", "reprint-letter", issued.reference, "--out", str(out))
    assert (code, printed) == (1, "") and not out.exists()
    assert issued.reference in err and "no longer the file that was issued" in err
    with pytest.raises(LetterDamaged):
        load_letter(db, "officer.a", issued.reference)  # the preview and printing refuse too
    outputs = [e for e in events_of(db, case_id) if e.kind == "letter_output"]
    assert outputs == []  # nothing was written, so nothing is recorded as output
