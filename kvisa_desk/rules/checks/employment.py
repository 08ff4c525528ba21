"""Route B, one result per post: K-WRK-01 current STEM teaching or research at a registry body."""

from __future__ import annotations

from datetime import date

from kvisa_desk.rules.checks.base import Assessment, assess_field, assess_institution, combine
from kvisa_desk.rules.facts import CaseFacts, Employment
from kvisa_desk.rules.findings import part
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, RuleResult, make_result

POST_KINDS = ("teaching", "research")


def assess_current(post: Employment, reference: date) -> Assessment:
    """Current means start ≤ reference date and no end, or end ≥ reference date."""
    values: dict[str, MessageValue] = {
        "start_date": _iso(post.start_date),
        "end_date": _iso(post.end_date),
        "reference_date": reference.isoformat(),
    }
    span = f"from {_iso(post.start_date) or 'an unknown date'} " + (
        f"to {post.end_date.isoformat()}" if post.end_date else "with no end"
    )
    if post.start_date is None:
        return Assessment(
            "review",
            f"Post start date not given; cannot tell if it is current on {reference.isoformat()}.",
            values,
            (part("post.no_start", reference_date=values["reference_date"]),),
        )
    if post.start_date > reference:
        return Assessment(
            "fail",
            f"Post {span} starts after {reference.isoformat()}, so it is not current.",
            values,
            (part("post.not_started", **values),),
        )
    if post.end_date is not None and post.end_date < reference:
        return Assessment(
            "fail",
            f"Post {span} ended before {reference.isoformat()}, so it is not current.",
            values,
            (part("post.ended", **values),),
        )
    return Assessment(
        "pass",
        f"Post {span} is current on {reference.isoformat()}.",
        values,
        (part("post.current", **values),),
    )


def assess_kind(post: Employment) -> Assessment:
    values: dict[str, MessageValue] = {"kind": post.kind, "required_kinds": "teaching, research"}
    if post.kind is None:
        return Assessment(
            "review",
            "Kind of post not given; Route B needs teaching or research.",
            values,
            (part("kind.missing"),),
        )
    found = (part("kind.given", kind=post.kind),)
    text = f"Kind {post.kind}; Route B needs teaching or research."
    return Assessment("pass" if post.kind in POST_KINDS else "fail", text, values, found)


def assess_post(post: Employment, reference: date, params: Parameters) -> Assessment:
    """All conditions of K-WRK-01 for one post, combined into one verdict."""
    return combine(
        (
            assess_current(post, reference),
            assess_kind(post),
            assess_field(
                post.field, post.isced_f, post.isced_confirmed, params.get_list("stem_fields")
            ),
            assess_institution(
                post.employer,
                post.country,
                post.institution_match,
                params.get_str("min_institution_tier"),
            ),
        )
    )


def check_work(facts: CaseFacts, params: Parameters) -> list[RuleResult]:
    """K-WRK-01: one result per post in the record."""
    results = []
    for index, post in enumerate(facts.employment):
        verdict = assess_post(post, facts.reference_date, params)
        results.append(
            make_result(
                "K-WRK-01",
                f"employment[{index}]",
                verdict.outcome,
                verdict.message,
                **verdict.params,
            )
        )
    return results


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
