"""Institution registry tiers, ordered from weakest to strongest."""

from __future__ import annotations

from typing import Literal, get_args

Tier = Literal["unlisted", "listed", "recognised"]

# Order matters: a later tier satisfies any earlier minimum.
TIERS: tuple[Tier, ...] = get_args(Tier)


def tier_rank(tier: str) -> int:
    """Position of a tier in the order unlisted < listed < recognised."""
    try:
        return TIERS.index(tier)
    except ValueError:
        raise ValueError(f"Unknown institution tier {tier!r}; expected one of {TIERS}") from None


def meets_tier(tier: str | None, minimum: str) -> bool:
    """True when `tier` is at or above `minimum`; a missing tier never meets one."""
    return tier is not None and tier_rank(tier) >= tier_rank(minimum)
