"""The institution registry the eligibility rules match degrees and posts against."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
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
