"""What K-DUP-01 reads under revision 2: other open cases on the same passport and refusals
in effect on the same passport or of the same person, every comparison made on the stored
normalised values (`D`, `D<<` and `DEU` are one issuing state; `x 1234567` and `X1234567`
one number; `Müller` and `MULLER` one surname)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kvisa_desk.core.checks.earlier_refusals import decided_on
from kvisa_desk.rules import facts as f
from kvisa_desk.rules.normalise import NormalisedIdentity
from kvisa_desk.store.models import Applicant, Case, Passport, format_case_ref
from kvisa_desk.store.models.decisions import Decision
from kvisa_desk.vocab import OPEN_STATUSES

PassportKey = tuple[str, str]
IdentityKey = tuple[str, date, str]
# The decision states and recommendation of a refusal that took effect (see core.decisions).
_REFUSE = "refuse"
_IN_EFFECT = "in_effect"


def _passport_of(ident: NormalisedIdentity) -> PassportKey:
    return (ident.passport_number, ident.issuing_state)


def _identity_of(ident: NormalisedIdentity, born: date) -> IdentityKey:
    return (ident.surname, born, ident.nationality)


def duplicate_findings_r2(
    session: Session, cases: Sequence[Any], identities: dict[int, NormalisedIdentity]
) -> dict[int, f.DuplicateFindings]:
    """Per case (by id), what K-DUP-01 reads; IDENTITIES are the cases' normalised values."""
    if not cases:
        return {}
    open_cases = _open_cases(session, cases, identities)
    refusals = _refusals(session, cases, identities)
    return {
        c.id: f.DuplicateFindings(open_cases=open_cases[c.id], refusals=refusals[c.id])
        for c in cases
    }


def _open_cases(
    session: Session, cases: Sequence[Any], identities: dict[int, NormalisedIdentity]
) -> dict[int, tuple[str, ...]]:
    numbers = {identities[c.id].passport_number for c in cases}
    rows = session.execute(
        select(Passport.number_normalised, Passport.issuing_state_normalised, Case.id, Case.status)
        .join(Case, Case.id == Passport.case_id)
        .where(Passport.number_normalised.in_(numbers))
    )
    open_statuses = {s.value for s in OPEN_STATUSES}
    holders: dict[PassportKey, list[int]] = defaultdict(list)
    for number, state, case_id, status in rows:
        if status in open_statuses:
            holders[(number, state)].append(case_id)
    return {
        c.id: tuple(
            format_case_ref(other)
            for other in sorted(holders.get(_passport_of(identities[c.id]), []))
            if other != c.id
        )
        for c in cases
    }


def _refusals(
    session: Session, cases: Sequence[Any], identities: dict[int, NormalisedIdentity]
) -> dict[int, tuple[f.Refusal, ...]]:
    numbers = {identities[c.id].passport_number for c in cases}
    births = {c.applicant.date_of_birth for c in cases}
    rows = session.execute(
        select(
            Decision.case_id,
            Decision.signed_off_at,
            Decision.recommended_at,
            Passport.number_normalised,
            Passport.issuing_state_normalised,
            Applicant.surname_folded,
            Applicant.date_of_birth,
            Applicant.nationality_normalised,
        )
        .join(Case, Case.id == Decision.case_id)
        .join(Passport, Passport.case_id == Case.id)
        .join(Applicant, Applicant.case_id == Case.id)
        .where(
            Decision.recommendation == _REFUSE,
            Decision.state == _IN_EFFECT,
            or_(Passport.number_normalised.in_(numbers), Applicant.date_of_birth.in_(births)),
        )
        .order_by(Decision.id)
    ).all()
    by_passport: dict[PassportKey, list[tuple[int, date]]] = defaultdict(list)
    by_identity: dict[IdentityKey, list[tuple[int, date]]] = defaultdict(list)
    for row in rows:
        refused = (row.case_id, decided_on(row.signed_off_at, row.recommended_at))
        by_passport[(row.number_normalised, row.issuing_state_normalised)].append(refused)
        identity = (row.surname_folded, row.date_of_birth, row.nationality_normalised)
        by_identity[identity].append(refused)
    found: dict[int, tuple[f.Refusal, ...]] = {}
    for case in cases:
        ident = identities[case.id]
        seen: set[tuple[int, date]] = set()
        refusals: list[f.Refusal] = []
        for basis, matches in (
            ("passport", by_passport.get(_passport_of(ident), [])),
            ("identity", by_identity.get(_identity_of(ident, case.applicant.date_of_birth), [])),
        ):
            for other, on in matches:
                if other == case.id or (other, on) in seen:
                    continue
                seen.add((other, on))
                refusals.append(f.Refusal(format_case_ref(other), on, basis))  # type: ignore[arg-type]
        refusals.sort(key=lambda r: (r.decided_on, r.case_ref))
        found[case.id] = tuple(refusals)
    return found
