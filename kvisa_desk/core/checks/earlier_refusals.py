"""What K-DUP-01 reads about the applicant's other cases: open cases on the same passport,
and refusals in effect (signed off, in the `decisions` table) on the same passport or of the
same person (surname, date of birth and nationality), looked up a batch at a time."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kvisa_desk.core.checks.facts_builder import open_cases_by_passport
from kvisa_desk.rules import facts as f
from kvisa_desk.store.models import Applicant, Case, Passport, format_case_ref
from kvisa_desk.store.models.decisions import Decision

# The decision states and recommendation of a refusal that took effect (see core.decisions).
_REFUSE = "refuse"
_IN_EFFECT = "in_effect"

PassportKey = tuple[str, str]
IdentityKey = tuple[str, date, str]


def _folded(name: str) -> str:
    # The same person may be typed with or without accents or in another case.
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _passport_key(number: str, state: str) -> PassportKey:
    return (number.strip().upper(), state.strip().upper())


def _identity_key(surname: str, born: date, nationality: str) -> IdentityKey:
    return (_folded(surname), born, nationality.strip().upper())


def _decided_on(signed_off_at: datetime | None, recommended_at: datetime) -> date:
    return (signed_off_at or recommended_at).date()


decided_on = _decided_on  # the day a refusal took effect, for revision 2's look-up too


def refusals_in_effect(session: Session, cases: Sequence[Case]) -> dict[int, tuple[f.Refusal, ...]]:
    """Per case, the refusals in effect on the person's other cases, oldest first; a refusal
    found both ways counts once, on its passport."""
    if not cases:
        return {}
    numbers = {c.passport.number for c in cases}
    births = {c.applicant.date_of_birth for c in cases}
    rows = session.execute(
        select(
            Decision.case_id,
            Decision.signed_off_at,
            Decision.recommended_at,
            Passport.number,
            Passport.issuing_state,
            Applicant.surname,
            Applicant.date_of_birth,
            Applicant.nationality,
        )
        .join(Case, Case.id == Decision.case_id)
        .join(Passport, Passport.case_id == Case.id)
        .join(Applicant, Applicant.case_id == Case.id)
        .where(
            Decision.recommendation == _REFUSE,
            Decision.state == _IN_EFFECT,
            or_(Passport.number.in_(numbers), Applicant.date_of_birth.in_(births)),
        )
        .order_by(Decision.id)
    ).all()
    by_passport: dict[PassportKey, list[tuple[int, date]]] = defaultdict(list)
    by_identity: dict[IdentityKey, list[tuple[int, date]]] = defaultdict(list)
    for row in rows:
        refused = (row.case_id, _decided_on(row.signed_off_at, row.recommended_at))
        by_passport[_passport_key(row.number, row.issuing_state)].append(refused)
        by_identity[_identity_key(row.surname, row.date_of_birth, row.nationality)].append(refused)
    result: dict[int, tuple[f.Refusal, ...]] = {}
    for case in cases:
        seen: set[tuple[int, date]] = set()
        refusals: list[f.Refusal] = []
        passport = _passport_key(case.passport.number, case.passport.issuing_state)
        a = case.applicant
        identity = _identity_key(a.surname, a.date_of_birth, a.nationality)
        for basis, found in (
            ("passport", by_passport.get(passport, [])),
            ("identity", by_identity.get(identity, [])),
        ):
            for other, decided_on in found:
                if other == case.id or (other, decided_on) in seen:
                    continue
                seen.add((other, decided_on))
                refusals.append(f.Refusal(format_case_ref(other), decided_on, basis))  # type: ignore[arg-type]
        refusals.sort(key=lambda r: (r.decided_on, r.case_ref))
        result[case.id] = tuple(refusals)
    return result


def duplicate_findings(session: Session, cases: Sequence[Case]) -> dict[int, f.DuplicateFindings]:
    """Everything K-DUP-01 reads, per case, frozen into the facts snapshot."""
    open_cases = open_cases_by_passport(session, cases)
    refusals = refusals_in_effect(session, cases)
    return {
        c.id: f.DuplicateFindings(open_cases=open_cases[c.id], refusals=refusals.get(c.id, ()))
        for c in cases
    }
