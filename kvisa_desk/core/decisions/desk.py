"""What the window's Decision and Letters tabs show for one case, read in one short session:
the decisions, the results of the latest check run a ground may be chosen from, and what the
acting officer's role allows (the window greys the rest; the services still enforce it).
Findings come in both languages from their runs' templates, and officers by their full names,
so the window shows each in its own language and words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.names import full_names
from kvisa_desk.core.accounts.permissions import Permission, allowed, require
from kvisa_desk.core.checks.open_reviews import OpenReview, open_reviews
from kvisa_desk.core.checks.runs import latest_run, view_of
from kvisa_desk.core.decisions.decisions import (
    RECOMMENDABLE,
    DecisionState,
    DecisionView,
    case_decisions,
    facts_current,
)
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.rules.findings import shown_finding
from kvisa_desk.rules.pack import default_library
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CheckRun, format_case_ref
from kvisa_desk.vocab import CaseStatus

FindingKey = tuple[int, str, str | None]  # (check run, rule, subject)


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
    # Each result a ground or choice names, its finding by language (runs of revision 2 on).
    findings: Mapping[FindingKey, Mapping[str, str]] = field(default_factory=dict)
    # The full name of each officer the decisions name (an account without one: absent).
    names: Mapping[str, str] = field(default_factory=dict)
    # False when the case's facts changed after the latest run: no approval, refusal or
    # agreement until the checks are run again (said before the officer fills the form).
    checks_current: bool = True

    def finding(
        self, run_id: int | None, rule_id: str, subject: str | None, lang: str, stored: str
    ) -> str:
        """A result's finding in LANG; a run that predates translated findings: STORED."""
        if run_id is None:
            return stored
        return self.findings.get((run_id, rule_id, subject), {}).get(lang, stored)

    def name_of(self, username: str | None) -> str:
        """An officer's full name; the username when the account has none."""
        if not username:
            return ""
        return self.names.get(username) or username

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
        current = True
        if run is not None and (
            case.status in RECOMMENDABLE or case.status == CaseStatus.AWAITING_SIGN_OFF.value
        ):
            current = facts_current(session, case_id, run)
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
        run_ids = {d.check_run_id for d in decisions if d.check_run_id is not None}
        if run is not None:
            run_ids.add(run.id)
        people = {d.recommended_by for d in decisions} | {
            d.signed_off_by for d in decisions if d.signed_off_by
        }
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
            findings=_findings(session, run_ids),
            names=full_names(session, people),
            checks_current=current,
        )


def with_names(db: Database, desk: DecisionDesk, usernames: Iterable[str]) -> DecisionDesk:
    """DESK knowing the full names of USERNAMES too (the officers who issued letters)."""
    wanted = set(usernames) - set(desk.names)
    if not wanted:
        return desk
    with db.read() as session:
        found = full_names(session, wanted)
    return replace(desk, names={**desk.names, **found})


def _findings(session: Session, run_ids: Iterable[int]) -> dict[FindingKey, dict[str, str]]:
    found: dict[FindingKey, dict[str, str]] = {}
    for run_id in sorted(run_ids):
        run = session.get(CheckRun, run_id)
        if run is None:
            continue
        try:
            wording = default_library().get(run.pack_id, revision=run.pack_revision).wording
        except LookupError:  # a pack since removed: its stored words
            continue
        for result in run.results:
            words = _both(result, wording)
            if words:
                found[(run_id, str(result["rule_id"]), result.get("subject"))] = words
    return found


def _both(result: Mapping[str, Any], wording: Any) -> dict[str, str]:
    shown = {lang: shown_finding(result, wording, lang) for lang in ("en", "zh")}
    return {lang: s.finding for lang, s in shown.items() if s.translated}
