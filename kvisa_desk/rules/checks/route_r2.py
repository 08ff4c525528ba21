"""Revision 2 of the route rules: K-EDU-01 awarded by the date received, K-EDU-02 a stated
code that contradicts its field text, K-EDU-03 and K-WRK-01 naming the registry candidates,
and K-RTE-01, K-DOC-02, K-VER-01 over those parts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kvisa_desk.rules.checks.base import Assessment, assess_field, combine
from kvisa_desk.rules.checks.documents import route_documents_result, verification_result
from kvisa_desk.rules.checks.education import assess_level
from kvisa_desk.rules.checks.employment import assess_current, assess_kind
from kvisa_desk.rules.checks.route import RouteStatus, route_result, route_status
from kvisa_desk.rules.facts import CaseFacts, Education, Employment, InstitutionMatch
from kvisa_desk.rules.findings import FindingPart, part
from kvisa_desk.rules.isced import broad_field
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, Outcome, RuleResult, make_result, worst
from kvisa_desk.rules.tiers import meets_tier

BASIS_WORDS = {
    "name": "its name",
    "registered_name": "a name registered for it",
    "similar_name": "a similar name",
    "email_supported": "a compatible name and the applicant's e-mail address there",
}


def assess_award(degree: Education, reference: date) -> Assessment:
    """Graduated and obtained the certificate: awarded on or before the date received."""
    values: dict[str, MessageValue] = {
        "awarded_on": None if degree.awarded_on is None else degree.awarded_on.isoformat(),
        "reference_date": reference.isoformat(),
    }
    if degree.awarded_on is None:
        return Assessment(
            "review",
            f"No award date given; Route A needs a degree awarded on or before {reference}, "
            "the date the application was received.",
            values,
            (part("award.missing", reference_date=values["reference_date"]),),
        )
    if degree.awarded_on > reference:
        return Assessment(
            "fail",
            f"Awarded {degree.awarded_on}, after the application was received on {reference}: "
            "not yet awarded on the date received.",
            values,
            (part("award.after", **values),),
        )
    return Assessment(
        "pass",
        f"Awarded {degree.awarded_on}, on or before {reference}, the date received.",
        values,
        (part("award.by", **values),),
    )


def _judge_level(degree: Education, reference: date) -> Assessment:
    return combine((assess_level(degree), assess_award(degree, reference)))


def _judge_field(degree: Education, params: Parameters) -> Assessment:
    """A code the application states stands, unless the field's text suggests another broad
    field: then review, showing both, until an officer confirms one."""
    stem = params.get_list("stem_fields")
    code, suggested = degree.isced_f, degree.isced_suggested
    stated, hinted = broad_field(code), broad_field(suggested)
    if degree.isced_source == "application" and stated and hinted and stated != hinted:
        label = f"'{degree.field}'" if degree.field else "(no text)"
        values: dict[str, MessageValue] = {
            "field": degree.field,
            "isced_f": code,
            "isced_confirmed": False,
            "isced_suggested": suggested,
            "stem_fields": ", ".join(stem),
        }
        return Assessment(
            "review",
            f"Field {label} is stated as ISCED-F {code} (broad field {stated}), but its text "
            f"suggests {suggested} (broad field {hinted}); an officer must confirm one "
            f"(STEM broad fields {', '.join(stem)}).",
            values,
            (
                part(
                    "field.contradicted",
                    field=degree.field,
                    isced_f=code,
                    stated=stated,
                    isced_suggested=suggested,
                    suggested=hinted,
                    stem_fields=list(stem),
                ),
            ),
        )
    return assess_field(degree.field, code, degree.isced_confirmed, stem)


def assess_institution_r2(
    declared: str, country: str | None, match: InstitutionMatch, params: Parameters
) -> Assessment:
    """Registry test: matched at or above the tier passes, anything else is review; a review
    names the nearest candidates (up to five, with their similarity)."""
    minimum = params.get_str("min_institution_tier")
    floor = params.get_int("institution_candidate_floor")
    threshold = params.get_int("institution_match_score")
    where = f"'{declared}' ({country})" if country else f"'{declared}'"
    listed = "; ".join(
        f"{c.name} (id {c.institution_id}, similarity {c.score:g})" for c in match.candidates
    )
    values: dict[str, MessageValue] = {
        "institution": declared,
        "match_status": match.status,
        "registry_name": match.name,
        "tier": match.tier,
        "min_tier": minimum,
        "basis": match.basis,
        "candidates": listed or None,
        "match_score": threshold,
        "candidate_floor": floor,
    }
    how = BASIS_WORDS.get(match.basis or "", "its name")
    named = {"institution": declared, "country": country}
    candidates = [[c.name, c.institution_id, c.score] for c in match.candidates]

    def said(key: str, **facts: object) -> tuple[FindingPart, ...]:
        return (part(key, **named, **facts),)

    registry = {"registry_name": match.name, "basis": match.basis, "tier": match.tier}
    if match.status == "matched" and meets_tier(match.tier, minimum):
        return Assessment(
            "pass",
            f"Institution {where} is {match.name} in the registry (by {how}), tier "
            f"{match.tier}; required tier {minimum} or above.",
            values,
            said("institution.matched", min_tier=minimum, **registry),
        )
    if match.status == "matched":
        return Assessment(
            "review",
            f"Institution {where} is {match.name} in the registry (by {how}), tier "
            f"{match.tier or 'unknown'}, below the required tier {minimum}; whether it is well "
            "known is an officer's call.",
            values,
            said("institution.below_tier", min_tier=minimum, **registry),
        )
    if match.status == "ambiguous":
        return Assessment(
            "review",
            f"Institution {where} fits several registry entries equally well: {listed}; an "
            "officer must choose.",
            values,
            said("institution.ambiguous", candidates=candidates),
        )
    if match.candidates:
        return Assessment(
            "review",
            f"Institution {where} matches no registry entry closely enough (similarity "
            f"{threshold} or more); the nearest: {listed}. An officer must judge whether it is "
            f"well known (required tier {minimum} or above).",
            values,
            said(
                "institution.nearest",
                match_score=threshold,
                candidates=candidates,
                min_tier=minimum,
            ),
        )
    return Assessment(
        "review",
        f"Institution {where}: no candidate in the registry (none reached similarity {floor}); "
        f"an officer must judge whether it is well known (required tier {minimum} or above).",
        values,
        said("institution.no_candidate", candidate_floor=floor, min_tier=minimum),
    )


def degree_parts(degree: Education, facts: CaseFacts, params: Parameters) -> Outcome:
    """The worst of one degree's three Route A parts, as K-RTE-01 needs it."""
    return worst(
        (
            assess_level_r2(degree, facts.reference_date).outcome,
            assess_field_r2(degree, params).outcome,
            _degree_institution(degree, params).outcome,
        )
    )


def _judge_post(post: Employment, reference: date, params: Parameters) -> Assessment:
    """K-WRK-01's conditions for one post: as revision 1, naming the registry candidates."""
    return combine(
        (
            assess_current(post, reference),
            assess_kind(post),
            assess_field(
                post.field, post.isced_f, post.isced_confirmed, params.get_list("stem_fields")
            ),
            assess_institution_r2(post.employer, post.country, post.institution_match, params),
        )
    )


def post_outcome(post: Employment, facts: CaseFacts, params: Parameters) -> Outcome:
    return assess_post_r2(post, facts.reference_date, params).outcome


def status_r2(facts: CaseFacts, params: Parameters) -> RouteStatus:
    # K-RTE-01, K-DOC-02 and K-VER-01 all ask: judged once per snapshot and parameters (both
    # immutable), memoised in the snapshot as its digest is.
    cached: tuple[Parameters, RouteStatus] | None = facts.__dict__.get("_status_r2")
    if cached is not None and cached[0] is params:
        return cached[1]
    status = route_status(facts, params, degree_parts, post_outcome)
    facts.__dict__["_status_r2"] = (params, status)
    return status


def _degree_institution(degree: Education, params: Parameters) -> Assessment:
    return _once(
        degree,
        ("institution", None),
        params,
        lambda: assess_institution_r2(
            degree.institution, degree.institution_country, degree.institution_match, params
        ),
    )


def assess_level_r2(degree: Education, reference: date) -> Assessment:
    return _once(degree, ("level", reference), None, lambda: _judge_level(degree, reference))


def assess_field_r2(degree: Education, params: Parameters) -> Assessment:
    return _once(degree, ("field", None), params, lambda: _judge_field(degree, params))


def assess_post_r2(post: Employment, reference: date, params: Parameters) -> Assessment:
    """K-WRK-01's conditions for one post: as revision 1, naming the registry candidates."""
    return _once(post, ("post", reference), params, lambda: _judge_post(post, reference, params))


def _once(
    item: Education | Employment,
    what: tuple[str, date | None],
    params: Parameters | None,
    judge: Callable[[], Assessment],
) -> Assessment:
    """An item's assessment judged once per snapshot item and parameters (both immutable):
    the part rules and K-RTE-01 ask the same questions of every degree and post."""
    memo: dict[tuple[str, date | None], tuple[Parameters | None, Assessment]]
    memo = item.__dict__.setdefault("_assessed_r2", {})
    found = memo.get(what)
    if found is None or found[0] is not params:
        found = memo[what] = (params, judge())
    return found[1]


def _per_degree(rule_id: str, found: list[Assessment]) -> list[RuleResult]:
    return [
        make_result(rule_id, f"education[{i}]", a.outcome, a.message, a.finding, **a.params)
        for i, a in enumerate(found)
    ]


def check_edu_level(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-EDU-01: bachelor's, master's or doctorate, awarded on or before the date received."""
    reference = facts.reference_date
    return _per_degree("K-EDU-01", [assess_level_r2(d, reference) for d in facts.education])


def check_edu_field(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-EDU-02: the degree's field is STEM; a stated code its text contradicts is review."""
    return _per_degree("K-EDU-02", [assess_field_r2(d, params) for d in facts.education])


def check_edu_institution(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-EDU-03: the awarding institution is in the registry at or above the minimum tier."""
    return _per_degree("K-EDU-03", [_degree_institution(d, params) for d in facts.education])


def check_work(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-WRK-01: one result per post in the record."""
    results = []
    for index, post in enumerate(facts.employment):
        verdict = assess_post_r2(post, facts.reference_date, params)
        subject = f"employment[{index}]"
        results.append(
            make_result(
                "K-WRK-01",
                subject,
                verdict.outcome,
                verdict.message,
                verdict.finding,
                **verdict.params,
            )
        )
    return results


def check_route(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-RTE-01: a degree or a post passes all its parts (as revision 2 judges them)."""
    return route_result(facts, status_r2(facts, params))


def check_route_documents(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-DOC-02 over revision 2's route status."""
    return route_documents_result(facts, status_r2(facts, params))


def check_verification(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-VER-01 over revision 2's route status."""
    return verification_result(facts, status_r2(facts, params))
