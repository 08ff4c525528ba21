"""The facts snapshot as revision 2 builds it: revision 1's, plus the stored normalised
identity values, who stated each field code and what the field's text suggests, and the
registry match made by revision 2's matcher (the name decides)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from kvisa_desk.core.checks.facts_builder import build_facts, suggested_code
from kvisa_desk.rules import facts as f
from kvisa_desk.rules.normalise import NormalisedIdentity


class Matcher(Protocol):
    def match(self, name: str, country: str | None, email: str | None = None) -> f.InstitutionMatch:
        """The registry match of a written institution name."""
        ...


def identity_of(case: Any) -> NormalisedIdentity:
    """The normalised values stored beside what the applicant wrote."""
    a, p = case.applicant, case.passport
    return NormalisedIdentity(
        nationality=a.nationality_normalised,
        issuing_state=p.issuing_state_normalised,
        passport_number=p.number_normalised,
        surname=a.surname_folded,
    )


def _source(code: str | None, source: str | None) -> f.IscedSource:
    if code and source == "officer":
        return "officer"
    if code and source == "application":
        return "application"
    return "suggested"


def build_facts_r2(case: Any, matcher: Matcher, duplicates: f.DuplicateFindings) -> f.CaseFacts:
    """CASE's revision-2 snapshot; MATCHER is revision 2's registry matcher with the post's
    thresholds, DUPLICATES what `duplicate_findings_r2` found."""
    base = build_facts(case, matcher, duplicates)  # type: ignore[arg-type]
    education = tuple(
        replace(
            degree,
            isced_source=_source(row.isced_f, row.isced_source),
            isced_suggested=suggested_code(row.field),
        )
        for degree, row in zip(base.education, case.education, strict=True)
    )
    return replace(base, education=education, normalised=identity_of(case))
