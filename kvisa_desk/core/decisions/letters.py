"""Issuing decision letters: which letter a case's decision calls for, its number, and the
letter kept exactly as issued.

`issue_letter` builds the letter's content from the case (names in Latin and native script,
date of birth, passport number), the decision in effect, the post's letterhead settings and
the issuing officer's name and title (letter_content); numbers it `POST-K-YEAR-NNNNNN` from
the post's counter for the year, taken in the same transaction as the letter (so numbers are
gapless and unique however many officers issue at once: PostgreSQL locks the counter row with
SELECT ... FOR UPDATE, SQLite's single writer serialises); renders, signs and stores the exact
PDF bytes with their SHA-256 and the content digest the QR code carries.

Reading issued letters back (list, reprint, save, print) is in issued_letters, proving a file
genuine in letter_verification; their public names are importable from here too.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.changes import LETTERS, STATUS, Changes
from kvisa_desk.core.decisions.decisions import in_effect_decision, pending_decision
from kvisa_desk.core.decisions.issued_letters import (
    OUTPUT_PURPOSES,
    IssuedLetter,
    LetterDamaged,
    LetterInfo,
    OutputPurpose,
    case_letters,
    find_letter,
    info_rows,
    letter_count,
    letters_table,
    load_letter,
    print_to_queue,
    reprint,
    save_letter_copy,
)
from kvisa_desk.core.decisions.letter_certs import prepare_signing, sign_for_post
from kvisa_desk.core.decisions.letter_content import (
    Printed,
    interview_to_print,
    letter_content,
    letter_language,
    letterhead_for,
    printed_dates,
    printed_decision,
    rendered_letter,
    signing_officer,
)
from kvisa_desk.core.decisions.letter_verification import LetterVerification, verify_letter
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.pdf.model import (
    LANGUAGES,
    LETTER_KINDS,
    Interview,
    LetterContent,
    Letterhead,
    content_digest,
)
from kvisa_desk.store.base import table_of
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, format_case_ref
from kvisa_desk.store.models.decisions import Decision, LetterCounter
from kvisa_desk.store.models.decisions import IssuedLetter as LetterRow
from kvisa_desk.vocab import CaseStatus

# Which decision each kind of letter carries out, and the case status it needs.
_KIND_OF = {"approve": "approval", "refuse": "refusal", "request-documents": "request-documents"}
_STATUS_FOR = {
    "approval": CaseStatus.APPROVED.value,
    "refusal": CaseStatus.REFUSED.value,
    "request-documents": CaseStatus.AWAITING_DOCUMENTS.value,
}
_POST_CODE = re.compile(r"[A-Z0-9]+")


def next_reference(session: Session, post: str, year: int) -> tuple[int, str]:
    """Take the post's next letter number for YEAR in the caller's transaction.

    The counter row is created if missing (ON CONFLICT DO NOTHING, so two first letters of
    a year do not collide), then locked (FOR UPDATE; SQLite ignores it, its writer lock
    already serialises) and incremented. A rolled-back issue gives its number back.
    """
    t = table_of(LetterCounter)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(
            pg_insert(t).values(post_code=post, year=year, last_number=0).on_conflict_do_nothing()
        )
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(
            sqlite_insert(t)
            .values(post_code=post, year=year, last_number=0)
            .on_conflict_do_nothing()
        )
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise InvalidInput(f"letter numbering is not supported on {dialect}")
    where = (t.c.post_code == post) & (t.c.year == year)
    last = session.execute(select(t.c.last_number).where(where).with_for_update()).scalar_one()
    number = int(last) + 1
    session.execute(update(t).where(where).values(last_number=number))
    return number, f"{post}-K-{year}-{number:06d}"


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _check_kind_and_language(kind: str | None, language: str | None) -> None:
    if kind is not None and kind not in LETTER_KINDS:
        raise InvalidInput(f"a letter kind is one of {', '.join(LETTER_KINDS)}, not {kind!r}")
    if language is not None and language not in LANGUAGES:
        raise InvalidInput(f"a letter language is one of {', '.join(LANGUAGES)}, not {language!r}")


def _default_kind(session: Session, case: Case, decision: Decision | None) -> str:
    if decision is not None:
        return _KIND_OF[decision.recommendation]
    pending = pending_decision(session, case.id)
    if pending is not None:
        raise Conflict(
            f"case {case.case_ref}: the {pending.recommendation} recommendation by "
            f"{pending.recommended_by} awaits sign-off; no letter until it is signed off"
        )
    raise Conflict(
        f"case {case.case_ref} has no decision in effect: record one first (decide), or "
        "issue an interview invitation (--kind interview)"
    )


@dataclass(frozen=True)
class _Numbered:
    """The letter's number for its post and year, taken in the issuing transaction."""

    post: str
    number: int
    reference: str


@dataclass(frozen=True)
class _Rendered:
    """The signed PDF as stored, with the digests that prove it."""

    pdf: bytes
    content_digest: str  # what the QR code carries
    pdf_sha256: str


@dataclass(frozen=True)
class LetterPlan:
    """What issuing would make, for the officer to confirm before a number is taken."""

    kind: str
    language: str
    reference: str  # the post's next number; another officer issuing first takes it
    # The letter of this kind already issued for what this one carries out (not replaced):
    # the new one can only be a correction of it.
    existing: LetterInfo | None = None
    replaces: str | None = None  # the reference the new letter replaces, if a correction
    draft: bytes = b""  # the letter as it will read, marked DRAFT, without a number


@dataclass(frozen=True)
class _Prepared:
    """Everything a letter needs but its number, read and checked in one transaction."""

    kind: str
    language: str
    post: str
    printed: Printed
    replaced: LetterInfo | None
    letterhead: Letterhead
    officer: tuple[str, str, str]


def _prepare(
    session: Session,
    actor: str,
    case: Case,
    kind: str | None,
    language: str | None,
    reply_by: date | None,
    interview: Interview | None,
    replaces: int | str | None,
    issue_date: date,
) -> _Prepared:
    """Check that the letter may be issued and gather what it prints (no number taken)."""
    replaced = _replaced_letter(session, case, replaces)
    if replaced is not None:
        kind = kind or replaced.kind
    decision = in_effect_decision(session, case.id)
    kind = kind or _default_kind(session, case, decision)
    settings = get_post_settings(session, case.post)
    if kind == "interview":
        printed = Printed(decision, interview=interview_to_print(case, decision, interview))
        _refuse_second(session, case, kind, decision, replaced)
    else:
        if interview is not None:
            raise InvalidInput(f"a {kind} letter does not print an interview")
        carried_out = _decision_to_carry_out(session, case, kind, decision, replaced)
        printed = printed_decision(kind, carried_out, settings, reply_by, issue_date)
    if reply_by is not None and kind != "request-documents":
        raise InvalidInput(f"a {kind} letter has no reply-by date")
    return _Prepared(
        kind=kind,
        language=letter_language(case, settings, language),
        post=_reference_post(case),
        printed=printed,
        replaced=replaced,
        letterhead=letterhead_for(settings),  # refused here while the post has no name
        officer=signing_officer(session, actor, settings),
    )


def _existing_letter(
    session: Session, case: Case, kind: str, decision: Decision | None
) -> LetterInfo | None:
    """The latest letter of KIND on the case for DECISION (an interview invitation may have
    none): a correction carries the same decision, so the latest is the one not replaced."""
    t = letters_table()
    decided = t.c.decision_id.is_(None) if decision is None else t.c.decision_id == decision.id
    found = info_rows(session, (t.c.case_id == case.id) & (t.c.kind == kind) & decided)
    return found[-1] if found else None


def _refuse_second(
    session: Session,
    case: Case,
    kind: str,
    decision: Decision | None,
    replaced: LetterInfo | None,
) -> None:
    """A second interview invitation for the same decision only as a correction."""
    earlier = None if replaced is not None else _existing_letter(session, case, kind, decision)
    if earlier is not None:
        raise Conflict(
            f"letter {earlier.reference} was already issued for this decision: reprint it, "
            f"or issue a correction that replaces it (--replaces {earlier.reference})"
        )


def letter_plan(
    db: Database,
    actor: str,
    case_id: int,
    kind: str | None = None,
    language: str | None = None,
    *,
    reply_by: date | None = None,
    interview: Interview | None = None,
    replaces: int | str | None = None,
    draft: bool = False,
    today: date | None = None,
) -> LetterPlan:
    """The kind, language and reference `issue_letter` would use now, and the letter of the
    same kind it would have to correct; with DRAFT, the letter rendered as it will read,
    without a number and marked DRAFT. Nothing is taken or stored; refused as issuing
    would be (an unnamed post, a letter the case's decision does not call for)."""
    require_first(db, actor, Permission.ISSUE_LETTERS)
    _check_kind_and_language(kind, language)
    issue_date = today or date.today()
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"case {format_case_ref(case_id)} does not exist")
        decision = in_effect_decision(session, case.id)
        chosen = kind or _default_kind(session, case, decision)
        existing = _existing_letter(session, case, chosen, decision)
        if replaces is None and existing is not None:
            replaces = existing.letter_id  # the only way a second one can be issued
        ready = _prepare(
            session, actor, case, chosen, language, reply_by, interview, replaces, issue_date
        )
        t = table_of(LetterCounter)
        where = (t.c.post_code == ready.post) & (t.c.year == issue_date.year)
        last = session.scalar(select(t.c.last_number).where(where))
        reference = f"{ready.post}-K-{issue_date.year}-{int(last or 0) + 1:06d}"
        pdf = b""
        if draft:
            # Not the number: a draft that leaked could otherwise pass for the letter.
            content = letter_content(
                session, case, ready.kind, ready.language, "DRAFT", issue_date,
                ready.officer, ready.printed, ready.replaced,
            )  # fmt: skip
            pdf = rendered_letter(content, ready.letterhead, draft=True)
        return LetterPlan(
            ready.kind,
            ready.language,
            reference,
            existing=existing,
            replaces=ready.replaced.reference if ready.replaced else None,
            draft=pdf,
        )


def issue_letter(
    db: Database,
    actor: str,
    case_id: int,
    kind: str | None = None,
    language: str | None = None,
    reply_by: date | None = None,
    interview: Interview | None = None,
    *,
    replaces: int | str | None = None,
    today: date | None = None,
) -> IssuedLetter:
    """Issue a letter on a case and store it; returns it with its PDF bytes.

    KIND defaults to the one the decision in effect calls for (approval, refusal,
    request-documents); an interview invitation needs INTERVIEW (or one recorded with a
    request for documents). LANGUAGE defaults to the post's `letter_language`. REPLACES
    (a letter's id or reference on the same case) makes this a correction of that letter.
    A post that has not set its name for letters is refused before a number is taken.
    """
    # ReportLab: loaded on first use, before the write lock is taken (rendered_letter uses it).
    from kvisa_desk.pdf.render import render_letter  # noqa: F401

    require_first(db, actor, Permission.ISSUE_LETTERS)  # before the arguments are looked at
    _check_kind_and_language(kind, language)
    issue_date = today or date.today()
    prepare_signing(db)
    with db.write() as session:
        require(session, actor, Permission.ISSUE_LETTERS)
        case = _case_to_letter(session, case_id)
        ready = _prepare(
            session, actor, case, kind, language, reply_by, interview, replaces, issue_date
        )
        numbered = _Numbered(ready.post, *next_reference(session, ready.post, issue_date.year))
        content = letter_content(
            session,
            case,
            ready.kind,
            ready.language,
            numbered.reference,
            issue_date,
            ready.officer,
            ready.printed,
            ready.replaced,
        )
        rendered = _rendered_and_signed(db, session, ready.post, content, ready.letterhead)
        row = _store_letter(
            session, actor, case, numbered, content, ready.printed, ready.replaced, rendered
        )
        _mark_letter_issued(session, actor, case, ready.kind, row.id)
        changed = Changes.of_case(case.id, LETTERS, STATUS)
        return replace(_issued(row, content), what_changed=changed)


def _case_to_letter(session: Session, case_id: int) -> Case:
    """The case, locked for this transaction: its status moves when the letter is issued."""
    case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
    if case is None:
        raise NotFound(f"case {format_case_ref(case_id)} does not exist")
    return case


def _replaced_letter(session: Session, case: Case, replaces: int | str | None) -> LetterInfo | None:
    """The letter a correction replaces: one of this case's, not replaced already."""
    if replaces is None:
        return None
    replaced = find_letter(session, replaces)
    if replaced.case_id != case.id:
        raise InvalidInput(
            f"letter {replaced.reference} belongs to case {replaced.case_ref}, not {case.case_ref}"
        )
    if replaced.replaced_by is not None:
        raise Conflict(
            f"letter {replaced.reference} was already replaced by "
            f"{replaced.replaced_by}: correct that one instead"
        )
    return replaced


def _decision_to_carry_out(
    session: Session,
    case: Case,
    kind: str,
    decision: Decision | None,
    replaced: LetterInfo | None,
) -> Decision:
    """The decision in effect, when it is the one a KIND letter carries out, the case's
    status allows the letter and (unless this is a correction) none was issued for it yet."""
    wanted = {v: k for k, v in _KIND_OF.items()}[kind]
    if decision is None or decision.recommendation != wanted:
        now = (
            f"the decision in effect is {decision.recommendation}"
            if decision
            else "no decision is in effect"
        )
        raise Conflict(
            f"case {case.case_ref}: a {kind} letter needs a decision to {wanted} in effect; {now}"
        )
    allowed = {_STATUS_FOR[kind]}
    if replaced is not None or kind != "request-documents":
        allowed.add(CaseStatus.LETTER_ISSUED.value)
    if case.status not in allowed:
        raise Conflict(
            f"case {case.case_ref} is {case.status.replace('_', ' ')}: a {kind} "
            "letter cannot be issued now"
        )
    if replaced is None:
        earlier = session.scalar(
            select(LetterRow.reference)
            .where(LetterRow.decision_id == decision.id, LetterRow.kind == kind)
            .order_by(LetterRow.id.desc())
            .limit(1)
        )
        if earlier is not None:
            raise Conflict(
                f"letter {earlier} was already issued for this decision: reprint it, "
                f"or issue a correction that replaces it (--replaces {earlier})"
            )
    return decision


def _reference_post(case: Case) -> str:
    """The post code that starts the letter's reference (`LON` in LON-K-2026-000123)."""
    post = case.post.strip().upper()
    if not _POST_CODE.fullmatch(post):
        raise InvalidInput(f"post code {case.post!r} cannot start a letter reference")
    return post


def _rendered_and_signed(
    db: Database, session: Session, post: str, content: LetterContent, letterhead: Letterhead
) -> _Rendered:
    """The letter's PDF, signed for the post, with its content digest and SHA-256."""
    from kvisa_desk.pdf.verify import pdf_sha256

    pdf = rendered_letter(content, letterhead)
    # Signed before hashing: the stored bytes, their SHA-256 and every reprint are signed.
    reason = f"{content.kind} letter {content.reference}"
    location = letterhead.post_name_en
    # CASE_REF: a demo certificate signs a demo case's letter, never a real one's.
    pdf = sign_for_post(
        db, session, post, pdf, reason=reason, location=location, case_ref=content.case_ref
    )
    return _Rendered(pdf, content_digest(content, letterhead), pdf_sha256(pdf))


def _store_letter(
    session: Session,
    actor: str,
    case: Case,
    numbered: _Numbered,
    content: LetterContent,
    printed: Printed,
    replaced: LetterInfo | None,
    rendered: _Rendered,
) -> LetterRow:
    """The letter kept exactly as issued, and its `letter_issued` event."""
    row = LetterRow(
        reference=numbered.reference,
        post_code=numbered.post,
        year=content.issue_date.year,
        number=numbered.number,
        case_id=case.id,
        decision_id=printed.decision.id if printed.decision is not None else None,
        kind=content.kind,
        language=content.language,
        issue_date=content.issue_date,
        replaces_id=replaced.letter_id if replaced else None,
        content_digest=rendered.content_digest,
        pdf_sha256=rendered.pdf_sha256,
        pdf=rendered.pdf,
        pdf_size=len(rendered.pdf),
        pages=_page_count(rendered.pdf),
        issued_by=actor,
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        actor,
        "letter_issued",
        case.id,
        letter_id=row.id,
        reference=row.reference,
        letter_kind=row.kind,
        language=row.language,
        decision_id=row.decision_id,
        replaces=content.replaces,
        content_digest=row.content_digest,
        pdf_sha256=row.pdf_sha256,
        pages=row.pages,
        # What the letter says beyond the decision row, for the outbox's records.
        **printed_dates(printed.request, printed.interview),
    )
    return row


def _mark_letter_issued(
    session: Session, actor: str, case: Case, kind: str, letter_id: int
) -> None:
    """An approval or refusal letter moves its case to letter issued (once)."""
    if kind not in ("approval", "refusal") or case.status == CaseStatus.LETTER_ISSUED.value:
        return
    before = case.status
    case.status = CaseStatus.LETTER_ISSUED.value
    session.flush()
    record_event(
        session,
        actor,
        "status_changed",
        case.id,
        **{"from": before, "to": case.status},
        letter_id=letter_id,
    )


def _issued(row: LetterRow, content: LetterContent) -> IssuedLetter:
    return IssuedLetter(
        letter_id=row.id,
        reference=row.reference,
        case_id=row.case_id,
        decision_id=row.decision_id,
        kind=row.kind,
        language=row.language,
        issue_date=row.issue_date,
        replaces=content.replaces,
        replaced_by=None,
        content_digest=row.content_digest,
        pdf_sha256=row.pdf_sha256,
        pdf_size=row.pdf_size,
        pages=row.pages,
        issued_by=row.issued_by,
        pdf=row.pdf,
    )


__all__ = [
    "OUTPUT_PURPOSES",
    "IssuedLetter",
    "LetterDamaged",
    "LetterInfo",
    "LetterPlan",
    "LetterVerification",
    "OutputPurpose",
    "case_letters",
    "issue_letter",
    "letter_count",
    "letter_plan",
    "letterhead_for",
    "load_letter",
    "next_reference",
    "print_to_queue",
    "reprint",
    "save_letter_copy",
    "verify_letter",
]
