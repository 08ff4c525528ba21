"""Purging cases past the post's retention period: personal data goes, the audit chain stays.

A purge deletes the case and everything stored under it (applicant facts, documents'
rows, check runs, overrides, notes) and the personal values its audit events refer to.
The events themselves stay, so the chain still verifies and holds no personal data.

Each purged case first gets a `case_purged` event: the database deletes a case's letters,
decisions and documents only when that event is there (migration 0010), and `audit
verify` expects a case that has events but no row to have it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select

from kvisa_desk.core.accounts.history import PURGED_KIND, record_event, record_events
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditPersonal, Case, format_case_ref
from kvisa_desk.vocab import FINISHED_STATUSES


@dataclass(frozen=True)
class PurgePlan:
    case_ids: tuple[int, ...]

    @property
    def case_refs(self) -> list[str]:
        return [format_case_ref(c) for c in self.case_ids]


def plan_purge(db: Database, actor: str) -> PurgePlan:
    """The dry run: which finished cases are past their post's retention period."""
    with db.read() as session:
        require(session, actor, Permission.RETENTION)
        rows = session.execute(
            select(Case.id, Case.post, Case.updated_at).where(Case.status.in_(FINISHED_STATUSES))
        ).all()
        now, due, days_by_post = utcnow(), [], {}
        for case_id, post, updated_at in rows:
            if post not in days_by_post:
                days_by_post[post] = int(get_post_settings(session, post).working("retention_days"))
            moment = updated_at if updated_at.tzinfo else updated_at.replace(tzinfo=now.tzinfo)
            if now - moment > timedelta(days=days_by_post[post]):
                due.append(case_id)
        return PurgePlan(tuple(sorted(due)))


def purge(db: Database, actor: str, plan: PurgePlan) -> int:
    """Carry out a plan made by `plan_purge` (cases that stopped qualifying are kept)."""
    still_due = set(plan_purge(db, actor).case_ids)  # checks the actor, even for no cases
    if not plan.case_ids:
        return 0
    doomed = [c for c in plan.case_ids if c in still_due]
    with db.write() as session:
        require(session, actor, Permission.RETENTION)
        for start in range(0, len(doomed), 500):
            chunk = doomed[start : start + 500]
            # The marker the database's triggers look for before a letter or decision goes.
            record_events(
                session, actor, PURGED_KIND, [{"case_id": c, "details": {}} for c in chunk]
            )
            session.execute(delete(AuditPersonal).where(AuditPersonal.case_id.in_(chunk)))
            for case in session.scalars(select(Case).where(Case.id.in_(chunk))):
                session.delete(case)  # the ORM cascades to every part of the case
        record_event(session, actor, "retention_purge", cases=len(doomed), each_recorded=True)
    return len(doomed)
