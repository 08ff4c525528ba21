"""State agrees with history: each case as the last events that set it say it must be.

The hash chain proves the events were not changed; this check proves the rows the officers
see were not changed behind the events. For every case, present or purged:
- its status is the one its last `case_imported` / `status_changed` event set;
- each decision has its `decision_recommended` event, with the same recommendation, grounds,
  terms, recommending officer and reasoning (the reasoning through its personal record,
  whose digest the event holds), and its sign-off is the one `decision_signed_off` recorded;
- each issued letter has its `letter_issued` event with the same reference, hashes and
  case, and its stored bytes still hash to what was recorded;
- each document's content, verification status and removal are what its last events set;
- nothing an event recorded is missing (a deleted letter, decision or document), and a case
  with events but no row was purged (`case_purged`), while a purged case is gone.

Cases are compared a range of ids at a time, so memory stays small whatever the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.audit import personal_digest
from kvisa_desk.core.accounts.history import PURGED_KIND
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import AuditPersonal, Case, CaseDocument, CaseEvent, format_case_ref
from kvisa_desk.store.models.decisions import Decision, DecisionGround, IssuedLetter
from kvisa_desk.vocab import FINISHED_STATUSES, CaseStatus, Verification

RANGE = 2000  # case ids compared at a time
_LETTER_BYTES_BATCH = 20
_ATTACHED = ("document_attached", "document_content_restored")
KINDS = (
    "case_imported",
    "status_changed",
    "decision_recommended",
    "decision_signed_off",
    "letter_issued",
    *_ATTACHED,
    "document_verification_set",
    "document_removed",
    "documents_attached",
    PURGED_KIND,
)


@dataclass(frozen=True)
class Disagreement:
    case_id: int
    what: str

    @property
    def message(self) -> str:
        return f"case {format_case_ref(self.case_id)}: {self.what}"


@dataclass(frozen=True)
class StateReport:
    cases: int  # cases compared, present or purged
    disagreements: int
    first: Disagreement | None = None

    @property
    def ok(self) -> bool:
        return self.disagreements == 0


@dataclass
class _Decision:
    event: int
    officer: str
    details: dict[str, Any]
    sign_off: tuple[int, str, dict[str, Any]] | None = None  # (event, officer, details)


@dataclass
class _Document:
    first: int  # the first event that named it
    sha256: tuple[int, str | None] | None = None  # (event, digest)
    verification: tuple[int, str] | None = None
    removed: int | None = None


@dataclass
class _History:
    """What a case's events say, the last event of each kind winning."""

    status: tuple[int, str] | None = None  # (event, status)
    purged: int | None = None
    status_when_purged: str | None = None
    decisions: dict[int, _Decision] = field(default_factory=dict)
    letters: dict[int, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    documents: dict[int, _Document] = field(default_factory=dict)
    specimens: bool = False  # an older demo's bulk attachment, without document ids
    malformed: int | None = None  # an event without what its kind records

    def take(self, event_id: int, officer: str, kind: str, d: dict[str, Any]) -> None:
        try:
            self.add(event_id, officer, kind, d)
        except (KeyError, TypeError, ValueError):
            self.malformed = self.malformed or event_id

    def add(self, event_id: int, officer: str, kind: str, d: dict[str, Any]) -> None:
        if kind == "case_imported":
            self.status = (event_id, CaseStatus.RECEIVED.value)
        elif kind == "status_changed":
            self.status = (event_id, str(d.get("to")))
        elif kind == PURGED_KIND:
            self.purged = event_id
            self.status_when_purged = self.status[1] if self.status else None
        elif kind == "decision_recommended":
            self.decisions[int(d["decision_id"])] = _Decision(event_id, officer, d)
        elif kind == "decision_signed_off":
            found = self.decisions.get(int(d["decision_id"]))
            if found is not None:
                found.sign_off = (event_id, officer, d)
        elif kind == "letter_issued":
            self.letters[int(d["letter_id"])] = (event_id, d)
        elif kind == "documents_attached":
            if "documents" not in d:
                self.specimens = True
            for doc_id, sha, verification in d.get("documents", ()):
                doc = self.documents.setdefault(int(doc_id), _Document(event_id))
                doc.sha256 = (event_id, sha)
                doc.verification = (event_id, verification)
        else:
            doc = self.documents.setdefault(int(d["document_id"]), _Document(event_id))
            if kind in _ATTACHED:
                doc.sha256 = (event_id, d.get("sha256"))
            elif kind == "document_verification_set":
                doc.verification = (event_id, str(d.get("after")))
            else:
                doc.removed = event_id


def _top_case_id(session: Session) -> int:
    cases = session.scalar(select(func.max(Case.id))) or 0
    events = session.scalar(select(func.max(CaseEvent.case_id))) or 0
    return max(int(cases), int(events))


def _legacy_purge(session: Session) -> int:
    """The last purge an earlier version recorded without a `case_purged` event per case."""
    rows = session.execute(
        select(CaseEvent.id, CaseEvent.details).where(
            CaseEvent.case_id.is_(None), CaseEvent.kind == "retention_purge"
        )
    )
    return max(
        (int(r.id) for r in rows if not dict(r.details or {}).get("each_recorded")), default=0
    )


def check_state(
    db: Database, progress: Callable[[int], object] | None = None, span: int = RANGE
) -> StateReport:
    """Compare every case with its history; the first disagreement (by case) and a count.

    `progress(cases compared)` is called after each range of case ids.
    """
    with db.read() as session:
        top = _top_case_id(session)
        legacy = _legacy_purge(session)
    compared, found, first = 0, 0, None
    for low in range(1, top + 1, span):
        with db.read() as session:
            count, problems = _check_range(session, low, low + span - 1, legacy)
        compared += count
        found += len(problems)
        if first is None and problems:
            first = min(problems, key=lambda p: p.case_id)
        if progress is not None:
            progress(compared)
    return StateReport(compared, found, first)


def _histories(
    session: Session, low: int, high: int, kinds: tuple[str, ...] = KINDS
) -> tuple[dict[int, _History], dict[int, int]]:
    """Each case's history, and the id of each case's last state event."""
    histories: dict[int, _History] = {}
    last: dict[int, int] = {}
    rows = session.execute(
        select(
            CaseEvent.id, CaseEvent.case_id, CaseEvent.officer, CaseEvent.kind, CaseEvent.details
        )
        .where(CaseEvent.case_id.between(low, high), CaseEvent.kind.in_(kinds))
        .order_by(CaseEvent.id)
    )
    for row in rows:
        case_id = int(row.case_id)
        histories.setdefault(case_id, _History()).take(
            int(row.id), row.officer, row.kind, dict(row.details or {})
        )
        last[case_id] = int(row.id)
    return histories, last


def _check_range(
    session: Session, low: int, high: int, legacy_purge: int
) -> tuple[int, list[Disagreement]]:
    histories, last_event = _histories(session, low, high)
    statuses: dict[int, str] = {
        int(r.id): r.status
        for r in session.execute(select(Case.id, Case.status).where(Case.id.between(low, high)))
    }
    problems: list[Disagreement] = []

    def say(case_id: int, what: str) -> None:
        problems.append(Disagreement(case_id, what))

    for case_id in sorted(set(histories) | set(statuses)):
        history = histories.get(case_id, _History())
        if history.malformed is not None:
            say(case_id, f"event {history.malformed} lacks what its kind records")
        if case_id not in statuses:
            if history.purged is not None and history.status_when_purged not in FINISHED_STATUSES:
                say(
                    case_id,
                    f"it was purged (event {history.purged}) while "
                    f"{history.status_when_purged or 'without a recorded status'}: only "
                    "finished cases are purged",
                )
            if history.purged is None and last_event.get(case_id, 0) > legacy_purge:
                say(
                    case_id,
                    "it has recorded events but is not in the database, and no purge "
                    "of it was recorded: it was deleted behind the application",
                )
            continue
        if history.purged is not None:
            say(
                case_id,
                f"event {history.purged} recorded its purge, but it is still in the "
                "database: its letters or decisions may have been deleted behind the application",
            )
        status = statuses[case_id]
        if history.status is None:
            say(
                case_id,
                f"its status is {status}, but no event recorded how it came to be "
                "(it was added behind the application)",
            )
        elif history.status[1] != status:
            event, expected = history.status
            say(
                case_id,
                f"its status is {status}, but the last event that set it (event "
                f"{event}) says {expected}",
            )
    present = {c: h for c, h in histories.items() if c in statuses}
    _check_decisions(session, low, high, present, say)
    _check_letters(session, low, high, present, say)
    _check_documents(session, low, high, present, say)
    return len(set(histories) | set(statuses)), problems


Say = Callable[[int, str], None]


def _personal(session: Session, refs: Iterable[str]) -> dict[str, Any]:
    """The personal values behind digests, only those whose content still has that digest."""
    wanted = sorted(set(refs))
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(AuditPersonal.digest, AuditPersonal.value).where(
                AuditPersonal.digest.in_(wanted[start : start + 500])
            )
        )
        for digest, value in rows:
            if personal_digest(value) == digest and isinstance(value, dict):
                found[digest] = value.get("value")
    return found


def _check_decisions(
    session: Session, low: int, high: int, histories: dict[int, _History], say: Say
) -> None:
    rows = list(
        session.scalars(
            select(Decision).where(Decision.case_id.between(low, high)).order_by(Decision.id)
        )
    )
    grounds: dict[int, list[list[Any]]] = {}
    for ground in session.scalars(
        select(DecisionGround)
        .join(Decision, Decision.id == DecisionGround.decision_id)
        .where(Decision.case_id.between(low, high))
        .order_by(DecisionGround.decision_id, DecisionGround.position)
    ):
        grounds.setdefault(ground.decision_id, []).append([ground.rule_id, ground.subject])
    refs: list[Any] = []
    for history in histories.values():
        for made in history.decisions.values():
            refs.append(made.details.get("personal_ref"))
            if made.sign_off is not None:
                refs.append(made.sign_off[2].get("personal_ref"))
    personal = _personal(session, [r for r in refs if isinstance(r, str)])
    seen: set[int] = set()
    for row in rows:
        seen.add(row.id)
        recorded = histories.get(row.case_id, _History()).decisions.get(row.id)
        if recorded is None:
            say(
                row.case_id,
                f"decision {row.id} has no decision_recommended event: it was added "
                "behind the application",
            )
            continue
        for what in _decision_differences(row, recorded, grounds.get(row.id, []), personal):
            say(row.case_id, f"decision {row.id} {what}")
    for case_id, history in histories.items():
        for decision_id, recorded in history.decisions.items():
            if decision_id not in seen:
                say(
                    case_id,
                    f"decision {decision_id} (event {recorded.event}) is missing: it was "
                    "deleted behind the application",
                )


def _decision_differences(
    row: Decision, recorded: _Decision, grounds: list[list[Any]], personal: dict[str, Any]
) -> list[str]:
    d = recorded.details
    at = f"event {recorded.event}"
    found: list[str] = []
    terms = None if row.entries is None else [row.entries, row.validity_days, row.stay_days]
    for name, now, then in (
        ("recommendation", row.recommendation, d.get("recommendation")),
        ("recommending officer", row.recommended_by, recorded.officer),
        ("grounds", grounds, d.get("grounds") or []),
        ("visa terms", terms, d.get("terms")),
        ("need of a sign-off", row.needs_sign_off, d.get("needs_sign_off")),
    ):
        if now != then:
            found.append(f"has {name} {now!r}, but {at} recorded {then!r}")
    reasoning = personal.get(str(d.get("personal_ref")))
    if not isinstance(reasoning, dict) or reasoning.get("reasoning") != row.reasoning:
        found.append(f"has reasoning that differs from what {at} recorded")
    state = "awaiting_sign_off" if d.get("needs_sign_off") else "in_effect"
    sign_off, signed_by, reason = None, None, None
    if recorded.sign_off is not None:
        event, signed_by, s = recorded.sign_off
        at, sign_off = f"event {event}", s.get("sign_off")
        state = "in_effect" if sign_off == "agree" else "returned"
        kept = personal.get(str(s.get("personal_ref"))) if s.get("personal_ref") else None
        reason = kept.get("reason") if isinstance(kept, dict) else None
    for name, now, then in (
        ("state", row.state, state),
        ("sign-off", row.sign_off, sign_off),
        ("sign-off by", row.signed_off_by, signed_by),
        ("sign-off reason", row.sign_off_reason, reason),
    ):
        if now != then:
            shown = "a different one" if name == "sign-off reason" else repr(now)
            found.append(f"has {name} {shown}, but {at} recorded {then!r}")
    return found


def _check_letters(
    session: Session, low: int, high: int, histories: dict[int, _History], say: Say
) -> None:
    t = IssuedLetter
    columns = (t.id, t.case_id, t.reference, t.pdf_sha256, t.content_digest)
    seen: set[int] = set()
    for row in session.execute(select(*columns).where(t.case_id.between(low, high))):
        seen.add(row.id)
        recorded = histories.get(row.case_id, _History()).letters.get(row.id)
        if recorded is None:
            say(
                row.case_id,
                f"letter {row.reference} has no letter_issued event: it was added "
                "behind the application",
            )
            continue
        event, d = recorded
        for name in ("reference", "pdf_sha256", "content_digest"):
            if getattr(row, name) != d.get(name):
                say(
                    row.case_id,
                    f"letter {row.reference} has a {name} that differs from what "
                    f"event {event} recorded",
                )
    query = select(t.id, t.case_id, t.reference, t.pdf_sha256, t.pdf).where(
        t.case_id.between(low, high)
    )
    for kept in session.execute(query.execution_options(yield_per=_LETTER_BYTES_BATCH)):
        if hashlib.sha256(kept.pdf).hexdigest() != kept.pdf_sha256:
            say(
                kept.case_id,
                f"letter {kept.reference}'s stored bytes no longer have the SHA-256 "
                "recorded when it was issued",
            )
    for case_id, history in histories.items():
        for letter_id, (event, d) in history.letters.items():
            if letter_id not in seen:
                say(
                    case_id,
                    f"letter {d.get('reference')} (event {event}) is missing: it was "
                    "deleted behind the application",
                )


def _check_documents(
    session: Session, low: int, high: int, histories: dict[int, _History], say: Say
) -> None:
    t = CaseDocument
    seen: set[int] = set()
    rows = session.execute(
        select(t.id, t.case_id, t.doc_type, t.sha256, t.verification, t.removed_at).where(
            t.case_id.between(low, high)
        )
    )
    for row in rows:
        seen.add(row.id)
        history = histories.get(row.case_id, _History())
        recorded = history.documents.get(row.id)
        label = f"document {row.id} ({row.doc_type})"
        if recorded is None:
            if row.sha256 is not None and not history.specimens:
                say(row.case_id, f"{label} has content that no event attached")
            elif row.verification != Verification.UNVERIFIED.value and not history.specimens:
                say(row.case_id, f"{label} is {row.verification}, but no event set that")
            elif row.removed_at is not None:
                say(row.case_id, f"{label} is removed, but no event recorded its removal")
            continue
        if recorded.sha256 is None:
            if row.sha256 is not None:
                say(row.case_id, f"{label} has content that no event attached")
        elif recorded.sha256[1] != row.sha256:
            say(
                row.case_id,
                f"{label} points at other content than event {recorded.sha256[0]} attached",
            )
        verification = recorded.verification or (0, Verification.UNVERIFIED.value)
        if verification[1] != row.verification:
            said = f"event {verification[0]} set" if verification[0] else "no event set"
            say(row.case_id, f"{label} is {row.verification}, but {said} {verification[1]}")
        if (recorded.removed is not None) != (row.removed_at is not None):
            say(row.case_id, f"{label}'s removal differs from what its events recorded")
    for case_id, history in histories.items():
        for doc_id, recorded in history.documents.items():
            if doc_id not in seen:
                say(
                    case_id,
                    f"document {doc_id} (event {recorded.first}) is missing: it was deleted "
                    "behind the application",
                )


_CONTENT_KINDS = (*_ATTACHED, "documents_attached", "case_imported")


@dataclass(frozen=True)
class ContentNotAttached:
    """A document whose content is not what the events that attached it recorded."""

    document_id: int
    case_id: int
    doc_type: str
    sha256: str
    removed: bool
    attached_by_event: int | None  # the event that attached other content; None: no event did


def contents_against_history(db: Database, span: int = RANGE) -> list[ContentNotAttached]:
    """Documents pointing at content other than their attaching event recorded (another
    case's file, set behind the application), for `documents verify`. A case without any
    recorded event (made before the trail existed) is left to `audit verify`."""
    with db.read() as session:
        top = _top_case_id(session)
    found: list[ContentNotAttached] = []
    t = CaseDocument
    for low in range(1, top + 1, span):
        high = low + span - 1
        with db.read() as session:
            histories, _ = _histories(session, low, high, _CONTENT_KINDS)
            rows = session.execute(
                select(t.id, t.case_id, t.doc_type, t.sha256, t.removed_at)
                .where(t.case_id.between(low, high), t.sha256.is_not(None))
                .order_by(t.case_id, t.id)
            )
            for row in rows:
                history = histories.get(row.case_id)
                if history is None or history.specimens:
                    continue
                recorded = history.documents.get(row.id)
                attached = None if recorded is None else recorded.sha256
                if attached is not None and attached[1] == row.sha256:
                    continue
                found.append(
                    ContentNotAttached(
                        row.id,
                        row.case_id,
                        row.doc_type,
                        row.sha256,
                        row.removed_at is not None,
                        None if attached is None else attached[0],
                    )
                )
    return found
