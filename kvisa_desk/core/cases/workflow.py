"""Where a case may go next, and assigning it to an officer. The CLI and the window share this.

    received → in_review → awaiting_documents ↔ in_review → ready_for_decision
    → (awaiting_sign_off →) approved | refused → letter_issued → closed;   withdrawn → closed

A decision (approved, refused) is reached from ready_for_decision, or from awaiting_sign_off
when the post's `approvals_need_sign_off` setting asks for a second officer on approvals.
Each move names the version the officer saw, so two officers never move one case at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.editing import stale_case
from kvisa_desk.core.changes import ASSIGNMENT, NO_CHANGES, STATUS, Changes
from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, Officer
from kvisa_desk.vocab import OPEN_STATUSES, CaseStatus

S = CaseStatus
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.RECEIVED: (S.IN_REVIEW, S.WITHDRAWN),
    S.IN_REVIEW: (S.AWAITING_DOCUMENTS, S.READY_FOR_DECISION, S.WITHDRAWN),
    S.AWAITING_DOCUMENTS: (S.IN_REVIEW, S.WITHDRAWN),
    S.READY_FOR_DECISION: (S.APPROVED, S.REFUSED, S.AWAITING_SIGN_OFF, S.IN_REVIEW, S.WITHDRAWN),
    S.AWAITING_SIGN_OFF: (S.APPROVED, S.REFUSED, S.READY_FOR_DECISION),
    S.APPROVED: (S.LETTER_ISSUED,),
    S.REFUSED: (S.LETTER_ISSUED,),
    S.LETTER_ISSUED: (S.CLOSED,),
    S.WITHDRAWN: (S.CLOSED,),
    S.CLOSED: (),
}


def next_statuses(status: str, approvals_need_sign_off: bool = False) -> tuple[str, ...]:
    """The statuses a case in `status` may move to, in the order to offer them."""
    allowed = TRANSITIONS.get(status, ())
    if approvals_need_sign_off and status == S.READY_FOR_DECISION:
        allowed = tuple(s for s in allowed if s != S.APPROVED)
    return tuple(str(s) for s in allowed)


@dataclass(frozen=True)
class Moved:
    case_id: int
    status: str
    version: int
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)


def allowed_moves(db: Database, case_id: int) -> tuple[str, ...]:
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"no case {case_id}")
        sign_off = bool(get_post_settings(session, case.post).working("approvals_need_sign_off"))
        return next_statuses(case.status, sign_off)


def change_status(
    db: Database, case_id: int, expected_version: int, to_status: str, actor: str, note: str = ""
) -> Moved:
    """Move the case on; InvalidInput naming the allowed moves if this one is not allowed."""
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)
        case = stale_case(session, case_id, expected_version)
        sign_off = bool(get_post_settings(session, case.post).working("approvals_need_sign_off"))
        allowed = next_statuses(case.status, sign_off)
        if to_status not in allowed:
            options = ", ".join(allowed) or "none: the case is closed"
            raise InvalidInput(
                f"{case.case_ref} is {case.status}; it can move to {options}, not {to_status}"
            )
        before, case.status = case.status, to_status
        case.updated_at = utcnow()
        session.flush()
        details: dict[str, object] = {"from": before, "to": to_status, "version": case.version}
        if note.strip():
            details["note"] = note.strip()
        record_event(session, actor, "status_changed", case_id, **details)
        return Moved(case_id, case.status, case.version, Changes.of_case(case_id, STATUS))


def assign_case(
    db: Database, case_id: int, expected_version: int, username: str | None, actor: str
) -> Moved:
    """Give the case to an officer (None: nobody); only an open case is assigned."""
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)
        case = stale_case(session, case_id, expected_version)
        if case.status not in OPEN_STATUSES and username is not None:
            raise InvalidInput(f"{case.case_ref} is {case.status}: only open cases are assigned")
        officer_id = None
        if username is not None:
            officer = session.scalar(select(Officer).where(Officer.username == username))
            if officer is None or not officer.active:
                raise InvalidInput(f"{username!r} is not an active officer")
            officer_id = officer.id  # read once: it exists, so there is nothing to ensure
        before = case.assigned_officer_id
        if before == officer_id:
            return Moved(case_id, case.status, case.version)
        case.assigned_officer_id = officer_id
        case.updated_at = utcnow()
        session.flush()
        record_event(session, actor, "case_assigned", case_id, to=username, version=case.version)
        return Moved(case_id, case.status, case.version, Changes.of_case(case_id, ASSIGNMENT))


@dataclass(frozen=True)
class BatchAssignment:
    assigned: list[int]
    skipped: list[int]  # finished cases, which are not assigned

    @property
    def what_changed(self) -> Changes:
        return Changes.of_cases(self.assigned, ASSIGNMENT) if self.assigned else NO_CHANGES


def assign_cases(
    db: Database, case_ids: list[int], username: str | None, actor: str
) -> BatchAssignment:
    """Assign many cases at once from the worklist (None: unassign). Each assignment moves
    its case's version, so an officer editing one of them is told who assigned it."""
    assigned: list[int] = []
    skipped: list[int] = []
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)
        officer_id = None
        if username is not None:
            officer = session.scalar(select(Officer).where(Officer.username == username))
            if officer is None or not officer.active:
                raise InvalidInput(f"{username!r} is not an active officer")
            officer_id = officer.id
        cases = session.scalars(select(Case).where(Case.id.in_(case_ids)).order_by(Case.id))
        for case in cases:
            if case.status not in OPEN_STATUSES and username is not None:
                skipped.append(case.id)
                continue
            if case.assigned_officer_id == officer_id:
                continue
            case.assigned_officer_id = officer_id
            case.updated_at = utcnow()
            session.flush()
            record_event(
                session, actor, "case_assigned", case.id, to=username, version=case.version
            )
            assigned.append(case.id)
    return BatchAssignment(assigned, skipped)
