"""Shared pieces of the rule functions: the check signature and small assessments."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from kvisa_desk.rules.facts import CaseFacts, InstitutionMatch
from kvisa_desk.rules.findings import FindingPart, part
from kvisa_desk.rules.isced import broad_field
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import MessageValue, Outcome, RuleResult, worst
from kvisa_desk.rules.tiers import meets_tier

Check = Callable[[CaseFacts, Parameters], list[RuleResult]]

# ISCED-F 2013 broad fields; 99 means "field unknown".
ISCED_BROAD_FIELDS = frozenset({f"{n:02d}" for n in range(11)} | {"99"})


@dataclass(frozen=True)
class Assessment:
    """One condition's verdict with the sentence and values that explain it."""

    outcome: Outcome
    message: str
    params: Mapping[str, MessageValue] = field(default_factory=dict, hash=False)
    # The same sentence(s) as templates with their facts (findings.py), for revision 2 on.
    finding: tuple[FindingPart, ...] = ()


def combine(parts: Iterable[Assessment]) -> Assessment:
    """Worst outcome of several conditions; sentences of the non-passing ones come first."""
    items = list(parts)
    ordered = sorted(items, key=lambda a: {"fail": 0, "review": 1, "pass": 2}[a.outcome])
    merged: dict[str, MessageValue] = {}
    for item in items:
        merged.update(item.params)
    return Assessment(
        worst(a.outcome for a in items),
        " ".join(a.message for a in ordered),
        merged,
        tuple(p for a in ordered for p in a.finding),
    )


def assess_field(
    field_text: str, code: str | None, confirmed: bool, stem: tuple[str, ...]
) -> Assessment:
    """STEM test of an ISCED-F code: confirmed non-STEM fails, anything uncertain is review."""
    stem_text = ", ".join(stem)
    label = f"'{field_text}'" if field_text else "(no text)"
    values: dict[str, MessageValue] = {
        "field": field_text,
        "isced_f": code,
        "isced_confirmed": confirmed,
        "stem_fields": stem_text,
    }
    broad = broad_field(code)
    facts = {"field": field_text, "stem_fields": list(stem)}
    if broad is None or broad not in ISCED_BROAD_FIELDS or broad == "99":
        shown = "no ISCED-F code" if code is None else f"ISCED-F code {code}, an unknown field"
        found = (
            part("field.uncoded", **facts)
            if code is None
            else part("field.unknown_code", isced_f=code, **facts)
        )
        return Assessment(
            "review",
            f"Field {label} has {shown}; an officer must code it (STEM broad fields {stem_text}).",
            values,
            (found,),
        )
    is_stem = broad in stem
    kind = "a STEM broad field" if is_stem else "outside the STEM broad fields"
    coded = {"isced_f": code, "broad": broad, **facts}
    if not confirmed:
        key = "field.suggested_stem" if is_stem else "field.suggested_other"
        return Assessment(
            "review",
            f"Field {label} has suggested ISCED-F code {code} (broad field {broad}, {kind}), "
            f"not yet confirmed by an officer; STEM broad fields {stem_text}.",
            values,
            (part(key, **coded),),
        )
    return Assessment(
        "pass" if is_stem else "fail",
        f"Field {label} is coded {code}; broad field {broad} is {kind} ({stem_text}).",
        values,
        (part("field.stem" if is_stem else "field.not_stem", **coded),),
    )


def assess_institution(
    declared: str, country: str | None, match: InstitutionMatch, minimum: str
) -> Assessment:
    """Registry test: matched at or above the tier passes, anything else is review, never fail."""
    where = f"'{declared}' ({country})" if country else f"'{declared}'"
    values: dict[str, MessageValue] = {
        "institution": declared,
        "match_status": match.status,
        "registry_name": match.name,
        "tier": match.tier,
        "min_tier": minimum,
    }
    if match.status == "matched" and meets_tier(match.tier, minimum):
        return Assessment(
            "pass",
            f"Institution {where} is {match.name} in the registry, tier {match.tier}; "
            f"required tier {minimum} or above.",
            values,
        )
    if match.status == "matched":
        return Assessment(
            "review",
            f"Institution {where} is {match.name} in the registry, tier {match.tier or 'unknown'}, "
            f"below the required tier {minimum}; whether it is well known is an officer's call.",
            values,
        )
    if match.status == "ambiguous":
        names = (
            "; ".join(
                f"{c.name} (id {c.institution_id}, score {c.score:g})" for c in match.candidates
            )
            or "no candidates recorded"
        )
        values = {**values, "candidates": names}
        return Assessment(
            "review",
            f"Institution {where} matches several registry entries ({names}); "
            "an officer must choose.",
            values,
        )
    return Assessment(
        "review",
        f"Institution {where} was not found in the registry; an officer must judge whether it is "
        f"well known (required tier {minimum} or above).",
        values,
    )
