"""The disclosure bundle: every file read back against its manifest, redactions, refusals."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.cases.notes import add_note
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.decisions.decisions import recommend, sign_off
from kvisa_desk.core.decisions.letters import issue_letter, load_letter
from kvisa_desk.core.documents.attach import attach_document
from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.documents.records import DocumentDamaged
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.core.reports.bundle import EVENT_KIND, REDACTIONS, make_bundle
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.tabular import ExportCancelled
from tests.decisions.decisions_support import (
    REFUSAL_REASONING,
    make_case,
    name_case_post,
    run_checks,
)
from tests.documents.documents_support import damage, image_bytes, pdf_bytes

pytestmark = pytest.mark.backend

NOTE = "Called the host institute: the lab head vouched for the visit"
SAFE_PATH = re.compile(
    r"^(summary\.pdf|documents/\d\d-[a-z_]+\.(pdf|jpg)|letters/[A-Z0-9-]+-[a-z-]+\.pdf)$"
)


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def case(db: Database, tmp_path: Path) -> dict[str, object]:
    """A refused case with two attached documents (hostile names), a note and a letter."""
    case_id = make_case(db, tmp_path, "KV-BUN-1", documents=[], screening__reentry_ban=True)
    originals = {"passport_scan": pdf_bytes(text="Passport of the applicant"),
                 "photo": image_bytes("JPEG")}  # fmt: skip
    names = {"passport_scan": "../../etc/passwd.pdf", "photo": "照片 final (2).jpg"}
    for doc_type, data in originals.items():
        source = tmp_path / f"upload-{doc_type}"
        source.write_bytes(data)
        attach_document(db, "officer.a", case_id, source, doc_type, names[doc_type])
    add_note(db, case_id, NOTE, "officer.a")
    run_checks(db, case_id)
    name_case_post(db, case_id)  # letters need the post's own name
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"],
              reasoning=REFUSAL_REASONING)  # fmt: skip
    sign_off(db, "supervisor.s", case_id, "agree")
    letter = issue_letter(db, "officer.a", case_id)
    return {"id": case_id, "originals": originals, "letter": letter.reference}


def _events(db: Database) -> list[CaseEvent]:
    with db.read() as session:
        return list(session.scalars(select(CaseEvent).where(CaseEvent.kind == EVENT_KIND)))


def test_every_file_matches_the_manifest_and_redactions_hold(
    db: Database, tmp_path: Path, case: dict[str, object]
) -> None:
    out = tmp_path / "bundle"
    report = make_bundle(
        db, "officer.b", find_case_id(db, "KV-BUN-1"), out, ("officers", "notes", "screening"),
        purpose="access request of 2026-11-02",
    )  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert on_disk == set(listed) | {"manifest.json", "manifest.txt"}
    assert len(report.files) == len(listed) == 4  # summary, two documents, one letter
    for path, entry in listed.items():
        data = (out / path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
        assert SAFE_PATH.match(path), path  # never the applicant's file name
    originals = case["originals"]
    assert isinstance(originals, dict)
    assert (out / "documents/01-passport_scan.pdf").read_bytes() == originals["passport_scan"]
    assert (out / "documents/02-photo.jpg").read_bytes() == originals["photo"]
    letter = load_letter(db, "officer.a", str(case["letter"]))
    assert (out / f"letters/{letter.reference}-refusal.pdf").read_bytes() == letter.pdf

    summary = _text((out / "summary.pdf").read_bytes())
    assert "KV-BUN-1" in summary and "Passport" in summary
    hidden_parts = (NOTE[:20], "officer.a", "officer.b", "supervisor.s", "reentry_ban",
                    "re-entry ban", REFUSAL_REASONING[:25])  # fmt: skip
    for hidden in hidden_parts:
        assert hidden not in summary, hidden
    assert [r["part"] for r in manifest["redacted"]] == ["screening", "notes", "officers"]
    assert all(r["why"] == REDACTIONS[r["part"]][1] for r in manifest["redacted"])
    assert manifest["made_by"] == "(redacted)" and manifest["case"] == report.case_ref
    assert manifest["purpose"] == "access request of 2026-11-02"
    readable = (out / "manifest.txt").read_text(encoding="utf-8")
    assert "Internal notes" in readable and listed["summary.pdf"]["sha256"] in readable

    (event,) = _events(db)
    assert event.officer == "officer.b" and event.case_id == case["id"]
    assert event.details["redacted"] == ["screening", "notes", "officers"]
    assert event.details["files"] == 4


def test_unredacted_summary_carries_what_the_redacted_one_leaves_out(
    db: Database, tmp_path: Path, case: dict[str, object]
) -> None:
    out = tmp_path / "full"
    make_bundle(db, "officer.b", case["id"], out)
    summary = _text((out / "summary.pdf").read_bytes())
    assert NOTE[:20] in summary and "Barred from re-entry" in summary and "officer.a" in summary
    # The decision with its ground and reasoning, the letter by its reference, the checklist.
    flat = " ".join(summary.split())
    assert "K-REF-01" in flat and REFUSAL_REASONING[:25] in flat and "re-entry ban" in flat
    assert str(case["letter"]) in flat and "supervisor.s" in flat
    assert "Passport scan" in flat and "Application form" in flat
    assert "passport_scan" not in flat and "reentry_ban" not in flat
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["made_by"] == "officer.b" and manifest["redacted"] == []


def test_refusals_write_nothing(db: Database, tmp_path: Path, case: dict[str, object]) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(InvalidInput, match="not empty"):
        make_bundle(db, "officer.b", find_case_id(db, "KV-BUN-1"), busy)
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]
    with pytest.raises(InvalidInput, match="unknown redaction 'names'"):
        make_bundle(db, "officer.b", find_case_id(db, "KV-BUN-1"), tmp_path / "b", ("names",))
    with pytest.raises(PermissionRefused):
        make_bundle(db, "test.admin", find_case_id(db, "KV-BUN-1"), tmp_path / "c")
    empty = tmp_path / "empty"
    empty.mkdir()  # an empty folder is fine: the bundle takes its place
    make_bundle(db, "officer.b", find_case_id(db, "KV-BUN-1"), empty)
    assert (empty / "manifest.json").is_file()
    assert len(_events(db)) == 1


def test_damaged_document_or_cancel_leaves_nothing(
    db: Database, tmp_path: Path, case: dict[str, object]
) -> None:
    target = tmp_path / "out" / "bundle"
    with pytest.raises(ExportCancelled):
        make_bundle(db, "officer.b", find_case_id(db, "KV-BUN-1"), target, cancelled=lambda: True)
    photo = next(
        d for d in list_documents(db, "test.officer", int(str(case["id"]))) if d.doc_type == "photo"
    )
    assert photo.sha256 is not None
    damage(db, photo.sha256)
    with pytest.raises(DocumentDamaged):
        make_bundle(db, "officer.b", find_case_id(db, "KV-BUN-1"), target)
    assert list((tmp_path / "out").iterdir()) == []  # no bundle, no half-written temp folder
    assert _events(db) == []


def test_cli_bundle(db: Database, tmp_path: Path, case: dict[str, object]) -> None:
    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        args = build_parser().parse_args(["--db-url", db.url, "--user", "officer.cli", *argv])
        return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()

    target = tmp_path / "cli-bundle"
    code, out, err = run(
        "bundle", "KV-BUN-1", "--out", str(target), "--redact", "notes", "--redact", "officers"
    )
    assert code == 0, err
    assert f"written to {target}: 4 files" in out and "redacted: notes, officers" in out
    code, _, err = run("bundle", "KV-BUN-1", "--out", str(target))
    assert code == 2 and "not empty" in err
    code, _, err = run("bundle", "KV-BUN-1", "--out", str(tmp_path / "x"), "--redact", "all")
    assert code == 2 and "unknown redaction" in err
    assert [e.details["redacted"] for e in _events(db)] == [["notes", "officers"]]
