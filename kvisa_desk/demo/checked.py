"""Demo cases past review were checked before they moved on, and their approvals are sound.

In the caller's transaction (one batch of the demo), as the demo's system actor: the checks
run on every case the demo takes past review, and a case it approves has each result that
did not pass overridden to pass with a reason, as an officer must before approving (an
approval needs no open review). A refusal keeps its results as they came out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_events
from kvisa_desk.core.checks.open_reviews import open_reviews
from kvisa_desk.core.checks.runs import CaseCheck, check_in_session, view_of
from kvisa_desk.demo.generator import Plan
from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.models import CheckRun, RuleOverride
from kvisa_desk.store.models.case import cases_table
from kvisa_desk.vocab import CaseStatus

# Stored as an officer's written reason would be: a record, not a label of the window.
OVERRIDE_REASON = "Demo data: reviewed before the approval (fictitious case)"


def check_demo_cases(session: Session, plans: Mapping[int, Plan], actor: str) -> list[CaseCheck]:
    """Check the cases (by id) whose plans go past review; approvals made consistent."""
    past_review = sorted(c for c, plan in plans.items() if _past_review(plan))
    checks = check_in_session(session, past_review, actor)
    approved = [c for c in checks if CaseStatus.APPROVED.value in plans[c.case_id].path]
    _override_to_pass(session, approved, actor)
    return checks


def _past_review(plan: Plan) -> bool:
    return any(status not in _BEFORE_DECISION for status in plan.path)


_BEFORE_DECISION = frozenset(
    {
        CaseStatus.IN_REVIEW.value,
        CaseStatus.AWAITING_DOCUMENTS.value,
        CaseStatus.WITHDRAWN.value,
    }
)


def _open(check: CaseCheck) -> list[tuple[str, str | None]]:
    """(rule, subject) of what stands in the way of an approval: the open reviews, and any
    case-level result not passing (a route's, once its parts are resolved)."""
    found = [(o.rule_id, o.subject) for o in open_reviews(check.results)]
    found += [
        (r["rule_id"], None)
        for r in check.results
        if r["subject"] is None and r["effective_outcome"] != "pass"
    ]
    return list(dict.fromkeys(found))


def _override_to_pass(session: Session, checks: list[CaseCheck], actor: str) -> None:
    now = utcnow()
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for check in checks:
        for rule_id, subject in _open(check):
            rows.append(
                {
                    "case_id": check.case_id,
                    "check_run_id": check.run_id,
                    "rule_id": rule_id,
                    "subject": subject,
                    "to_outcome": "pass",
                    "reason": OVERRIDE_REASON,
                    "facts_digest": check.facts_digest,
                    "pack_revision": check.pack_revision,
                    "officer": actor,
                    "created_at": now,
                }
            )
            details = {
                "run_id": check.run_id,
                "rule_id": rule_id,
                "subject": subject,
                "to_outcome": "pass",
                "reason": OVERRIDE_REASON,
            }
            events.append({"case_id": check.case_id, "details": details})
    if not rows:
        return
    session.execute(insert(table_of(RuleOverride)), rows)
    record_events(session, actor, "rule_overridden", events)
    # The case's effective outcome as the window computes it, overrides applied.
    overridden = sorted({row["case_id"] for row in rows})
    runs = {c.case_id: c.run_id for c in checks}
    outcomes = [
        {
            "cid": case_id,
            "e": view_of(session, session.get_one(CheckRun, runs[case_id])).effective_outcome,
        }
        for case_id in overridden
    ]
    table = cases_table()
    session.execute(
        update(table)
        .where(table.c.id == bindparam("cid"))
        .values(effective_outcome=bindparam("e")),
        outcomes,
    )
