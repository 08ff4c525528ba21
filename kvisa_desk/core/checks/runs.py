"""Run the eligibility checks on stored cases and keep every run, never rewriting one."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import JSON, Column, MetaData, Table, bindparam, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from kvisa_desk.core.accounts.history import record_events
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.changes import CHECKS, NO_CHANGES, Changes
from kvisa_desk.core.checks.facts_builder import CaseRecord, load_case_records
from kvisa_desk.core.checks.snapshots import RegistryIndexes, build_snapshots
from kvisa_desk.core.collector import collector_paused
from kvisa_desk.core.post.settings import PostSettingsView, get_post_settings
from kvisa_desk.rules.engine import evaluate
from kvisa_desk.rules.facts import CaseFacts, canonical_facts_json
from kvisa_desk.rules.findings import stored_parts
from kvisa_desk.rules.overrides import apply_overrides
from kvisa_desk.rules.pack import Pack, PackLibrary, default_library
from kvisa_desk.rules.params import Parameters
from kvisa_desk.rules.results import CheckOutcome, Override, RuleResult
from kvisa_desk.store.base import reserve_ids, table_of, utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CheckRun, RuleOverride, format_case_ref
from kvisa_desk.store.models.case import cases_table

BATCH_SIZE = 500
Progress = Callable[[int, int], None]  # (cases done, cases in all)


@dataclass(frozen=True)
class CaseCheck:
    """One stored run of one case, with the officers' overrides applied as they stand now."""

    case_id: int
    application_id: str
    run_id: int
    pack_id: str
    pack_hash: str
    pack_revision: int
    settings_version: int
    facts_digest: str
    outcome: str
    effective_outcome: str
    results: list[dict[str, Any]]
    lapsed: list[dict[str, Any]] = field(default_factory=list)
    officer: str = ""
    ran_at: datetime | None = None
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id)

    def to_json(self) -> dict[str, Any]:
        """The CLI's contract: rules in rule-id order, then subject order."""
        return {
            "case_id": self.case_ref,
            "application_id": self.application_id,
            "outcome": self.outcome,
            "effective_outcome": self.effective_outcome,
            "pack": self.pack_id,
            "pack_hash": self.pack_hash,
            "pack_revision": self.pack_revision,
            "settings_version": self.settings_version,
            "rules": [
                {
                    "id": r["rule_id"],
                    "subject": r["subject"],
                    "outcome": r["outcome"],
                    "effective_outcome": r["effective_outcome"],
                    "message": r["message"],
                    "source": r["source"],
                    "assumption": r["assumption"],
                    # Revision 2 on: the template id and facts, for scripts that word it.
                    **({"finding": r["finding"]} if r.get("finding") else {}),
                    **({"override": r["override"]} if r.get("override") else {}),
                    **({"carried_by": r["carried_by"]} if r.get("carried_by") else {}),
                }
                for r in self.results
            ],
        }


def _override_of(row: RuleOverride) -> Override:
    return Override(
        rule_id=row.rule_id,
        subject=row.subject,
        to_outcome=cast(Any, row.to_outcome),
        reason=row.reason,
        officer=row.officer,
        at=row.created_at,
        facts_digest=row.facts_digest,
        pack_revision=row.pack_revision,
    )


def overrides_by_case(session: Session, case_ids: Sequence[int]) -> dict[int, list[Override]]:
    found: dict[int, list[Override]] = {cid: [] for cid in case_ids}
    rows = session.scalars(
        select(RuleOverride).where(RuleOverride.case_id.in_(case_ids)).order_by(RuleOverride.id)
    )
    for row in rows:
        found[row.case_id].append(_override_of(row))
    return found


def _lapsed(outcome: CheckOutcome) -> list[dict[str, Any]]:
    return [
        {
            "rule_id": x.override.rule_id,
            "subject": x.override.subject,
            "why": x.reason,
            "officer": x.override.officer,
            "to_outcome": x.override.to_outcome,
        }
        for x in outcome.lapsed_overrides
    ]


class _EncodedJSON(TypeDecorator[Any]):
    """A JSON column whose value arrives as its JSON text: the facts' canonical text is made
    for their digest anyway, and a batch's runs share one parameters text."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> None:
        return None


# check_runs for inserting already encoded runs; reading goes through the model as ever.
_RUNS = Table(
    "check_runs",
    MetaData(),
    *(
        Column(c.name, _EncodedJSON() if isinstance(c.type, JSON) else c.type)
        for c in table_of(CheckRun).columns
    ),
)
# Compact and UTF-8 as stored; any JSON spelling reads back as the same results.
_encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class _Batch:
    """Evaluates and stores one batch of cases in one transaction."""

    def __init__(
        self,
        session: Session,
        library: PackLibrary,
        registry: RegistryIndexes,
        actor: str,
        parameter_texts: dict[Parameters, str],
        revision: int | None = None,
    ) -> None:
        self.session, self.library, self.registry, self.actor = session, library, registry, actor
        self.settings: dict[str, PostSettingsView] = {}
        self.params: dict[tuple[str, str, int], Parameters] = {}
        self.parameter_texts = parameter_texts
        self.revision = revision

    def _view(self, post: str) -> PostSettingsView:
        view = self.settings.get(post) or get_post_settings(self.session, post)
        self.settings[post] = view
        return view

    def _parameters(self, post: str, pack: Pack) -> Parameters:
        key = (post, pack.id, pack.revision)
        if key not in self.params:
            self.params[key] = self._view(post).parameters_for(pack)
        return self.params[key]

    def _parameters_text(self, params: Parameters) -> str:
        text = self.parameter_texts.get(params)
        if text is None:
            text = self.parameter_texts[params] = _encode_json(params.to_dict())
        return text

    def _snapshots(
        self, cases: Sequence[CaseRecord], packs: dict[int, Pack]
    ) -> dict[int, CaseFacts]:
        """Each case's snapshot under its pack's revision; a batch may mix revisions only
        when packs of different dates are in it."""
        facts: dict[int, CaseFacts] = {}
        for revision in sorted({pack.revision for pack in packs.values()}):
            chosen = [c for c in cases if packs[c.id].revision == revision]
            facts |= build_snapshots(
                self.session,
                chosen,
                revision,
                self.registry,
                self._params_from(packs),
            )
        return facts

    def _earlier_digests(
        self, cases: Sequence[CaseRecord], wanted: dict[int, set[int]], packs: dict[int, Pack]
    ) -> dict[int, dict[int, str]]:
        """The digests of these cases' facts under the earlier revisions their overrides were
        recorded under: such an override holds while the facts it judged are unchanged."""
        found: dict[int, dict[int, str]] = {case_id: {} for case_id in wanted}
        for revision in sorted({r for rs in wanted.values() for r in rs}):
            chosen = [c for c in cases if revision in wanted.get(c.id, set())]
            earlier = {c.id: self.library.get(packs[c.id].id, revision=revision) for c in chosen}
            facts = build_snapshots(
                self.session, chosen, revision, self.registry, self._params_from(earlier)
            )
            for case_id, snapshot in facts.items():
                found[case_id][revision] = snapshot.digest()
        return found

    def _params_from(self, packs: dict[int, Pack]) -> Callable[[Any], Parameters]:
        return lambda case: self._parameters(case.post, packs[case.id])

    def run(self, case_ids: Sequence[int]) -> list[CaseCheck]:
        cases = load_case_records(self.session, case_ids)
        packs = {c.id: self.library.pack_for(c.received_at, self.revision) for c in cases}
        snapshots = self._snapshots(cases, packs)
        overrides = overrides_by_case(self.session, [c.id for c in cases])
        wanted = {
            c.id: {
                o.pack_revision
                for o in overrides[c.id]
                if o.pack_revision != packs[c.id].revision
                and o.facts_digest != snapshots[c.id].digest()
            }
            for c in cases
        }
        earlier = self._earlier_digests(cases, {k: v for k, v in wanted.items() if v}, packs)
        now = utcnow()
        rows: list[dict[str, Any]] = []
        outcomes: list[tuple[CaseRecord, int, CheckOutcome, list[dict[str, Any]]]] = []
        for case in cases:
            facts, pack = snapshots[case.id], packs[case.id]
            params = self._parameters(case.post, pack)
            version = self._view(case.post).version
            digests = earlier.get(case.id, {})
            outcome = apply_overrides(evaluate(facts, pack, params), overrides[case.id], digests)
            results = [r.to_dict() for r in outcome.results]
            outcomes.append((case, version, outcome, results))
            rows.append(
                {
                    "case_id": case.id,
                    "pack_id": pack.id,
                    "pack_hash": pack.content_hash,
                    "pack_revision": pack.revision,
                    "post": case.post,
                    "settings_version": version,
                    "parameters": self._parameters_text(params),
                    "facts": canonical_facts_json(facts),
                    "facts_digest": outcome.facts_digest,
                    "earlier_digests": _encode_json({str(r): d for r, d in digests.items()})
                    if digests
                    else None,
                    "results": _encode_json(results),
                    "outcome": outcome.outcome,
                    "officer": self.actor,
                    "ran_at": now,
                }
            )
        if not rows:
            return []
        run_ids = reserve_ids(self.session, "check_runs", len(rows))
        for row, run_id in zip(rows, run_ids, strict=True):
            row["id"] = run_id
        self.session.execute(_RUNS.insert(), rows)
        # Core update: a check changes no facts, so the case's edit version must not move.
        self.session.execute(
            update(cases_table())
            .where(cases_table().c.id == bindparam("cid"))
            .values(check_outcome=bindparam("o"), effective_outcome=bindparam("e")),
            [{"cid": c.id, "o": o.outcome, "e": o.effective_outcome} for c, _, o, _ in outcomes],
        )
        record_events(
            self.session,
            self.actor,
            "checks_run",
            [
                {
                    "case_id": c.id,
                    "details": {
                        "run_id": rid,
                        "pack": o.pack_id,
                        "pack_revision": o.pack_revision,
                        "outcome": o.outcome,
                        "effective_outcome": o.effective_outcome,
                        "lapsed_overrides": len(o.lapsed_overrides),
                    },
                }
                for (c, _, o, _), rid in zip(outcomes, run_ids, strict=True)
            ],
        )
        return [
            CaseCheck(
                c.id,
                c.application_id,
                rid,
                o.pack_id,
                o.pack_hash,
                o.pack_revision,
                v,
                o.facts_digest,
                o.outcome,
                o.effective_outcome,
                results,
                _lapsed(o),
                self.actor,
                now,
                Changes.of_case(c.id, CHECKS),  # each run says what it changed: the case's checks
            )
            for (c, v, o, results), rid in zip(outcomes, run_ids, strict=True)
        ]


def all_case_ids(db: Database, status: str | None = None) -> list[int]:
    query = select(Case.id).order_by(Case.id)
    if status:
        query = query.where(Case.status == status)
    with db.read() as session:
        return list(session.scalars(query))


def check_cases(
    db: Database,
    case_ids: Sequence[int],
    actor: str,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    library: PackLibrary | None = None,
    revision: int | None = None,
) -> Iterator[CaseCheck]:
    """Check the cases a batch at a time; each batch commits whole before its results are
    yielded, so stopping between batches (or a crash) never leaves half a run.

    New runs use the newest revision of the pack in force; REVISION names an earlier one
    (to reproduce what it did, e.g. in tests of a replay)."""
    registry = RegistryIndexes()
    with db.read() as session:
        require(session, actor, Permission.RUN_CHECKS)  # before the rule packs are read
        library = library or default_library()
        # Read the registry before the first write transaction, not while holding it.
        registry.load(session, revision or max(p.revision for p in library.packs))
    parameter_texts: dict[Parameters, str] = {}
    done = 0
    for start in range(0, len(case_ids), batch_size):
        chunk = case_ids[start : start + batch_size]
        with collector_paused(), db.write() as session:
            checks = _Batch(session, library, registry, actor, parameter_texts, revision).run(chunk)
        done += len(chunk)
        if progress is not None:
            progress(done, len(case_ids))
        yield from checks


def check_in_session(
    session: Session, case_ids: Sequence[int], recorded_as: str, batch_size: int = BATCH_SIZE
) -> list[CaseCheck]:
    """Check cases in the caller's transaction, the runs recorded under RECORDED_AS (the
    demo's system actor): a step of a service that has asked for the permission itself."""
    library = default_library()
    registry = RegistryIndexes()  # read as the packs need it, in this transaction
    parameter_texts: dict[Parameters, str] = {}
    checks: list[CaseCheck] = []
    for start in range(0, len(case_ids), batch_size):
        chunk = case_ids[start : start + batch_size]
        checks += _Batch(session, library, registry, recorded_as, parameter_texts).run(chunk)
    return checks


def _results_of(run: CheckRun) -> tuple[RuleResult, ...]:
    return tuple(
        RuleResult(
            rule_id=r["rule_id"],
            subject=r["subject"],
            outcome=r["outcome"],
            message=r["message"],
            message_params=dict(r.get("message_params") or {}),
            source=r["source"],
            assumption=bool(r["assumption"]),
            effective_outcome=r["outcome"],
            finding=stored_parts(r),
        )
        for r in run.results
    )


def stored_outcome(run: CheckRun, overrides: Sequence[Override]) -> CheckOutcome:
    """A stored run with today's overrides applied (the recorded results stay as they were)."""
    base = CheckOutcome(
        pack_id=run.pack_id,
        pack_hash=run.pack_hash,
        facts_digest=run.facts_digest,
        parameters=Parameters(
            run.pack_id,
            tuple(
                sorted(
                    (k, tuple(v) if isinstance(v, list) else v) for k, v in run.parameters.items()
                )
            ),
            run.pack_revision,
        ),
        results=_results_of(run),
        outcome=cast(Any, run.outcome),
        effective_outcome=cast(Any, run.outcome),
        pack_revision=run.pack_revision,
    )
    earlier = {int(r): d for r, d in (run.earlier_digests or {}).items()}
    return apply_overrides(base, overrides, earlier)


def latest_run(session: Session, case_id: int) -> CheckRun | None:
    return session.scalar(
        select(CheckRun).where(CheckRun.case_id == case_id).order_by(CheckRun.id.desc()).limit(1)
    )


def view_of(session: Session, run: CheckRun) -> CaseCheck:
    case = session.get(Case, run.case_id)
    assert case is not None
    outcome = stored_outcome(run, overrides_by_case(session, [run.case_id])[run.case_id])
    return CaseCheck(
        run.case_id,
        case.application_id,
        run.id,
        run.pack_id,
        run.pack_hash,
        run.pack_revision,
        run.settings_version,
        run.facts_digest,
        run.outcome,
        outcome.effective_outcome,
        [r.to_dict() for r in outcome.results],
        _lapsed(outcome),
        run.officer,
        run.ran_at,
    )


def latest_check(db: Database, case_id: int) -> CaseCheck | None:
    with db.read() as session:
        run = latest_run(session, case_id)
        return view_of(session, run) if run is not None else None


def check_history(db: Database, case_id: int) -> list[CaseCheck]:
    with db.read() as session:
        runs = session.scalars(
            select(CheckRun).where(CheckRun.case_id == case_id).order_by(CheckRun.id)
        ).all()
        return [view_of(session, run) for run in runs]
