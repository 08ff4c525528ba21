"""Signed checkpoints of the audit head, kept where an editor of the database cannot reach.

Whoever can write the database can edit an event and recompute every hash after it: the
chain then verifies. A checkpoint remembers the head outside the database. `audit
checkpoint --out FILE` writes, as one JSON file:

    {"format": "kvisa-desk audit checkpoint 1",
     "statement": {"event_id", "hash", "time", "events", "cases", "decisions", "letters",
                   "post", "written_by"},
     "signature": {"algorithm", "value" (base64), "certificate" (PEM), "fingerprint"}}

The signature is over the statement's canonical JSON (sorted keys, no spaces, UTF-8), made
with the post's letter key (the key behind its letter certificate, see
core.decisions.letter_certs): ECDSA with SHA-256 for an EC key, RSA PKCS#1 v1.5 with SHA-256
for an RSA key. A raw signature with the certificate beside it, rather than CMS, because the
cryptography library signs CMS but cannot verify it; this verifies with the certificate alone.

`audit verify --against FILE…` checks each file: its signature with the certificate in it,
that certificate is one the database recorded for a post, and the chain still holds the
head as it was (the event at that id exists, with that hash, and as many events up to it).
The checkpoint is itself an event (`audit_checkpoint`), the head it states.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.audit import HEAD_ID
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.decisions.letter_certs import post_signing_key, recorded_certificates
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.pdf.signing import certificate_info
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_write
from kvisa_desk.store.models import AuditHead, Case, CaseEvent
from kvisa_desk.store.models.decisions import Decision, IssuedLetter

FORMAT = "kvisa-desk audit checkpoint 1"
KIND = "audit_checkpoint"
MAX_FILE_BYTES = 1_000_000


def _canonical(statement: dict[str, Any]) -> bytes:
    return json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _sign(private_key: Any, data: bytes) -> tuple[str, bytes]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        return "ecdsa-sha256", bytes(private_key.sign(data, ec.ECDSA(hashes.SHA256())))
    if isinstance(private_key, rsa.RSAPrivateKey):
        return "rsa-pkcs1v15-sha256", bytes(
            private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        )
    raise InvalidInput("the post's key is neither RSA nor ECDSA: it cannot sign a checkpoint")


def _signature_holds(certificate_pem: str, algorithm: str, signature: bytes, data: bytes) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    public = x509.load_pem_x509_certificate(certificate_pem.encode("ascii")).public_key()
    try:
        if algorithm == "ecdsa-sha256" and isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif algorithm == "rsa-pkcs1v15-sha256" and isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _count(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


@dataclass(frozen=True)
class Checkpoint:
    path: Path
    event_id: int
    hash: str
    post: str
    fingerprint: str


def write_checkpoint(db: Database, actor: str, out: Path, post: str | None = None) -> Checkpoint:
    """Record the checkpoint, then write the signed statement of the head it makes to OUT.

    The file appears only whole, and only if the event was recorded; an existing file is
    never replaced (checkpoints are kept).
    """
    require_first(db, actor, Permission.VIEW_AUDIT)  # before the file is looked at
    out = Path(out)
    if out.exists():
        raise InvalidInput(f"{out} exists: checkpoints are kept, write this one to a new file")
    try:
        return _write(db, actor, out, post)
    except BaseException:
        out.unlink(missing_ok=True)
        raise


def _write(db: Database, actor: str, out: Path, post: str | None) -> Checkpoint:
    with db.write() as session:
        require(session, actor, Permission.VIEW_AUDIT)
        post, key = post_signing_key(db, session, post)
        record_event(session, actor, KIND, post=post, fingerprint=key.info.fingerprint)
        session.flush()
        head = session.get(AuditHead, HEAD_ID, populate_existing=True)
        assert head is not None  # record_event made it if it was missing
        statement = {
            "event_id": head.last_event_id,
            "hash": head.last_hash,
            "time": utcnow().isoformat(timespec="seconds"),
            "events": _count(session, CaseEvent),
            "cases": _count(session, Case),
            "decisions": _count(session, Decision),
            "letters": _count(session, IssuedLetter),
            "post": post,
            "written_by": actor,
        }
        algorithm, signature = _sign(key.private_key, _canonical(statement))
        document = {
            "format": FORMAT,
            "statement": statement,
            "signature": {
                "algorithm": algorithm,
                "value": base64.b64encode(signature).decode("ascii"),
                "certificate": key.info.pem,
                "fingerprint": key.info.fingerprint,
            },
        }
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        atomic_write(out, text.encode("utf-8"))
    return Checkpoint(out, head.last_event_id, head.last_hash, post, key.info.fingerprint)


@dataclass(frozen=True)
class CheckpointResult:
    path: Path
    holds: bool
    message: str


def _read(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(statement, signature) of a checkpoint file; InvalidInput saying what is wrong."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("it is far larger than a checkpoint")
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError(f"it does not say {FORMAT!r}")
        statement, signature = document["statement"], document["signature"]
        if not isinstance(statement, dict) or not isinstance(signature, dict):
            raise ValueError("its statement or signature is not an object")
        if type(statement.get("event_id")) is not int or not isinstance(statement.get("hash"), str):
            raise ValueError("its statement has no event id and hash")
        for name in ("algorithm", "value", "certificate"):
            if not isinstance(signature.get(name), str):
                raise ValueError(f"its signature has no {name}")
    except (ValueError, KeyError) as exc:  # UnicodeDecodeError and JSONDecodeError included
        raise InvalidInput(f"{path}: not an audit checkpoint of KVisa Desk: {exc}") from None
    return statement, signature


def check_checkpoint(db: Database, path: Path) -> CheckpointResult:
    """Whether the chain still holds the head FILE states, and the file is signed as it was."""
    path = Path(path)
    statement, signature = _read(path)
    try:
        value = base64.b64decode(signature["value"], validate=True)
        info = certificate_info(signature["certificate"])
        holds = _signature_holds(
            signature["certificate"], signature["algorithm"], value, _canonical(statement)
        )
    except ValueError:
        holds = False
    if not holds:
        return CheckpointResult(
            path, False, "its signature does not verify: the file was changed after signing"
        )
    event_id, digest = statement["event_id"], statement["hash"]
    with db.read() as session:
        known = {certificate_info(pem).fingerprint for pem in recorded_certificates(session)}
        stored = session.scalar(select(CaseEvent.hash).where(CaseEvent.id == event_id))
        up_to = session.scalar(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.id <= event_id)
        )
    what = f"the head of {statement.get('time', '?')} (event {event_id})"
    if stored is None:
        return CheckpointResult(
            path, False, f"{what} is no longer in the trail: events were deleted"
        )
    if stored != digest:
        return CheckpointResult(
            path, False, f"{what} has another hash now: the trail up to it was rewritten"
        )
    if "events" in statement and up_to != statement["events"]:
        return CheckpointResult(
            path,
            False,
            f"{what}: the trail holds {up_to} events up to it, the checkpoint "
            f"{statement['events']}: events were deleted or inserted",
        )
    # Only now: a rewritten trail may have lost the certificate's event too.
    if info.fingerprint not in known:
        return CheckpointResult(
            path,
            False,
            f"it is signed by {info.common_name!r}, a certificate this database "
            "never recorded for a post",
        )
    return CheckpointResult(
        path, True, f"holds {what}, signed for post {statement.get('post')} by {info.common_name}"
    )
