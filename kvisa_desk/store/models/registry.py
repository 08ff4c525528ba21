"""The institution registry the eligibility rules match degrees and posts against."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base, utcnow
from kvisa_desk.vocab import InstitutionTier


class Institution(Base):
    __tablename__ = "institutions"
    __table_args__ = (Index("ix_institutions_country_name", "country_code", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    country_code: Mapped[str] = mapped_column(String(2))
    state_province: Mapped[str | None] = mapped_column(Text, default=None)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    web_pages: Mapped[list[str]] = mapped_column(JSON, default=list)
    tier: Mapped[str] = mapped_column(String(16), default=InstitutionTier.LISTED.value)
    kind: Mapped[str] = mapped_column(String(16), default="university")
    source: Mapped[str] = mapped_column(String(16), default="seed")
    # A duplicate merged into another entry stays for the record but no longer matches.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class InstitutionAlias(Base):
    """A name or abbreviation registered for an institution ("UNILAG", "清华大学"): written by
    an applicant, it matches the institution as its own name does (rules revision 2)."""

    __tablename__ = "institution_aliases"
    __table_args__ = (
        UniqueConstraint("institution_id", "name_folded"),
        Index("ix_institution_aliases_name_folded", "name_folded"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    institution_id: Mapped[int] = mapped_column(
        ForeignKey("institutions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    # The name as the matcher compares it (case, diacritics, punctuation and "the" folded).
    name_folded: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="abbreviation")
    source: Mapped[str] = mapped_column(String(16), default="manual")
    added_by: Mapped[str] = mapped_column(String(64), default="system")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
