"""What the window's Decision and Letters tabs show for one case, read in one short session:
the decisions, the results of the latest check run a ground may be chosen from, and what the
acting officer's role allows (the window greys the rest; the services still enforce it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from kvisa_desk.core.accounts.permissions import Permission, allowed, require
from kvisa_desk.core.checks.open_reviews import OpenReview, open_reviews
from kvisa_desk.core.checks.runs import latest_run, view_of
from kvisa_desk.core.decisions.decisions import (
    RECOMMENDABLE,
    DecisionState,
    DecisionView,
    case_decisions,
)
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, format_case_ref


@dataclass(frozen=True)
class GroundChoice:
    """A result of the latest check run that a recommendation may rest on."""

    rule_id: str
    subject: str | None
    outcome: str
    effective_outcome: str
    message: str

    @property
    def spec(self) -> str:
        """How `recommend` names it: `RULE` for the whole case, `RULE:SUBJECT` for a part."""
        return self.rule_id if self.subject is None else f"{self.rule_id}:{self.subject}"


@dataclass(frozen=True)
class DecisionDesk:
    case_id: int
    case_status: str
    actor: str
    role: str
    decisions: tuple[DecisionView, ...]
    choices: tuple[GroundChoice, ...]
    run_id: int | None
    run_at: datetime | None
    reply_by_days: int
    letter_language: str
    # The latest run's results in the way of an approval, each with the step that resolves it.
    open_reviews: tuple[OpenReview, ...] = ()

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id)

    def may(self, permission: Permission) -> bool:
        return allowed(self.role, permission)

    @property
    def pending(self) -> DecisionView | None:
        """The recommendation awaiting sign-off, if any."""
        for view in reversed(self.decisions):
            if view.state == DecisionState.AWAITING_SIGN_OFF.value:
                return view
        return None

    @property
    def in_effect(self) -> DecisionView | None:
        for view in reversed(self.decisions):
            if view.state == DecisionState.IN_EFFECT.value:
                return view
        return None

    @property
    def recommendable(self) -> bool:
        return self.case_status in RECOMMENDABLE

    @property
    def own_pending(self) -> bool:
        pending = self.pending
        return pending is not None and pending.recommended_by == self.actor


def decision_desk(db: Database, actor: str, case_id: int) -> DecisionDesk:
    """The case's decisions, ground choices and the actor's role (PermissionRefused if the
    actor may not view cases)."""
    decisions = case_decisions(db, actor, case_id)
    with db.read() as session:
        account = require(session, actor, Permission.VIEW_CASES)
        case = session.execute(select(Case.status, Case.post).where(Case.id == case_id)).one()
        run = latest_run(session, case_id)
        choices: tuple[GroundChoice, ...] = ()
        still_open: tuple[OpenReview, ...] = ()
        if run is not None:
            results = view_of(session, run).results
            choices = tuple(
                GroundChoice(
                    str(r["rule_id"]),
                    r["subject"],
                    str(r["outcome"]),
                    str(r["effective_outcome"]),
                    str(r["message"]),
                )
                for r in results
            )
            still_open = tuple(open_reviews(results))
        settings = get_post_settings(session, case.post)
        return DecisionDesk(
            case_id=case_id,
            case_status=case.status,
            actor=actor,
            role=account.role,
            decisions=tuple(decisions),
            choices=choices,
            run_id=run.id if run is not None else None,
            run_at=run.ran_at if run is not None else None,
            reply_by_days=int(settings.working("reply_by_days")),
            letter_language=str(settings.working("letter_language")),
            open_reviews=still_open,
        )
