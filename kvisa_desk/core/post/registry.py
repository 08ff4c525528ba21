"""The institution registry: search, tiers, research institutions and merging duplicates."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.changes import NO_CHANGES, REGISTRY, Changes
from kvisa_desk.core.countries import to_alpha2
from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.core.post.institution_aliases import move_aliases
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Institution
from kvisa_desk.vocab import InstitutionTier

TIERS = tuple(t.value for t in InstitutionTier)


@dataclass(frozen=True)
class RegistryEntryView:
    id: int
    name: str
    country_code: str
    domains: tuple[str, ...]
    tier: str
    kind: str
    source: str
    merged_into_id: int | None
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country_code,
            "domains": list(self.domains),
            "tier": self.tier,
            "kind": self.kind,
            "source": self.source,
            "merged_into": self.merged_into_id,
        }


def _view(row: Institution) -> RegistryEntryView:
    return RegistryEntryView(
        row.id,
        row.name,
        row.country_code,
        tuple(row.domains or ()),
        row.tier,
        row.kind,
        row.source,
        row.merged_into_id,
    )


def _written(view: RegistryEntryView) -> RegistryEntryView:
    return replace(view, what_changed=Changes.of_post(REGISTRY))


def _escape_like(text: str) -> str:
    # The officer's text is data: % and _ match themselves.
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_registry(
    db: Database, text: str = "", country: str | None = None, limit: int = 50
) -> list[RegistryEntryView]:
    query = select(Institution).order_by(Institution.country_code, Institution.name)
    if text:
        query = query.where(
            func.lower(Institution.name).like(f"%{_escape_like(text.lower())}%", escape="\\")
        )
    if country:
        code = to_alpha2(country.upper())
        if code is None:
            raise InvalidInput(f"{country!r} is not a country code")
        query = query.where(Institution.country_code == code)
    with db.read() as session:
        return [_view(r) for r in session.scalars(query.limit(limit))]


def _get(session: Session, institution_id: int) -> Institution:
    row = session.get(Institution, institution_id)
    if row is None:
        raise NotFound(f"no institution {institution_id} in the registry")
    return row


def set_tier(db: Database, institution_id: int, tier: str, actor: str) -> RegistryEntryView:
    with db.write() as session:
        require(session, actor, Permission.REGISTRY)  # permission first, then the arguments
        if tier not in TIERS:
            raise InvalidInput(f"tier must be one of {', '.join(TIERS)}")
        row = _get(session, institution_id)
        before, row.tier = row.tier, tier
        record_event(
            session, actor, "registry_tier_changed", institution=row.id, before=before, after=tier
        )
        return _written(_view(row))


def add_institution(
    db: Database,
    name: str,
    country: str,
    actor: str,
    domains: tuple[str, ...] = (),
    kind: str = "research",
    tier: str = InstitutionTier.LISTED.value,
) -> RegistryEntryView:
    with db.write() as session:
        require(session, actor, Permission.REGISTRY)  # permission first, then the arguments
        code = to_alpha2(country.upper())
        if code is None:
            raise InvalidInput(f"{country!r} is not a country code")
        if not name.strip():
            raise InvalidInput("the institution needs a name")
        if tier not in TIERS:
            raise InvalidInput(f"tier must be one of {', '.join(TIERS)}")
        row = Institution(
            name=name.strip(),
            country_code=code,
            domains=[d.strip().lower() for d in domains if d.strip()],
            web_pages=[],
            tier=tier,
            kind=kind,
            source="manual",
        )
        session.add(row)
        session.flush()
        record_event(
            session, actor, "registry_institution_added", institution=row.id, institution_kind=kind
        )
        return _written(_view(row))


def merge_institutions(
    db: Database, duplicate_id: int, keep_id: int, actor: str
) -> RegistryEntryView:
    """The duplicate stops matching; its domains join the entry that is kept."""
    with db.write() as session:
        require(session, actor, Permission.REGISTRY)  # permission first, then the arguments
        if duplicate_id == keep_id:
            raise InvalidInput("an institution cannot be merged into itself")
        duplicate, keep = _get(session, duplicate_id), _get(session, keep_id)
        if keep.merged_into_id is not None:
            raise InvalidInput(
                f"institution {keep_id} was itself merged into {keep.merged_into_id}"
            )
        keep.domains = sorted(set(keep.domains or ()) | set(duplicate.domains or ()))
        move_aliases(session, duplicate.id, keep.id)
        duplicate.merged_into_id = keep.id
        record_event(
            session, actor, "registry_merged", institution=duplicate.id, merged_into=keep.id
        )
        return _written(_view(keep))


def duplicate_names(db: Database) -> list[tuple[RegistryEntryView, RegistryEntryView]]:
    """Pairs of unmerged entries with the same name in the same country: they tie forever."""
    other = aliased(Institution)
    query = (
        select(Institution, other)
        .join(
            other,
            (func.lower(other.name) == func.lower(Institution.name))
            & (other.country_code == Institution.country_code)
            & (other.id > Institution.id),
        )
        .where(or_(Institution.merged_into_id.is_(None)), other.merged_into_id.is_(None))
        .order_by(Institution.country_code, Institution.name)
    )
    with db.read() as session:
        return [(_view(a), _view(b)) for a, b in session.execute(query)]
