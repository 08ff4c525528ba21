"""The signed outbox: batches exported, verified, tampered with and caught, corrected,
written again byte for byte, and checked by the real openssl where it is installed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.decisions.letter_certs import post_certificates, remove_certificate
from kvisa_desk.core.decisions.letters import issue_letter
from kvisa_desk.core.errors import Conflict, PermissionRefused
from kvisa_desk.core.exchange.outbox import export_batch, rewrite_batch
from kvisa_desk.core.exchange.verify import verify_batch
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditHead, CaseEvent
from tests.exchange.exchange_support import (
    ADMIN,
    DAY,
    decided_post,
    records_of,
    run_cli,
    tree_bytes,
)

pytestmark = pytest.mark.backend


def _certificate(db: Database, post: str, folder: Path) -> Path:
    (cert,) = [c for c in post_certificates(db, ADMIN) if c.post == post]
    path = folder / f"{post}.pem"
    path.write_text(cert.info.pem, encoding="ascii")
    return path


def test_a_batch_holds_every_decision_once_and_verifies(db: Database, tmp_path: Path) -> None:
    made = decided_post(db, tmp_path / "work")
    post = made["post"]
    batch = export_batch(db, "officer.a", tmp_path / "out")
    assert batch is not None and batch.number == 1 and batch.post == post
    assert (batch.records, batch.cases, batch.letters, batch.withdrawals) == (5, 5, 4, 1)
    assert batch.folder == tmp_path / "out" / f"decisions-{post}-000001"
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]

    records = {r["outcome"]: r for r in records_of(batch.folder)}
    assert set(records) == {
        "approved",
        "refused",
        "documents_requested",
        "interview_invited",
        "withdrawn",
    }
    approved = records["approved"]
    assert approved["schema"] == "kvisa-decision/1" and approved["batch"] == 1
    assert approved["application_id"] == "KV-OUT-APP" and approved["post"] == post
    assert approved["visa"] == {"entries": "multiple", "validity_days": 180, "stay_days": 90}
    letter = made["letters"]["approval"]
    assert approved["letter"]["reference"] == letter.reference
    assert approved["letter"]["sha256"] == letter.pdf_sha256
    assert (batch.folder / approved["letter"]["file"]).read_bytes() == letter.pdf
    requested = records["documents_requested"]
    assert requested["reply_by"] == "2026-04-08"
    assert requested["requested_documents"] == ["transcript", "Letter from the host laboratory"]
    assert records["interview_invited"]["interview"] == {
        "at": "2026-03-23T10:30",
        "place": "Visa Section, London",
    }
    assert records["withdrawn"]["letter"] is None
    assert records["refused"]["visa"] is None and records["refused"]["correction_of"] is None

    # Never the screening facts, the grounds or the reasoning (Law Art. 21).
    text = (batch.folder / "decisions.jsonl").read_text(encoding="utf-8")
    for secret in ("K-REF-01", "reentry", "screening", "re-entry ban", "grounds", "reasoning"):
        assert secret not in text

    check = verify_batch(batch.folder, [_certificate(db, post, tmp_path).read_text()])
    assert check.intact, check.problems
    assert (check.batch, check.records, check.post) == (1, 5, post)

    # Nothing new: no second batch; each decision went out once.
    assert export_batch(db, "officer.a", tmp_path / "out") is None


def test_the_manifest_names_the_audit_head_and_the_export_is_audited(
    db: Database, tmp_path: Path
) -> None:
    decided_post(db, tmp_path / "work")
    batch = export_batch(db, "officer.a", tmp_path / "out")
    assert batch is not None
    manifest = json.loads((batch.folder / "manifest.json").read_bytes())
    with db.read() as session:
        event = session.scalar(select(CaseEvent).where(CaseEvent.kind == "decisions_exported"))
        head = session.get(AuditHead, 1)
    assert event is not None and head is not None
    assert event.details["batch"] == 1 and event.details["cases"] == 5
    assert manifest["audit_head"] == {"event_id": event.id, "hash": event.hash}
    assert manifest["previous_batch"] is None
    paths = [f["path"] for f in manifest["files"]]
    assert paths[0] == "decisions.jsonl" and len(paths) == 5
    assert all(p.startswith("letters/") for p in paths[1:])
    assert verify_chain(db).ok


@pytest.mark.parametrize(
    "tamper",
    ["letter changed", "record removed", "manifest edited", "letter removed", "file added"],
)
def test_a_tampered_batch_is_refused_naming_what_is_wrong(
    db: Database, tmp_path: Path, tamper: str
) -> None:
    made = decided_post(db, tmp_path / "work")
    batch = export_batch(db, "officer.a", tmp_path / "out")
    assert batch is not None
    folder = batch.folder
    cert = _certificate(db, made["post"], tmp_path)
    letter = next((folder / "letters").iterdir())
    if tamper == "letter changed":
        data = bytearray(letter.read_bytes())
        data[len(data) // 2] ^= 0x01
        letter.write_bytes(bytes(data))
        expected = f"letters/{letter.name} differs from the manifest"
    elif tamper == "record removed":
        lines = (folder / "decisions.jsonl").read_text(encoding="utf-8").splitlines(True)
        (folder / "decisions.jsonl").write_text("".join(lines[1:]), encoding="utf-8")
        expected = "decisions.jsonl differs from the manifest"
    elif tamper == "manifest edited":
        manifest = folder / "manifest.json"
        manifest.write_bytes(manifest.read_bytes().replace(b'"records": 5', b'"records": 4'))
        expected = "manifest.json is not the file that was signed"
    elif tamper == "letter removed":
        letter.unlink()
        expected = f"letters/{letter.name} is listed in the manifest but missing"
    else:
        (folder / "letters" / "extra.pdf").write_bytes(b"%PDF-1.7 not ours")
        expected = "letters/extra.pdf is not listed in the manifest"

    check = verify_batch(folder, [cert.read_text()])
    assert not check.intact
    assert any(expected in problem for problem in check.problems), check.problems

    code, out, err = run_cli(db, "outbox", "verify", str(folder), "--cert", str(cert))
    assert code == 1 and "NOT intact" in out
    assert expected in err


def test_a_batch_signed_by_another_certificate_is_not_trusted(db: Database, tmp_path: Path) -> None:
    from kvisa_desk.pdf.signing import load_signing_key, make_self_signed

    decided_post(db, tmp_path / "work")
    batch = export_batch(db, "officer.a", tmp_path / "out")
    assert batch is not None
    stranger = load_signing_key(make_self_signed("Someone else", "Elsewhere", b"pw"), b"pw")
    check = verify_batch(batch.folder, [stranger.info.pem])
    assert not check.intact
    assert "not a trusted certificate" in check.problems[0]


def test_corrections_go_out_in_a_later_batch_naming_what_they_replace(
    db: Database, tmp_path: Path
) -> None:
    made = decided_post(db, tmp_path / "work")
    first = export_batch(db, "officer.a", tmp_path / "out")
    assert first is not None
    old = made["letters"]["approval"]
    correction = issue_letter(
        db, "officer.b", made["cases"]["approval"], replaces=old.reference, today=DAY
    )
    second = export_batch(db, "officer.a", tmp_path / "out")
    assert second is not None and second.number == 2
    (record,) = records_of(second.folder)
    assert record["correction_of"] == old.reference
    assert record["letter"]["reference"] == correction.reference
    assert record["outcome"] == "approved" and record["batch"] == 2
    assert (second.records, second.corrections) == (1, 1)
    manifest = json.loads((second.folder / "manifest.json").read_bytes())
    first_manifest = (first.folder / "manifest.json").read_bytes()
    import hashlib

    assert manifest["previous_batch"] == {
        "batch": 1,
        "manifest_sha256": hashlib.sha256(first_manifest).hexdigest(),
    }
    cert = _certificate(db, made["post"], tmp_path).read_text()
    assert verify_batch(second.folder, [cert]).intact


def test_a_letter_replaced_before_it_was_sent_goes_out_only_as_its_correction(
    db: Database, tmp_path: Path
) -> None:
    made = decided_post(db, tmp_path / "work")
    old = made["letters"]["refusal"]
    correction = issue_letter(
        db, "officer.b", made["cases"]["refusal"], replaces=old.reference, today=DAY
    )
    batch = export_batch(db, "officer.a", tmp_path / "out")
    assert batch is not None
    references = [r["letter"]["reference"] for r in records_of(batch.folder) if r["letter"]]
    assert old.reference not in references and correction.reference in references


def test_batch_n_is_written_again_byte_for_byte(db: Database, tmp_path: Path) -> None:
    decided_post(db, tmp_path / "work")
    batch = export_batch(db, "officer.a", tmp_path / "out")
    assert batch is not None
    again = rewrite_batch(db, "supervisor.s", tmp_path / "again", 1)
    assert again.rewritten and again.folder.name == batch.folder.name
    assert tree_bytes(again.folder) == tree_bytes(batch.folder)
    with db.read() as session:
        kinds = list(
            session.scalars(
                select(CaseEvent.kind).where(
                    CaseEvent.kind.in_(("decisions_exported", "decisions_rewritten"))
                )
            )
        )
    assert kinds == ["decisions_exported", "decisions_rewritten"]
    with pytest.raises(Conflict, match="already exists"):
        rewrite_batch(db, "officer.a", tmp_path / "again", 1)

    code, _out, err = run_cli(
        db, "outbox", "export", "--batch", "1", "--out", str(tmp_path / "cli")
    )
    assert (code, err) == (0, ""), err
    assert tree_bytes(tmp_path / "cli" / batch.folder.name) == tree_bytes(batch.folder)
    code, _out, err = run_cli(
        db, "outbox", "export", "--batch", "7", "--out", str(tmp_path / "none")
    )
    assert code == 4 and "no batch 7" in err


def test_no_certificate_no_batch_and_nothing_half_written(db: Database, tmp_path: Path) -> None:
    made = decided_post(db, tmp_path / "work")
    remove_certificate(db, ADMIN, made["post"])
    with pytest.raises(Conflict, match="no letter certificate"):
        export_batch(db, "officer.a", tmp_path / "out")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    with db.read() as session:
        assert (
            session.scalar(select(CaseEvent.id).where(CaseEvent.kind == "decisions_exported"))
            is None
        )


def test_administrators_may_not_export(db: Database, tmp_path: Path) -> None:
    decided_post(db, tmp_path / "work")
    with pytest.raises(PermissionRefused):
        export_batch(db, ADMIN, tmp_path / "out")


def test_cli_export_verify_and_administrator_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = decided_post(db, tmp_path / "work")
    out = tmp_path / "out"
    code, text, err = run_cli(db, "outbox", "export", "--since-last", "--out", str(out))
    assert (code, err) == (0, ""), err
    folder = out / f"decisions-{made['post']}-000001"
    assert f"batch 1 of {made['post']} written: {folder}" in text
    code, text, _ = run_cli(db, "outbox", "export", "--out", str(out))
    assert code == 0 and "nothing new to send" in text

    # Without --cert: the certificates this database recorded.
    code, text, err = run_cli(db, "outbox", "verify", str(folder))
    assert (code, err) == (0, "") and "intact: batch 1" in text
    # With --cert: no database, no sign-in needed.
    cert = _certificate(db, made["post"], tmp_path)
    monkeypatch.delenv("KVISA_PASSWORD")
    code, text, err = run_cli(db, "outbox", "verify", str(folder), "--cert", str(cert), "--json")
    assert code == 0 and json.loads(text)["intact"] is True

    monkeypatch.setenv("KVISA_PASSWORD", "test password 123")
    monkeypatch.setenv("KVISA_USER", ADMIN)
    code, _text, err = run_cli(db, "outbox", "export", "--out", str(tmp_path / "admin"))
    assert code == 3 and "may not export case data" in err


def test_openssl_accepts_the_signature_and_refuses_an_edited_manifest(
    db: Database, tmp_path: Path
) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    made = decided_post(db, tmp_path / "work")
    batch = export_batch(db, "officer.a", tmp_path / "out")
    assert batch is not None
    cert = _certificate(db, made["post"], tmp_path)

    def openssl_verify() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", str(batch.folder / "manifest.json.sig"),
                "-content", str(batch.folder / "manifest.json"),
                "-CAfile", str(cert), "-purpose", "any", "-out", "/dev/null",
            ],
            capture_output=True,
            text=True,
        )  # fmt: skip

    accepted = openssl_verify()
    assert accepted.returncode == 0, accepted.stderr
    assert "Verification successful" in accepted.stderr
    manifest = batch.folder / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"batch": 1', b'"batch": 2'))
    refused = openssl_verify()
    assert refused.returncode != 0 and "Verification failure" in refused.stderr
