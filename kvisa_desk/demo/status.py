"""Give freshly imported demo cases a workflow: statuses, officers, and their history.

Everything is done in bulk: one UPDATE per (status, officer) for up to 5,000 cases at a
time, and the history events through `record_events`, many rows per statement. The demo
officers have no password: they appear in the history and the worklist but cannot sign in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event, record_events
from kvisa_desk.demo.generator import Plan
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, Officer
from kvisa_desk.vocab import CaseStatus, Role

# (username, display name, role); a plan's officer is an index into this tuple.
DEMO_OFFICERS: tuple[tuple[str, str, str], ...] = (
    ("demo.li", "Li Wei (demo)", Role.OFFICER.value),
    ("demo.smith", "Emma Smith (demo)", Role.OFFICER.value),
    ("demo.okafor", "Chidi Okafor (demo)", Role.OFFICER.value),
    ("demo.tanaka", "Tanaka Yui (demo)", Role.OFFICER.value),
    ("demo.garcia", "Lucía García (demo)", Role.SUPERVISOR.value),
)
UPDATE_CHUNK = 5000
EVENT_CHUNK = 20_000


def ensure_demo_officers(session: Session, actor: str) -> list[int]:
    """The ids of the demo officers, creating the missing ones (each creation recorded)."""
    names = [username for username, _, _ in DEMO_OFFICERS]
    query = select(Officer.username, Officer.id).where(Officer.username.in_(names))
    existing = {row.username: row.id for row in session.execute(query)}
    for username, display_name, role in DEMO_OFFICERS:
        if username not in existing:
            officer = Officer(username=username, display_name=display_name, role=role)
            session.add(officer)
            session.flush()
            existing[username] = officer.id
            record_event(session, actor, "officer_created", username=username, role=role, demo=True)
    return [existing[name] for name in names]


def apply_plans(
    db: Database,
    plans: Mapping[tuple[str, str], Plan],
    first_case_id: int,
    application_pattern: str,
    actor: str,
) -> int:
    """Move the cases this import created along their plans; returns how many changed.

    Only cases still `received` with an id from this import on are touched, so cases an
    officer already picked up, and cases of earlier runs, are left alone. Each change is
    one `status_changed` event; the first names the officer the case was assigned to.
    """
    if not plans:
        return 0
    with db.write() as session:
        officer_ids = ensure_demo_officers(session, actor)
        rows = session.execute(
            select(Case.id, Case.post, Case.application_id)
            .where(
                Case.id >= first_case_id,
                Case.status == CaseStatus.RECEIVED.value,
                Case.application_id.like(application_pattern),
            )
            .order_by(Case.id)
            .with_for_update()
        )
        groups: dict[tuple[str, int | None, int], list[int]] = defaultdict(list)
        changes: list[dict[str, Any]] = []
        for case_id, post, application_id in rows:
            plan = plans.get((post, application_id))
            if plan is None or not plan.path:
                continue
            officer = None if plan.officer is None else officer_ids[plan.officer]
            groups[(plan.status, officer, len(plan.path))].append(case_id)
            before = CaseStatus.RECEIVED.value
            for step, status in enumerate(plan.path):
                details: dict[str, Any] = {"from": before, "to": status, "demo": True}
                if step == 0 and plan.officer is not None:
                    # Taking the case out of `received` is when it was assigned.
                    details["assigned_to"] = DEMO_OFFICERS[plan.officer][0]
                changes.append({"case_id": case_id, "details": details})
                before = status
        now = utcnow()
        changed = 0
        for (status, officer, steps), ids in groups.items():
            for start in range(0, len(ids), UPDATE_CHUNK):
                session.execute(
                    update(Case)
                    .where(
                        Case.id.in_(ids[start : start + UPDATE_CHUNK]),
                        Case.status == CaseStatus.RECEIVED.value,
                    )
                    .values(
                        status=status,
                        assigned_officer_id=officer,
                        version=Case.version + steps,
                        updated_at=now,
                    )
                    .execution_options(synchronize_session=False)
                )
            changed += len(ids)
        # Events in case order, each case's changes in the order they happened.
        for start in range(0, len(changes), EVENT_CHUNK):
            record_events(session, actor, "status_changed", changes[start : start + EVENT_CHUNK])
        return changed
