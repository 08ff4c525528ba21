"""The records of `decisions.jsonl` (format `kvisa-decision/1`), from what the post decided.

A record is made for each issued letter (approval, refusal, request for documents,
interview invitation) and each withdrawal that has not gone out yet. What the letter
printed beyond the decision (its reply-by date, the interview) comes from the letter's
audit event. Never the screening facts, the grounds of a decision or its reasoning: the
centre learns the outcome and the letter, not why (Law Art. 21).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from kvisa_desk.store.models import Case, CaseEvent, format_case_ref
from kvisa_desk.store.models.decisions import Decision
from kvisa_desk.store.models.decisions import IssuedLetter as LetterRow
from kvisa_desk.store.models.exchange import OutboxItem
from kvisa_desk.vocab import CaseStatus

DECISION_SCHEMA = "kvisa-decision/1"
OUTCOMES = {
    "approval": "approved",
    "refusal": "refused",
    "request-documents": "documents_requested",
    "interview": "interview_invited",
}
WITHDRAWN = "withdrawn"
LETTERS_FOLDER = "letters"


@dataclass(frozen=True)
class PendingDecision:
    """A letter or a withdrawal waiting to be sent, with its record (batch not yet set)."""

    case_id: int
    letter_id: int | None
    withdrawal_event_id: int | None
    happened_at: datetime
    record: dict[str, Any]
    letter_file: str | None = None  # the path in the batch, for letters

    def with_batch(self, batch: int) -> dict[str, Any]:
        return {"schema": DECISION_SCHEMA, "batch": batch, **self.record}


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def letter_file_name(reference: str, kind: str) -> str:
    return f"{LETTERS_FOLDER}/{reference}-{kind}.pdf"


def _effective_date(decision: Decision | None, kind: str, issue_date: date) -> date:
    """When the decision took effect (its sign-off, else its recommendation); an interview
    invitation's is the letter's date."""
    if decision is None or kind == "interview":
        return issue_date
    moment = decision.signed_off_at or decision.recommended_at
    return _utc(moment).date()


def _printed(session: Session, case_ids: set[int]) -> dict[int, dict[str, Any]]:
    """Each letter's `letter_issued` details, by letter id."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(CaseEvent.details).where(
            CaseEvent.kind == "letter_issued", CaseEvent.case_id.in_(sorted(case_ids))
        )
    ).scalars()
    return {int(d["letter_id"]): dict(d) for d in rows if d and "letter_id" in d}


def _letter_record(
    letter: Any, case: Any, decision: Decision | None, printed: dict[str, Any], replaces: str | None
) -> dict[str, Any]:
    kind = str(letter.kind)
    visa = None
    reply_by = requested = interview = None
    if kind == "approval" and decision is not None:
        visa = {
            "entries": decision.entries,
            "validity_days": decision.validity_days,
            "stay_days": decision.stay_days,
        }
    elif kind == "request-documents":
        by = printed.get("reply_by") or (
            decision.reply_by.isoformat() if decision and decision.reply_by else None
        )
        reply_by = by
        requested = list(decision.requested_documents or ()) if decision is not None else []
    elif kind == "interview":
        at = printed.get("interview_at")
        place = printed.get("interview_place")
        if at is None and decision is not None and decision.interview_at is not None:
            at = decision.interview_at.replace(tzinfo=None).isoformat(timespec="minutes")
            place = decision.interview_place
        interview = {"at": at, "place": place}
    return {
        "post": case.post,
        "application_id": case.application_id,
        "case_ref": format_case_ref(case.id),
        "outcome": OUTCOMES[kind],
        "decision_date": _effective_date(decision, kind, letter.issue_date).isoformat(),
        "visa": visa,
        "reply_by": reply_by,
        "requested_documents": requested,
        "interview": interview,
        "letter": {
            "reference": letter.reference,
            "kind": kind,
            "language": letter.language,
            "issue_date": letter.issue_date.isoformat(),
            "file": letter_file_name(letter.reference, kind),
            "sha256": letter.pdf_sha256,
        },
        "correction_of": replaces,
    }


def _pending_letters(session: Session, post: str) -> list[PendingDecision]:
    replacing = aliased(LetterRow)
    rows = session.execute(
        select(
            LetterRow.id,
            LetterRow.reference,
            LetterRow.case_id,
            LetterRow.decision_id,
            LetterRow.kind,
            LetterRow.language,
            LetterRow.issue_date,
            LetterRow.replaces_id,
            LetterRow.pdf_sha256,
            LetterRow.issued_at,
        )
        .where(
            LetterRow.post_code == post,
            ~exists().where(OutboxItem.letter_id == LetterRow.id),
            # A letter replaced before it was sent never goes: its correction does.
            ~exists().where(replacing.replaces_id == LetterRow.id),
        )
        .order_by(LetterRow.id)
    ).all()
    if not rows:
        return []
    case_ids = {r.case_id for r in rows}
    cases = {
        c.id: c
        for c in session.execute(
            select(Case.id, Case.post, Case.application_id).where(Case.id.in_(sorted(case_ids)))
        )
    }
    decision_ids = sorted({r.decision_id for r in rows if r.decision_id is not None})
    decisions = {
        d.id: d for d in session.scalars(select(Decision).where(Decision.id.in_(decision_ids)))
    }
    replaced_ids = sorted({r.replaces_id for r in rows if r.replaces_id is not None})
    references = dict(
        session.execute(
            select(LetterRow.id, LetterRow.reference).where(LetterRow.id.in_(replaced_ids))
        ).all()
    )
    printed = _printed(session, case_ids)
    pending: list[PendingDecision] = []
    for row in rows:
        decision = decisions.get(row.decision_id) if row.decision_id is not None else None
        replaces = references.get(row.replaces_id) if row.replaces_id is not None else None
        record = _letter_record(
            row, cases[row.case_id], decision, printed.get(row.id, {}), replaces
        )
        pending.append(
            PendingDecision(
                row.case_id,
                row.id,
                None,
                _utc(row.issued_at),
                record,
                letter_file_name(row.reference, row.kind),
            )
        )
    return pending


def _pending_withdrawals(session: Session, post: str) -> list[PendingDecision]:
    finished = (CaseStatus.WITHDRAWN.value, CaseStatus.CLOSED.value)
    rows = session.execute(
        select(CaseEvent.id, CaseEvent.occurred_at, Case.id.label("case_id"), Case.post)
        .add_columns(Case.application_id)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(
            func.upper(func.trim(Case.post)) == post,
            Case.status.in_(finished),
            CaseEvent.kind == "status_changed",
            CaseEvent.details["to"].as_string() == CaseStatus.WITHDRAWN.value,
            ~exists().where(OutboxItem.withdrawal_event_id == CaseEvent.id),
        )
        .order_by(CaseEvent.id)
    ).all()
    return [
        PendingDecision(
            row.case_id,
            None,
            row.id,
            _utc(row.occurred_at),
            {
                "post": row.post,
                "application_id": row.application_id,
                "case_ref": format_case_ref(row.case_id),
                "outcome": WITHDRAWN,
                "decision_date": _utc(row.occurred_at).date().isoformat(),
                "visa": None,
                "reply_by": None,
                "requested_documents": None,
                "interview": None,
                "letter": None,
                "correction_of": None,
            },
        )
        for row in rows
    ]


def pending_decisions(session: Session, post: str) -> list[PendingDecision]:
    """Every decision of POST not yet in a batch, in the order they were made."""
    pending = _pending_letters(session, post) + _pending_withdrawals(session, post)
    return sorted(
        pending, key=lambda p: (p.happened_at, p.letter_id or 0, p.withdrawal_event_id or 0)
    )


def letters_of(session: Session, letter_ids: Sequence[int]) -> dict[int, tuple[str, bytes]]:
    """(path in the batch, exact PDF bytes) of each letter."""
    rows = session.execute(
        select(LetterRow.id, LetterRow.reference, LetterRow.kind, LetterRow.pdf).where(
            LetterRow.id.in_(sorted(letter_ids))
        )
    ).all()
    return {r.id: (letter_file_name(r.reference, r.kind), bytes(r.pdf)) for r in rows}


def posts_with_cases(session: Session) -> list[str]:
    return sorted(
        {str(p).strip().upper() for p in session.scalars(select(Case.post).distinct()) if p}
    )
