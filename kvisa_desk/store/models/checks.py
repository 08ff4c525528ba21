"""Stored eligibility check runs and officers' overrides of single rule results."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base, utcnow


class CheckRun(Base):
    """One evaluation of a case: its facts snapshot and all results, kept as one document.

    A run is never rewritten: a later pack, a later revision of it or a re-run adds a new row.
    """

    __tablename__ = "check_runs"
    __table_args__ = (Index("ix_check_runs_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    pack_id: Mapped[str] = mapped_column(String(32))
    pack_hash: Mapped[str] = mapped_column(String(64))
    # The pack's revision: runs stored before revisions existed are revision 1.
    pack_revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    post: Mapped[str] = mapped_column(String(16))
    settings_version: Mapped[int] = mapped_column(Integer)
    # The parameter values in force (pack defaults with the post's settings applied).
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    facts_digest: Mapped[str] = mapped_column(String(64))
    # The same facts' digests as earlier revisions encode them ({"1": digest}), kept when an
    # override recorded under an earlier revision was checked against this run: an upgrade
    # alone never voids an override, only a change of the facts does.
    earlier_digests: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(String(8))
    officer: Mapped[str] = mapped_column(String(64))
    ran_at: Mapped[datetime] = mapped_column(default=utcnow)


class RuleOverride(Base):
    """An officer's written override of one result; shown beside the original, never instead."""

    __tablename__ = "rule_overrides"
    __table_args__ = (Index("ix_rule_overrides_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    check_run_id: Mapped[int] = mapped_column(ForeignKey("check_runs.id"))
    rule_id: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str | None] = mapped_column(String(32), default=None)
    to_outcome: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text)
    # The override holds while the case's facts digest is this one.
    facts_digest: Mapped[str] = mapped_column(String(64))
    # The pack revision of the run it overrode, whose encoding `facts_digest` is in.
    pack_revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    officer: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
