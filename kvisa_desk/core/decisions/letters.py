"""Issuing decision letters, keeping them exactly as issued, and proving a file genuine.

`issue_letter` builds the letter's content from the case (names in Latin and native script,
date of birth, passport number), the decision in effect, the post's letterhead settings and
the issuing officer's name and title; numbers it `POST-K-YEAR-NNNNNN` from the post's
counter for the year, taken in the same transaction as the letter (so numbers are gapless
and unique however many officers issue at once: PostgreSQL locks the counter row with
SELECT ... FOR UPDATE, SQLite's single writer serialises); renders it and stores the exact
PDF bytes with their SHA-256 and the content digest the QR code carries.

Issued letters are never changed: `reprint` returns the stored bytes, and a correction is
a new letter (`replaces=`) that names the one it replaces. `verify_letter` says whether a
file is a letter this database issued, unchanged, and which case and decision it belongs to.

A refusal letter states grounds only where the post's `state_refusal_grounds` is on, and
then only "other grounds under Article 21" (`letters.model.REFUSAL_GROUNDS`): never the
screening facts, which stay in the case record.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.officers import get_account
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.cases.cases import require_case
from kvisa_desk.core.changes import LETTERS, NO_CHANGES, STATUS, Changes
from kvisa_desk.core.countries import nationality_name
from kvisa_desk.core.decisions.decisions import in_effect_decision, make_interview, pending_decision
from kvisa_desk.core.decisions.letter_certs import (
    check_letter_signature,
    prepare_signing,
    sign_for_post,
)
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound, ServiceError
from kvisa_desk.core.post.settings import (
    WORKING_SETTINGS,
    PostSettingsView,
    get_post_settings,
    post_name,
)
from kvisa_desk.pdf.model import (
    LANGUAGES,
    LETTER_KINDS,
    REFUSAL_GROUNDS,
    Applicant,
    DocumentRequest,
    Interview,
    LetterContent,
    Letterhead,
    VisaTerms,
    content_digest,
)
from kvisa_desk.pdf.signing import SignatureCheck
from kvisa_desk.store.base import table_of
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_write
from kvisa_desk.store.models import Applicant as ApplicantRow
from kvisa_desk.store.models import Case, Passport, format_case_ref
from kvisa_desk.store.models.decisions import Decision, LetterCounter
from kvisa_desk.store.models.decisions import IssuedLetter as LetterRow
from kvisa_desk.vocab import OPEN_STATUSES, CaseStatus, Role

log = logging.getLogger(__name__)

# Which decision each kind of letter carries out, and the case status it needs.
_KIND_OF = {"approve": "approval", "refuse": "refusal", "request-documents": "request-documents"}
_STATUS_FOR = {
    "approval": CaseStatus.APPROVED.value,
    "refusal": CaseStatus.REFUSED.value,
    "request-documents": CaseStatus.AWAITING_DOCUMENTS.value,
}
_POST_CODE = re.compile(r"[A-Z0-9]+")
_RAW_PAYLOAD = re.compile(rb"KVISA1:([A-Z0-9]+(?:-[A-Z0-9]+)*):([0-9A-Fa-f]{64})")
OutputPurpose = Literal["reprint", "print", "save", "preview"]
OUTPUT_PURPOSES = ("reprint", "print", "save", "preview")


class LetterDamaged(ServiceError):
    """An issued letter's stored bytes no longer match its recorded SHA-256 (exit 1)."""

    exit_code = 1


@dataclass(frozen=True)
class LetterInfo:
    """An issued letter's record, without its bytes."""

    letter_id: int
    reference: str
    case_id: int
    decision_id: int | None
    kind: str
    language: str
    issue_date: date
    replaces: str | None
    replaced_by: str | None
    content_digest: str
    pdf_sha256: str
    pdf_size: int
    pages: int
    issued_by: str

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id)

    @property
    def file_name(self) -> str:
        """A name to suggest when saving: `LON-K-2026-000123-refusal.pdf`."""
        return f"{self.reference}-{self.kind}.pdf"

    def to_json(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "reference": self.reference,
            "case_id": self.case_ref,
            "decision_id": self.decision_id,
            "kind": self.kind,
            "language": self.language,
            "issue_date": self.issue_date.isoformat(),
            "replaces": self.replaces,
            "replaced_by": self.replaced_by,
            "content_digest": self.content_digest,
            "pdf_sha256": self.pdf_sha256,
            "pdf_size": self.pdf_size,
            "pages": self.pages,
            "issued_by": self.issued_by,
        }


@dataclass(frozen=True)
class IssuedLetter(LetterInfo):
    """An issued letter with the exact PDF bytes it was issued with."""

    pdf: bytes = b""
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)


@dataclass(frozen=True)
class LetterVerification:
    """What a PDF file is: a genuine, unchanged letter of this database; a letter of this
    database that was changed (`modified`); or not one of its letters (`foreign`)."""

    status: Literal["genuine", "modified", "foreign"]
    message: str
    letter: LetterInfo | None = None
    reference: str | None = None
    signature: SignatureCheck | None = None  # the PAdES signature: valid, invalid, not signed

    @property
    def genuine(self) -> bool:
        return self.status == "genuine"

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "message": self.message,
            "reference": self.reference,
            "letter": None if self.letter is None else self.letter.to_json(),
            "signature": None if self.signature is None else self.signature.to_json(),
        }


# -- reading -----------------------------------------------------------------------------------


def _letters() -> Table:
    return table_of(LetterRow)


def _info_columns() -> list[Any]:
    t = _letters()
    return [c for c in t.c if c.key != "pdf"]


def _info_rows(session: Session, where: Any) -> list[LetterInfo]:
    """Letters (no bytes) matching WHERE, with the references they replace and are replaced
    by, oldest first."""
    t = _letters()
    rows = session.execute(select(*_info_columns()).where(where).order_by(t.c.id)).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    wanted = {r.replaces_id for r in rows if r.replaces_id is not None}
    refs: dict[int, str] = {}
    if wanted:
        refs = dict(session.execute(select(t.c.id, t.c.reference).where(t.c.id.in_(wanted))).all())
    replaced_by: dict[int, str] = {}
    for old, ref in session.execute(
        select(t.c.replaces_id, t.c.reference).where(t.c.replaces_id.in_(ids))
    ):
        replaced_by[int(old)] = str(ref)
    return [
        LetterInfo(
            letter_id=r.id,
            reference=r.reference,
            case_id=r.case_id,
            decision_id=r.decision_id,
            kind=r.kind,
            language=r.language,
            issue_date=r.issue_date,
            replaces=refs.get(r.replaces_id) if r.replaces_id is not None else None,
            replaced_by=replaced_by.get(r.id),
            content_digest=r.content_digest,
            pdf_sha256=r.pdf_sha256,
            pdf_size=r.pdf_size,
            pages=r.pages,
            issued_by=r.issued_by,
        )
        for r in rows
    ]


def _find_letter(session: Session, letter: int | str) -> LetterInfo:
    """A letter by its id or its reference."""
    t = _letters()
    if isinstance(letter, int) or (isinstance(letter, str) and letter.strip().isdigit()):
        where = t.c.id == int(letter)
    else:
        where = t.c.reference == letter.strip().upper()
    found = _info_rows(session, where)
    if not found:
        raise NotFound(f"no issued letter {letter!r}")
    return found[0]


def _pdf_of(session: Session, info: LetterInfo) -> bytes:
    """The letter's stored bytes, checked against the SHA-256 recorded when it was issued:
    bytes altered since are never written, printed or shown as the letter (LetterDamaged)."""
    import hashlib

    data = session.scalar(select(_letters().c.pdf).where(_letters().c.id == info.letter_id))
    pdf = bytes(data or b"")
    if hashlib.sha256(pdf).hexdigest() != info.pdf_sha256:
        raise LetterDamaged(
            f"letter {info.reference} is no longer the file that was issued: its stored bytes "
            f"do not match the SHA-256 recorded when it was issued ({info.pdf_sha256[:16]}…); "
            "nothing was written or printed. Tell an administrator: the database must be "
            "restored from a backup, or the letter issued again to replace this one"
        )
    return pdf


def case_letters(db: Database, actor: str, case_id: int) -> list[LetterInfo]:
    """The letters issued on a case, oldest first (the window's letters list)."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        require_case(session, case_id)
        return _info_rows(session, _letters().c.case_id == case_id)


def load_letter(db: Database, actor: str, letter: int | str) -> IssuedLetter:
    """A letter with its stored bytes, for the window's preview (not recorded as output)."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        info = _find_letter(session, letter)
        return IssuedLetter(**vars(info), pdf=_pdf_of(session, info))


def reprint(
    db: Database,
    actor: str,
    letter: int | str,
    *,
    purpose: OutputPurpose = "reprint",
    printer: str | None = None,
) -> bytes:
    """The exact bytes the letter was issued with; the output is recorded in the audit.

    The window calls this when the officer prints (`purpose="print"`, the printer's name)
    or saves a copy (`"save"`); the CLI when it writes a reprint.
    """
    from kvisa_desk.pdf.verify import pdf_sha256  # ReportLab: loaded on first use

    with db.write() as session:
        require(session, actor, Permission.ISSUE_LETTERS)
        if purpose not in OUTPUT_PURPOSES:
            raise InvalidInput(f"purpose is one of {', '.join(OUTPUT_PURPOSES)}, not {purpose!r}")
        info = _find_letter(session, letter)
        pdf = _pdf_of(session, info)
        record_event(
            session,
            actor,
            "letter_output",
            info.case_id,
            letter_id=info.letter_id,
            reference=info.reference,
            purpose=purpose,
            printer=printer,
            pdf_sha256=pdf_sha256(pdf),
        )
        return pdf


def save_letter_copy(db: Database, actor: str, letter: int | str, path: Path) -> Path:
    """The letter's exact stored bytes written to PATH whole or not at all (recorded as a save)."""
    return atomic_write(path, reprint(db, actor, letter, purpose="save"))


def print_to_queue(
    db: Database,
    actor: str,
    letter: int | str,
    printer: str,
    *,
    copies: int = 1,
    server: str | None = None,
) -> str:
    """Send a letter's stored bytes to a CUPS queue with `lp`; returns CUPS's job id.

    For printing without Qt's dialog (a post's fixed letter printer). The output is
    recorded in the audit with the queue and the job id once CUPS has accepted the job.
    SERVER is a CUPS server (host or socket) other than the default.
    """
    import shutil
    import subprocess

    # Permission first: a refused account is told so whether or not this machine has `lp`.
    require_first(db, actor, Permission.ISSUE_LETTERS)
    if not printer.strip() or printer.startswith("-"):
        raise InvalidInput(f"{printer!r} is not a printer queue name")
    if not 1 <= copies <= 20:
        raise InvalidInput("copies must be between 1 and 20")
    lp = shutil.which("lp")
    if lp is None:
        raise InvalidInput("printing needs CUPS's `lp` command, which is not installed")
    info = load_letter(db, actor, letter)
    command = [lp, "-d", printer, "-n", str(copies), "-t", f"{info.reference} {info.kind}"]
    if server:
        command[1:1] = ["-h", server]
    try:
        done = subprocess.run(command, input=info.pdf, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Conflict(f"printing {info.reference} on {printer} failed: {exc}") from None
    message = (done.stdout + done.stderr).decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise Conflict(f"printing {info.reference} on {printer} failed: {message}")
    found = re.search(r"request id is (\S+)", message)
    job = found.group(1) if found else message
    with db.write() as session:
        record_event(
            session,
            actor,
            "letter_output",
            info.case_id,
            letter_id=info.letter_id,
            reference=info.reference,
            purpose="print",
            printer=printer,
            copies=copies,
            job=job,
            pdf_sha256=info.pdf_sha256,
        )
    return job


# -- issuing -----------------------------------------------------------------------------------


def letterhead_for(settings: PostSettingsView) -> Letterhead:
    """The post's letterhead from its working settings; refused (`letters.post_unnamed`)
    while the post has not set its own name: no mission signs "Embassy of the PRC (BER)"."""
    address = str(settings.working("letterhead_address") or "")
    lines = tuple(line.strip() for line in re.split(r"[;\n]", address) if line.strip())
    names = [post_name(settings, "en"), post_name(settings, "zh")]
    if names[0] is None or names[1] is None:
        raise Conflict.said("letters.post_unnamed", post=settings.post)
    try:
        return Letterhead(
            post_code=settings.post,
            post_name_en=names[0],
            post_name_zh=names[1],
            address_lines=lines,
            phone=str(settings.working("letterhead_phone") or ""),
            email=str(settings.working("letterhead_email") or ""),
        )
    except (TypeError, ValueError) as exc:
        raise InvalidInput(
            f"post {settings.post}: the letterhead settings are unusable: {exc}"
        ) from None


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


def _rendered(content: LetterContent, letterhead: Letterhead, *, draft: bool = False) -> bytes:
    """The letter's PDF; InvalidInput, never a layout traceback, when the case's data cannot
    be printed (a name stored before imports were bounded may be megabytes long)."""
    from reportlab.platypus.doctemplate import LayoutError

    from kvisa_desk.core.limits import MAX_NAME
    from kvisa_desk.pdf.fonts import UnprintableCharacter
    from kvisa_desk.pdf.render import render_letter

    a = content.applicant
    particulars = {
        "surname": a.surname,
        "given names": a.given_names,
        "native name": a.native_name or "",
        "passport number": a.passport_number,
    }
    label, longest = max(particulars.items(), key=lambda item: len(item[1]))
    cannot = (
        f"case {content.case_ref}: the letter cannot be made: the applicant's {label} is "
        f"{len(longest):,} characters long"
    )
    if len(longest) > MAX_NAME:
        raise InvalidInput(f"{cannot}, more than the {MAX_NAME:,} a name may have: correct it")
    try:
        return render_letter(content, letterhead, draft=draft)
    except UnprintableCharacter as exc:
        raise InvalidInput(
            f"case {content.case_ref}: the letter was not issued: {exc}. A letter prints names "
            "exactly as given, so correct the text that holds it (as the passport writes it)"
        ) from None
    except LayoutError:
        raise InvalidInput(f"{cannot}, more than a page can hold: correct the case") from None


def _applicant(session: Session, case_id: int) -> Applicant:
    a = session.get(ApplicantRow, case_id)
    p = session.get(Passport, case_id)
    if a is None or p is None:
        raise Conflict(f"case {format_case_ref(case_id)} has no applicant or passport record")
    return Applicant(
        surname=a.surname,
        given_names=a.given_names or "",
        date_of_birth=a.date_of_birth,
        nationality=a.nationality,
        passport_number=p.number,
        native_name=a.native_name or None,
        nationality_en=nationality_name(a.nationality, "en"),
        nationality_zh=nationality_name(a.nationality, "zh"),
    )


def _officer(session: Session, actor: str, settings: PostSettingsView) -> tuple[str, str, str]:
    """The issuing officer's display name, title and Chinese title; an account with no title
    signs with the post's title for its role (settings `signatory_title_<role>_en/zh`)."""
    account = get_account(session, actor)
    if account is None:  # require() already refused unknown accounts
        raise NotFound(f"no account {actor!r}")
    name = account.display_name.strip() or account.username
    if account.title.strip():
        return name, account.title.strip(), ""
    role = account.role if account.role in (Role.OFFICER, Role.SUPERVISOR) else Role.OFFICER.value
    titles = []
    for lang in ("en", "zh"):
        key = f"signatory_title_{role}_{lang}"
        title = str(settings.working(key) or "").strip()
        titles.append(title or str(WORKING_SETTINGS[key].default))
    return name, titles[0], titles[1]


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
class _Printed:
    """What a letter prints besides the applicant: the terms, grounds, request or interview
    of the decision it carries out."""

    decision: Decision | None  # None for an interview invitation with no decision in effect
    terms: VisaTerms | None = None
    grounds: tuple[str, ...] = ()
    request: DocumentRequest | None = None
    interview: Interview | None = None


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
    printed: _Printed
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
        printed = _Printed(decision, interview=_interview_to_print(case, decision, interview))
        _refuse_second(session, case, kind, decision, replaced)
    else:
        if interview is not None:
            raise InvalidInput(f"a {kind} letter does not print an interview")
        carried_out = _decision_to_carry_out(session, case, kind, decision, replaced)
        printed = _printed_decision(kind, carried_out, settings, reply_by, issue_date)
    if reply_by is not None and kind != "request-documents":
        raise InvalidInput(f"a {kind} letter has no reply-by date")
    return _Prepared(
        kind=kind,
        language=_letter_language(case, settings, language),
        post=_reference_post(case),
        printed=printed,
        replaced=replaced,
        letterhead=letterhead_for(settings),  # refused here while the post has no name
        officer=_officer(session, actor, settings),
    )


def _existing_letter(
    session: Session, case: Case, kind: str, decision: Decision | None
) -> LetterInfo | None:
    """The latest letter of KIND on the case for DECISION (an interview invitation may have
    none): a correction carries the same decision, so the latest is the one not replaced."""
    t = _letters()
    decided = t.c.decision_id.is_(None) if decision is None else t.c.decision_id == decision.id
    found = _info_rows(session, (t.c.case_id == case.id) & (t.c.kind == kind) & decided)
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
            content = _letter_content(
                session, case, ready.kind, ready.language, "DRAFT", issue_date,
                ready.officer, ready.printed, ready.replaced,
            )  # fmt: skip
            pdf = _rendered(content, ready.letterhead, draft=True)
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
    # ReportLab: loaded on first use, before the write lock is taken (_rendered uses it).
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
        content = _letter_content(
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


# -- issuing, step by step -----------------------------------------------------------------------


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
    replaced = _find_letter(session, replaces)
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


def _interview_to_print(
    case: Case, decision: Decision | None, interview: Interview | None
) -> Interview:
    """The interview an invitation prints: the one given, else the one recorded with a
    request for documents; only while the case is open."""
    if interview is None and decision is not None and decision.interview_at is not None:
        interview = make_interview(decision.interview_at, decision.interview_place)
    if interview is None:
        raise InvalidInput("an interview invitation needs the interview's date, time and place")
    if case.status not in {s.value for s in OPEN_STATUSES}:
        raise Conflict(
            f"case {case.case_ref} is {case.status.replace('_', ' ')}: no interview "
            "invitation on a decided case"
        )
    return interview


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


def _printed_decision(
    kind: str,
    decision: Decision,
    settings: PostSettingsView,
    reply_by: date | None,
    issue_date: date,
) -> _Printed:
    """An approval's visa terms, a refusal's grounds (where the post states them), or a
    request's documents and reply-by date."""
    if kind == "approval":
        assert decision.entries and decision.validity_days and decision.stay_days
        terms = VisaTerms(
            decision.entries,  # type: ignore[arg-type]
            decision.validity_days,
            decision.stay_days,
        )
        return _Printed(decision, terms=terms)
    if kind == "refusal":
        stated = bool(settings.working("state_refusal_grounds"))
        # Never the screening facts (K-REF-01).
        return _Printed(decision, grounds=REFUSAL_GROUNDS if stated else ())
    days = int(settings.working("reply_by_days"))
    reply = reply_by or decision.reply_by or issue_date + timedelta(days=days)
    if reply <= issue_date:
        raise InvalidInput(
            f"the reply-by date {reply.isoformat()} is not after "
            f"the letter's date {issue_date.isoformat()}"
        )
    try:
        request = DocumentRequest(tuple(decision.requested_documents or ()), reply)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"request for documents: {exc}") from None
    return _Printed(decision, request=request)


def _letter_language(case: Case, settings: PostSettingsView, language: str | None) -> str:
    """The language asked for, else the post's `letter_language`."""
    chosen = language or str(settings.working("letter_language"))
    if chosen not in LANGUAGES:
        raise InvalidInput(
            f"post {case.post}: letter_language {chosen!r} is not one of {', '.join(LANGUAGES)}"
        )
    return chosen


def _reference_post(case: Case) -> str:
    """The post code that starts the letter's reference (`LON` in LON-K-2026-000123)."""
    post = case.post.strip().upper()
    if not _POST_CODE.fullmatch(post):
        raise InvalidInput(f"post code {case.post!r} cannot start a letter reference")
    return post


def _letter_content(
    session: Session,
    case: Case,
    kind: str,
    language: str,
    reference: str,
    issue_date: date,
    officer: tuple[str, str, str],
    printed: _Printed,
    replaced: LetterInfo | None,
) -> LetterContent:
    """Everything the letter prints, as the renderer and the content digest read it."""
    officer_name, title, title_zh = officer
    try:
        return LetterContent(
            kind=kind,  # type: ignore[arg-type]
            language=language,  # type: ignore[arg-type]
            reference=reference,
            issue_date=issue_date,
            case_ref=case.case_ref,
            applicant=_applicant(session, case.id),
            officer_name=officer_name,
            officer_title=title,
            officer_title_zh=title_zh,
            terms=printed.terms,
            grounds=printed.grounds,
            request=printed.request,
            interview=printed.interview,
            replaces=replaced.reference if replaced else None,
        )
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"case {case.case_ref}: the letter cannot be made: {exc}") from None


def _rendered_and_signed(
    db: Database, session: Session, post: str, content: LetterContent, letterhead: Letterhead
) -> _Rendered:
    """The letter's PDF, signed for the post, with its content digest and SHA-256."""
    from kvisa_desk.pdf.verify import pdf_sha256

    pdf = _rendered(content, letterhead)
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
    printed: _Printed,
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
        **_printed_dates(printed.request, printed.interview),
    )
    return row


def _printed_dates(request: DocumentRequest | None, interview: Interview | None) -> dict[str, str]:
    printed: dict[str, str] = {}
    if request is not None:
        printed["reply_by"] = request.reply_by.isoformat()
    if interview is not None:
        printed["interview_at"] = interview.at.isoformat(timespec="minutes")
        printed["interview_place"] = interview.place
    return printed


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


# -- verifying ---------------------------------------------------------------------------------


def _payload(pdf_bytes: bytes) -> tuple[str, str] | None:
    """The (reference, digest) a file claims: from its metadata, or, when the file is too
    damaged for a PDF reader, from the raw bytes (the payload is stored uncompressed)."""
    from kvisa_desk.pdf.verify import read_letter_qr_payload

    found = read_letter_qr_payload(pdf_bytes)
    if found is not None:
        return found
    raw = _RAW_PAYLOAD.search(pdf_bytes[:10_000_000])
    if raw is None:
        return None
    return raw.group(1).decode("ascii"), raw.group(2).decode("ascii").lower()


def _describe(info: LetterInfo) -> str:
    decision = f"decision {info.decision_id}" if info.decision_id else "no decision"
    text = (
        f"{info.reference}: the {info.kind} letter of case {info.case_ref} ({decision}), "
        f"issued {info.issue_date.isoformat()} by {info.issued_by}"
    )
    if info.replaced_by:
        text += f"; since replaced by {info.replaced_by}"
    return text


def verify_letter(db: Database, actor: str, pdf_bytes: bytes) -> LetterVerification:
    """Whether PDF_BYTES are a letter this database issued, byte for byte; recorded."""
    from kvisa_desk.pdf.verify import pdf_sha256  # ReportLab: loaded on first use

    with db.read() as session:  # the signature is checked outside the write transaction
        require(session, actor, Permission.VIEW_CASES)
        signature = check_letter_signature(session, bytes(pdf_bytes))
    with db.write() as session:
        require(session, actor, Permission.VIEW_CASES)
        t = _letters()
        sha = pdf_sha256(bytes(pdf_bytes))
        by_sha = _info_rows(session, t.c.pdf_sha256 == sha)
        result: LetterVerification
        if by_sha:
            info = by_sha[0]
            result = LetterVerification(
                "genuine", f"genuine and unchanged: {_describe(info)}", info, info.reference
            )
        else:
            claimed = _payload(bytes(pdf_bytes))
            known = _info_rows(session, t.c.reference == claimed[0]) if claimed else []
            if claimed is None:
                result = LetterVerification(
                    "foreign", "not a letter of this database: it carries no letter reference"
                )
            elif not known:
                result = LetterVerification(
                    "foreign",
                    f"not a letter of this database: reference {claimed[0]} was never issued here",
                    None,
                    claimed[0],
                )
            else:
                info = known[0]
                what = (
                    "its bytes differ from the letter issued"
                    if claimed[1] == info.content_digest
                    else "its content digest and bytes differ from the letter issued"
                )
                result = LetterVerification(
                    "modified",
                    f"MODIFIED: the file claims to be {_describe(info)}, but {what}",
                    info,
                    info.reference,
                )
        result = replace(
            result, message=f"{result.message}; {signature.describe()}", signature=signature
        )
        record_event(
            session,
            actor,
            "letter_verified",
            result.letter.case_id if result.letter else None,
            result=result.status,
            reference=result.reference,
            letter_id=result.letter.letter_id if result.letter else None,
            pdf_sha256=sha,
            signature=signature.status,
        )
        return result


def letter_count(db: Database, post: str, year: int) -> int:
    """How many letters a post issued in a year (tests and the dashboard)."""
    with db.read() as session:
        t = _letters()
        where = (t.c.post_code == post) & (t.c.year == year)
        return int(session.scalar(select(func.count()).select_from(t).where(where)) or 0)


__all__ = [
    "IssuedLetter",
    "LetterInfo",
    "LetterVerification",
    "case_letters",
    "issue_letter",
    "letterhead_for",
    "load_letter",
    "next_reference",
    "print_to_queue",
    "reprint",
    "verify_letter",
]
