"""Checking a batch folder as the service centre would: `kvisa-desk outbox verify DIR`.

A batch is intact when `manifest.json.sig` is a valid detached signature of
`manifest.json` by a trusted certificate, every file the manifest lists is there with its
size and SHA-256, nothing else is there, and `decisions.jsonl` agrees with the manifest
(its records, cases and letters). Every problem is named, not only the first.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.decisions.letter_certs import recorded_certificates
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.core.exchange.cms import check_detached, issued_by
from kvisa_desk.core.exchange.decision_records import DECISION_SCHEMA, OUTCOMES, WITHDRAWN
from kvisa_desk.core.exchange.outbox import (
    DECISIONS_FILE,
    MANIFEST_FILE,
    MANIFEST_SCHEMA,
    SIGNATURE_FILE,
)
from kvisa_desk.store.engine import Database

_OUTCOMES = frozenset({*OUTCOMES.values(), WITHDRAWN})


@dataclass
class BatchCheck:
    """What `outbox verify` found: intact, or the problems it names."""

    folder: Path
    problems: list[str] = field(default_factory=list)
    post: str | None = None
    batch: int | None = None
    records: int = 0
    signer: str | None = None

    @property
    def intact(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "intact": self.intact,
            "post": self.post,
            "batch": self.batch,
            "records": self.records,
            "signer": self.signer,
            "problems": list(self.problems),
        }


def _safe_path(text: Any) -> bool:
    if not isinstance(text, str) or not text or "\\" in text or "\x00" in text:
        return False
    path = PurePosixPath(text)
    return not path.is_absolute() and ".." not in path.parts


def _read(path: Path, check: BatchCheck) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        check.problems.append(f"{path.name} is missing")
    except OSError as exc:
        check.problems.append(f"{path.name} cannot be read ({exc.strerror})")
    return None


def _check_signature(
    manifest: bytes, signature: bytes, trusted: list[str], check: BatchCheck
) -> None:
    found = check_detached(signature, manifest)
    if found.signer is not None:
        check.signer = f"{found.signer.subject} ({found.signer.fingerprint[:16]})"
    if not found.intact:
        check.problems.append(f"{SIGNATURE_FILE}: {found.problem}")
        return
    if not any(issued_by(found.signer_der, pem) for pem in trusted):
        check.problems.append(
            f"{SIGNATURE_FILE}: signed by {check.signer}, which is not a trusted certificate"
        )


def _check_files(folder: Path, listed: list[Any], check: BatchCheck) -> dict[str, str]:
    """Each listed file's presence, size and SHA-256; returns path -> SHA-256 as listed."""
    hashes: dict[str, str] = {}
    for entry in listed:
        path = entry.get("path") if isinstance(entry, dict) else None
        if not _safe_path(path):
            check.problems.append(f"{MANIFEST_FILE}: a file entry has no usable path: {entry!r}")
            continue
        assert isinstance(path, str)
        hashes[path] = str(entry.get("sha256"))
        target = folder / path
        if not target.is_file():
            check.problems.append(f"{path} is listed in the manifest but missing")
            continue
        data = target.read_bytes()
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            check.problems.append(f"{path} differs from the manifest (SHA-256): it was changed")
        elif len(data) != entry.get("size"):
            check.problems.append(f"{path} differs from the manifest (size)")
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {
        MANIFEST_FILE,
        SIGNATURE_FILE,
    }
    for extra in sorted(present - hashes.keys()):
        check.problems.append(f"{extra} is not listed in the manifest")
    return hashes


def _check_records(
    data: bytes, manifest: dict[str, Any], hashes: dict[str, str], check: BatchCheck
) -> None:
    cases: set[tuple[Any, Any]] = set()
    letters: set[str] = set()
    count = 0
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        where = f"{DECISIONS_FILE} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            check.problems.append(f"{where}: not valid JSON")
            continue
        count += 1
        if not isinstance(record, dict) or record.get("schema") != DECISION_SCHEMA:
            check.problems.append(f"{where}: not a {DECISION_SCHEMA} record")
            continue
        if record.get("batch") != manifest.get("batch"):
            check.problems.append(f"{where}: names batch {record.get('batch')}")
        if record.get("outcome") not in _OUTCOMES:
            check.problems.append(f"{where}: unknown outcome {record.get('outcome')!r}")
        cases.add((record.get("post"), record.get("application_id")))
        letter = record.get("letter")
        if isinstance(letter, dict):
            path = str(letter.get("file"))
            letters.add(path)
            if path not in hashes:
                check.problems.append(f"{where}: its letter {path} is not in the manifest")
            elif hashes[path] != letter.get("sha256"):
                check.problems.append(f"{where}: its letter's SHA-256 differs from the manifest")
    check.records = count
    if count != manifest.get("records"):
        check.problems.append(
            f"{DECISIONS_FILE} has {count} records; the manifest says {manifest.get('records')}"
        )
    if len(cases) != manifest.get("cases"):
        check.problems.append(
            f"{DECISIONS_FILE} covers {len(cases)} cases; the manifest says {manifest.get('cases')}"
        )
    for path in sorted(p for p in hashes if p != DECISIONS_FILE and p not in letters):
        check.problems.append(f"{path} is in the manifest but no record names it")


def verify_batch(folder: Path, trusted_pem: list[str]) -> BatchCheck:
    """Check the batch in FOLDER against TRUSTED_PEM (the post's certificate, or the
    certification authority that issued it). Never raises for a damaged batch."""
    check = BatchCheck(folder)
    if not folder.is_dir():
        check.problems.append(f"{folder} is not a folder")
        return check
    manifest_bytes = _read(folder / MANIFEST_FILE, check)
    signature = _read(folder / SIGNATURE_FILE, check)
    if manifest_bytes is None:
        return check
    if signature is not None:
        _check_signature(manifest_bytes, signature, trusted_pem, check)
    try:
        manifest = json.loads(manifest_bytes)
    except (json.JSONDecodeError, UnicodeDecodeError):
        check.problems.append(f"{MANIFEST_FILE} is not valid JSON")
        return check
    if not isinstance(manifest, dict) or manifest.get("schema") != MANIFEST_SCHEMA:
        check.problems.append(f"{MANIFEST_FILE} is not a {MANIFEST_SCHEMA} manifest")
        return check
    check.post, check.batch = manifest.get("post"), manifest.get("batch")
    listed = manifest.get("files")
    hashes = _check_files(folder, listed if isinstance(listed, list) else [], check)
    if DECISIONS_FILE not in hashes:
        check.problems.append(f"{MANIFEST_FILE} does not list {DECISIONS_FILE}")
        return check
    decisions = (
        (folder / DECISIONS_FILE).read_bytes() if (folder / DECISIONS_FILE).is_file() else b""
    )
    _check_records(decisions, manifest, hashes, check)
    return check


def read_certificates(path: Path) -> list[str]:
    """The PEM certificates in a file (PEM or DER); InvalidInput when there are none."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"--cert {path}: cannot read it ({exc.strerror})") from None
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InvalidInput(f"--cert {path}: not a certificate (PEM or DER)") from None
    return [c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in certs]


def recorded_certificates_for(db: Database, actor: str) -> list[str]:
    """Every letter certificate the database recorded, to verify a batch without --cert."""
    with db.read() as session:
        try:
            require(session, actor, Permission.EXPORT)
        except PermissionRefused:  # an administrator may check a batch too
            require(session, actor, Permission.DATABASE)
        return recorded_certificates(session)
