"""Issued letters as they were issued: listed, read back (checked against their SHA-256),
reprinted, saved and printed, each output recorded in the audit.

Issued letters are never changed: `reprint` returns the stored bytes, and a correction is
a new letter (letters.issue_letter with `replaces=`) that names the one it replaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.cases.cases import require_case
from kvisa_desk.core.changes import NO_CHANGES, Changes
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound, ServiceError
from kvisa_desk.store.base import table_of
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_write
from kvisa_desk.store.models import format_case_ref
from kvisa_desk.store.models.decisions import IssuedLetter as LetterRow

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


def letters_table() -> Table:
    return table_of(LetterRow)


def _info_columns() -> list[Any]:
    t = letters_table()
    return [c for c in t.c if c.key != "pdf"]


def info_rows(session: Session, where: Any) -> list[LetterInfo]:
    """Letters (no bytes) matching WHERE, with the references they replace and are replaced
    by, oldest first."""
    t = letters_table()
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


def find_letter(session: Session, letter: int | str) -> LetterInfo:
    """A letter by its id or its reference."""
    t = letters_table()
    if isinstance(letter, int) or (isinstance(letter, str) and letter.strip().isdigit()):
        where = t.c.id == int(letter)
    else:
        where = t.c.reference == letter.strip().upper()
    found = info_rows(session, where)
    if not found:
        raise NotFound(f"no issued letter {letter!r}")
    return found[0]


def _pdf_of(session: Session, info: LetterInfo) -> bytes:
    """The letter's stored bytes, checked against the SHA-256 recorded when it was issued:
    bytes altered since are never written, printed or shown as the letter (LetterDamaged)."""
    import hashlib

    data = session.scalar(
        select(letters_table().c.pdf).where(letters_table().c.id == info.letter_id)
    )
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
        return info_rows(session, letters_table().c.case_id == case_id)


def load_letter(db: Database, actor: str, letter: int | str) -> IssuedLetter:
    """A letter with its stored bytes, for the window's preview (not recorded as output)."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        info = find_letter(session, letter)
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
        info = find_letter(session, letter)
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


def letter_count(db: Database, post: str, year: int) -> int:
    """How many letters a post issued in a year (tests and the dashboard)."""
    with db.read() as session:
        t = letters_table()
        where = (t.c.post_code == post) & (t.c.year == year)
        return int(session.scalar(select(func.count()).select_from(t).where(where)) or 0)
