"""Build the rules' immutable facts snapshot from stored cases, a batch at a time.

Everything a rule reads from outside the case (duplicate findings, the matched registry
institution and its tier) is looked up here and frozen into the snapshot.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kvisa_desk.rules import facts as f
from kvisa_desk.rules.institutions import InstitutionIndex, RegistryEntry
from kvisa_desk.rules.isced import default_keywords
from kvisa_desk.store.models import (
    Applicant,
    Case,
    CaseDocument,
    EducationRecord,
    EmploymentRecord,
    Institution,
    Passport,
    format_case_ref,
)
from kvisa_desk.store.vocab import OPEN_STATUSES

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


def open_cases_by_passport(session: Session, cases: Sequence[Case]) -> dict[int, tuple[str, ...]]:
    """Other open cases holding the same passport (number and issuing state), per case."""
    numbers = {c.passport.number for c in cases}
    rows = session.execute(
        select(Passport.number, Passport.issuing_state, Case.id)
        .join(Case, Case.id == Passport.case_id)
        .where(Passport.number.in_(numbers), Case.status.in_([s.value for s in OPEN_STATUSES]))
    )
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, state, case_id in rows:
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
    suggestion = default_keywords().suggest(text or "")
    return (suggestion.code if suggestion else None), False


def _match(
    index: InstitutionIndex, name: str | None, country: str | None, email: str | None
) -> f.InstitutionMatch:
    if not name:
        return f.InstitutionMatch("unmatched")
    return index.match(name, country, email)


def _education(e: EducationRecord, index: InstitutionIndex, email: str | None) -> f.Education:
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


def _employment(e: EmploymentRecord, index: InstitutionIndex, email: str | None) -> f.Employment:
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


def _documents(documents: Sequence[CaseDocument]) -> tuple[f.Document, ...]:
    # Only content actually attached counts; a removed document no longer does.
    kept = [d for d in documents if d.sha256 is not None and d.removed_at is None]
    return tuple(f.Document(d.doc_type, cast(Any, d.verification)) for d in kept)


def build_facts(
    case: Case,
    index: InstitutionIndex,
    duplicates: tuple[str, ...] | f.DuplicateFindings = (),
) -> f.CaseFacts:
    """The case's snapshot; DUPLICATES is what `earlier_refusals.duplicate_findings` found (or
    only the other open cases' references)."""
    a: Applicant = case.applicant
    p: Passport = case.passport
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
