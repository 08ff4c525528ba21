"""The audit service: every event appended to one hash chain, and the chain verified.

Each event's hash is SHA-256 over the previous hash and the event's canonical content
(id, case, officer, time in UTC, kind, details). Appenders lock the single head row, so
concurrent writers on PostgreSQL never fork the chain; SQLite writers are serialised by
the database already.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from kvisa_desk.store.base import reserve_ids, table_of, utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditHead, AuditPersonal, CaseEvent

GENESIS = "0" * 64
PROGRESS_EVERY = 10_000
HEAD_ID = 1


def _utc_text(moment: datetime) -> str:
    # SQLite hands back naive UTC, PostgreSQL aware times: hash the same text for both.
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    prev_hash: str,
    event_id: int,
    case_id: int | None,
    officer: str,
    occurred_at: datetime,
    kind: str,
    details: dict[str, Any] | str,
) -> str:
    """`details` may come already in canonical JSON text (the bulk path makes it once)."""
    details_text = details if isinstance(details, str) else _canonical(details)
    head = _canonical([event_id, case_id, officer, _utc_text(occurred_at), kind])
    # Same bytes as canonical JSON of the six-item list, without encoding the details twice.
    content = f"{head[:-1]},{details_text}]"
    return hashlib.sha256(f"{prev_hash}\n{content}".encode()).hexdigest()


@dataclass(frozen=True)
class NewEvent:
    officer: str
    kind: str
    case_id: int | None = None
    details: dict[str, Any] | None = None
    personal: Any = None  # values that identify a person: kept aside, purgeable


def personal_digest(stored: Any) -> str:
    """The digest an event names for a personal value kept aside (salt and value)."""
    return hashlib.sha256(_canonical(stored).encode()).hexdigest()


_HEAD = table_of(AuditHead)
_EVENTS = table_of(CaseEvent)
_PERSONAL = table_of(AuditPersonal)
# Core statements made once (SQLAlchemy compiles each once): an append is a handful of
# statements a save or a note waits for, and the ORM's unit of work was half its cost.
_HEAD_LOCKED = select(_HEAD.c.last_hash).where(_HEAD.c.id == HEAD_ID).with_for_update()
# SQLite's writer holds the database's write lock (BEGIN IMMEDIATE): the head and the
# highest event id are read in one statement, and neither can move before the commit.
_HEAD_AND_TOP = select(
    _HEAD.c.last_hash,
    select(func.coalesce(func.max(_EVENTS.c.id), 0)).scalar_subquery(),
).where(_HEAD.c.id == HEAD_ID)
_INSERT_HEAD = _HEAD.insert()
_INSERT_PERSONAL = _PERSONAL.insert()
_INSERT_EVENTS = _EVENTS.insert()
_MOVE_HEAD = _HEAD.update().where(_HEAD.c.id == HEAD_ID)


def _personal_row(case_id: int | None, value: Any) -> dict[str, Any]:
    stored = {"salt": secrets.token_hex(16), "value": value}
    return {"digest": personal_digest(stored), "case_id": case_id, "value": stored}


def _lock_head(session: Session, count: int) -> tuple[str, list[int]]:
    """The head's hash, locked until the commit, and `count` new event ids after it."""
    if session.get_bind().dialect.name == "sqlite":
        found = session.execute(_HEAD_AND_TOP).first()
        if found is not None:
            top = int(found[1])
            return found[0] or GENESIS, list(range(top + 1, top + 1 + count))
    else:
        # Locked before the ids are drawn: a later id never links before an earlier one.
        found = session.execute(_HEAD_LOCKED).first()
    last_hash = GENESIS
    if found is None:  # a database made before the head row existed; migrations add it
        session.execute(_INSERT_HEAD, {"id": HEAD_ID, "last_event_id": 0, "last_hash": GENESIS})
    else:
        last_hash = found[0] or GENESIS
    return last_hash, reserve_ids(session, "case_events", count)


@dataclass(frozen=True)
class StoredEvent:
    """An appended event as the database now holds it (what a history read would give)."""

    id: int
    occurred_at: datetime
    details: dict[str, Any]


def append_events(session: Session, events: Sequence[NewEvent]) -> list[int]:
    """Append events to the chain inside the caller's transaction; returns their ids."""
    return [stored.id for stored in append_stored(session, events)]


def append_stored(session: Session, events: Sequence[NewEvent]) -> list[StoredEvent]:
    """As append_events, returning each event as stored: a write that shows its own history
    line (a save in the case view) needs no read of it."""
    if not events:
        return []
    session.flush()  # the caller's own rows first, as they were written before the event
    prev, ids = _lock_head(session, len(events))
    now = utcnow()
    rows: list[dict[str, Any]] = []
    personal: list[dict[str, Any]] = []
    for event_id, event in zip(ids, events, strict=True):
        details = dict(event.details or {})
        if event.personal is not None:
            personal.append(_personal_row(event.case_id, event.personal))
            details["personal_ref"] = personal[-1]["digest"]
        text = _canonical(details)
        details = json.loads(text)  # stored exactly as JSON will give it back when verifying
        digest = event_hash(prev, event_id, event.case_id, event.officer, now, event.kind, text)
        rows.append(
            {
                "id": event_id,
                "case_id": event.case_id,
                "officer": event.officer,
                "occurred_at": now,
                "kind": event.kind,
                "details": details,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if personal:  # personal rows first: nothing may reference what is not there
        session.execute(_INSERT_PERSONAL, personal[0] if len(personal) == 1 else personal)
    session.execute(_INSERT_EVENTS, rows[0] if len(rows) == 1 else rows)
    session.execute(_MOVE_HEAD, {"last_event_id": ids[-1], "last_hash": prev})
    known = session.identity_map.get(identity_key(AuditHead, HEAD_ID))
    if known is not None:  # a head this session read as an object is now out of date
        session.expire(known)
    return [StoredEvent(row["id"], now, row["details"]) for row in rows]


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None = None  # the first event id whose link does not hold
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


_CHAIN_COLUMNS = (
    CaseEvent.id,
    CaseEvent.case_id,
    CaseEvent.officer,
    CaseEvent.occurred_at,
    CaseEvent.kind,
    CaseEvent.details,
    CaseEvent.prev_hash,
    CaseEvent.hash,
)


def _events(db: Database, batch: int = 5000) -> Iterator[Any]:
    """Rows with the event's columns; plain rows, not ORM objects (half the cost of a walk)."""
    last = 0
    while True:
        with db.read() as session:
            rows = session.execute(
                select(*_CHAIN_COLUMNS)
                .where(CaseEvent.id > last)
                .order_by(CaseEvent.id)
                .limit(batch)
            ).all()
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1].id


def verify_chain(db: Database, progress: Callable[[int], object] | None = None) -> ChainReport:
    """Walk the whole chain; report the first event that was changed, removed or inserted.

    `progress(events checked)` is called every PROGRESS_EVERY events.
    """
    prev, prev_id, checked = GENESIS, 0, 0
    for event in _events(db):
        if event.prev_hash != prev:
            what = (
                f"it does not follow event {prev_id}: an event between them was deleted, "
                "or one was inserted"
                if prev_id
                else "the chain does not start at the beginning: its first events were deleted"
            )
            return ChainReport(checked, event.id, what)
        expected = event_hash(
            prev,
            event.id,
            event.case_id,
            event.officer,
            event.occurred_at,
            event.kind,
            dict(event.details),
        )
        if expected != event.hash:
            return ChainReport(
                checked, event.id, "its content differs from what was recorded (it was edited)"
            )
        prev, prev_id, checked = event.hash, event.id, checked + 1
        if progress is not None and checked % PROGRESS_EVERY == 0:
            progress(checked)
    with db.read() as session:
        head = session.get(AuditHead, HEAD_ID)
    if head is not None and (head.last_event_id, head.last_hash) != (prev_id, prev):
        return ChainReport(
            checked,
            head.last_event_id,
            f"the newest recorded event is {head.last_event_id} but the chain ends at "
            f"{prev_id}: the newest events were deleted",
        )
    return ChainReport(checked)
