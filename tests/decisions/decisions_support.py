"""Cases for the decision and letter tests: imported, checked and moved along by the services."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.checks.runs import check_cases
from kvisa_desk.core.decisions.decisions import DecisionView, recommend, sign_off
from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.documents.status import set_verification
from kvisa_desk.demo.posts import name_demo_posts
from kvisa_desk.pdf.model import VisaTerms
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseEvent
from tests.samples import application, write_json

TERMS = VisaTerms(entries="multiple", validity_days=180, stay_days=90)
REASONING = (
    "Master's degree in electrical engineering from the University of Lagos (0713), "
    "research fellow there since 2022; passport valid to 2031; documents consistent."
)
REFUSAL_REASONING = (
    "The re-entry ban recorded on 2025-10-20 is in force until 2027; the applicant did not "
    "disclose it on the form."
)


def full_documents(application_id: str) -> list[dict[str, str]]:
    """Every document the checklist asks for, so K-DOC-01 and K-DOC-02 pass."""
    folder = f"docs/{application_id}"
    return [
        {"type": "passport_scan", "file": f"{folder}/passport.pdf"},
        {"type": "photo", "file": f"{folder}/photo.jpg"},
        {"type": "application_form", "file": f"{folder}/form.pdf"},
        {"type": "degree_certificate", "file": f"{folder}/degree.pdf"},
    ]


def make_case(
    db: Database,
    folder: Path,
    application_id: str = "KV-DEC-1",
    *,
    documents: list[dict[str, str]] | None = None,
    **changes: Any,
) -> int:
    """Import one application (all required documents unless told) and return its case id."""
    record = application(application_id, **changes)
    record["documents"] = full_documents(application_id) if documents is None else documents
    work = folder / f"import-{application_id}"
    work.mkdir(parents=True, exist_ok=True)
    report = import_file(db, write_json(work / "a.json", [record]), "officer.a")
    assert report.imported == 1, report
    assert report.first_case_id is not None
    return int(report.first_case_id)


def run_checks(db: Database, case_id: int, actor: str = "officer.a") -> None:
    list(check_cases(db, [case_id], actor))


def verify_documents(db: Database, case_id: int, actor: str = "officer.a") -> None:
    """Every attached document verified, as an officer does before an approval (K-VER-01)."""
    for document in list_documents(db, actor, case_id):
        if document.verification != "verified":
            set_verification(db, actor, case_id, document.document_id, "verified")


def checked_case(
    db: Database,
    folder: Path,
    application_id: str = "KV-DEC-1",
    *,
    verify: bool = True,
    **kw: Any,
) -> int:
    """An imported case, checked; with VERIFY (the default) its documents verified first, so a
    sample case with every document is effectively pass and can be approved."""
    case_id = make_case(db, folder, application_id, **kw)
    if verify:
        verify_documents(db, case_id)
    run_checks(db, case_id)
    name_case_post(db, case_id)
    return case_id


def name_case_post(db: Database, case_id: int) -> None:
    """The case's post named for letters (issuing refuses a post with no name of its own),
    after its checks ran, so they read the settings version they always did."""
    with db.read() as session:
        post = session.get(Case, case_id).post  # type: ignore[union-attr]
    name_demo_posts(db, "supervisor.s", [post])


def refused_case(
    db: Database,
    folder: Path,
    application_id: str = "KV-REF-1",
    recommender: str = "officer.a",
    supervisor: str = "supervisor.s",
    **kw: Any,
) -> tuple[int, DecisionView]:
    """A case refused on K-REF-01 (re-entry ban) by RECOMMENDER, signed off by SUPERVISOR."""
    kw.setdefault("screening__reentry_ban", True)
    case_id = checked_case(db, folder, application_id, **kw)
    recommend(
        db,
        recommender,
        case_id,
        "refuse",
        grounds=["K-REF-01"],
        reasoning=REFUSAL_REASONING,
    )
    return case_id, sign_off(db, supervisor, case_id, "agree")


def approved_case(db: Database, folder: Path, application_id: str = "KV-APP-1", **kw: Any) -> int:
    case_id = checked_case(db, folder, application_id, **kw)
    recommend(
        db,
        "officer.a",
        case_id,
        "approve",
        grounds=["K-RTE-01", "K-DOC-01"],
        reasoning=REASONING,
        terms=TERMS,
    )
    return case_id


def status_of(db: Database, case_id: int) -> str:
    with db.read() as session:
        return str(session.scalar(select(Case.status).where(Case.id == case_id)))


def events_of(db: Database, case_id: int) -> list[CaseEvent]:
    with db.read() as session:
        return list(
            session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
            )
        )


# -- reading PDFs back -----------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def squeezed(text: str) -> str:
    """Without any whitespace: Chinese extracts with spaces between some characters."""
    return re.sub(r"\s+", "", text)


def to_pngs(pdf: bytes, folder: Path, dpi: int = 50, name: str = "page") -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / name)], check=True
    )
    return sorted(folder.glob(f"{name}-*.png"))


def assert_not_blank(png: Path) -> None:
    with Image.open(png) as image:
        grey = image.convert("L")
        darkest = grey.getextrema()[0]
        assert isinstance(darkest, int) and darkest < 128, f"{png.name} is blank"
        assert sum(grey.histogram()[:200]) > 500, f"{png.name} has almost nothing on it"


def qpdf_check(pdf: bytes, folder: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (apt-get install -y qpdf)")
    path = folder / "check.pdf"
    path.write_bytes(pdf)
    proc = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No syntax or stream encoding errors" in proc.stdout
