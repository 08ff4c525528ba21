"""The audit trail: append-only, hash-chained events of everything done in KVisa Desk.

The database refuses UPDATE and DELETE on `case_events` (triggers from migration 0005).
Personal values an event refers to live in `audit_personal`, keyed by their digest, so a
case purged at the end of retention leaves a chain that still verifies.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base, utcnow


class CaseEvent(Base):
    """One recorded action. case_id is null for post-wide actions such as an import.

    No foreign key to cases: a purged case must not take its history with it.
    """

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(Integer, default=None)
    officer: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(48))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # SHA-256 of the previous event's hash and this event's canonical content.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class AuditHead(Base):
    """One row: the newest event's id and hash. Appenders lock it, so the chain never forks,
    and deleting the newest events is found because the head no longer matches."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")


class AuditPersonal(Base):
    """Personal values behind an event (an edit's before and after), purged with the case."""

    __tablename__ = "audit_personal"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    value: Mapped[Any] = mapped_column(JSON)
