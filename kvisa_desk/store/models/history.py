"""The append-only history of what happened to each case (and to the post's data)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base, utcnow


class CaseEvent(Base):
    """One recorded action. case_id is null for post-wide actions such as an import."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), default=None
    )
    officer: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(48))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
