"""What was written since a mark, read from the audit trail: how a window learns, on its
timer, of writes it did not make (the command line, another officer's window), case by case,
without reading everything again.

Every write records an event in the same transaction (the chain's head is locked by each
appender), so event ids grow in the order writes were committed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.changes import (
    ACCOUNTS,
    CASE_PARTS,
    CASES,
    NO_CHANGES,
    REGISTRY,
    SETTINGS,
    Changes,
)
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models.history import AuditHead, CaseEvent

MAX_EVENTS = 2_000  # more since the mark: everything is read again instead
# Events that change what no view shows.
UNSEEN = frozenset({"case_viewed", "login", "login_failed", "database_backup", "letter_verified"})
# Events that add or remove cases: every list is read again.
ADDING_OR_REMOVING = frozenset({"applications_imported", "case_imported", "retention_purge"})
POST_PARTS_BY_PREFIX = (
    ("post_settings", SETTINGS),
    ("registry", REGISTRY),
    ("account", ACCOUNTS),
    ("password", ACCOUNTS),
)


@dataclass(frozen=True)
class WrittenSince:
    mark: int  # the newest event read: the next look starts after it
    changes: Changes


def audit_mark(db: Database) -> int:
    """The newest event's id: what has been written so far."""
    with db.read() as session:
        return int(session.scalar(select(AuditHead.last_event_id)) or 0)


def written_since(db: Database, actor: str, mark: int) -> WrittenSince:
    """What the events after MARK changed: their cases (every part of each, as a write made
    elsewhere says no more), and the post-wide parts they name."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        rows = session.execute(
            select(CaseEvent.id, CaseEvent.case_id, CaseEvent.kind)
            .where(CaseEvent.id > mark)
            .order_by(CaseEvent.id)
            .limit(MAX_EVENTS + 1)
        ).all()
    if not rows:
        return WrittenSince(mark, NO_CHANGES)
    newest = max(row.id for row in rows)
    if len(rows) > MAX_EVENTS:
        return WrittenSince(newest, Changes.everything())
    case_ids: set[int] = set()
    parts: set[str] = set()
    every_case = False
    for row in rows:
        if row.kind in UNSEEN:
            continue
        if row.kind in ADDING_OR_REMOVING:
            every_case = True
            parts.add(CASES)
        elif row.case_id is not None:
            case_ids.add(row.case_id)
        else:
            kind = row.kind
            parts.update(part for prefix, part in POST_PARTS_BY_PREFIX if kind.startswith(prefix))
    if case_ids:
        parts.update(CASE_PARTS - {CASES})
    return WrittenSince(newest, Changes(frozenset(case_ids), frozenset(parts), every_case))
