"""`kvisa-desk attach` and `kvisa-desk documents ...`: output and exit statuses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from documents_support import ELF, damage, image_bytes, new_case, pdf_bytes, write
from sqlalchemy import select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent

pytestmark = pytest.mark.backend


def run(db: Database, *argv: str, user: str = "officer.cli") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, "--user", user, *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def new_application(db: Database, application_id: str = "KV-DOC-1") -> str:
    """A case, named on the command line by its application id."""
    new_case(db, application_id)
    return application_id


def test_attach_then_show_list_verify_and_remove(db: Database, tmp_path: Path) -> None:
    case = new_application(db)
    pdf = write(tmp_path, "passport.pdf", pdf_bytes())
    code, out, err = run(db, "attach", case, str(pdf), "--type", "passport_scan")
    assert (code, err) == (0, "")
    assert "attached document" in out and "application/pdf" in out and "2 pages" in out
    code, out, _ = run(db, "show", case, "--json")
    (shown,) = json.loads(out)["documents"]
    assert shown["type"] == "passport_scan" and shown["verification"] == "unverified"

    code, out, _ = run(db, "documents", "list", case, "--json")
    (listed,) = json.loads(out)
    doc_id = str(listed["document_id"])
    assert listed["original_name"] == "passport.pdf" and listed["attached_by"] == "officer.cli"
    code, out, _ = run(db, "documents", "list", case)
    # The text output is read by people: the type's label (the code stays in --json).
    assert code == 0 and "Passport scan" in out and "passport.pdf" in out

    code, _, err = run(
        db, "documents", "set-status", case, doc_id, "--status", "suspected_fraudulent"
    )
    assert code == 2 and "reason is required" in err
    code, out, _ = run(
        db, "documents", "set-status", case, f"D{doc_id}", "--status", "suspected_fraudulent",
        "--reason", "Photo page re-laminated",
    )  # fmt: skip
    assert code == 0 and "suspected_fraudulent" in out
    code, out, _ = run(db, "documents", "list", case, "--json")
    assert json.loads(out)[0]["verification_reason"] == "Photo page re-laminated"

    code, out, _ = run(db, "documents", "remove", case, doc_id, "--reason", "wrong file")
    assert code == 0 and "content is kept" in out
    assert json.loads(run(db, "documents", "list", case, "--json")[1]) == []
    assert len(json.loads(run(db, "documents", "list", case, "--all", "--json")[1])) == 1
    code, _, err = run(db, "documents", "remove", case, doc_id, "--reason", "again")
    assert code == 4 and "already removed" in err


def test_an_administrator_sees_no_documents_and_every_export_is_audited(
    db: Database, tmp_path: Path
) -> None:
    """Issue 18, item 4: an administrator listed a case's documents and exported a passport
    scan; `documents export` was never audited, for anyone."""
    case, other = new_application(db), new_application(db, "KV-DOC-2")
    pdf = write(tmp_path, "passport.pdf", pdf_bytes())
    run(db, "attach", case, str(pdf), "--type", "passport_scan")
    (listed,) = json.loads(run(db, "documents", "list", case, "--json")[1])
    doc_id = str(listed["document_id"])
    out_file = tmp_path / "out" / "scan.pdf"

    code, out, err = run(db, "documents", "list", case, user="test.admin")
    assert (code, out) == (3, "") and "may not view cases" in err
    code, _, err = run(db, "documents", "export", case, doc_id, str(out_file), user="test.admin")
    assert code == 3 and "may not export case data" in err and not out_file.exists()
    # Another case's id with this document's number is no way round the check either.
    code, _, err = run(db, "documents", "export", other, doc_id, str(out_file))
    assert code == 4 and "has no document" in err and not out_file.exists()

    code, out, _ = run(db, "documents", "export", case, doc_id, str(out_file))
    assert code == 0 and out_file.read_bytes() == pdf.read_bytes()
    with db.read() as session:
        exported = session.execute(
            select(CaseEvent.officer, CaseEvent.case_id, CaseEvent.details).where(
                CaseEvent.kind == "document_exported"
            )
        ).all()
    assert [(officer, details["document_id"]) for officer, _, details in exported] == [
        ("officer.cli", int(doc_id))
    ]
    assert exported[0][1] is not None and "passport.pdf" not in str(exported[0][2])


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("passport.pdf", ELF, "executable"),
        ("empty.jpg", b"", "empty"),
        ("photo\u202egpj.exe", image_bytes("JPEG"), "text-direction"),
    ],
    ids=["exe-named-pdf", "empty", "rlo-name"],
)
def test_refused_attach_exits_2_with_the_reason(
    db: Database, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    case = new_application(db)
    code, out, err = run(db, "attach", case, str(write(tmp_path, name, content)), "--type", "photo")
    assert code == 2 and out == ""
    assert reason in err and "nothing was stored" in err
    assert json.loads(run(db, "documents", "list", case, "--json")[1]) == []


def test_attach_exit_statuses_for_missing_things(db: Database, tmp_path: Path) -> None:
    case = new_application(db)
    pdf = write(tmp_path, "p.pdf", pdf_bytes())
    code, _, err = run(db, "attach", "C9999999", str(pdf), "--type", "other")
    assert code == 4 and "no case" in err
    code, _, err = run(db, "attach", case, str(tmp_path / "nope.pdf"), "--type", "other")
    assert code == 2 and "no such file" in err
    code, _, err = run(db, "documents", "set-status", case, "12345", "--status", "verified")
    assert code == 4 and "no document 12345" in err
    with pytest.raises(SystemExit) as usage:
        build_parser().parse_args(["attach", case, str(pdf), "--type", "selfie"])
    assert usage.value.code == 2


def test_verify_exits_1_naming_damaged_documents_and_their_cases(
    db: Database, tmp_path: Path
) -> None:
    first, second = new_application(db, "KV-1"), new_application(db, "KV-2")
    run(db, "attach", first, str(write(tmp_path, "a.pdf", pdf_bytes())), "--type", "other")
    run(db, "attach", second, str(write(tmp_path, "b.png", image_bytes("PNG"))), "--type", "photo")
    code, out, _ = run(db, "documents", "verify")
    assert code == 0 and "2 documents" in out and "all intact" in out

    listed = json.loads(run(db, "documents", "list", second, "--json")[1])
    damage(db, listed[0]["sha256"])
    code, out, _ = run(db, "documents", "verify")
    assert code == 1
    assert f"case {listed[0]['case_id']}: document {listed[0]['document_id']} (photo)" in out
    assert "damaged" in out and "1 damaged or missing, in 1 case(s)" in out
    code, out, _ = run(db, "documents", "verify", "--json")
    report = json.loads(out)
    assert code == 1 and report["problems"][0]["case_id"] == listed[0]["case_id"]

    target = tmp_path / "export.png"
    code, _, err = run(
        db, "documents", "export", second, str(listed[0]["document_id"]), str(target)
    )
    assert code == 1 and "damaged" in err and not target.exists()
    good = json.loads(run(db, "documents", "list", first, "--json")[1])[0]
    code, _, _ = run(db, "documents", "export", first, str(good["document_id"]), str(target))
    assert code == 0 and target.read_bytes() == pdf_bytes()


def test_the_installed_command_exits_0_or_2(db: Database, tmp_path: Path) -> None:
    case = new_application(db)
    root = Path(__file__).resolve().parents[2]

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kvisa_desk", "--db-url", db.url, *argv],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(root)},
            cwd=root,
            timeout=120,
        )

    good = cli(
        "attach", case, str(write(tmp_path, "p.jpg", image_bytes("JPEG"))), "--type", "photo"
    )
    assert good.returncode == 0, good.stderr
    bad = cli("attach", case, str(write(tmp_path, "x.pdf", ELF)), "--type", "other")
    assert bad.returncode == 2 and "executable" in bad.stderr and bad.stdout == ""
