"""What a newer revision of the rules would change on the open cases, before anyone re-runs
the checks: the newest revision evaluated in memory on each open case's current facts and
compared, rule by rule, with the case's latest stored run. Nothing is written; a decided
case is never re-decided by a revision."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.checks.facts_builder import load_case_records
from kvisa_desk.core.checks.snapshots import RegistryIndexes, build_snapshots
from kvisa_desk.core.post.settings import PostSettingsView, get_post_settings
from kvisa_desk.rules.engine import evaluate
from kvisa_desk.rules.pack import Pack, PackLibrary, default_library
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import subject_key
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CheckRun, format_case_ref
from kvisa_desk.vocab import OPEN_STATUSES

BATCH = 500


@dataclass(frozen=True)
class RuleChange:
    rule: str
    subject: str | None
    before: str | None  # the stored run's outcome; None when it had no such result
    after: str | None  # the newest revision's; None when it gives no such result
    why: str = ""  # the newest revision's message for it

    def to_json(self) -> dict[str, object]:
        return {"rule": self.rule, "subject": self.subject, "from": self.before, "to": self.after}


@dataclass(frozen=True)
class CaseChange:
    """An open case whose results the newest revision would change."""

    case_id: int
    application_id: str
    run_id: int
    pack_id: str
    revision_before: int
    revision_after: int
    outcome_before: str
    outcome_after: str
    changes: tuple[RuleChange, ...]

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id)

    def to_json(self) -> dict[str, object]:
        """The CLI's contract: case, application and the rules that differ."""
        return {
            "case_id": self.case_ref,
            "application_id": self.application_id,
            "changes": [c.to_json() for c in self.changes],
        }


def changes_by_revision(
    db: Database,
    actor: str,
    case_ids: Sequence[int] | None = None,
    library: PackLibrary | None = None,
) -> list[CaseChange]:
    """Open cases (all, or CASE_IDS) whose latest run is of an older revision than the newest
    of its pack and whose results the newest would change, in case order. Officers and
    supervisors may ask; nothing is written."""
    return list(iter_changes(db, actor, case_ids, library))


def iter_changes(
    db: Database,
    actor: str,
    case_ids: Sequence[int] | None = None,
    library: PackLibrary | None = None,
) -> Iterator[CaseChange]:
    with db.read() as session:
        require(session, actor, Permission.RUN_CHECKS)
    yield from _changes(db, case_ids, library)


def pending_change(db: Database, case_id: int) -> CaseChange | None:
    """For the case's own Checks tab, shown to whoever may read the case: what the newest
    revision would change on it; None for a decided case or one already on the newest."""
    found = list(_changes(db, [case_id], None))
    return found[0] if found else None


def _changes(
    db: Database, case_ids: Sequence[int] | None, library: PackLibrary | None
) -> Iterator[CaseChange]:
    library = library or default_library()
    registry = RegistryIndexes()
    with db.read() as session:
        latest = _latest_runs(session, case_ids)
    ids = sorted(latest)
    settings: dict[str, PostSettingsView] = {}
    for start in range(0, len(ids), BATCH):
        with db.read() as session:
            yield from _batch(
                session, ids[start : start + BATCH], latest, library, registry, settings
            )


def _latest_runs(session: Session, case_ids: Sequence[int] | None) -> dict[int, int]:
    """Open cases' latest run ids (cases never checked have nothing to compare)."""
    open_statuses = [s.value for s in OPEN_STATUSES]
    query = (
        select(CheckRun.case_id, func.max(CheckRun.id))
        .join(Case, Case.id == CheckRun.case_id)
        .where(Case.status.in_(open_statuses))
        .group_by(CheckRun.case_id)
    )
    if case_ids is not None:
        query = query.where(CheckRun.case_id.in_(list(case_ids)))
    return {case_id: run_id for case_id, run_id in session.execute(query)}


def _batch(
    session: Session,
    ids: list[int],
    latest: dict[int, int],
    library: PackLibrary,
    registry: RegistryIndexes,
    settings: dict[str, PostSettingsView],
) -> Iterator[CaseChange]:
    runs = {
        r.case_id: r
        for r in session.scalars(select(CheckRun).where(CheckRun.id.in_([latest[i] for i in ids])))
    }
    records = load_case_records(session, ids)
    newest: dict[int, Pack] = {r.id: library.pack_for(r.received_at) for r in records}
    # Only a case whose run is of an older revision than the newest can be changed by one.
    older = [r for r in records if runs[r.id].pack_revision < newest[r.id].revision]
    params: dict[tuple[str, str, int], Parameters] = {}

    def params_for(case: Any) -> Parameters:
        post, pack = case.post, newest[case.id]
        key = (post, pack.id, pack.revision)
        if key not in params:
            view = settings.get(post) or get_post_settings(session, post)
            settings[post] = view
            params[key] = view.parameters_for(pack)
        return params[key]

    for revision in sorted({newest[r.id].revision for r in older}):
        chosen = [r for r in older if newest[r.id].revision == revision]
        facts = build_snapshots(session, chosen, revision, registry, params_for)
        for record in chosen:
            run = runs[record.id]
            pack = newest[record.id]
            outcome = evaluate(facts[record.id], pack, params_for(record))
            stored = {(r["rule_id"], r["subject"]): r["outcome"] for r in run.results}
            fresh = {(r.rule_id, r.subject): r.outcome for r in outcome.results}
            why = {(r.rule_id, r.subject): r.message for r in outcome.results}
            keys = sorted(stored.keys() | fresh.keys(), key=lambda k: (k[0], subject_key(k[1])))
            changes = tuple(
                RuleChange(
                    rule,
                    subject,
                    stored.get((rule, subject)),
                    fresh.get((rule, subject)),
                    why.get((rule, subject), ""),
                )
                for rule, subject in keys
                if stored.get((rule, subject)) != fresh.get((rule, subject))
            )
            if changes:
                yield CaseChange(
                    record.id,
                    record.application_id,
                    run.id,
                    pack.id,
                    run.pack_revision,
                    pack.revision,
                    run.outcome,
                    outcome.outcome,
                    changes,
                )


def change_for_case(db: Database, actor: str, case_id: int) -> CaseChange | None:
    """The Checks tab's notice: what the newest revision would change on this open case."""
    found = changes_by_revision(db, actor, [case_id])
    return found[0] if found else None
