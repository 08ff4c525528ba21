"""Names and abbreviations registered for registry institutions ("UNILAG", "清华大学"): added
and removed by supervisors, audited, and read by revision 2's matcher, for which such a name
written by an applicant is as good as the institution's own."""

from __future__ import annotations

import gc
import json
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.changes import NO_CHANGES, REGISTRY, Changes
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.rules.facts import InstitutionId
from kvisa_desk.rules.institution_match import NameFirstIndex, name_key
from kvisa_desk.rules.institutions import RegistryEntry
from kvisa_desk.rules.tiers import Tier
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Institution, InstitutionAlias

KINDS = ("abbreviation", "alternative")
MAX_LENGTH = 300


@dataclass(frozen=True)
class RegisteredName:
    institution_id: int
    institution: str
    name: str
    kind: str
    source: str
    added_by: str
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)

    def to_json(self) -> dict[str, object]:
        return {
            "institution_id": self.institution_id,
            "institution": self.institution,
            "name": self.name,
            "kind": self.kind,
            "source": self.source,
            "added_by": self.added_by,
        }


def _kind_of(name: str, kind: str | None) -> str:
    if kind is None:
        # One word in capitals ("UNILAG", "KAIST") reads as an abbreviation.
        return "abbreviation" if " " not in name and name.upper() == name else "alternative"
    if kind not in KINDS:
        raise InvalidInput(f"the kind of a registered name is {' or '.join(KINDS)}, not {kind!r}")
    return kind


def _institution(session: Session, institution_id: int) -> Institution:
    row = session.get(Institution, institution_id)
    if row is None:
        raise NotFound(f"no institution {institution_id} in the registry")
    if row.merged_into_id is not None:
        raise InvalidInput(
            f"institution {institution_id} was merged into {row.merged_into_id}: register the "
            "name for that one"
        )
    return row


def _clash(session: Session, row: Institution, key: str) -> str | None:
    """Another institution of the same country already known by this name, if any."""
    same_country = select(Institution).where(
        Institution.country_code == row.country_code,
        Institution.merged_into_id.is_(None),
        Institution.id != row.id,
    )
    for other in session.scalars(same_country):
        if name_key(other.name) == key:
            return f"it is the name of {other.name} (id {other.id})"
    alias = session.execute(
        select(InstitutionAlias.institution_id, Institution.name)
        .join(Institution, Institution.id == InstitutionAlias.institution_id)
        .where(
            InstitutionAlias.name_folded == key,
            Institution.country_code == row.country_code,
            Institution.id != row.id,
        )
    ).first()
    if alias is not None:
        return f"it is already registered for {alias.name} (id {alias.institution_id})"
    return None


def add_alias(
    db: Database, institution_id: int, name: str, actor: str, kind: str | None = None
) -> RegisteredName:
    """Register NAME for the institution. Refused: a blank name, one that folds to nothing,
    one already registered for it, or one another institution of its country is known by
    (two institutions with one name could never be told apart)."""
    with db.write() as session:
        require(session, actor, Permission.REGISTRY)  # permission first, then the arguments
        name = name.strip()
        key = name_key(name)
        if not name or not key:
            raise InvalidInput("a registered name needs letters or digits, e.g. UNILAG")
        if len(name) > MAX_LENGTH:
            raise InvalidInput(f"a registered name is at most {MAX_LENGTH} characters")
        chosen = _kind_of(name, kind)
        row = _institution(session, institution_id)
        if key == name_key(row.name):
            raise InvalidInput(f"{name!r} is already the institution's own name")
        existing = session.scalar(
            select(InstitutionAlias).where(
                InstitutionAlias.institution_id == row.id, InstitutionAlias.name_folded == key
            )
        )
        if existing is not None:
            raise Conflict(f"{existing.name!r} is already registered for {row.name}")
        clash = _clash(session, row, key)
        if clash is not None:
            raise Conflict(f"{name!r} cannot be registered for {row.name}: {clash}")
        session.add(
            InstitutionAlias(
                institution_id=row.id,
                name=name,
                name_folded=key,
                kind=chosen,
                source="manual",
                added_by=actor,
                added_at=utcnow(),
            )
        )
        record_event(
            session,
            actor,
            "registry_alias_added",
            institution=row.id,
            alias=name,
            alias_kind=chosen,
        )
        changed = Changes.of_post(REGISTRY)
        return RegisteredName(row.id, row.name, name, chosen, "manual", actor, changed)


def remove_alias(db: Database, institution_id: int, name: str, actor: str) -> RegisteredName:
    """Remove a registered name (compared as the matcher compares it)."""
    key = name_key(name)
    with db.write() as session:
        require(session, actor, Permission.REGISTRY)
        row = _institution(session, institution_id)
        alias = session.scalar(
            select(InstitutionAlias).where(
                InstitutionAlias.institution_id == row.id, InstitutionAlias.name_folded == key
            )
        )
        if alias is None:
            known = ", ".join(a.name for a in _aliases_of(session, row.id)) or "none"
            raise NotFound(f"{name!r} is not registered for {row.name} (registered: {known})")
        removed = RegisteredName(
            row.id,
            row.name,
            alias.name,
            alias.kind,
            alias.source,
            alias.added_by,
            Changes.of_post(REGISTRY),
        )
        session.delete(alias)
        record_event(session, actor, "registry_alias_removed", institution=row.id, alias=alias.name)
        return removed


def _aliases_of(session: Session, institution_id: int) -> list[InstitutionAlias]:
    return list(
        session.scalars(
            select(InstitutionAlias)
            .where(InstitutionAlias.institution_id == institution_id)
            .order_by(InstitutionAlias.name)
        )
    )


def list_aliases(db: Database, institution_id: int) -> list[RegisteredName]:
    with db.read() as session:
        row = session.get(Institution, institution_id)
        if row is None:
            raise NotFound(f"no institution {institution_id} in the registry")
        return [
            RegisteredName(row.id, row.name, a.name, a.kind, a.source, a.added_by)
            for a in _aliases_of(session, row.id)
        ]


def move_aliases(session: Session, duplicate_id: int, keep_id: int) -> None:
    """A merged duplicate's registered names go to the entry kept (unless it has them)."""
    kept = {a.name_folded for a in _aliases_of(session, keep_id)}
    for alias in _aliases_of(session, duplicate_id):
        if alias.name_folded in kept:
            session.delete(alias)
        else:
            alias.institution_id = keep_id


# The last index built per database, with the registry's stamp when it was read: building
# it from ~10,000 entries costs ~0.7 s, which one case's checks paid every time. Only the
# latest few databases are kept: each index holds ~100,000 objects, and a process that opens
# one database after another (tests, batch scripts) must not keep them all.
_NAME_INDEXES: dict[str, tuple[tuple[object, ...], NameFirstIndex]] = {}
_KEEP_INDEXES = 2
# One build at a time: the one started after sign-in and a Run checks pressed meanwhile share it.
_BUILDING = threading.Lock()


def _registry_stamp(session: Session) -> tuple[object, ...]:
    """What changes whenever an entry or a registered name is added, edited, merged or
    removed: counts, highest ids and the latest `updated_at` (set by every ORM update)."""
    entries = session.execute(
        select(func.count(), func.max(Institution.id), func.max(Institution.updated_at))
    ).one()
    alias = InstitutionAlias
    names = session.execute(
        select(func.count(), func.max(alias.id), func.sum(alias.institution_id))
    ).one()
    return (*entries, *names)


def load_name_index(session: Session) -> NameFirstIndex:
    """The registry (entries still matching) with their registered names, for revision 2;
    built again only when the registry changed since it was last built for this database."""
    bind = session.get_bind()
    database = bind.engine.url.render_as_string(hide_password=True)
    stamp = _registry_stamp(session)
    cached = _NAME_INDEXES.get(database)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    with _BUILDING:
        cached = _NAME_INDEXES.get(database)  # built by another thread while this one waited
        if cached is not None and cached[0] == stamp:
            return cached[1]
        # The collector paused while ~100,000 lasting objects are made: its passes over the
        # growing heap were more than half the build (~60 of 110 ms of CPU), and none is garbage.
        paused = gc.isenabled()
        gc.disable()
        try:
            index = _build_name_index(session)
        finally:
            if paused:
                gc.enable()
        _NAME_INDEXES.pop(database, None)
        _NAME_INDEXES[database] = (stamp, index)  # newest last: dicts keep insertion order
        while len(_NAME_INDEXES) > _KEEP_INDEXES:
            del _NAME_INDEXES[next(iter(_NAME_INDEXES))]
    return index


def prepare_name_index(db: Database) -> None:
    """Build the registry's name index now (after sign-in, beside the GUI thread), so the
    session's first check finds it ready."""
    with db.read() as session:
        load_name_index(session)


def _typed_rows(rows: Any) -> Iterator[tuple[int, str, str, str | None, Tier]]:
    """The registry's rows as the matcher types them (the tier column holds a Tier)."""
    return iter(rows)


def _build_name_index(session: Session) -> NameFirstIndex:
    # Domains read as their JSON text and rows unpacked by position: ~10,000 rows through
    # the JSON type's processor and named attributes cost a first check ~100 ms of CPU.
    rows = session.execute(
        select(
            Institution.id,
            Institution.name,
            Institution.country_code,
            cast(Institution.domains, Text),
            Institution.tier,
        ).where(Institution.merged_into_id.is_(None))
    )
    entries = [
        RegistryEntry(i, name, country, tuple(json.loads(domains) or ()) if domains else (), tier)
        for i, name, country, domains, tier in _typed_rows(rows)
    ]
    registered: dict[InstitutionId, list[str]] = defaultdict(list)
    for institution_id, name in session.execute(
        select(InstitutionAlias.institution_id, InstitutionAlias.name)
    ):
        registered[institution_id].append(name)
    return NameFirstIndex(entries, registered)
