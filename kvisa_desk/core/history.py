"""Every write records who did what, when, to which case."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.models import CaseEvent


def record_event(
    session: Session, actor: str, kind: str, case_id: int | None = None, **details: Any
) -> None:
    session.add(CaseEvent(case_id=case_id, officer=actor, kind=kind, details=details))


def record_events(session: Session, actor: str, kind: str, rows: list[dict[str, Any]]) -> None:
    """Many events in one statement; each row has case_id and details."""
    if not rows:
        return
    now = utcnow()
    session.execute(
        table_of(CaseEvent).insert(),
        [
            {
                "case_id": row["case_id"],
                "officer": actor,
                "kind": kind,
                "occurred_at": now,
                "details": row["details"],
            }
            for row in rows
        ],
    )
