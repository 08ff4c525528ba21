"""Every write records who did what, when, to which case: through the audit chain."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from kvisa_desk.core.audit import NewEvent, append_events


def record_event(
    session: Session,
    actor: str,
    kind: str,
    case_id: int | None = None,
    *,
    personal: Any = None,
    **details: Any,
) -> None:
    """One event in the caller's transaction. `personal` holds values that identify a person
    (an edit's before and after); they are kept aside and purged with the case."""
    append_events(session, [NewEvent(actor, kind, case_id, details, personal)])


def record_events(session: Session, actor: str, kind: str, rows: list[dict[str, Any]]) -> None:
    """Many events in one statement; each row has case_id and details."""
    append_events(
        session, [NewEvent(actor, kind, row["case_id"], row["details"]) for row in rows]
    )
