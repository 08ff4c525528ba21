"""Demo data in the window's words: its documents were attached and verified by no officer, so
the Documents tab names "Demo data" / "演示数据", never the officer who loaded them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.demo.cases import load_demo_cases
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case
from kvisa_desk.ui.documents.rows import document_rows
from kvisa_desk.ui.widgets.translations import switch_language


def test_demo_documents_are_the_demos_in_both_languages(qapp: Any, db: Database) -> None:
    load_demo_cases(db, 40, 2, "officer.a")
    with db.read() as session:
        case_id = session.scalar(
            select(Case.id).where(Case.status == "awaiting_sign_off").order_by(Case.id)
        )
    assert case_id is not None
    documents = list_documents(db, "officer.a", case_id)
    try:
        english = document_rows(documents)
        switch_language("zh_CN")
        chinese = document_rows(documents)
    finally:
        switch_language("en")
    verified = [row for row in english if row[2].startswith("Verified")]
    assert verified and all("Demo data" in row[2] and "Demo data" in row[3] for row in verified)
    assert all("演示数据" in row[2] and "演示数据" in row[3] for row in chinese)
    flat = " ".join(" ".join(row) for row in english + chinese)
    assert "officer.a" not in flat and "(demo," not in flat
