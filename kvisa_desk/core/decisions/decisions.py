"""Decisions: an officer's recommendation on a case and a second officer's sign-off.

`recommend` records `approve`, `refuse` or `request-documents` with grounds chosen from the
latest check run (each ground a copy of the rule's result, the run, its facts digest and
the documents the rule reads) and the officer's reasoning. An approval carries the visa
terms the officer entered (no defaults: none are published).

An approval is refused unless the case's effective outcome is pass (every result in review
resolved by the action its finding asks for and a new run, or by an override with its
reason; core.checks.open_reviews lists them), or while the latest run is older than the
case's facts (its facts digest differs from one built now). A refusal, and an approval where
the post's `approvals_need_sign_off` is on, waits in
`awaiting_sign_off` until a supervisor other than the recommending officer signs it off
(`sign_off`): agree puts it into effect, return sends the case back with a reason. Nobody
signs off their own recommendation, whatever their role; that is enforced here, not in the
interfaces. Every step is an audit event; reasons and reasoning are kept as personal values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.officers import ensure_officer
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.cases.cases import require_case
from kvisa_desk.core.changes import ASSIGNMENT, DECISION, LETTERS, NO_CHANGES, STATUS, Changes
from kvisa_desk.core.checks.open_reviews import OpenReview, open_reviews
from kvisa_desk.core.checks.runs import latest_run, view_of
from kvisa_desk.core.checks.snapshots import snapshot_now
from kvisa_desk.core.errors import MESSAGES, Conflict, InvalidInput, NotFound, PermissionRefused
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.pdf.model import Interview, VisaTerms
from kvisa_desk.rules.checks.documents import DOCUMENTS_READ
from kvisa_desk.rules.pack import default_library
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseDocument, CheckRun, format_case_ref
from kvisa_desk.store.models.decisions import Decision, DecisionGround
from kvisa_desk.vocab import CaseStatus, DocumentType

Recommendation = Literal["approve", "refuse", "request-documents"]
Verdict = Literal["agree", "return"]
RECOMMENDATIONS: tuple[str, ...] = get_args(Recommendation)
VERDICTS: tuple[str, ...] = get_args(Verdict)

STALE_OR_FAILING = "re-run the checks, or override with a reason"
# Stored with a request for documents made on a stale run (the window words it itself).
STALE_WARNING = (
    "the latest check run (run {run_id}) is older than the latest change to the case's facts; "
    "the documents requested are from that run's results"
)
# How an approval refused for open results begins, so an interface can say where to act.
NOT_YET_PASS = "cannot be approved until its effective outcome is pass"


def open_reviews_listed(still_open: Sequence[OpenReview]) -> str:
    """Each open result with the step that resolves it, in one line (the CLI's words)."""
    return "; ".join(
        f"{o.label} {o.effective_outcome} ({o.message}) — {o.action}" for o in still_open
    )


def approval_refusal(case_ref: str, still_open: Sequence[OpenReview]) -> str:
    """Why an approval is refused: each open result with the step that resolves it."""
    return MESSAGES["approval.open_reviews"].format(
        case_ref=case_ref, not_yet_pass=NOT_YET_PASS, listed=open_reviews_listed(still_open)
    )


class DecisionState(StrEnum):
    AWAITING_SIGN_OFF = "awaiting_sign_off"
    IN_EFFECT = "in_effect"
    RETURNED = "returned"


# A case in one of these may receive a recommendation.
RECOMMENDABLE = frozenset(
    {
        CaseStatus.RECEIVED.value,
        CaseStatus.IN_REVIEW.value,
        CaseStatus.AWAITING_DOCUMENTS.value,
        CaseStatus.READY_FOR_DECISION.value,
    }
)
# Where a returned recommendation sends the case: back where it was if it was being decided,
# else to review.
_RETURN_TO = frozenset({CaseStatus.READY_FOR_DECISION.value, CaseStatus.IN_REVIEW.value})

# The document types each rule reads: the documents a ground relies on are the case's
# attached (not removed) documents of these types when the recommendation is made. The
# documents rules' own (K-DOC-01, K-DOC-02, K-VER-01) are asked of the rules.
_DEGREE = (DocumentType.DEGREE_CERTIFICATE.value, DocumentType.TRANSCRIPT.value)
_POST = (DocumentType.PROOF_OF_POST.value,)
RULE_DOCUMENTS: dict[str, tuple[str, ...]] = {
    "K-LEG-01": (DocumentType.APPLICATION_FORM.value,),
    "K-NAT-01": (DocumentType.PASSPORT_SCAN.value,),
    "K-AGE-01": (DocumentType.PASSPORT_SCAN.value,),
    "K-EDU-01": _DEGREE,
    "K-EDU-02": _DEGREE,
    "K-EDU-03": _DEGREE,
    "K-WRK-01": _POST,
    "K-RTE-01": _DEGREE + _POST,
    "K-PPT-01": (DocumentType.PASSPORT_SCAN.value,),
    "K-PPT-02": (DocumentType.PASSPORT_SCAN.value,),
    "K-PUR-01": (DocumentType.APPLICATION_FORM.value,),
    "K-DUP-01": (DocumentType.PASSPORT_SCAN.value,),
    "K-REF-01": (),  # screening facts are recorded by the officer, not read from a document
    **DOCUMENTS_READ,
}

# Reasoning made of these alone says nothing about the case (compared after folding case,
# punctuation and spacing; a reasoning is split into clauses at . ; , and new lines).
STOCK_PHRASES = frozenset(
    {
        "approved",
        "refused",
        "approve",
        "refuse",
        "ok",
        "okay",
        "fine",
        "good",
        "n a",
        "na",
        "none",
        "nil",
        "see file",
        "see above",
        "as above",
        "as per file",
        "as per rules",
        "as per policy",
        "per policy",
        "per rules",
        "according to the rules",
        "in accordance with the rules",
        "meets requirements",
        "meets the requirements",
        "meets all requirements",
        "meets the criteria",
        "criteria met",
        "all criteria met",
        "requirements met",
        "all requirements met",
        "does not meet requirements",
        "does not meet the requirements",
        "does not meet the criteria",
        "requirements not met",
        "criteria not met",
        "not eligible",
        "eligible",
        "not satisfied",
        "satisfied",
        "insufficient",
        "insufficient evidence",
        "all checks passed",
        "checks passed",
        "checks ok",
        "no concerns",
        "no issues",
        "documents missing",
        "missing documents",
        "further documents needed",
        "more documents needed",
        "standard case",
        "routine",
    }
)
_CLAUSES = re.compile(r"[.;,!\n]+")
_NOT_WORD = re.compile(r"[^\w]+")


def _folded(clause: str) -> str:
    text = unicodedata.normalize("NFKC", clause).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def reasoning_warnings(reasoning: str) -> list[str]:
    """Warnings the form shows as the officer types (never a refusal): stock phrases only."""
    clauses = [_folded(c) for c in _CLAUSES.split(reasoning)]
    clauses = [c for c in clauses if c]
    if clauses and all(c in STOCK_PHRASES for c in clauses):
        return [
            "the reasoning is only stock phrases: say what in this case led to the "
            "recommendation (the facts, documents or results relied on)"
        ]
    return []


@dataclass(frozen=True)
class Ground:
    """One rule result a decision rests on, as recorded with the decision."""

    rule_id: str
    subject: str | None
    outcome: str
    effective_outcome: str
    message: str
    run_id: int
    facts_digest: str
    documents: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "subject": self.subject,
            "outcome": self.outcome,
            "effective_outcome": self.effective_outcome,
            "message": self.message,
            "run_id": self.run_id,
            "facts_digest": self.facts_digest,
            "documents": list(self.documents),
        }


@dataclass(frozen=True)
class DecisionView:
    """A decision as services return it (the window and the CLI show it)."""

    decision_id: int
    case_id: int
    recommendation: str
    state: str
    reasoning: str
    grounds: tuple[Ground, ...]
    terms: VisaTerms | None
    requested_documents: tuple[str, ...]
    reply_by: date | None
    interview: Interview | None
    check_run_id: int | None
    facts_digest: str | None
    checks_current: bool
    recommended_by: str
    recommended_at: datetime
    needs_sign_off: bool
    sign_off: str | None
    signed_off_by: str | None
    signed_off_at: datetime | None
    sign_off_reason: str | None
    case_status: str
    warnings: tuple[str, ...] = field(default=())
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id)

    @property
    def letter_kind(self) -> str:
        """The letter this decision calls for once it is in effect."""
        return {"approve": "approval", "refuse": "refusal"}.get(
            self.recommendation, self.recommendation
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision_id,
            "case_id": self.case_ref,
            "recommendation": self.recommendation,
            "state": self.state,
            "reasoning": self.reasoning,
            "grounds": [g.to_json() for g in self.grounds],
            "terms": None
            if self.terms is None
            else {
                "entries": self.terms.entries,
                "validity_days": self.terms.validity_days,
                "stay_days": self.terms.stay_days,
            },
            "requested_documents": list(self.requested_documents),
            "reply_by": self.reply_by.isoformat() if self.reply_by else None,
            "interview": None
            if self.interview is None
            else {"at": self.interview.at.isoformat(), "place": self.interview.place},
            "check_run_id": self.check_run_id,
            "facts_digest": self.facts_digest,
            "checks_current": self.checks_current,
            "recommended_by": self.recommended_by,
            "recommended_at": self.recommended_at.isoformat(),
            "needs_sign_off": self.needs_sign_off,
            "sign_off": self.sign_off,
            "signed_off_by": self.signed_off_by,
            "signed_off_at": self.signed_off_at.isoformat() if self.signed_off_at else None,
            "sign_off_reason": self.sign_off_reason,
            "case_status": self.case_status,
            "warnings": list(self.warnings),
        }


def make_terms(entries: str | None, validity_days: int | None, stay_days: int | None) -> VisaTerms:
    """Visa terms from what the officer entered; InvalidInput naming what is missing or wrong."""
    missing = [
        name
        for name, value in (
            ("entries", entries),
            ("validity days", validity_days),
            ("stay days", stay_days),
        )
        if value is None
    ]
    if missing:
        raise InvalidInput.said("decision.terms_missing", missing=", ".join(missing))
    try:
        return VisaTerms(entries=entries, validity_days=validity_days, stay_days=stay_days)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"visa terms: {exc}") from None


def make_interview(at: datetime | None, place: str | None) -> Interview | None:
    """An interview from its time and place (both or neither); InvalidInput otherwise."""
    if at is None and not (place or "").strip():
        return None
    if at is None or not (place or "").strip():
        raise InvalidInput.said("decision.interview_incomplete")
    assert place is not None
    try:
        return Interview(at=at.replace(tzinfo=None, microsecond=0), place=place.strip())
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"interview: {exc}") from None


# -- reading -----------------------------------------------------------------------------------


def _written(view: DecisionView) -> DecisionView:
    # A decision moves the case's status and decides which letter it calls for.
    changed = Changes.of_case(view.case_id, DECISION, STATUS, LETTERS)
    return replace(view, what_changed=changed)


def _view(row: Decision, case_status: str) -> DecisionView:
    terms = None
    if row.entries is not None and row.validity_days is not None and row.stay_days is not None:
        terms = VisaTerms(row.entries, row.validity_days, row.stay_days)  # type: ignore[arg-type]
    interview = None
    if row.interview_at is not None and row.interview_place:
        interview = Interview(row.interview_at.replace(tzinfo=None), row.interview_place)
    return DecisionView(
        decision_id=row.id,
        case_id=row.case_id,
        recommendation=row.recommendation,
        state=row.state,
        reasoning=row.reasoning,
        grounds=tuple(
            Ground(
                g.rule_id,
                g.subject,
                g.outcome,
                g.effective_outcome,
                g.message,
                g.check_run_id,
                g.facts_digest,
                tuple(g.documents or ()),
            )
            for g in row.grounds
        ),
        terms=terms,
        requested_documents=tuple(row.requested_documents or ()),
        reply_by=row.reply_by,
        interview=interview,
        check_run_id=row.check_run_id,
        facts_digest=row.facts_digest,
        checks_current=row.checks_current,
        recommended_by=row.recommended_by,
        recommended_at=row.recommended_at,
        needs_sign_off=row.needs_sign_off,
        sign_off=row.sign_off,
        signed_off_by=row.signed_off_by,
        signed_off_at=row.signed_off_at,
        sign_off_reason=row.sign_off_reason,
        case_status=case_status,
        warnings=tuple(row.warnings or ()),
    )


def decision_rows(session: Session, case_id: int) -> list[Decision]:
    return list(
        session.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id))
    )


def in_effect_decision(session: Session, case_id: int) -> Decision | None:
    """The newest decision that took effect (what a letter is issued on), or None."""
    return session.scalar(
        select(Decision)
        .where(Decision.case_id == case_id, Decision.state == DecisionState.IN_EFFECT.value)
        .order_by(Decision.id.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class DecidedOn:
    """What a finished case's checks stand on: its status, and the check run the decision in
    effect was made on (None for a case withdrawn or closed with no decision in effect)."""

    status: str
    run_id: int | None


def decided_on(db: Database, case_id: int) -> DecidedOn:
    """The case's status and its decision's check run, for the Checks tab of a finished case
    (a run after a recommendation, before its sign-off, is not the one decided on)."""
    with db.read() as session:
        status = session.scalar(select(Case.status).where(Case.id == case_id)) or ""
        row = in_effect_decision(session, case_id)
        return DecidedOn(status, row.check_run_id if row is not None else None)


def pending_decision(session: Session, case_id: int) -> Decision | None:
    return session.scalar(
        select(Decision)
        .where(Decision.case_id == case_id, Decision.state == DecisionState.AWAITING_SIGN_OFF.value)
        .order_by(Decision.id.desc())
        .limit(1)
    )


def case_decisions(db: Database, actor: str, case_id: int) -> list[DecisionView]:
    """Every decision on a case, oldest first (the window's decision tab)."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        require_case(session, case_id)
        status = session.scalar(select(Case.status).where(Case.id == case_id)) or ""
        return [_view(row, status) for row in decision_rows(session, case_id)]


def awaiting_sign_off(db: Database, actor: str) -> list[DecisionView]:
    """Recommendations waiting for a supervisor, oldest first; for a supervisor, only the ones
    they may sign off (not their own)."""
    with db.read() as session:
        account = require(session, actor, Permission.VIEW_CASES)
        rows = session.execute(
            select(Decision, Case.status)
            .join(Case, Case.id == Decision.case_id)
            .where(Decision.state == DecisionState.AWAITING_SIGN_OFF.value)
            .order_by(Decision.recommended_at, Decision.id)
        ).all()
        return [
            _view(row, status) for row, status in rows if row.recommended_by != account.username
        ]


# -- recommending ------------------------------------------------------------------------------


def _locked_case(session: Session, case_id: int, expected_version: int | None) -> Case:
    case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
    if case is None:
        raise NotFound(f"case {format_case_ref(case_id)} does not exist")
    if expected_version is not None and case.version != expected_version:
        raise Conflict.said(
            "decision.case_changed",
            case_ref=case.case_ref,
            expected=expected_version,
            version=case.version,
        )
    return case


def _set_status(session: Session, actor: str, case: Case, to: str, **details: Any) -> None:
    before = case.status
    if before == to:
        return
    case.status = to
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(
            f"case {case.case_ref} was changed by someone else at the same time: reload it"
        ) from None
    record_event(session, actor, "status_changed", case.id, **{"from": before, "to": to}, **details)


def _grounds_of(results: Sequence[dict[str, Any]], specs: Sequence[str]) -> list[dict[str, Any]]:
    """The results the ground specs name: `RULE` (all its subjects) or `RULE:SUBJECT`."""
    chosen: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()
    for raw in specs:
        spec = raw.strip()
        if not spec:
            continue
        rule_id, sep, subject = spec.partition(":")
        rule_id = rule_id.strip().upper()
        matches = [
            r
            for r in results
            if r["rule_id"] == rule_id and (not sep or (r["subject"] or "") == subject.strip())
        ]
        if not matches:
            known = sorted({str(r["rule_id"]) for r in results})
            raise InvalidInput(
                f"ground {spec!r} is not a result of the latest check run "
                f"(its rules: {', '.join(known)}; a part is RULE:SUBJECT, e.g. "
                "K-EDU-01:education[0])"
            )
        for r in matches:
            key = (r["rule_id"], r["subject"])
            if key not in seen:
                seen.add(key)
                chosen.append(r)
    return chosen


def _attached_documents(session: Session, case_id: int) -> list[CaseDocument]:
    return list(
        session.scalars(
            select(CaseDocument)
            .where(
                CaseDocument.case_id == case_id,
                CaseDocument.sha256.is_not(None),
                CaseDocument.removed_at.is_(None),
            )
            .order_by(CaseDocument.position, CaseDocument.id)
        )
    )


def _relied_on(rule_id: str, documents: Sequence[CaseDocument]) -> tuple[dict[str, Any], ...]:
    types = RULE_DOCUMENTS.get(rule_id, ())
    return tuple(
        {"id": d.id, "type": d.doc_type, "sha256": d.sha256, "verification": d.verification}
        for d in documents
        if d.doc_type in types
    )


def _missing_documents(results: Sequence[dict[str, Any]]) -> list[str]:
    """Documents the latest run found missing (K-DOC-01's list, K-DOC-02's route document)."""
    missing: list[str] = []
    for r in results:
        params = r.get("message_params") or {}
        if r["rule_id"] == "K-DOC-01" and r["outcome"] != "pass" and params.get("missing"):
            missing += [m.strip() for m in str(params["missing"]).split(",") if m.strip()]
        if r["rule_id"] == "K-DOC-02" and r["outcome"] != "pass" and params.get("needed"):
            missing.append(str(params["needed"]).split(" or ")[0].strip())
    return list(dict.fromkeys(missing))


def _facts_current(session: Session, case: Case, run: CheckRun) -> bool:
    return facts_current(session, case.id, run)


def facts_current(session: Session, case_id: int, run: CheckRun) -> bool:
    """Whether the case's facts are still those RUN evaluated."""
    # Built as the run's own pack revision builds them: a new revision alone is no change.
    pack = default_library().get(run.pack_id, revision=run.pack_revision)
    return snapshot_now(session, case_id, pack).digest() == run.facts_digest


def _require_current_for_sign_off(session: Session, case: Case, row: Decision) -> None:
    """Agreeing puts the recommendation into effect: not when the case's facts have moved on
    from the run its grounds come from (a document attached or verified since, say)."""
    run = latest_run(session, case.id)
    if (
        run is None
        or run.facts_digest != row.facts_digest
        or not _facts_current(session, case, run)
    ):
        raise Conflict.said(
            "sign_off.checks_stale", case_ref=case.case_ref, run_id=row.check_run_id
        )


def recommend(
    db: Database,
    actor: str,
    case_id: int,
    recommendation: str,
    *,
    grounds: Sequence[str] = (),
    reasoning: str = "",
    terms: VisaTerms | None = None,
    reply_by: date | None = None,
    interview: Interview | None = None,
    documents: Sequence[str] = (),
    expected_version: int | None = None,
    today: date | None = None,
) -> DecisionView:
    """Record an officer's recommendation on a case. Raises InvalidInput for unusable input,
    Conflict when the case cannot take it now (approval on a failing or stale check run,
    a recommendation already awaiting sign-off, a decided case), PermissionRefused."""
    require_first(db, actor, Permission.RECOMMEND)  # before the arguments are looked at
    if recommendation not in RECOMMENDATIONS:
        raise InvalidInput(
            f"a recommendation is one of {', '.join(RECOMMENDATIONS)}, not {recommendation!r}"
        )
    reasoning = reasoning.strip()
    if not reasoning:
        raise InvalidInput.said("decision.reasoning_needed")
    if recommendation == "approve" and terms is None:
        raise InvalidInput.said("decision.terms_needed")
    if recommendation != "approve" and terms is not None:
        raise InvalidInput("visa terms belong to an approval only")
    if recommendation != "request-documents" and (reply_by or interview or documents):
        raise InvalidInput(
            "a reply-by date, requested documents and an interview belong to a request for "
            "documents only"
        )
    today = today or date.today()
    if reply_by is not None and reply_by <= today:
        raise InvalidInput.said("decision.reply_by_not_after_today", date=reply_by.isoformat())
    warnings = reasoning_warnings(reasoning)

    with db.write() as session:
        require(session, actor, Permission.RECOMMEND)
        case = _locked_case(session, case_id, expected_version)
        if case.status == CaseStatus.AWAITING_SIGN_OFF.value:
            pending = pending_decision(session, case.id)
            who = f" by {pending.recommended_by}" if pending else ""
            raise Conflict.said("decision.already_pending", case_ref=case.case_ref, by=who)
        if case.status not in RECOMMENDABLE:
            raise Conflict.said(
                "decision.not_recommendable",
                case_ref=case.case_ref,
                status=case.status,
                status_words=case.status.replace("_", " "),
            )
        run = latest_run(session, case.id)
        if run is None:
            raise Conflict.said("decision.not_checked", case_ref=case.case_ref)
        view = view_of(session, run)
        current = _facts_current(session, case, run)
        if recommendation != "request-documents" and not current:
            # Neither an approval nor a refusal rests on results the case no longer matches.
            raise Conflict.said("decision.checks_stale", case_ref=case.case_ref, run_id=run.id)
        if recommendation == "approve":
            # Every review is accounted for: the case's effective outcome must be pass.
            still_open = open_reviews(view.results)
            if still_open:
                raise Conflict.said(
                    "approval.open_reviews",
                    case_ref=case.case_ref,
                    not_yet_pass=NOT_YET_PASS,
                    listed=open_reviews_listed(still_open),
                    open_reviews=[o.to_json() for o in still_open],
                )
        elif not current:
            warnings.append(STALE_WARNING.format(run_id=run.id))
        chosen = _grounds_of(view.results, grounds)
        if recommendation == "refuse" and not chosen:
            raise InvalidInput.said("decision.grounds_needed")
        if recommendation == "refuse" and all(r["effective_outcome"] == "pass" for r in chosen):
            warnings.append("every ground chosen for this refusal is a result that passed")

        requested: list[str] = []
        if recommendation == "request-documents":
            requested = [d.strip() for d in documents if d.strip()] or _missing_documents(
                view.results
            )
            if not requested:
                raise InvalidInput.said("decision.no_missing_documents")
            if reply_by is None:
                days = int(get_post_settings(session, case.post).working("reply_by_days"))
                reply_by = today + timedelta(days=days)

        settings = get_post_settings(session, case.post)
        needs_sign_off = recommendation == "refuse" or (
            recommendation == "approve" and bool(settings.working("approvals_need_sign_off"))
        )
        if needs_sign_off:
            state, to_status = DecisionState.AWAITING_SIGN_OFF, CaseStatus.AWAITING_SIGN_OFF
        elif recommendation == "approve":
            state, to_status = DecisionState.IN_EFFECT, CaseStatus.APPROVED
        else:
            state, to_status = DecisionState.IN_EFFECT, CaseStatus.AWAITING_DOCUMENTS

        attached = _attached_documents(session, case.id)
        row = Decision(
            case_id=case.id,
            recommendation=recommendation,
            state=state.value,
            reasoning=reasoning,
            entries=terms.entries if terms else None,
            validity_days=terms.validity_days if terms else None,
            stay_days=terms.stay_days if terms else None,
            requested_documents=requested or None,
            reply_by=reply_by,
            interview_at=interview.at if interview else None,
            interview_place=interview.place if interview else None,
            check_run_id=run.id,
            facts_digest=run.facts_digest,
            checks_current=current,
            status_before=case.status,
            warnings=list(warnings),
            recommended_by=actor,
            needs_sign_off=needs_sign_off,
            grounds=[
                DecisionGround(
                    position=i,
                    rule_id=r["rule_id"],
                    subject=r["subject"],
                    outcome=r["outcome"],
                    effective_outcome=r["effective_outcome"],
                    message=r["message"],
                    check_run_id=run.id,
                    facts_digest=run.facts_digest,
                    documents=list(_relied_on(r["rule_id"], attached)),
                )
                for i, r in enumerate(chosen)
            ],
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            actor,
            "decision_recommended",
            case.id,
            personal={"reasoning": reasoning, "interview_place": row.interview_place},
            decision_id=row.id,
            recommendation=recommendation,
            grounds=[[r["rule_id"], r["subject"]] for r in chosen],
            run_id=run.id,
            facts_digest=run.facts_digest,
            checks_current=current,
            needs_sign_off=needs_sign_off,
            terms=None if terms is None else [terms.entries, terms.validity_days, terms.stay_days],
            requested_documents=requested or None,
            reply_by=reply_by.isoformat() if reply_by else None,
            interview_at=interview.at.isoformat() if interview else None,
            warnings=len(warnings),
        )
        assigned = _assign_to_recommender(session, actor, case)
        _set_status(session, actor, case, to_status.value, decision_id=row.id)
        written = _written(_view(row, case.status))
        if assigned:  # the case leaves Unassigned for the officer's own "My cases"
            mine = Changes.of_case(case.id, ASSIGNMENT)
            written = replace(written, what_changed=written.what_changed | mine)
        return written


def _assign_to_recommender(session: Session, actor: str, case: Case) -> bool:
    """An unassigned case becomes the recommending officer's: they answer for it until it is
    decided (an assigned case stays with whoever has it). True when it was assigned."""
    if case.assigned_officer_id is not None:
        return False
    case.assigned_officer_id = ensure_officer(session, actor).id
    case.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(
            f"case {case.case_ref} was changed by someone else at the same time: reload it"
        ) from None
    record_event(session, actor, "case_assigned", case.id, to=actor, version=case.version)
    return True


def sign_off(
    db: Database,
    actor: str,
    case_id: int,
    verdict: str,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> DecisionView:
    """A supervisor's sign-off of the recommendation awaiting it: `agree` puts it into effect
    (approved or refused), `return` sends the case back with a reason. The recommending
    officer can never sign off their own recommendation (PermissionRefused)."""
    with db.write() as session:
        require(session, actor, Permission.SIGN_OFF)  # permission first, then the arguments
        if verdict not in VERDICTS:
            raise InvalidInput(f"a sign-off is agree or return, not {verdict!r}")
        reason = reason.strip()
        if verdict == "return" and not reason:
            raise InvalidInput.said("sign_off.reason_needed")
        case = _locked_case(session, case_id, expected_version)
        row = pending_decision(session, case.id)
        if row is None or case.status != CaseStatus.AWAITING_SIGN_OFF.value:
            raise Conflict.said("sign_off.nothing_pending", case_ref=case.case_ref)
        if row.recommended_by == actor:
            raise PermissionRefused.said(
                "sign_off.own", actor=actor, recommendation=row.recommendation
            )
        if verdict == "agree":
            _require_current_for_sign_off(session, case, row)
        row.sign_off = verdict
        row.signed_off_by = actor
        row.signed_off_at = utcnow()
        row.sign_off_reason = reason or None
        if verdict == "agree":
            row.state = DecisionState.IN_EFFECT.value
            to = CaseStatus.APPROVED if row.recommendation == "approve" else CaseStatus.REFUSED
            to_status = to.value
        else:
            row.state = DecisionState.RETURNED.value
            to_status = (
                row.status_before if row.status_before in _RETURN_TO else CaseStatus.IN_REVIEW.value
            )
        session.flush()
        record_event(
            session,
            actor,
            "decision_signed_off",
            case.id,
            personal={"reason": reason} if reason else None,
            decision_id=row.id,
            recommendation=row.recommendation,
            sign_off=verdict,
            recommended_by=row.recommended_by,
        )
        _set_status(session, actor, case, to_status, decision_id=row.id)
        return _written(_view(row, case.status))
