"""Notes on a case: timestamped, attributed, append-only. A correction is a new note.

There is no function to change or remove a note, here or anywhere: the history of what
officers wrote about a case stays as they wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, select

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.changes import NO_CHANGES, NOTES, Changes
from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, Note, Officer, format_case_ref

MAX_NOTE_LENGTH = 20_000


@dataclass(frozen=True)
class NoteView:
    id: int
    case_id: int
    written_at: datetime
    officer: str  # display name
    username: str
    text: str
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)


_NOTES = table_of(Note)
_CASES = table_of(Case)
# Made once: a note is a few statements, and building them was a good part of its cost.
_CASE_EXISTS = select(_CASES.c.id).where(_CASES.c.id == bindparam("case_id"))
_INSERT_NOTE = _NOTES.insert().returning(_NOTES.c.id)


def add_note(db: Database, case_id: int, text: str, actor: str) -> NoteView:
    with db.write() as session:
        # Permission first, then the arguments; the account read names the note's officer.
        account = require(session, actor, Permission.WORK_CASES)
        body = text.strip()
        if not body:
            raise InvalidInput("a note needs some text")
        if len(body) > MAX_NOTE_LENGTH:
            raise InvalidInput(f"a note is at most {MAX_NOTE_LENGTH:,} characters")
        if session.execute(_CASE_EXISTS, {"case_id": case_id}).first() is None:
            raise NotFound(f"case {format_case_ref(case_id)} does not exist")
        written_at = utcnow()
        row = {"case_id": case_id, "officer_id": account.officer_id, "text": body}
        note_id = int(session.execute(_INSERT_NOTE, {**row, "created_at": written_at}).scalar_one())
        # The text is personal data: it goes into the history aside, purged with the case.
        record_event(session, actor, "note_added", case_id, personal=body, note=note_id)
        changed = Changes.of_case(case_id, NOTES)
        return NoteView(note_id, case_id, written_at, account.display_name, actor, body, changed)


def case_notes(db: Database, case_id: int) -> list[NoteView]:
    """Oldest first, as they were written."""
    with db.read() as session:
        rows = session.execute(
            select(Note, Officer.display_name, Officer.username)
            .outerjoin(Officer, Officer.id == Note.officer_id)
            .where(Note.case_id == case_id)
            .order_by(Note.id)
        )
        return [
            NoteView(n.id, n.case_id, n.created_at, name or "", user or "", n.text)
            for n, name, user in rows
        ]
