"""K visa rule engine: pure rules over an immutable facts snapshot, driven by versioned packs.

Typical use::

    pack = pack_for(facts.reference_date)
    params = effective_parameters(pack, post_settings)
    outcome = apply_overrides(evaluate(facts, pack, params), stored_overrides)
"""

from __future__ import annotations

from kvisa_desk.rules.checks import RULES, RuleSpec, letter_grounds
from kvisa_desk.rules.countries import normalise_state, to_alpha2
from kvisa_desk.rules.dates import add_months, age_on
from kvisa_desk.rules.engine import evaluate
from kvisa_desk.rules.facts import (
    Applicant,
    Candidate,
    CaseFacts,
    Document,
    DuplicateFindings,
    Education,
    Employment,
    InstitutionMatch,
    Passport,
    Purpose,
    Refusal,
    Screening,
)
from kvisa_desk.rules.folder import rules_folder
from kvisa_desk.rules.institutions import InstitutionIndex, RegistryEntry
from kvisa_desk.rules.isced import IscedKeywords, IscedSuggestion, broad_field, suggest_isced
from kvisa_desk.rules.mrz import Mismatch, MrzFormatError, Td3, compare_with_record, parse_td3
from kvisa_desk.rules.overrides import apply_overrides
from kvisa_desk.rules.pack import (
    Pack,
    PackLibrary,
    RuleMeta,
    effective_parameters,
    load_packs,
    pack_for,
    parse_pack,
)
from kvisa_desk.rules.params import Parameters, ParameterSpec
from kvisa_desk.rules.results import (
    CheckOutcome,
    LapsedOverride,
    Outcome,
    Override,
    RuleResult,
    worst,
)
from kvisa_desk.rules.tiers import TIERS, Tier, meets_tier, tier_rank

__all__ = [
    "RULES",
    "TIERS",
    "Applicant",
    "Candidate",
    "CaseFacts",
    "CheckOutcome",
    "Document",
    "DuplicateFindings",
    "Education",
    "Employment",
    "InstitutionIndex",
    "InstitutionMatch",
    "IscedKeywords",
    "IscedSuggestion",
    "LapsedOverride",
    "Mismatch",
    "MrzFormatError",
    "Outcome",
    "Override",
    "Pack",
    "PackLibrary",
    "ParameterSpec",
    "Parameters",
    "Passport",
    "Purpose",
    "Refusal",
    "RegistryEntry",
    "RuleMeta",
    "RuleResult",
    "RuleSpec",
    "Screening",
    "Td3",
    "Tier",
    "add_months",
    "age_on",
    "apply_overrides",
    "broad_field",
    "compare_with_record",
    "effective_parameters",
    "evaluate",
    "letter_grounds",
    "load_packs",
    "meets_tier",
    "normalise_state",
    "pack_for",
    "parse_pack",
    "parse_td3",
    "rules_folder",
    "suggest_isced",
    "tier_rank",
    "to_alpha2",
    "worst",
]
