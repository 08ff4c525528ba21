"""Give freshly imported demo cases a workflow: statuses, officers, and their history.

Everything is done in bulk, in the caller's transaction (one batch of the demo): one
UPDATE per (status, officer) for up to 5,000 cases at a time, and the history events
through `record_events`, many rows per statement. The demo officers have no password:
they appear in the history and the worklist but cannot sign in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event, record_events
from kvisa_desk.demo.generator import Plan
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.models import Case, CaseEvent, Officer
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
# What a case has on record when nobody has touched it since the demo imported it.
_IMPORT_EVENTS = ("case_imported", "documents_attached")


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


def bare_cases(session: Session, keys: Collection[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The cases of these (post, application id) keys still as their import left them:
    `received`, and nothing recorded on them but their import and demo specimens."""
    if not keys:
        return {}
    touched = (
        select(CaseEvent.id)
        .where(CaseEvent.case_id == Case.id, CaseEvent.kind.not_in(_IMPORT_EVENTS))
        .exists()
    )
    rows = session.execute(
        select(Case.id, Case.post, Case.application_id).where(
            Case.application_id.in_({application_id for _post, application_id in keys}),
            Case.status == CaseStatus.RECEIVED.value,
            ~touched,
        )
    )
    wanted = set(keys)
    return {(r.post, r.application_id): r.id for r in rows if (r.post, r.application_id) in wanted}


def apply_plans(
    session: Session,
    plans: Mapping[int, Plan],
    actor: str,
    under_review: Callable[[], object] | None = None,
) -> int:
    """Move cases (by id) along their plans, in the caller's transaction; how many changed.

    The caller passes bare cases only (see `bare_cases`), so cases an officer picked up are
    left alone. Each change is one `status_changed` event; the first names the officer the
    case was assigned to. UNDER_REVIEW runs once the first changes are recorded and before
    the rest, so what it records (the checks) reads in the history where an officer did it.
    """
    plans = {case_id: plan for case_id, plan in plans.items() if plan.path}
    if not plans:
        if under_review is not None:
            under_review()
        return 0
    officer_ids = ensure_demo_officers(session, actor)
    groups: dict[tuple[str, int | None, int], list[int]] = defaultdict(list)
    changes: list[dict[str, Any]] = []
    later: list[dict[str, Any]] = []  # every change after a case's first
    for case_id in sorted(plans):
        plan = plans[case_id]
        officer = None if plan.officer is None else officer_ids[plan.officer]
        groups[(plan.status, officer, len(plan.path))].append(case_id)
        before = CaseStatus.RECEIVED.value
        for step, status in enumerate(plan.path):
            details: dict[str, Any] = {"from": before, "to": status, "demo": True}
            if step == 0 and plan.officer is not None:
                # Taking the case out of `received` is when it was assigned.
                details["assigned_to"] = DEMO_OFFICERS[plan.officer][0]
            (later if step else changes).append({"case_id": case_id, "details": details})
            before = status
    now = utcnow()
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
    # Events in case order, each case's changes in the order they happened.
    for part in (changes, None, later):
        if part is None:
            if under_review is not None:
                under_review()
            continue
        for start in range(0, len(part), EVENT_CHUNK):
            record_events(session, actor, "status_changed", part[start : start + EVENT_CHUNK])
    return len(plans)
