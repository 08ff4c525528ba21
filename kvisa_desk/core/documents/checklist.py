"""The route's checklist (K-DOC-01, K-DOC-02): the rules say which documents the route
requires, the case's documents tick them off; and what the rules see of each document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.documents.records import CaseRef
from kvisa_desk.rules.checks.documents import required_documents
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseDocument
from kvisa_desk.vocab import Verification


@dataclass(frozen=True)
class ChecklistLine:
    rule_id: str
    doc_types: tuple[str, ...]
    document_ids: tuple[int, ...]  # attached, not removed documents of these types
    verified: bool  # at least one of them verified
    suspected: bool  # at least one of them suspected fraudulent

    @property
    def attached(self) -> bool:
        return bool(self.document_ids)


def case_checklist(
    db: Database, actor: str, case: CaseRef, route: str | Iterable[str] | None
) -> list[ChecklistLine]:
    """The checklist of a case for the route the rules found, ticked from its documents."""
    attached = [d for d in list_documents(db, actor, case) if d.has_content]
    lines = []
    for item in required_documents(route):
        docs = [d for d in attached if d.doc_type in item.doc_types]
        lines.append(
            ChecklistLine(
                item.rule_id,
                item.doc_types,
                tuple(d.document_id for d in docs),
                any(d.verification == Verification.VERIFIED for d in docs),
                any(d.verification == Verification.SUSPECTED_FRAUDULENT for d in docs),
            )
        )
    return lines


@dataclass(frozen=True)
class DocumentFact:
    """What the rules see of one document (`rules.facts.Document` has the same fields)."""

    type: str
    verification: str


def document_facts(session: Session, case_id: int) -> list[DocumentFact]:
    """The case's attached, not removed documents, for the rules' facts snapshot."""
    rows = session.execute(
        select(CaseDocument.doc_type, CaseDocument.verification)
        .where(
            CaseDocument.case_id == case_id,
            CaseDocument.sha256.is_not(None),
            CaseDocument.removed_at.is_(None),
        )
        .order_by(CaseDocument.position, CaseDocument.id)
    )
    return [DocumentFact(r.doc_type, r.verification) for r in rows]
