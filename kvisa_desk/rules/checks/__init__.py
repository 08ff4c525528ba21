"""Rule functions of the K visa packs, registered by rule id, one set per pack revision.

Revision 1's set stays exactly as it ran, so a stored revision-1 run replays to the same
results; a later revision registers its corrected functions in a set of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from kvisa_desk.rules.checks import identity_r2, route_r2
from kvisa_desk.rules.checks.base import Check
from kvisa_desk.rules.checks.documents import (
    check_basic_documents,
    check_route_documents,
    check_verification,
)
from kvisa_desk.rules.checks.education import (
    check_edu_field,
    check_edu_institution,
    check_edu_level,
)
from kvisa_desk.rules.checks.employment import check_work
from kvisa_desk.rules.checks.legal import check_age, check_in_force, check_nationality
from kvisa_desk.rules.checks.passport import check_mrz, check_validity
from kvisa_desk.rules.checks.purpose import check_purpose
from kvisa_desk.rules.checks.route import check_route
from kvisa_desk.rules.checks.screening import check_duplicates, check_screening, letter_grounds

Scope = Literal["case", "education", "employment"]
_TIER_AND_STEM = ("stem_fields", "min_institution_tier")


@dataclass(frozen=True)
class RuleSpec:
    """A rule implementation: what it speaks of and which pack parameters it reads."""

    rule_id: str
    check: Check
    scope: Scope
    parameters: tuple[str, ...] = ()


RULES: Mapping[str, RuleSpec] = {
    spec.rule_id: spec
    for spec in (
        RuleSpec("K-LEG-01", check_in_force, "case", ("k_visa_in_force",)),
        RuleSpec("K-NAT-01", check_nationality, "case"),
        RuleSpec("K-AGE-01", check_age, "case", ("age_min", "age_max", "age_outside_band")),
        RuleSpec("K-EDU-01", check_edu_level, "education"),
        RuleSpec("K-EDU-02", check_edu_field, "education", ("stem_fields",)),
        RuleSpec("K-EDU-03", check_edu_institution, "education", ("min_institution_tier",)),
        RuleSpec("K-WRK-01", check_work, "employment", _TIER_AND_STEM),
        RuleSpec("K-RTE-01", check_route, "case", _TIER_AND_STEM),
        RuleSpec("K-DOC-01", check_basic_documents, "case"),
        RuleSpec("K-DOC-02", check_route_documents, "case", _TIER_AND_STEM),
        RuleSpec("K-PPT-01", check_validity, "case", ("passport_min_validity_months",)),
        RuleSpec("K-PPT-02", check_mrz, "case"),
        RuleSpec("K-PUR-01", check_purpose, "case"),
        RuleSpec("K-DUP-01", check_duplicates, "case", ("recent_refusal_months",)),
        RuleSpec("K-REF-01", check_screening, "case", ("refusal_grounds_policy",)),
        RuleSpec("K-VER-01", check_verification, "case", _TIER_AND_STEM),
    )
}

_INSTITUTIONS = ("min_institution_tier", "institution_match_score", "institution_candidate_floor")
_ROUTE_R2 = ("stem_fields", *_INSTITUTIONS)

# Revision 2 (2026-12): the corrections of a second reading (identity_r2.py, route_r2.py);
# the rules it leaves alone keep revision 1's functions.
RULES_REVISION_2: Mapping[str, RuleSpec] = {
    **RULES,
    **{
        spec.rule_id: spec
        for spec in (
            RuleSpec("K-NAT-01", identity_r2.check_nationality, "case"),
            RuleSpec("K-EDU-01", route_r2.check_edu_level, "education"),
            RuleSpec("K-EDU-02", route_r2.check_edu_field, "education", ("stem_fields",)),
            RuleSpec("K-EDU-03", route_r2.check_edu_institution, "education", _INSTITUTIONS),
            RuleSpec("K-WRK-01", route_r2.check_work, "employment", _ROUTE_R2),
            RuleSpec("K-RTE-01", route_r2.check_route, "case", _ROUTE_R2),
            RuleSpec("K-DOC-02", route_r2.check_route_documents, "case", _ROUTE_R2),
            RuleSpec("K-PPT-02", identity_r2.check_mrz, "case"),
            RuleSpec("K-DUP-01", identity_r2.check_duplicates, "case", ("recent_refusal_months",)),
            RuleSpec("K-REF-01", identity_r2.check_screening, "case", ("refusal_grounds_policy",)),
            RuleSpec("K-VER-01", route_r2.check_verification, "case", _ROUTE_R2),
        )
    },
}

RULES_BY_REVISION: Mapping[int, Mapping[str, RuleSpec]] = {1: RULES, 2: RULES_REVISION_2}


def rules_for(revision: int) -> Mapping[str, RuleSpec]:
    """The rule implementations of a pack revision; LookupError for one this code lacks."""
    try:
        return RULES_BY_REVISION[revision]
    except KeyError:
        raise LookupError(f"No rule code for pack revision {revision}") from None


__all__ = [
    "RULES",
    "RULES_BY_REVISION",
    "RULES_REVISION_2",
    "Check",
    "RuleSpec",
    "Scope",
    "letter_grounds",
    "rules_for",
]
