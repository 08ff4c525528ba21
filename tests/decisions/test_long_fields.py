"""Long fields in letters and summaries (issue 18, item 10): what the import allows prints,
and what it no longer allows (data stored before) is refused in words, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from decisions_support import approved_case, full_documents, pdf_text, squeezed
from sqlalchemy import func, select, update

from kvisa_desk.core.decisions.letters import issue_letter
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.core.reports.summary import export_case_summary
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant
from kvisa_desk.store.models.decisions import IssuedLetter
from tests.samples import OKAFOR

pytestmark = pytest.mark.backend

# The longest names an import takes, in wide characters.
SURNAME = "张" * 300
GIVEN = ("Wolfeschlegelsteinhausenbergerdorff " * 10)[:300]
NATIVE = "张伟" * 500


def test_a_letter_prints_names_as_long_as_an_import_allows(db: Database, tmp_path: Path) -> None:
    case_id = approved_case(
        db,
        tmp_path,
        applicant__surname=SURNAME,
        applicant__given_names=GIVEN,
        applicant__native_name=NATIVE,
        applicant__address="A" * 10_000,
    )
    letter = issue_letter(db, "supervisor.s", case_id, language="en+zh")
    text = squeezed(pdf_text(letter.pdf))
    assert SURNAME in text and squeezed(GIVEN) in text and NATIVE in text


def test_a_summary_prints_free_text_and_lists_as_long_as_an_import_allows(
    db: Database, tmp_path: Path
) -> None:
    case_id = approved_case(
        db,
        tmp_path,
        applicant__address="Marina Road " * 833,
        purpose__description="D" * 10_000,
        education=[{**OKAFOR["education"][0], "institution": "U" * 1000}] * 64,
        # No degree is in the registry: Route B passes, so its proof of post is asked for.
        documents=[
            *full_documents("KV-APP-1"),
            {"type": "proof_of_post", "file": "docs/KV-APP-1/post.pdf"},
        ],
    )
    out = export_case_summary(db, "officer.a", case_id, tmp_path / "s.pdf", "en+zh")
    assert "D" * 50 in pdf_text(out.read_bytes())


def test_a_name_stored_before_the_bounds_is_refused_in_words(db: Database, tmp_path: Path) -> None:
    case_id = approved_case(db, tmp_path)
    with db.write() as session:  # as an old import (or a file editor) left it: 6 MB
        session.execute(
            update(Applicant)
            .where(Applicant.case_id == case_id)
            .values(native_name="张" * 2_000_000)
        )
    with pytest.raises(InvalidInput, match="native name is 2,000,000 characters long, more than"):
        issue_letter(db, "supervisor.s", case_id)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(IssuedLetter)) == 0
