"""Demo cases past review were checked before they moved on, and their approvals are sound.

In the caller's transaction (one batch of the demo), as the demo's system actor: the checks
run on every case the demo takes past review, and a case it approves has each result that
did not pass overridden to pass with a reason, as an officer must before approving (an
approval needs no open review). A refusal keeps its results as they came out.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_events
from kvisa_desk.core.checks.runs import CaseCheck, check_in_session
from kvisa_desk.demo.generator import Plan
from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.models import RuleOverride
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


def _override_to_pass(session: Session, checks: list[CaseCheck], actor: str) -> None:
    now = utcnow()
    rows, events, passed = [], [], []
    for check in checks:
        open_results = [r for r in check.results if r["effective_outcome"] != "pass"]
        for r in open_results:
            rows.append(
                {
                    "case_id": check.case_id,
                    "check_run_id": check.run_id,
                    "rule_id": r["rule_id"],
                    "subject": r["subject"],
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
                "rule_id": r["rule_id"],
                "subject": r["subject"],
                "to_outcome": "pass",
                "reason": OVERRIDE_REASON,
            }
            events.append({"case_id": check.case_id, "details": details})
        if check.effective_outcome != "pass":
            passed.append({"cid": check.case_id})
    if rows:
        session.execute(insert(table_of(RuleOverride)), rows)
        record_events(session, actor, "rule_overridden", events)
    if passed:
        table = cases_table()
        session.execute(
            update(table).where(table.c.id == bindparam("cid")).values(effective_outcome="pass"),
            passed,
        )
