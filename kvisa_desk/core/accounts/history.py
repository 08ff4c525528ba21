"""Every write records who did what, when, to which case: through the audit chain."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.audit import NewEvent, append_events
from kvisa_desk.store.models import format_case_ref

log = logging.getLogger(__name__)

# Retention's marker before a case goes: the database's triggers (0010) let a case's letters,
# decisions and documents be deleted only after it, and `audit verify` expects it.
PURGED_KIND = "case_purged"


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
    log.info("%s case=%s officer=%s", kind, format_case_ref(case_id) if case_id else "-", actor)


def record_events(session: Session, actor: str, kind: str, rows: list[dict[str, Any]]) -> None:
    """Many events in one statement; each row has case_id and details."""
    append_events(session, [NewEvent(actor, kind, row["case_id"], row["details"]) for row in rows])
    log.info("%s cases=%d officer=%s", kind, len(rows), actor)
