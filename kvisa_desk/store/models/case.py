"""A case and the applicant facts it carries, one table per part of the application."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kvisa_desk.normal_forms import fold_surname, normalise_country, normalise_passport_number
from kvisa_desk.store.base import Base, utcnow
from kvisa_desk.vocab import CaseStatus, Verification, format_case_ref


def _normalised(source: str, normalise: Callable[[str], str]) -> Callable[[Any], str]:
    """A column default that normalises another column of the same row: it runs for every
    insert, an ORM one or a Core executemany of many rows alike."""

    def default(context: Any) -> str:
        return normalise(str(context.get_current_parameters()[source]))

    return default


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("post", "application_id"),
        Index("ix_cases_status_received", "status", "received_at"),
        Index("ix_cases_received_id", "received_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post: Mapped[str] = mapped_column(String(16))
    application_id: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32), default=CaseStatus.RECEIVED.value)
    assigned_officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id"), index=True, default=None
    )
    # Outcome of the latest check run, recorded and after overrides; null until checked.
    check_outcome: Mapped[str | None] = mapped_column(String(8), default=None)
    effective_outcome: Mapped[str | None] = mapped_column(String(8), default=None, index=True)
    # Digest of the record as imported: a repeated import is recognised as unchanged by it.
    import_digest: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    applicant: Mapped[Applicant] = relationship(
        back_populates="case", uselist=False, cascade="all, delete-orphan"
    )
    passport: Mapped[Passport] = relationship(
        back_populates="case", uselist=False, cascade="all, delete-orphan"
    )
    education: Mapped[list[EducationRecord]] = relationship(
        back_populates="case", order_by="EducationRecord.position", cascade="all, delete-orphan"
    )
    employment: Mapped[list[EmploymentRecord]] = relationship(
        back_populates="case", order_by="EmploymentRecord.position", cascade="all, delete-orphan"
    )
    purpose: Mapped[PurposeTravel | None] = relationship(
        back_populates="case", uselist=False, cascade="all, delete-orphan"
    )
    screening: Mapped[ScreeningFacts | None] = relationship(
        back_populates="case", uselist=False, cascade="all, delete-orphan"
    )
    documents: Mapped[list[CaseDocument]] = relationship(
        back_populates="case", order_by="CaseDocument.position", cascade="all, delete-orphan"
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="case", order_by="Note.id", cascade="all, delete-orphan"
    )

    # Optimistic locking: a save against a stale version raises StaleDataError.
    __mapper_args__ = {"version_id_col": version}

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.id)


def cases_table() -> Table:
    """The cases table for Core statements that must not bump the edit version."""
    return cast(Table, Case.__table__)


class Applicant(Base):
    __tablename__ = "applicants"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    surname: Mapped[str] = mapped_column(Text)
    given_names: Mapped[str] = mapped_column(Text, default="")
    native_name: Mapped[str | None] = mapped_column(Text, default=None)
    sex: Mapped[str | None] = mapped_column(String(1), default=None)
    date_of_birth: Mapped[date] = mapped_column(Date)
    place_of_birth: Mapped[str | None] = mapped_column(Text, default=None)
    nationality: Mapped[str] = mapped_column(String(3), index=True)
    email: Mapped[str | None] = mapped_column(Text, default=None)
    phone: Mapped[str | None] = mapped_column(Text, default=None)
    address: Mapped[str | None] = mapped_column(Text, default=None)
    # Beside what was written, the forms every comparison is made on (normal_forms.py).
    nationality_normalised: Mapped[str] = mapped_column(
        String(3), default=_normalised("nationality", normalise_country), server_default=""
    )
    surname_folded: Mapped[str] = mapped_column(
        Text, default=_normalised("surname", fold_surname), server_default=""
    )

    case: Mapped[Case] = relationship(back_populates="applicant")


class Passport(Base):
    __tablename__ = "passports"
    __table_args__ = (
        Index("ix_passports_number_state", "number", "issuing_state"),
        Index("ix_passports_normalised", "number_normalised", "issuing_state_normalised"),
    )

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[str] = mapped_column(String(32))
    issuing_state: Mapped[str] = mapped_column(String(3))
    issue_date: Mapped[date | None] = mapped_column(Date, default=None)
    expiry_date: Mapped[date] = mapped_column(Date)
    mrz_line1: Mapped[str | None] = mapped_column(String(44), default=None)
    mrz_line2: Mapped[str | None] = mapped_column(String(44), default=None)
    number_normalised: Mapped[str] = mapped_column(
        String(32), default=_normalised("number", normalise_passport_number), server_default=""
    )
    issuing_state_normalised: Mapped[str] = mapped_column(
        String(3), default=_normalised("issuing_state", normalise_country), server_default=""
    )

    case: Mapped[Case] = relationship(back_populates="passport")


@event.listens_for(Applicant, "before_update")
def _renormalise_applicant(_mapper: Any, _connection: Any, target: Applicant) -> None:
    # An edit of what was written moves its normalised form with it.
    target.nationality_normalised = normalise_country(target.nationality)
    target.surname_folded = fold_surname(target.surname)


@event.listens_for(Passport, "before_update")
def _renormalise_passport(_mapper: Any, _connection: Any, target: Passport) -> None:
    target.number_normalised = normalise_passport_number(target.number)
    target.issuing_state_normalised = normalise_country(target.issuing_state)


class EducationRecord(Base):
    __tablename__ = "education_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(Text, default=None)
    isced_f: Mapped[str | None] = mapped_column(String(4), default=None)
    # "application" when the file gave the code, "officer" once an officer confirmed it.
    isced_source: Mapped[str | None] = mapped_column(String(16), default=None)
    isced_confirmed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    institution: Mapped[str | None] = mapped_column(Text, default=None)
    institution_country: Mapped[str | None] = mapped_column(String(3), default=None)
    awarded_on: Mapped[date | None] = mapped_column(Date, default=None)

    case: Mapped[Case] = relationship(back_populates="education")


class EmploymentRecord(Base):
    __tablename__ = "employment_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    employer: Mapped[str | None] = mapped_column(Text, default=None)
    country: Mapped[str | None] = mapped_column(String(3), default=None)
    job_title: Mapped[str | None] = mapped_column(Text, default=None)
    kind: Mapped[str | None] = mapped_column(String(16), default=None)
    field: Mapped[str | None] = mapped_column(Text, default=None)
    isced_f: Mapped[str | None] = mapped_column(String(4), default=None)
    # "application" when the file gave the code, "officer" once an officer confirmed it.
    isced_source: Mapped[str | None] = mapped_column(String(16), default=None)
    isced_confirmed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)

    case: Mapped[Case] = relationship(back_populates="employment")


class PurposeTravel(Base):
    __tablename__ = "purpose_travel"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    activity: Mapped[str | None] = mapped_column(String(32), default=None)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    host_institution: Mapped[str | None] = mapped_column(Text, default=None)
    intended_entry: Mapped[date | None] = mapped_column(Date, default=None)
    stay_days: Mapped[int | None] = mapped_column(Integer, default=None)

    case: Mapped[Case] = relationship(back_populates="purpose")


class ScreeningFacts(Base):
    """Law Art. 21 screening facts; None means the question has not been answered."""

    __tablename__ = "screening_facts"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    reentry_ban: Mapped[bool | None] = mapped_column(Boolean, default=None)
    security_concern: Mapped[bool | None] = mapped_column(Boolean, default=None)
    fraud_found: Mapped[bool | None] = mapped_column(Boolean, default=None)
    insufficient_funds: Mapped[bool | None] = mapped_column(Boolean, default=None)

    case: Mapped[Case] = relationship(back_populates="screening")


class CaseDocument(Base):
    """A document of a case: listed by the application and/or attached, its content kept in the
    document store under `sha256` (null while only listed). Removal is soft: the row stays."""

    __tablename__ = "case_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(32))
    # The name as the applicant or officer gave it: data to show, never used as a path.
    original_name: Mapped[str | None] = mapped_column(Text, default=None)
    # The path the application file listed (null for documents an officer attached).
    source_path: Mapped[str | None] = mapped_column(Text, default=None)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    size_bytes: Mapped[int | None] = mapped_column(Integer, default=None)
    media_type: Mapped[str | None] = mapped_column(String(64), default=None)
    verification: Mapped[str] = mapped_column(String(32), default=Verification.UNVERIFIED.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    attached_by: Mapped[str | None] = mapped_column(String(64), default=None)
    attached_at: Mapped[datetime | None] = mapped_column(default=None)
    verified_by: Mapped[str | None] = mapped_column(String(64), default=None)
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    verification_reason: Mapped[str | None] = mapped_column(Text, default=None)
    removed_at: Mapped[datetime | None] = mapped_column(default=None)
    removed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    removed_reason: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="documents")


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), default=None)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship(back_populates="notes")
