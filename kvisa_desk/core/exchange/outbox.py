"""The signed outbox: numbered batches of decisions for the visa service centre.

`export_batch` gathers every decision of a post not yet sent (letters issued, corrections
of letters sent before, withdrawals), numbers the batch, and writes a folder
`decisions-POST-NNNNNN/`: `decisions.jsonl` (`kvisa-decision/1`), the letters' PDFs under
`letters/`, `manifest.json` (each file's SHA-256, the audit head) and `manifest.json.sig`,
a detached CMS signature by the post's letter certificate. The batch, its items and an
audit event are written in one transaction with the files, which appear under their final
name only once it committed (a rename), so the centre never sees half a batch.

`rewrite_batch` writes batch N again byte for byte from what was stored (the signature
too: a new one would differ), for a batch that was lost on the way. Both are audited.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.decisions.letter_certs import signing_key_for_post
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.core.exchange.cms import sign_detached
from kvisa_desk.core.exchange.decision_records import (
    DECISION_SCHEMA,
    PendingDecision,
    letters_of,
    pending_decisions,
    posts_with_cases,
)
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditHead
from kvisa_desk.store.models.exchange import OutboxBatch, OutboxItem

MANIFEST_SCHEMA = "kvisa-decision-batch/1"
DECISIONS_FILE = "decisions.jsonl"
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.json.sig"
EXPORTED_EVENT = "decisions_exported"
REWRITTEN_EVENT = "decisions_rewritten"


@dataclass(frozen=True)
class BatchWritten:
    """A batch written to disk: where, and what it holds."""

    post: str
    number: int
    folder: Path
    records: int
    cases: int
    letters: int
    corrections: int
    withdrawals: int
    rewritten: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "post": self.post,
            "batch": self.number,
            "folder": str(self.folder),
            "records": self.records,
            "cases": self.cases,
            "letters": self.letters,
            "corrections": self.corrections,
            "withdrawals": self.withdrawals,
            "rewritten": self.rewritten,
        }


def batch_folder_name(post: str, number: int) -> str:
    return f"decisions-{post}-{number:06d}"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _post_for(session: Session, post: str | None) -> str:
    if post is not None:
        code = post.strip().upper()
        if not code or not code.isascii() or not code.isalnum():
            raise InvalidInput(f"{post!r} is not a post code (letters and digits, e.g. LON)")
        return code
    posts = posts_with_cases(session)
    if len(posts) == 1:
        return posts[0]
    if not posts:
        raise InvalidInput("this database holds no cases: there is nothing to send")
    raise InvalidInput(
        f"this database holds cases of several posts ({', '.join(posts)}): name one with --post"
    )


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    lines = (json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records)
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def _previous(session: Session, post: str, number: int) -> dict[str, Any] | None:
    if number == 1:
        return None
    digest = session.scalar(
        select(OutboxBatch.manifest_sha256).where(
            OutboxBatch.post_code == post, OutboxBatch.number == number - 1
        )
    )
    return None if digest is None else {"batch": number - 1, "manifest_sha256": digest}


def _manifest(
    post: str,
    number: int,
    created: datetime,
    files: list[tuple[str, bytes]],
    counts: dict[str, int],
    head: tuple[int, str],
    signer: dict[str, str],
    previous: dict[str, Any] | None,
) -> bytes:
    manifest = {
        "schema": MANIFEST_SCHEMA,
        "decision_format": DECISION_SCHEMA,
        "post": post,
        "batch": number,
        "created_at": created.isoformat(timespec="seconds").replace("+00:00", "Z"),
        **counts,
        "files": [
            {"path": path, "size": len(data), "sha256": _sha256(data)} for path, data in files
        ],
        "audit_head": {"event_id": head[0], "hash": head[1]},
        "signer": signer,
        "previous_batch": previous,
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class _Staging:
    """A hidden folder beside the batch's final one, filled inside the transaction and
    renamed into place after it committed; removed if anything failed."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.folder: Path | None = None

    def open(self, name: str) -> Path:
        final = self.out / name
        if final.exists():
            raise Conflict(f"{final} already exists: move it away or choose another --out folder")
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            self.folder = self.out / f".{name}.partial-{os.getpid()}"
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir()
        except OSError as exc:
            raise InvalidInput(f"--out {self.out}: cannot write there ({exc.strerror})") from None
        return self.folder

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def _write_files(folder: Path, files: list[tuple[str, bytes]]) -> None:
    for path, data in files:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())


def _publish(staging: Path, out: Path, name: str, number: int) -> Path:
    final = out / name
    try:
        os.rename(staging, final)
    except OSError as exc:
        raise Conflict(
            f"batch {number} is recorded but could not be put in place as {final} "
            f"({exc.strerror}); write it again with --batch {number}"
        ) from None
    return final


def _counts(pending: list[PendingDecision]) -> dict[str, int]:
    return {
        "records": len(pending),
        "cases": len({p.case_id for p in pending}),
        "letters": sum(1 for p in pending if p.letter_id is not None),
        "corrections": sum(1 for p in pending if p.record.get("correction_of")),
        "withdrawals": sum(1 for p in pending if p.withdrawal_event_id is not None),
    }


def export_batch(
    db: Database, actor: str, out: Path, *, post: str | None = None
) -> BatchWritten | None:
    """Write the post's next batch into OUT; None (nothing written) when nothing is new.

    Conflict when the post has no letter certificate or this computer lacks its key: a
    batch is never sent unsigned."""
    with db.read() as session:
        require(session, actor, Permission.EXPORT)
        code = _post_for(session, post)
        if not pending_decisions(session, code):
            return None
    staging = _Staging(out)
    try:
        written = _export(db, actor, code, staging)
    except BaseException:
        staging.discard()
        raise
    if written is None:
        return None
    number, counts = written
    assert staging.folder is not None
    folder = _publish(staging.folder, out, batch_folder_name(code, number), number)
    return BatchWritten(
        code,
        number,
        folder,
        counts["records"],
        counts["cases"],
        counts["letters"],
        counts["corrections"],
        counts["withdrawals"],
    )


def _export(
    db: Database, actor: str, code: str, staging: _Staging
) -> tuple[int, dict[str, int]] | None:
    with db.write() as session:
        require(session, actor, Permission.EXPORT)
        key = signing_key_for_post(db, session, code)
        now = datetime.now(UTC)
        if not key.info.not_before <= now <= key.info.not_after:
            raise Conflict(
                f"post {code}'s certificate {key.info.common_name!r} is valid from "
                f"{key.info.not_before:%Y-%m-%d} to {key.info.not_after:%Y-%m-%d}, not today: "
                "an administrator installs a new one"
            )
        pending = pending_decisions(session, code)
        if not pending:
            return None
        last = session.scalar(
            select(func.max(OutboxBatch.number)).where(OutboxBatch.post_code == code)
        )
        number = int(last or 0) + 1
        records = [p.with_batch(number) for p in pending]
        decisions = _jsonl(records)
        pdfs = letters_of(session, [p.letter_id for p in pending if p.letter_id is not None])
        files = [(DECISIONS_FILE, decisions), *sorted(pdfs.values())]
        counts = _counts(pending)
        record_event(session, actor, EXPORTED_EVENT, post=code, batch=number, **counts)
        session.flush()
        head = session.execute(select(AuditHead.last_event_id, AuditHead.last_hash)).one()
        signer = {"fingerprint": key.info.fingerprint, "subject": key.info.subject}
        manifest = _manifest(
            code,
            number,
            now,
            files,
            counts,
            (int(head.last_event_id), str(head.last_hash)),
            signer,
            _previous(session, code, number),
        )
        signature = sign_detached(manifest, key)
        batch = OutboxBatch(
            post_code=code,
            number=number,
            created_at=now,
            created_by=actor,
            records=counts["records"],
            cases=counts["cases"],
            audit_event_id=int(head.last_event_id),
            decisions=decisions,
            manifest=manifest,
            manifest_sha256=_sha256(manifest),
            signature=signature,
        )
        session.add(batch)
        session.flush()
        session.add_all(
            OutboxItem(
                batch_id=batch.id,
                position=position,
                case_id=p.case_id,
                letter_id=p.letter_id,
                withdrawal_event_id=p.withdrawal_event_id,
            )
            for position, p in enumerate(pending, start=1)
        )
        session.flush()  # another export of the same decisions fails here, before any file
        folder = staging.open(batch_folder_name(code, number))
        _write_files(folder, [*files, (MANIFEST_FILE, manifest), (SIGNATURE_FILE, signature)])
    return number, counts


def rewrite_batch(
    db: Database, actor: str, out: Path, number: int, *, post: str | None = None
) -> BatchWritten:
    """Write batch NUMBER of the post again, byte for byte as it was sent."""
    staging = _Staging(out)
    try:
        records, cases, counts = _rewrite(db, actor, number, post, staging)
    except BaseException:
        staging.discard()
        raise
    assert staging.folder is not None
    code = json.loads((staging.folder / MANIFEST_FILE).read_bytes())["post"]
    folder = _publish(staging.folder, out, batch_folder_name(code, number), number)
    return BatchWritten(
        code,
        number,
        folder,
        records,
        cases,
        counts["letters"],
        counts["corrections"],
        counts["withdrawals"],
        rewritten=True,
    )


def _rewrite(
    db: Database, actor: str, number: int, post: str | None, staging: _Staging
) -> tuple[int, int, dict[str, int]]:
    with db.write() as session:
        require(session, actor, Permission.EXPORT)
        code = _post_for(session, post)
        batch = session.scalar(
            select(OutboxBatch).where(OutboxBatch.post_code == code, OutboxBatch.number == number)
        )
        if batch is None:
            raise NotFound(f"post {code} has no batch {number}")
        items = list(
            session.scalars(
                select(OutboxItem)
                .where(OutboxItem.batch_id == batch.id)
                .order_by(OutboxItem.position)
            )
        )
        letter_ids = [i.letter_id for i in items if i.letter_id is not None]
        pdfs = letters_of(session, letter_ids)
        manifest = json.loads(batch.manifest)
        listed = {f["path"]: f["sha256"] for f in manifest["files"]}
        files: list[tuple[str, bytes]] = [(DECISIONS_FILE, bytes(batch.decisions))]
        for letter_id in letter_ids:
            if letter_id not in pdfs:
                raise Conflict(
                    f"batch {number} cannot be written again: a letter it sent was purged "
                    "with its case at the end of retention"
                )
            files.append(pdfs[letter_id])
        for path, data in files:
            if listed.get(path) != _sha256(data):
                raise Conflict(f"batch {number}: {path} no longer matches what was sent")
        record_event(
            session,
            actor,
            REWRITTEN_EVENT,
            post=code,
            batch=number,
            records=batch.records,
            cases=batch.cases,
        )
        folder = staging.open(batch_folder_name(code, number))
        _write_files(
            folder,
            [
                *sorted(files),
                (MANIFEST_FILE, bytes(batch.manifest)),
                (SIGNATURE_FILE, bytes(batch.signature)),
            ],
        )
        counts = {k: int(manifest.get(k, 0)) for k in ("letters", "corrections", "withdrawals")}
        return batch.records, batch.cases, counts
