"""Load the institution registry seed (Hipo university-domains-list, MIT) on database creation."""

from __future__ import annotations

import json
import re

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kvisa_desk.core.post.alias_seed import seed_aliases
from kvisa_desk.shipped import resources_dir
from kvisa_desk.store.models import Institution
from kvisa_desk.vocab import InstitutionTier

SEED_FILE = "world_universities_and_domains.json"
# A few seed names carry Windows-1252 quotes read as Latin-1 (U+0093 for “): C1 controls.
_C1 = re.compile("[\x80-\x9f]")


def repaired_name(name: str) -> str:
    """`name` with Windows-1252 characters mistaken for C1 controls put back (“ for U+0093)."""
    return _C1.sub(lambda m: m.group().encode("latin-1").decode("cp1252", "ignore"), name).strip()


def seed_registry_if_empty(session: Session) -> int:
    """Returns how many institutions were loaded (0 when the registry already has entries)."""
    if session.scalar(select(func.count()).select_from(Institution)):
        return 0
    with (resources_dir() / "registry" / SEED_FILE).open(encoding="utf-8") as handle:
        entries = json.load(handle)
    rows = [
        {
            "name": repaired_name(entry["name"]),
            "country_code": (entry.get("alpha_two_code") or "").upper()[:2],
            "state_province": entry.get("state-province"),
            "domains": list(entry.get("domains") or []),
            "web_pages": list(entry.get("web_pages") or []),
            "tier": InstitutionTier.LISTED.value,
            "kind": "university",
            "source": "seed",
        }
        for entry in entries
        if entry.get("name") and entry.get("alpha_two_code")
    ]
    for start in range(0, len(rows), 2000):
        session.execute(insert(Institution), rows[start : start + 2000])
    seed_aliases(session.connection())  # the names and abbreviations in common use
    return len(rows)
