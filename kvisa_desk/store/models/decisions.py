"""Decisions on cases, the grounds they rest on, and the decision letters issued.

A decision is an officer's recommendation (`approve`, `refuse`, `request-documents`) and,
where the post requires one, a supervisor's sign-off. Its grounds are copies of the rule
results it relies on (rule, subject, outcome, message, the run and its facts digest, and
the documents the rule read), so the record stands even after later runs.

An issued letter keeps the exact PDF bytes it was issued with; nothing ever updates one
(the database refuses UPDATE, migration 0006). A correction is a new letter whose
`replaces_id` names the letter it replaces. References are numbered per post and year from
`letter_counters`, incremented in the issuing transaction, so they are gapless and unique.

Every row hangs off its case with ON DELETE CASCADE (also through the check runs, which a
purge deletes in the same statement), so a retention purge takes decisions and letters with
the case; the letter counters stay, and a purged letter's number is never issued again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kvisa_desk.store.base import Base, utcnow


class Decision(Base):
    """One recommendation on a case, and its sign-off when one is needed."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    # approve | refuse | request-documents
    recommendation: Mapped[str] = mapped_column(String(24))
    # awaiting_sign_off | in_effect | returned
    state: Mapped[str] = mapped_column(String(24))
    reasoning: Mapped[str] = mapped_column(Text)
    # Visa terms of an approval, as the officer entered them (no defaults exist).
    entries: Mapped[str | None] = mapped_column(String(8), default=None)
    validity_days: Mapped[int | None] = mapped_column(Integer, default=None)
    stay_days: Mapped[int | None] = mapped_column(Integer, default=None)
    # A request for documents: the documents asked for (type codes or text) and the date.
    requested_documents: Mapped[list[str] | None] = mapped_column(JSON, default=None)
    reply_by: Mapped[date | None] = mapped_column(Date, default=None)
    # An interview: the post's local time as the officer gave it (no time zone).
    interview_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False), default=None)
    interview_place: Mapped[str | None] = mapped_column(Text, default=None)
    # The check run the recommendation was made on, and whether it was current then.
    check_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("check_runs.id", ondelete="CASCADE"), default=None
    )
    facts_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    checks_current: Mapped[bool] = mapped_column(Boolean, default=False)
    status_before: Mapped[str] = mapped_column(String(32))
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    recommended_by: Mapped[str] = mapped_column(String(64))
    recommended_at: Mapped[datetime] = mapped_column(default=utcnow)
    needs_sign_off: Mapped[bool] = mapped_column(Boolean, default=False)
    # agree | return, by a supervisor other than the recommending officer.
    sign_off: Mapped[str | None] = mapped_column(String(8), default=None)
    signed_off_by: Mapped[str | None] = mapped_column(String(64), default=None)
    signed_off_at: Mapped[datetime | None] = mapped_column(default=None)
    sign_off_reason: Mapped[str | None] = mapped_column(Text, default=None)

    grounds: Mapped[list[DecisionGround]] = relationship(
        back_populates="decision",
        order_by="DecisionGround.position",
        cascade="all, delete-orphan",
    )


class DecisionGround(Base):
    """One rule result a decision rests on, copied from the run it was chosen from."""

    __tablename__ = "decision_grounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    rule_id: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str | None] = mapped_column(String(32), default=None)
    outcome: Mapped[str] = mapped_column(String(8))
    effective_outcome: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    check_run_id: Mapped[int] = mapped_column(ForeignKey("check_runs.id", ondelete="CASCADE"))
    facts_digest: Mapped[str] = mapped_column(String(64))
    # The case's documents the rule read: [{"id", "type", "sha256", "verification"}].
    documents: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    decision: Mapped[Decision] = relationship(back_populates="grounds")


class LetterCounter(Base):
    """The last letter number issued at a post in a year (the next letter takes +1)."""

    __tablename__ = "letter_counters"

    post_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class IssuedLetter(Base):
    """A letter as issued: its exact PDF bytes and what identifies them. Never updated."""

    __tablename__ = "issued_letters"
    __table_args__ = (
        UniqueConstraint("post_code", "year", "number"),
        Index("ix_issued_letters_case_id_id", "case_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    post_code: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), default=None, index=True
    )
    # approval | refusal | request-documents | interview
    kind: Mapped[str] = mapped_column(String(24))
    # en | zh | en+zh
    language: Mapped[str] = mapped_column(String(8))
    issue_date: Mapped[date] = mapped_column(Date)
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("issued_letters.id", ondelete="CASCADE"), default=None, index=True
    )
    content_digest: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
