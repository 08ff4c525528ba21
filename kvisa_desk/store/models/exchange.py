"""The exchange with the visa service centre: inbox submissions seen, outbox batches sent.

`inbox_submissions` records the SHA-256 of every submission imported from the watched inbox
(in the import's own transaction), so the same content is never imported twice, whichever
machine claims it. It holds counts and positions only, never an applicant's values.

`outbox_batches` keeps each numbered batch of decisions exactly as it left: the bytes of
`decisions.jsonl`, `manifest.json` and its signature (a CMS signature is never made the same
twice, so it is stored, and `--batch N` writes the batch again byte for byte; the letters
come from `issued_letters`, which never change). `outbox_items` says which letter or
withdrawal went out in which batch; its unique columns keep a decision in exactly one batch.
Neither references cases or letters by foreign key: a retention purge must not rewrite
what was sent, as the audit chain is not rewritten.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base, utcnow


class InboxSubmission(Base):
    """A submission imported from the inbox, known by the SHA-256 of its content."""

    __tablename__ = "inbox_submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    # Where it lay while imported (claim folder / name): a crash there is recognised later.
    claimed_as: Mapped[str] = mapped_column(Text)
    machine: Mapped[str] = mapped_column(String(128))
    officer: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    # Positions ("line 3", "[2]") and fields of rejected and changed records; no values.
    positions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class OutboxBatch(Base):
    """A numbered batch of decisions sent from a post, kept as the bytes that left."""

    __tablename__ = "outbox_batches"
    __table_args__ = (UniqueConstraint("post_code", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_code: Mapped[str] = mapped_column(String(16))
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)
    cases: Mapped[int] = mapped_column(Integer)
    audit_event_id: Mapped[int] = mapped_column(Integer)
    decisions: Mapped[bytes] = mapped_column(LargeBinary)
    manifest: Mapped[bytes] = mapped_column(LargeBinary)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class OutboxItem(Base):
    """One decision record of a batch: an issued letter, or a case's withdrawal."""

    __tablename__ = "outbox_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("outbox_batches.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int] = mapped_column(Integer)
    letter_id: Mapped[int | None] = mapped_column(Integer, unique=True, default=None)
    withdrawal_event_id: Mapped[int | None] = mapped_column(Integer, unique=True, default=None)
