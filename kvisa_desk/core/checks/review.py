"""Officers' overrides of single results, and exact replay of a stored run."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.cases import require_case
from kvisa_desk.core.changes import CHECKS, Changes
from kvisa_desk.core.checks.runs import CaseCheck, latest_run, view_of
from kvisa_desk.core.checks.snapshots import snapshot_now
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.rules.engine import evaluate
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.pack import PackLibrary, default_library, effective_parameters
from kvisa_desk.rules.results import OUTCOMES
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CheckRun, RuleOverride, format_case_ref
from kvisa_desk.store.models.case import cases_table


def override_result(
    db: Database,
    case_id: int,
    rule_id: str,
    subject: str | None,
    to_outcome: str,
    reason: str,
    actor: str,
) -> CaseCheck:
    """Record an officer's override of one result of the case's latest run."""
    with db.write() as session:
        require(session, actor, Permission.OVERRIDE)  # permission first, then the arguments
        if to_outcome not in OUTCOMES:
            raise InvalidInput(f"--to must be one of {', '.join(OUTCOMES)}, not {to_outcome!r}")
        if not reason.strip():
            raise InvalidInput("an override needs a written reason (--reason)")
        require_case(session, case_id)
        run = latest_run(session, case_id)
        if run is None:
            raise InvalidInput(
                f"case {format_case_ref(case_id)} has not been checked yet: run the checks first"
            )
        present = {(r["rule_id"], r["subject"]) for r in run.results}
        if (rule_id, subject) not in present:
            subjects = sorted(str(s) for rid, s in present if rid == rule_id)
            hint = f" (subjects: {', '.join(subjects)})" if subjects else ""
            raise InvalidInput(f"the latest run has no result {rule_id} for {subject}{hint}")
        # The facts as the run's own revision builds them: an upgrade alone changes nothing.
        pack = default_library().get(run.pack_id, revision=run.pack_revision)
        if snapshot_now(session, case_id, pack).digest() != run.facts_digest:
            raise Conflict(
                f"case {format_case_ref(case_id)} changed since its last check: re-run the "
                "checks, then override the new result"
            )
        session.add(
            RuleOverride(
                case_id=case_id,
                check_run_id=run.id,
                rule_id=rule_id,
                subject=subject,
                to_outcome=to_outcome,
                reason=reason.strip(),
                facts_digest=run.facts_digest,
                pack_revision=run.pack_revision,
                officer=actor,
            )
        )
        session.flush()
        view = view_of(session, run)
        session.execute(
            cases_table()
            .update()
            .where(cases_table().c.id == case_id)
            .values(effective_outcome=view.effective_outcome)
        )
        record_event(
            session,
            actor,
            "rule_overridden",
            case_id,
            run_id=run.id,
            rule_id=rule_id,
            subject=subject,
            to_outcome=to_outcome,
            reason=reason.strip(),
        )
        return replace(view, what_changed=Changes.of_case(case_id, CHECKS))


@dataclass(frozen=True)
class Replay:
    run_id: int
    identical: bool
    differences: list[str]


def replay_run(db: Database, run_id: int, library: PackLibrary | None = None) -> Replay:
    """Re-evaluate a stored run from its own snapshot, pack and parameters; nothing is written."""
    library = library or default_library()
    with db.read() as session:
        run = session.scalar(select(CheckRun).where(CheckRun.id == run_id))
        if run is None:
            raise NotFound(f"no check run {run_id}")
        try:
            pack = library.get(run.pack_id, run.pack_hash)
        except LookupError as exc:
            raise Conflict(f"cannot replay run {run_id}: {exc}") from None
        if pack.revision != run.pack_revision:
            raise Conflict(
                f"cannot replay run {run_id}: it ran under revision {run.pack_revision}, but "
                f"its pack file is revision {pack.revision}"
            )
        params = effective_parameters(
            pack, {k: v for k, v in run.parameters.items() if pack.parameter(k).overridable}
        )
        replayed = evaluate(CaseFacts.from_dict(run.facts), pack, params)
        stored = {(r["rule_id"], r["subject"]): (r["outcome"], r["message"]) for r in run.results}
        again = {(r.rule_id, r.subject): (r.outcome, r.message) for r in replayed.results}
        differences = [
            f"{key[0]} {key[1] or ''}: stored {stored.get(key)}, replayed {again.get(key)}"
            for key in sorted(stored.keys() | again.keys(), key=str)
            if stored.get(key) != again.get(key)
        ]
        if replayed.facts_digest != run.facts_digest:
            differences.append("facts digest differs")
        return Replay(run_id, not differences, differences)
