"""Build the rules' immutable facts snapshot from stored cases, a batch at a time.

Everything a rule reads from outside the case (duplicate findings, the matched registry
institution and its tier) is looked up here and frozen into the snapshot.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kvisa_desk.rules import facts as f
from kvisa_desk.rules.institutions import InstitutionIndex, RegistryEntry
from kvisa_desk.rules.isced import IscedKeywords, default_keywords
from kvisa_desk.store.models import (
    Applicant,
    Case,
    CaseDocument,
    EducationRecord,
    EmploymentRecord,
    Institution,
    Passport,
    PurposeTravel,
    ScreeningFacts,
    format_case_ref,
)
from kvisa_desk.vocab import OPEN_STATUSES

CONFIRMED_SOURCES = frozenset({"application", "officer"})


def load_registry_index(session: Session) -> InstitutionIndex:
    """Registry entries that still match (merged duplicates do not), indexed once per run."""
    rows = session.execute(
        select(
            Institution.id,
            Institution.name,
            Institution.country_code,
            Institution.domains,
            Institution.tier,
        ).where(Institution.merged_into_id.is_(None))
    )
    return InstitutionIndex(
        RegistryEntry(r.id, r.name, r.country_code, tuple(r.domains or ()), r.tier) for r in rows
    )


def load_cases(session: Session, case_ids: Sequence[int]) -> list[Case]:
    return list(
        session.scalars(
            select(Case)
            .where(Case.id.in_(case_ids))
            .options(
                selectinload(Case.applicant),
                selectinload(Case.passport),
                selectinload(Case.education),
                selectinload(Case.employment),
                selectinload(Case.purpose),
                selectinload(Case.screening),
                selectinload(Case.documents),
            )
            .order_by(Case.id)
        )
    )


# The columns a snapshot reads, under the names build_facts reads them by (a Case's own).
_ONE_PER_CASE: dict[str, tuple[Any, tuple[str, ...]]] = {
    "applicant": (
        Applicant,
        (
            "nationality",
            "date_of_birth",
            "sex",
            "surname",
            "email",
            "nationality_normalised",
            "surname_folded",
        ),
    ),
    "passport": (
        Passport,
        (
            "number",
            "issuing_state",
            "expiry_date",
            "issue_date",
            "mrz_line1",
            "mrz_line2",
            "number_normalised",
            "issuing_state_normalised",
        ),
    ),
    "purpose": (PurposeTravel, ("activity", "intended_entry")),
    "screening": (
        ScreeningFacts,
        ("reentry_ban", "security_concern", "fraud_found", "insufficient_funds"),
    ),
}
_MANY_PER_CASE: dict[str, tuple[Any, tuple[str, ...]]] = {
    "education": (
        EducationRecord,
        (
            "level",
            "field",
            "isced_f",
            "isced_source",
            "institution",
            "institution_country",
            "awarded_on",
        ),
    ),
    "employment": (
        EmploymentRecord,
        (
            "kind",
            "field",
            "isced_f",
            "isced_source",
            "start_date",
            "end_date",
            "employer",
            "country",
            "job_title",
        ),
    ),
    "documents": (CaseDocument, ("doc_type", "verification", "sha256", "removed_at")),
}


@dataclass(slots=True)
class CaseRecord:
    """One case's stored facts as plain rows, read without the ORM: it has what
    `build_facts` and the duplicate look-up read of a Case, under the same names, so both
    give the same snapshot."""

    id: int
    application_id: str
    post: str
    received_at: date
    applicant: Any = None
    passport: Any = None
    education: list[Any] = field(default_factory=list)
    employment: list[Any] = field(default_factory=list)
    purpose: Any = None
    screening: Any = None
    documents: list[Any] = field(default_factory=list)


def load_case_records(session: Session, case_ids: Sequence[int]) -> list[CaseRecord]:
    """The cases' facts in case id order, one Core select per table: building ORM instances
    and their identity map was most of what checking many cases cost."""
    ids = list(case_ids)
    query = select(Case.id, Case.application_id, Case.post, Case.received_at)
    records = {
        r.id: CaseRecord(r.id, r.application_id, r.post, r.received_at)
        for r in session.execute(query.where(Case.id.in_(ids)).order_by(Case.id))
    }
    for name, (model, columns) in _ONE_PER_CASE.items():
        picked = [getattr(model, c) for c in columns]
        rows = session.execute(select(model.case_id, *picked).where(model.case_id.in_(ids)))
        for row in rows:
            setattr(records[row.case_id], name, row)
    for name, (model, columns) in _MANY_PER_CASE.items():
        picked = [getattr(model, c) for c in columns]
        query = select(model.case_id, *picked).where(model.case_id.in_(ids))
        if model is CaseDocument:
            # Only content actually attached counts (as in _documents); removed no longer does.
            query = query.where(CaseDocument.sha256.is_not(None), CaseDocument.removed_at.is_(None))
        rows = session.execute(query.order_by(model.case_id, model.position, model.id))
        for row in rows:
            getattr(records[row.case_id], name).append(row)
    return list(records.values())


def open_cases_by_passport(
    session: Session, cases: Sequence[Case | CaseRecord]
) -> dict[int, tuple[str, ...]]:
    """Other open cases holding the same passport (number and issuing state), per case."""
    numbers = {c.passport.number for c in cases}
    # The status is tested here, not in SQL: offered `status IN (...)`, SQLite walks every
    # open case by the status index (0.2 s a batch at 100,000 cases) instead of the numbers.
    rows = session.execute(
        select(Passport.number, Passport.issuing_state, Case.id, Case.status)
        .join(Case, Case.id == Passport.case_id)
        .where(Passport.number.in_(numbers))
    )
    open_statuses = {s.value for s in OPEN_STATUSES}
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, state, case_id, status in rows:
        if status in open_statuses:
            holders[(number, state)].append(case_id)
    return {
        c.id: tuple(
            format_case_ref(other)
            for other in sorted(holders.get((c.passport.number, c.passport.issuing_state), []))
            if other != c.id
        )
        for c in cases
    }


def _isced(code: str | None, source: str | None, text: str | None) -> tuple[str | None, bool]:
    """The code a rule sees, and whether it is confirmed or only suggested from the free text."""
    if code and source in CONFIRMED_SOURCES:
        return code, True
    if code:
        return code, False
    return _suggested_code(default_keywords(), text or ""), False


def suggested_code(text: str | None) -> str | None:
    """The ISCED-F code the free-text field suggests, or None."""
    return _suggested_code(default_keywords(), text or "")


@lru_cache(maxsize=16384)  # a post's cases repeat the same few hundred fields of study
def _suggested_code(table: IscedKeywords, text: str) -> str | None:
    suggestion = table.suggest(text)
    return suggestion.code if suggestion else None


def _match(
    index: InstitutionIndex, name: str | None, country: str | None, email: str | None
) -> f.InstitutionMatch:
    if not name:
        return f.InstitutionMatch("unmatched")
    return index.match(name, country, email)


def _education(e: EducationRecord | Any, index: InstitutionIndex, email: str | None) -> f.Education:
    code, confirmed = _isced(e.isced_f, e.isced_source, e.field)
    return f.Education(
        level=cast(Any, e.level),
        field=e.field or "",
        isced_f=code,
        isced_confirmed=confirmed,
        institution=e.institution or "",
        institution_country=e.institution_country,
        awarded_on=e.awarded_on,
        institution_match=_match(index, e.institution, e.institution_country, email),
    )


def _employment(
    e: EmploymentRecord | Any, index: InstitutionIndex, email: str | None
) -> f.Employment:
    code, confirmed = _isced(e.isced_f, e.isced_source, e.field)
    return f.Employment(
        kind=cast(Any, e.kind),
        field=e.field or "",
        isced_f=code,
        isced_confirmed=confirmed,
        start_date=e.start_date,
        end_date=e.end_date,
        employer=e.employer or "",
        country=e.country,
        position=e.job_title or "",
        institution_match=_match(index, e.employer, e.country, email),
    )


def _documents(documents: Sequence[CaseDocument | Any]) -> tuple[f.Document, ...]:
    # Only content actually attached counts; a removed document no longer does.
    kept = [d for d in documents if d.sha256 is not None and d.removed_at is None]
    return tuple(f.Document(d.doc_type, cast(Any, d.verification)) for d in kept)


def build_facts(
    case: Case | CaseRecord,
    index: InstitutionIndex,
    duplicates: tuple[str, ...] | f.DuplicateFindings = (),
) -> f.CaseFacts:
    """The case's snapshot; DUPLICATES is what `earlier_refusals.duplicate_findings` found (or
    only the other open cases' references)."""
    a = case.applicant
    p = case.passport
    mrz = (p.mrz_line1, p.mrz_line2) if p.mrz_line1 and p.mrz_line2 else None
    s = case.screening
    pt = case.purpose
    return f.CaseFacts(
        reference_date=case.received_at,
        applicant=f.Applicant(
            nationality=a.nationality,
            date_of_birth=a.date_of_birth,
            sex=cast(Any, a.sex),
            surname=a.surname,
        ),
        passport=f.Passport(
            number=p.number,
            issuing_state=p.issuing_state,
            expiry_date=p.expiry_date,
            issue_date=p.issue_date,
            mrz=mrz,
        ),
        education=tuple(_education(e, index, a.email) for e in case.education),
        employment=tuple(_employment(e, index, a.email) for e in case.employment),
        purpose=f.Purpose(pt.activity if pt else None),
        intended_entry=pt.intended_entry if pt else None,
        screening=f.Screening(
            s.reentry_ban, s.security_concern, s.fraud_found, s.insufficient_funds
        )
        if s
        else f.Screening(),
        documents=_documents(case.documents),
        duplicates=duplicates
        if isinstance(duplicates, f.DuplicateFindings)
        else f.DuplicateFindings(open_cases=duplicates),
    )
