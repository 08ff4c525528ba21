"""An officer confirms the ISCED-F code of a degree or post (a suggestion until then)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.cases import require_case
from kvisa_desk.core.changes import FACTS, NO_CHANGES, Changes
from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.rules.isced import default_keywords
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, EducationRecord, EmploymentRecord

_SUBJECT = re.compile(r"^(education|employment)\[(\d+)\]$")
_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class FieldConfirmation:
    subject: str
    field_text: str
    suggested: str | None
    confirmed: str
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)


def suggested_code(field_text: str | None) -> str | None:
    suggestion = default_keywords().suggest(field_text or "")
    return suggestion.code if suggestion else None


def confirm_field_code(
    db: Database, actor: str, case_id: int, subject: str, code: str
) -> FieldConfirmation:
    """Record the officer's ISCED-F code for `education[i]` or `employment[i]`; the facts
    change, so the next check run sees a confirmed code (and older overrides lapse)."""
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)  # permission first, then the arguments
        match = _SUBJECT.match(subject)
        if match is None:
            raise InvalidInput("the subject is education[N] or employment[N], e.g. education[0]")
        if not _CODE.match(code):
            raise InvalidInput("an ISCED-F code is two to four digits, e.g. 0713")
        position = int(match.group(2))
        require_case(session, case_id)
        row: EducationRecord | EmploymentRecord | None
        if match.group(1) == "education":
            row = session.scalar(
                select(EducationRecord).where(
                    EducationRecord.case_id == case_id, EducationRecord.position == position
                )
            )
        else:
            row = session.scalar(
                select(EmploymentRecord).where(
                    EmploymentRecord.case_id == case_id, EmploymentRecord.position == position
                )
            )
        if row is None:
            raise NotFound(f"the case has no {subject}")
        suggested = suggested_code(row.field)
        before = row.isced_f
        row.isced_f, row.isced_source, row.isced_confirmed_by = code, "officer", actor
        # A fact changed: move the case's edit version so a view opened before cannot save
        # an older code over this confirmation unnoticed.
        case = session.get(Case, case_id)
        if case is not None:
            case.updated_at = utcnow()
        record_event(
            session,
            actor,
            "field_code_confirmed",
            case_id,
            subject=subject,
            before=before,
            after=code,
            suggested=suggested,
        )
        changed = Changes.of_case(case_id, FACTS)
        return FieldConfirmation(subject, row.field or "", suggested, code, changed)
