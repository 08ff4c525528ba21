"""The audit append in Core statements writes the chain the ORM append wrote, byte for byte.

The append became Core statements (issue 20: a note or a save waited on the ORM's unit of
work). Two databases made from the same template get the same events at the same moments
with the same salts, one through today's `append_events`, the other through the ORM append
as it was before (kept here as the reference): every event, personal row and the head must
be equal field for field, and both chains verify.
"""

from __future__ import annotations

import itertools
import json
import secrets
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts import audit
from kvisa_desk.core.accounts.audit import (
    GENESIS,
    HEAD_ID,
    NewEvent,
    append_events,
    event_hash,
    personal_digest,
    verify_chain,
)
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.base import reserve_ids, table_of
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import AuditHead, AuditPersonal, CaseEvent
from tests.conftest import (
    ON_POSTGRES,
    TEST_OFFICER,
    _drop_postgres,
    _fresh_postgres_url,
    as_role,
    copy_database_file,
)

pytestmark = pytest.mark.backend


def _append_as_before(
    session: Session, events: Sequence[NewEvent], clock: Callable[[], datetime]
) -> list[int]:
    """The ORM append before issue 20 (head lock, id reservation, personal rows through the
    ORM, the event insert, the head update), as the reference the new one must equal."""
    head = session.scalar(select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update())
    if head is None:
        head = AuditHead(id=HEAD_ID, last_event_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    ids = reserve_ids(session, "case_events", len(events))
    now = clock()
    prev = head.last_hash or GENESIS
    rows: list[dict[str, Any]] = []
    for event_id, event in zip(ids, events, strict=True):
        details = dict(event.details or {})
        if event.personal is not None:
            stored = {"salt": secrets.token_hex(16), "value": event.personal}
            digest = personal_digest(stored)
            session.add(AuditPersonal(digest=digest, case_id=event.case_id, value=stored))
            details["personal_ref"] = digest
        text_ = audit._canonical(details)
        details = json.loads(text_)
        digest = event_hash(prev, event_id, event.case_id, event.officer, now, event.kind, text_)
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
    session.flush()
    session.execute(table_of(CaseEvent).insert(), rows)
    session.execute(
        update(table_of(AuditHead))
        .where(table_of(AuditHead).c.id == HEAD_ID)
        .values(last_event_id=ids[-1], last_hash=prev)
    )
    session.expire(head)
    return ids


# Batches as services write them: one event, an edit's personal values, a batch of many
# (an import's), post-wide events, Chinese text and nested details.
BATCHES: list[list[NewEvent]] = [
    [NewEvent("officer.a", "note_added", 1, {"note": 7}, "Called the applicant 张伟.")],
    [
        NewEvent(
            "officer.b",
            "case_edited",
            2,
            {"fields": ["applicant.phone"], "version": 3},
            {"applicant.phone": ["+86 10 1", "+86 10 2"]},
        )
    ],
    [NewEvent("officer.a", "case_viewed", case_id) for case_id in range(3, 9)],
    [NewEvent("test.admin", "account_created", None, {"account": "x", "role": "officer"})],
    [
        NewEvent("system", "imported", None, {"file": "a.jsonl", "counts": {"new": 2}}),
        NewEvent("officer.li", "note_added", 4, {"note": 8}, "第二条"),
        NewEvent("officer.li", "checks_run", 4, None),
    ],
]


@pytest.fixture
def twin(_template: str, tmp_path: Path) -> Iterator[Database]:
    """A second database made from the same template as `db` (as conftest's `opened`)."""
    name = None
    if ON_POSTGRES:
        url, name = _fresh_postgres_url(template=_template)
        url = as_role(url, TEST_OFFICER)
    else:
        copy = tmp_path / "twin.sqlite3"
        copy_database_file(Path(_template), copy)
        url = sqlite_url(copy)
    made = open_database(url).db
    yield made
    made.dispose()
    if name:
        _drop_postgres(name)


def _fixed_clock_and_salts(monkeypatch: pytest.MonkeyPatch) -> Callable[[], datetime]:
    """Each database's run starts the same moments and salts over (set again per run)."""
    start = datetime(2026, 12, 5, 9, 30, 1, 123456, tzinfo=UTC)
    moments = itertools.count()
    salts = itertools.count()

    def clock() -> datetime:
        return start + timedelta(seconds=next(moments))

    monkeypatch.setattr(audit, "utcnow", clock)
    monkeypatch.setattr(secrets, "token_hex", lambda n: f"{next(salts):0{2 * n}x}")
    return clock


def _written(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        return {
            table: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in ("case_events", "audit_personal", "audit_head")
        }


def test_the_core_append_writes_what_the_orm_append_wrote(
    db: Database, twin: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _written(db) == _written(twin)  # the same start
    for target, as_before in ((db, False), (twin, True)):
        clock = _fixed_clock_and_salts(monkeypatch)
        for batch in BATCHES:
            with target.write() as session:
                if as_before:
                    _append_as_before(session, batch, clock)
                else:
                    append_events(session, batch)
    new, old = _written(db), _written(twin)
    assert len(new["case_events"]) >= sum(len(batch) for batch in BATCHES)
    assert len(new["audit_personal"]) >= 3
    for table in new:
        assert new[table] == old[table], table
    assert verify_chain(db).ok and verify_chain(twin).ok


def test_a_head_row_read_in_the_session_is_not_left_out_of_date(db: Database) -> None:
    with db.write() as session:
        head = session.get(AuditHead, HEAD_ID)
        assert head is not None
        ids = append_events(session, [NewEvent("officer.a", "case_viewed", 1)])
        assert head.last_event_id == ids[-1]  # read again, not the value before the append
    assert verify_chain(db).ok
