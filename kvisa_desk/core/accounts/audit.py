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

from sqlalchemy import select, update
from sqlalchemy.orm import Session

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


def _store_personal(session: Session, case_id: int | None, value: Any) -> str:
    salt = secrets.token_hex(16)
    stored = {"salt": salt, "value": value}
    digest = personal_digest(stored)
    session.add(AuditPersonal(digest=digest, case_id=case_id, value=stored))
    return digest


def _lock_head(session: Session) -> AuditHead:
    head = session.scalar(select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update())
    if head is None:  # a database made before the head row existed; migrations add it
        head = AuditHead(id=HEAD_ID, last_event_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    return head


def append_events(session: Session, events: Sequence[NewEvent]) -> list[int]:
    """Append events to the chain inside the caller's transaction; returns their ids."""
    if not events:
        return []
    head = _lock_head(session)
    ids = reserve_ids(session, "case_events", len(events))
    now = utcnow()
    prev = head.last_hash or GENESIS
    rows: list[dict[str, Any]] = []
    for event_id, event in zip(ids, events, strict=True):
        details = dict(event.details or {})
        if event.personal is not None:
            details["personal_ref"] = _store_personal(session, event.case_id, event.personal)
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
    session.flush()  # personal rows first: nothing may reference what is not there
    session.execute(table_of(CaseEvent).insert(), rows)
    session.execute(
        update(table_of(AuditHead))
        .where(table_of(AuditHead).c.id == HEAD_ID)
        .values(last_event_id=ids[-1], last_hash=prev)
    )
    session.expire(head)
    return ids


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
