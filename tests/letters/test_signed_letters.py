"""Letters signed with the post's certificate (PAdES): issued signed, kept and reprinted byte
for byte, verified (hash and signature), and a changed byte caught by both checks."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.decisions.letter_certs import (
    ENV_PASSPHRASE,
    check_letter_signature,
    ensure_demo_certificates,
    generate_certificate,
    import_certificate,
    is_demo_case,
    key_folder,
    post_certificates,
    remove_certificate,
    sign_for_post,
)
from kvisa_desk.core.decisions.letters import (
    issue_letter,
    letter_count,
    load_letter,
    reprint,
    verify_letter,
)
from kvisa_desk.core.errors import Conflict, InvalidInput, PermissionRefused
from kvisa_desk.pdf.signing import check_signature, make_self_signed
from kvisa_desk.pdf.verify import pdf_sha256, read_letter_qr_payload
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, format_case_ref
from kvisa_desk.vocab import DEMO_ACTOR
from tests.decisions.decisions_support import (
    assert_not_blank,
    flat,
    pdf_text,
    qpdf_check,
    refused_case,
    to_pngs,
)

pytestmark = pytest.mark.backend

DAY = date(2026, 3, 9)
ADMIN = "test.admin"


def _post_of(db: Database, case_id: int) -> str:
    with db.read() as session:
        return str(session.scalar(select(Case.post).where(Case.id == case_id)))


def _pyhanko_status(pdf: bytes, pem: str):  # type: ignore[no-untyped-def]
    """pyHanko's own verdict on the file's one signature, trusting only PEM."""
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509

    der = asn1_pem.unarmor(pem.encode("ascii"))[2]
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)], allow_fetching=False)
    signatures = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    assert len(signatures) == 1
    return validate_pdf_signature(signatures[0], context)


def test_a_signed_letter_verifies_and_a_changed_byte_fails_both_checks(
    db: Database, tmp_path: Path
) -> None:
    case_id, _decision = refused_case(db, tmp_path, "KV-SIG-1")
    post = _post_of(db, case_id)
    cert = generate_certificate(db, ADMIN, post)
    assert cert.key_here and cert.post == post
    issued = issue_letter(db, "officer.a", case_id, today=DAY)

    # pyHanko validates the signature in the bytes the database stores.
    stored = load_letter(db, "officer.a", issued.reference).pdf
    assert stored == issued.pdf and issued.pdf_sha256 == pdf_sha256(stored)
    status = _pyhanko_status(stored, cert.info.pem)
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.signing_cert.sha256.hex() == cert.info.fingerprint
    # Reprints are the same signed bytes; the QR payload and the text are still there.
    assert reprint(db, "officer.b", issued.reference) == stored
    assert read_letter_qr_payload(stored) == (issued.reference, issued.content_digest)
    assert issued.reference in flat(pdf_text(stored))

    genuine = verify_letter(db, "officer.b", stored)
    assert genuine.genuine and genuine.signature is not None and genuine.signature.valid
    assert genuine.signature.signer == cert.info.common_name
    assert genuine.signature.signed_at is not None
    assert "signature valid: signed by" in genuine.message
    assert genuine.to_json()["signature"]["status"] == "valid"

    # One byte changed, in the page content, in the metadata, in the signature, at the end.
    contents = stored.index(b"/Contents <") + 40
    for position in (len(stored) // 3, stored.index(b"KVISA1:") + 40, contents, len(stored) - 3):
        changed = bytearray(stored)
        changed[position] ^= 0x01
        result = verify_letter(db, "officer.b", bytes(changed))
        assert result.status == "modified", (position, result.message)
        assert result.signature is not None and result.signature.status == "invalid", position
        assert "MODIFIED" in result.message and "signature INVALID" in result.message


def test_signed_letter_passes_qpdf_renders_and_poppler_accepts_the_signature(
    db: Database, tmp_path: Path
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-2", applicant__native_name="张伟")
    generate_certificate(db, ADMIN, _post_of(db, case_id), name="Visa Section letters")
    issued = issue_letter(db, "officer.a", case_id, language="en+zh", today=DAY)
    qpdf_check(issued.pdf, tmp_path)
    pages = to_pngs(issued.pdf, tmp_path, name="signed")
    assert len(pages) == issued.pages >= 1
    for page in pages:
        assert_not_blank(page)
    assert "张伟" in pdf_text(issued.pdf).replace(" ", "")
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) is not installed: qpdf and pyHanko checks only")
    path = tmp_path / "letter.pdf"
    path.write_bytes(issued.pdf)
    shown = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in shown, shown
    assert "Visa Section letters" in shown and "ETSI.CAdES.detached" in shown
    assert "Total document signed" in shown


def test_without_a_certificate_letters_are_issued_unsigned_as_before(
    db: Database, tmp_path: Path
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-3")
    issued = issue_letter(db, "officer.a", case_id, today=DAY)
    assert b"/ByteRange" not in issued.pdf and b"/Sig" not in issued.pdf
    assert check_signature(issued.pdf, []).status == "not signed"
    result = verify_letter(db, "officer.b", issued.pdf)
    assert result.genuine and result.signature is not None
    assert result.signature.status == "not signed" and result.message.endswith("; not signed")


def test_a_missing_key_refuses_to_issue_rather_than_issue_unsigned(
    db: Database, tmp_path: Path
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-4")
    post = _post_of(db, case_id)
    cert = generate_certificate(db, ADMIN, post)
    mode = stat.S_IMODE(cert.key_file.stat().st_mode)
    assert mode == 0o600 and stat.S_IMODE(cert.key_file.parent.stat().st_mode) == 0o700
    cert.key_file.rename(tmp_path / "elsewhere.p12")
    with pytest.raises(Conflict, match="its key is not on this computer"):
        issue_letter(db, "officer.a", case_id, today=DAY)
    assert letter_count(db, post.upper(), DAY.year) == 0  # the number was given back
    (tmp_path / "elsewhere.p12").rename(cert.key_file)
    assert issue_letter(db, "officer.a", case_id, today=DAY).reference.endswith("000001")


def test_import_replace_and_remove_keep_earlier_letters_verifiable(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    first_case, _ = refused_case(db, tmp_path, "KV-SIG-5")
    second_case, _ = refused_case(db, tmp_path, "KV-SIG-6")
    third_case, _ = refused_case(db, tmp_path, "KV-SIG-7")
    post = _post_of(db, first_case)
    p12 = make_self_signed("Consulate letters 2026", "Consulate", b"correct horse")
    with pytest.raises(InvalidInput, match="passphrase is wrong"):
        import_certificate(db, ADMIN, post, p12, b"wrong horse")
    with pytest.raises(PermissionRefused):
        import_certificate(db, "officer.a", post, p12, b"correct horse")
    imported = import_certificate(db, ADMIN, post, p12, b"correct horse")
    assert imported.info.common_name == "Consulate letters 2026"
    first = issue_letter(db, "officer.a", first_case, today=DAY)

    # Another certificate needs --replace; letters signed with the old one still verify.
    with pytest.raises(Conflict, match="--replace"):
        generate_certificate(db, ADMIN, post)
    renewed = generate_certificate(db, ADMIN, post, name="Consulate letters 2027", replace=True)
    second = issue_letter(db, "officer.a", second_case, today=DAY)
    assert _pyhanko_status(second.pdf, renewed.info.pem).trusted
    for letter, signer in ((first, "Consulate letters 2026"), (second, "Consulate letters 2027")):
        result = verify_letter(db, "officer.b", letter.pdf)
        assert result.genuine and result.signature is not None and result.signature.valid
        assert result.signature.signer == signer

    remove_certificate(db, ADMIN, post)
    assert [c.post for c in post_certificates(db, ADMIN)] == []
    third = issue_letter(db, "officer.a", third_case, today=DAY)
    assert check_signature(third.pdf, []).status == "not signed"
    again = verify_letter(db, "officer.b", first.pdf)
    assert again.signature is not None and again.signature.valid
    assert verify_chain(db).ok


def test_a_letter_signed_by_an_unknown_certificate_is_not_trusted(
    db: Database, tmp_path: Path
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-8")
    post = _post_of(db, case_id)
    ours = generate_certificate(db, ADMIN, post)
    issued = issue_letter(db, "officer.a", case_id, today=DAY)
    # The same file judged by someone who trusts only another certificate.
    other = make_self_signed("Impostor", "Nobody", b"x")
    from kvisa_desk.pdf.signing import load_signing_key

    stranger = load_signing_key(other, b"x").info.pem
    assert check_signature(issued.pdf, [stranger]).status == "untrusted"
    assert check_signature(issued.pdf, [ours.info.pem]).status == "valid"
    assert "NOT TRUSTED" in check_signature(issued.pdf, [stranger]).describe()


def _cli(db: Database, user: str, *argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, "--user", user, *argv])
    if stdin is not None:
        import sys

        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
        try:
            code = dispatch(CliContext(args, out=out, err=err))
        finally:
            sys.stdin = old
    else:
        code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def test_cli_generate_import_show_remove_never_print_the_passphrase(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    code, out, err = _cli(db, "officer.a", "letters-cert", "generate", "--post", "LON")
    assert code == 3 and "may not" in err
    code, out, err = _cli(db, ADMIN, "letters-cert", "generate", "--post", "LON")
    assert (code, err) == (0, ""), err
    assert out.startswith("LON: letters are signed with CN=") and "SHA-256 fingerprint" in out
    generated = post_certificates(db, ADMIN)[0]
    secret = (generated.key_file.with_suffix(".passphrase")).read_bytes()
    assert len(secret) >= 32 and secret.decode() not in out

    pfx = tmp_path / "post.p12"
    pfx.write_bytes(make_self_signed("Paris letters", "Embassy", b"s3cret phrase"))
    code, out, err = _cli(
        db,
        ADMIN,
        "letters-cert",
        "import",
        str(pfx),
        "--post",
        "PAR",
        "--passphrase-stdin",
        stdin=b"wrong\n",
    )
    assert code == 2 and "passphrase is wrong" in err and "wrong" not in err.replace("is wrong", "")
    code, out, err = _cli(
        db,
        ADMIN,
        "letters-cert",
        "import",
        str(pfx),
        "--post",
        "PAR",
        "--passphrase-stdin",
        stdin=b"s3cret phrase\n",
    )
    assert (code, err) == (0, "")
    assert "Paris letters" in out and "s3cret" not in out
    code, out, _ = _cli(db, "officer.a", "letters-cert", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and [c["post"] for c in shown] == ["LON", "PAR"]
    assert all(c["key_here"] for c in shown) and "s3cret" not in out
    code, out, _ = _cli(db, ADMIN, "letters-cert", "remove", "--post", "PAR")
    assert code == 0 and "unsigned from now on" in out
    code, _, err = _cli(db, ADMIN, "letters-cert", "remove", "--post", "PAR")
    assert code == 4 and "no letter certificate" in err
    # Neither passphrase reaches a log file or the audit trail.
    logs = [p for p in Path(os.environ["KVISA_DATA_DIR"]).rglob("*.log*")]
    for log in logs:
        text = log.read_text("utf-8", "replace")
        assert "s3cret" not in text and secret.decode() not in text
    with db.read() as session:
        from kvisa_desk.store.models import CaseEvent

        details = session.scalars(select(CaseEvent.details)).all()
    assert not any("s3cret" in json.dumps(d) or secret.decode() in json.dumps(d) for d in details)


def test_a_demo_certificate_never_signs_a_real_cases_letter(db: Database, tmp_path: Path) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-9")  # a real case, imported from a file
    post = _post_of(db, case_id).upper()
    assert ensure_demo_certificates(db, DEMO_ACTOR) == []  # no demo case: no demo certificate
    made = ensure_demo_certificates(db, DEMO_ACTOR, [post])
    assert [(c.post, c.demo) for c in made] == [(post, True)]
    assert ensure_demo_certificates(db, DEMO_ACTOR, [post]) == []  # once only
    assert made[0].key_file.parent == key_folder(db)
    assert post_certificates(db, ADMIN) == []  # not the post's own certificate
    # Refused in words, before a number is taken: as if the post had none to sign with.
    with pytest.raises(Conflict, match=f"post {post} has no letter certificate: an administrator"):
        issue_letter(db, "officer.a", case_id, today=DAY)
    assert letter_count(db, post, DAY.year) == 0
    # The post's real certificate goes in without --replace, and it signs the real letter.
    real = generate_certificate(db, ADMIN, post)
    issued = issue_letter(db, "officer.a", case_id, today=DAY)
    signature = verify_letter(db, "officer.b", issued.pdf).signature
    assert signature is not None and signature.valid
    assert signature.fingerprint == real.info.fingerprint != made[0].info.fingerprint


def test_a_demo_cases_letter_is_signed_with_the_demo_certificate(db: Database) -> None:
    from kvisa_desk.demo.cases import load_demo_cases
    from kvisa_desk.demo.specimens import specimen

    load_demo_cases(db, 12, 5, "officer.a")
    demo = {c.post: c for c in post_certificates(db, ADMIN, demo=True)}
    assert demo and all(c.demo for c in demo.values())
    assert post_certificates(db, ADMIN) == []  # none of them is a post's own certificate
    pdf = specimen("application_form")[0]
    with db.read() as session:
        case_id, post = session.execute(select(Case.id, Case.post).order_by(Case.id)).first()  # type: ignore[misc]
        ref = format_case_ref(case_id)
        assert is_demo_case(session, ref) and not is_demo_case(session, "C9999999")
        signed = sign_for_post(db, session, post, pdf, reason="test", case_ref=ref)
        check = check_letter_signature(session, signed)
        assert check.valid and check.fingerprint == demo[post].info.fingerprint
        # The same post, a case that is not the demo's: refused, never signed by it.
        with pytest.raises(Conflict, match=f"post {post} has no letter certificate"):
            sign_for_post(db, session, post, pdf, reason="test", case_ref="C9999999")


def _authority_issued_p12(passphrase: bytes) -> bytes:
    """An RSA key with a certificate issued by a test authority, the authority's
    certificate in the file too: what a post gets from its certification authority."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def usage(sign_certs: bool) -> x509.KeyUsage:
        return x509.KeyUsage(
            digital_signature=True,
            content_commitment=not sign_certs,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=sign_certs,
            crl_sign=sign_certs,
            encipher_only=False,
            decipher_only=False,
        )

    now = datetime.now(UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Test Authority"))
        .issuer_name(name("Test Authority"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=400))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(usage(True), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(name("Embassy letters (issued)"))
        .issuer_name(name("Test Authority"))
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage(False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"letters", key, leaf, [ca], serialization.BestAvailableEncryption(passphrase)
    )


def test_a_certificate_from_the_posts_authority_signs_and_verifies(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The passphrase from the environment: nothing is written beside the key.
    monkeypatch.setenv(ENV_PASSPHRASE, "from the environment")
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-10")
    cert = import_certificate(
        db,
        ADMIN,
        _post_of(db, case_id),
        _authority_issued_p12(b"from the environment"),
        b"from the environment",
    )
    assert not cert.key_file.with_suffix(".passphrase").exists()
    issued = issue_letter(db, "officer.a", case_id, today=DAY)
    status = _pyhanko_status(issued.pdf, cert.info.pem)
    assert status.bottom_line and status.signing_cert.sha256.hex() == cert.info.fingerprint
    result = verify_letter(db, "officer.b", issued.pdf)
    assert result.genuine and result.signature is not None and result.signature.valid
    assert result.signature.signer == "Embassy letters (issued)"
    # Without the passphrase this computer cannot sign: refused, not issued unsigned.
    monkeypatch.setenv(ENV_PASSPHRASE, "not it")
    second, _ = refused_case(db, tmp_path, "KV-SIG-11")
    with pytest.raises(Conflict, match="passphrase is wrong"):
        issue_letter(db, "officer.a", second, today=DAY)


def test_cli_letter_and_verify_letter_report_the_signature(db: Database, tmp_path: Path) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-12")
    generate_certificate(db, ADMIN, _post_of(db, case_id), name="CLI post letters")
    out_file = tmp_path / "refusal.pdf"
    code, out, err = _cli(db, "officer.a", "letter", str(case_id), "--out", str(out_file))
    assert (code, err) == (0, ""), err
    code, out, err = _cli(db, "officer.b", "verify-letter", str(out_file))
    assert (code, err) == (0, "")
    assert "genuine and unchanged" in out and "signature valid: signed by CLI post letters" in out
    code, out, _ = _cli(db, "officer.b", "verify-letter", str(out_file), "--json")
    signature = json.loads(out)["signature"]
    assert code == 0 and signature["status"] == "valid" and signature["signed_at"]
    changed = bytearray(out_file.read_bytes())
    changed[len(changed) // 2] ^= 0x20
    out_file.write_bytes(bytes(changed))
    code, out, err = _cli(db, "officer.b", "verify-letter", str(out_file))
    assert (code, out) == (1, "") and "MODIFIED" in err and "signature INVALID" in err


def _old_demo_load(db: Database, loader: str, case_id: int, posts: list[str]) -> None:
    """What the demo loader recorded before its certificates were marked demo: its last
    step (the specimens attached from "demo", under the officer who loaded it), then one
    generated certificate per post, in order, under that officer, unmarked."""
    from kvisa_desk.core.accounts.history import record_event
    from kvisa_desk.core.decisions import letter_certs

    with db.write() as session:
        record_event(session, loader, "documents_attached", case_id, source="demo", specimens=True)
    with db.write() as session:
        for post in sorted(posts):
            letter_certs._generate(db, session, loader, post, days=3650, name=None)


def test_a_demo_certificate_from_before_the_mark_is_known_and_signs_no_real_letter(
    db: Database, tmp_path: Path
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-SIG-OLD")  # a real case
    post = _post_of(db, case_id).upper()
    _old_demo_load(db, "officer.a", case_id, [post])
    assert post_certificates(db, ADMIN) == []  # not the post's own certificate
    (old,) = post_certificates(db, ADMIN, demo=True)
    assert old.post == post and old.demo and old.info.common_name.startswith(f"{post} decision")
    with pytest.raises(Conflict, match=f"post {post} has no letter certificate: an administrator"):
        issue_letter(db, "officer.a", case_id, today=DAY)
    assert ensure_demo_certificates(db, DEMO_ACTOR, [post]) == []  # it is the post's demo one
    # The post's real certificate goes in without --replace and signs; the trail is intact.
    real = generate_certificate(db, ADMIN, post)
    assert [c.info.fingerprint for c in post_certificates(db, ADMIN)] == [real.info.fingerprint]
    signature = verify_letter(db, "officer.b", issue_letter(db, "officer.a", case_id).pdf).signature
    assert signature is not None and signature.fingerprint == real.info.fingerprint
    assert verify_chain(db).ok


def test_a_generated_certificate_not_of_the_old_demo_shape_stays_the_posts_own(
    db: Database, tmp_path: Path
) -> None:
    from kvisa_desk.core.accounts.history import record_event
    from kvisa_desk.core.decisions import letter_certs

    case_id, _ = refused_case(db, tmp_path, "KV-SIG-NEW")
    post = _post_of(db, case_id).upper()
    # Another account generated it just after a demo step: not the loader's own run.
    with db.write() as session:
        record_event(
            session, "officer.a", "documents_attached", case_id, source="demo", specimens=True
        )
    with db.write() as session:
        letter_certs._generate(db, session, ADMIN, post, days=3650, name=None)
    assert [c.post for c in post_certificates(db, ADMIN)] == [post]
    # The same account, but something else was recorded in between (a generate at another
    # moment); and a run naming a post with no cases: neither is the loader's.
    _old_demo_load(db, "officer.a", case_id, ["ZZZ"])
    with db.write() as session:
        record_event(session, ADMIN, "note_added", case_id)
        letter_certs._generate(db, session, ADMIN, "ZZY", days=3650, name=None)
    assert sorted(c.post for c in post_certificates(db, ADMIN)) == [post, "ZZY", "ZZZ"]
    assert post_certificates(db, ADMIN, demo=True) == []
