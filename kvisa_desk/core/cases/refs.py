"""Case references as people type them, turned into the case id every service takes.

Parsed at the edges only (the command line, what an officer types in the window): services
take the integer id, so nothing inside core formats a reference to parse it back.
`vocab.format_case_ref` writes the reference this reads.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case

_CASE_REF = re.compile(r"^[Cc]?0*(\d{1,12})$")


def parse_case_ref(text: str) -> int | None:
    """The case id a reference spells ("C0000042", "c42", "42"), None if it spells none.

    Reads no database: whether that case exists is the caller's question."""
    match = _CASE_REF.match(text.strip())
    return int(match.group(1)) if match else None


def find_case_id(db: Database, reference: str) -> int:
    """The case REFERENCE names: a case id (`C0000042` or `42`), else an application id,
    or `POST/APPLICATION-ID` where several posts have that application id.

    NotFound when nothing matches; InvalidInput when the application id is ambiguous."""
    with db.read() as session:
        return _case_id_of(session, reference)


def _case_id_of(session: Session, reference: str) -> int:
    text = reference.strip()
    spelled = parse_case_ref(text)
    if spelled is not None:
        case_id = session.scalar(select(Case.id).where(Case.id == spelled))
        if case_id is not None:
            return case_id
    # Not a case that exists: an application id may look like a number too.
    post, _, application_id = text.rpartition("/")
    query = select(Case.id, Case.post).where(Case.application_id == application_id)
    if post:
        query = query.where(Case.post == post)
    found = session.execute(query).all()
    if len(found) > 1:
        posts = ", ".join(sorted(r.post for r in found))
        raise InvalidInput(
            f"application id {application_id} exists at several posts ({posts}): "
            f"write POST/{application_id}"
        )
    if not found:
        raise NotFound(f"no case or application {reference!r}: check the id with `cases`")
    return int(found[0].id)
