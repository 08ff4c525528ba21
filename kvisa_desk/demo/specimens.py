"""Specimen scans for demo cases: one small file per document type, stored once.

Every demo document the applications list gets the specimen of its type as content, so
the checklist rules see attached documents; cases further along are marked verified.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from functools import cache
from typing import Any, cast

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import CursorResult, and_, select, update
from sqlalchemy.orm import Session

from kvisa_desk.content import ContentStore
from kvisa_desk.core.accounts.history import record_events
from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.models import Case, CaseDocument
from kvisa_desk.vocab import CaseStatus, DocumentType

# Cases this far along have had their documents checked by an officer.
VERIFIED_STATUSES = frozenset(
    {
        CaseStatus.READY_FOR_DECISION,
        CaseStatus.AWAITING_SIGN_OFF,
        CaseStatus.APPROVED,
        CaseStatus.REFUSED,
        CaseStatus.LETTER_ISSUED,
        CaseStatus.CLOSED,
    }
)


@cache
def specimen(doc_type: str) -> tuple[bytes, str]:
    """(content, media type) of the specimen for a document type."""
    if doc_type == DocumentType.PHOTO:
        image = Image.new("RGB", (240, 320), (214, 222, 232))
        draw = ImageDraw.Draw(image)
        draw.ellipse((70, 50, 170, 160), fill=(150, 160, 175))
        draw.rectangle((45, 175, 195, 320), fill=(150, 160, 175))
        draw.text((60, 10), "SPECIMEN", fill=(120, 0, 0))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=80)
        return out.getvalue(), "image/jpeg"
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setFont("Helvetica-Bold", 28)
    page.drawString(72, 760, "SPECIMEN")
    page.setFont("Helvetica", 12)
    page.drawString(72, 730, f"KVisa Desk demo document: {doc_type.replace('_', ' ')}")
    page.drawString(72, 712, "Synthetic data for training and testing; not a real document.")
    page.showPage()
    page.save()
    return out.getvalue(), "application/pdf"


def attach_demo_specimens(
    session: Session,
    store: ContentStore,
    case_ids: Collection[int],
    source: str,
    actor: str,
    verified_cases: Collection[int] | None = None,
) -> int:
    """Give the listed documents of these demo cases without content their specimen, in the
    caller's transaction; cases far enough along (VERIFIED_CASES, else by their status now)
    have their documents marked verified."""
    if not case_ids:
        return 0
    documents = table_of(CaseDocument)
    ids = sorted(case_ids)
    now = utcnow()
    bare = and_(documents.c.case_id.in_(ids), documents.c.sha256.is_(None))
    needed = session.execute(select(documents.c.case_id, documents.c.doc_type).where(bare)).all()
    attached = 0
    for doc_type in sorted({row.doc_type for row in needed}):
        data, media_type = specimen(doc_type)
        with store.stage(io.BytesIO(data), len(data)) as staged:
            store.publish(session, staged)
            digest = staged.sha256
        result = session.execute(
            update(documents)
            .where(bare, documents.c.doc_type == doc_type)
            .values(
                sha256=digest,
                size_bytes=len(data),
                media_type=media_type,
                attached_by=actor,
                attached_at=now,
            )
        )
        attached += cast(CursorResult[Any], result).rowcount or 0
    further_along = (
        select(Case.id).where(Case.id.in_(sorted(verified_cases)))
        if verified_cases is not None
        else select(Case.id).where(
            Case.id.in_(ids), Case.status.in_([s.value for s in VERIFIED_STATUSES])
        )
    )
    unverified = and_(
        documents.c.case_id.in_(further_along), documents.c.verification != "verified"
    )
    verified = set(session.scalars(select(documents.c.case_id).where(unverified).distinct()))
    session.execute(
        update(documents)
        .where(unverified)
        .values(verification="verified", verified_by=actor, verified_at=now)
    )
    # Each document's content and status in its case's event: `audit verify` compares.
    touched = sorted({row.case_id for row in needed} | verified)
    attached_to: dict[int, list[list[Any]]] = {case_id: [] for case_id in touched}
    rows = session.execute(
        select(documents.c.case_id, documents.c.id, documents.c.sha256, documents.c.verification)
        .where(documents.c.case_id.in_(touched))
        .order_by(documents.c.case_id, documents.c.id)
    )
    for case_id, doc_id, sha, verification in rows:
        attached_to[case_id].append([doc_id, sha, verification])
    record_events(
        session,
        actor,
        "documents_attached",
        [
            {
                "case_id": case_id,
                "details": {"source": source, "specimens": True, "documents": docs},
            }
            for case_id, docs in attached_to.items()
        ],
    )
    return attached
