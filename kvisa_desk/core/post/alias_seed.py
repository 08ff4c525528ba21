"""Registered names of the registry seed's institutions (resources/registry/aliases.json),
written once: when the registry is seeded, and by migration 0008 for a registry seeded
before names could be registered. Supervisors add and remove names from then on."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, insert, select

from kvisa_desk.rules.institution_match import name_key
from kvisa_desk.shipped import resources_dir
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.models.registry import Institution, InstitutionAlias

ALIAS_FILE = "aliases.json"


def seed_entries() -> list[dict[str, Any]]:
    """The file's institutions: country, registry name and the names registered for it."""
    with (resources_dir() / "registry" / ALIAS_FILE).open(encoding="utf-8") as handle:
        return list(json.load(handle)["institutions"])


def seed_aliases(conn: Connection) -> int:
    """Register the file's names for the institutions the registry has (by country and exact
    name, unmerged); returns how many were written. Does nothing if any name is registered."""
    if conn.scalar(select(func.count()).select_from(InstitutionAlias)):
        return 0
    wanted = {(e["country"], e["name"]): e["aliases"] for e in seed_entries()}
    rows = conn.execute(
        select(Institution.id, Institution.country_code, Institution.name).where(
            Institution.merged_into_id.is_(None)
        )
    )
    now = utcnow()
    values = []
    taken: set[tuple[int, str]] = set()
    for institution_id, country, name in rows:
        for alias in wanted.pop((country, name), []):
            key = (institution_id, name_key(alias["name"]))
            if key in taken:
                continue
            taken.add(key)
            values.append(
                {
                    "institution_id": institution_id,
                    "name": alias["name"],
                    "name_folded": key[1],
                    "kind": alias["kind"],
                    "source": "seed",
                    "added_by": "system",
                    "added_at": now,
                }
            )
    if values:
        conn.execute(insert(InstitutionAlias), values)
    return len(values)
