"""Attaching, reading, verifying and removing documents through the services, on both backends."""

from __future__ import annotations

import io
import os
from datetime import timedelta
from pathlib import Path

import pytest
from documents_support import (
    ELF,
    encrypted_pdf,
    image_bytes,
    multipage_tiff,
    new_case,
    padded_pdf,
    pdf_bytes,
    png_bomb,
    pypdf_bytes,
    staging_leftovers,
    stored_hashes,
    write,
)
from PIL import Image
from sqlalchemy import func, select

from kvisa_desk.core.cases.cases import case_as_json
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.documents import attach
from kvisa_desk.core.documents.attach import attach_document, attach_stream
from kvisa_desk.core.documents.checklist import case_checklist, document_facts
from kvisa_desk.core.documents.integrity import collect_unreferenced_content, verify_all_documents
from kvisa_desk.core.documents.reading import (
    case_photo_document,
    document_image_preview,
    document_preview_path,
    export_document,
    get_document,
    list_documents,
    read_document,
)
from kvisa_desk.core.documents.records import AttachmentRefused, DocumentDamaged, DocumentMissing
from kvisa_desk.core.documents.status import remove_document, set_verification
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound, PermissionRefused
from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseDocument, CaseEvent

pytestmark = pytest.mark.backend

ACTOR = "officer.wang"


def _events(db: Database, kind: str) -> list[CaseEvent]:
    with db.read() as session:
        return list(session.scalars(select(CaseEvent).where(CaseEvent.kind == kind)))


def _document_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(CaseDocument)) or 0)


@pytest.mark.parametrize(
    ("name", "make", "media_type", "pages"),
    [
        ("passport.pdf", lambda: pdf_bytes(pages=3), "application/pdf", 3),
        ("form.pdf", pypdf_bytes, "application/pdf", 1),
        ("photo.jpg", lambda: image_bytes("JPEG"), "image/jpeg", 1),
        ("photo.png", lambda: image_bytes("PNG"), "image/png", 1),
        ("degree.tiff", multipage_tiff, "image/tiff", 3),
        ("photo.heic", lambda: image_bytes("HEIF"), "image/heic", 1),
    ],
    ids=["pdf-reportlab", "pdf-pypdf", "jpeg", "png", "tiff", "heic"],
)
def test_each_accepted_type_is_attached_listed_and_read_back(
    db: Database,
    tmp_path: Path,
    name: str,
    make,
    media_type: str,
    pages: int,  # type: ignore[no-untyped-def]
) -> None:
    case = new_case(db)
    content = make()
    result = attach_document(db, ACTOR, case, write(tmp_path, name, content), "other")
    doc = result.document
    assert (doc.media_type, doc.size_bytes, doc.original_name) == (media_type, len(content), name)
    assert (result.pages, result.stored_new_content, result.already_attached) == (
        pages,
        True,
        False,
    )
    assert doc.attached_by == ACTOR and doc.verification == "unverified"
    assert doc.source_path is None  # an officer's own path is not kept
    assert read_document(db, "test.officer", doc.document_id) == content
    assert [d.document_id for d in list_documents(db, "test.officer", case)] == [doc.document_id]
    shown = case_as_json(db, case)["documents"]
    assert [(d["type"], d["sha256"], d["size_bytes"]) for d in shown] == [
        ("other", doc.sha256, len(content))
    ]
    (event,) = _events(db, "document_attached")
    assert event.officer == ACTOR and event.case_id == doc.case_id
    # Ids, type, hash and size: the name only in the purgeable personal part.
    assert set(event.details) - {"personal_ref"} == {
        "document_id",
        "doc_type",
        "sha256",
        "size_bytes",
        "media_type",
    }
    assert name not in str(event.details)


def _refusals() -> list[tuple[str, bytes, str]]:
    return [
        ("empty.pdf", b"", "empty"),
        ("passport.pdf", ELF, "executable"),
        ("locked.pdf", encrypted_pdf(), "encrypted"),
        ("cut.pdf", pdf_bytes()[:-100], "cut short"),
        ("broken.jpg", image_bytes("JPEG", (300, 300))[:-400], "cannot be decoded"),
        ("bomb.png", png_bomb(20_000, 20_000), "decompression bomb"),
        ("photo\u202egpj.exe", image_bytes("JPEG"), "text-direction"),
        ("new\nline.jpg", image_bytes("JPEG"), "control character"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    _refusals(),
    ids=["empty", "exe-named-pdf", "encrypted", "damaged-pdf", "bad-image", "bomb", "rlo", "ctrl"],
)
def test_refused_file_is_explained_and_nothing_is_stored(
    db: Database, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    case = new_case(db)
    path = write(tmp_path, "upload.bin", content)
    with pytest.raises(AttachmentRefused, match=reason) as refused:
        attach_document(db, ACTOR, case, path, "passport_scan", original_name=name)
    assert "nothing was stored" in str(refused.value)
    assert refused.value.exit_code == 2
    assert stored_hashes(db) == set()
    assert staging_leftovers(db) == []
    assert _document_rows(db) == 0
    assert _events(db, "document_attached") == []


def test_size_limit_comes_from_the_posts_settings(db: Database, tmp_path: Path) -> None:
    case = new_case(db)  # post LON
    update_post_settings(db, "LON", {"max_attachment_mb": 1}, "supervisor.s")
    big = padded_pdf(1024 * 1024 + 10)
    with pytest.raises(AttachmentRefused, match=r"over the size limit of 1\.0 MB"):
        attach_document(db, ACTOR, case, write(tmp_path, "big.pdf", big), "other")
    # The same file through a stream of unknown size is stopped while copying.
    with pytest.raises(AttachmentRefused, match="over the size limit"):
        attach_stream(db, ACTOR, case, io.BytesIO(big), "big.pdf", "other")
    assert stored_hashes(db) == set() and staging_leftovers(db) == []
    update_post_settings(db, "LON", {"max_attachment_mb": 2}, "supervisor.s")
    assert attach_document(db, ACTOR, case, write(tmp_path, "big.pdf", big), "other")


def test_same_content_is_stored_once(db: Database, tmp_path: Path) -> None:
    first, second = new_case(db, "KV-A"), new_case(db, "KV-B")
    path = write(tmp_path, "photo.jpg", image_bytes("JPEG"))
    a = attach_document(db, ACTOR, first, path, "photo")
    b = attach_document(db, ACTOR, second, path, "photo")
    again = attach_document(
        db, ACTOR, first, write(tmp_path, "copy.jpg", path.read_bytes()), "photo"
    )
    other_type = attach_document(db, ACTOR, first, path, "other")
    assert a.stored_new_content and not b.stored_new_content
    assert again.already_attached and again.document.document_id == a.document.document_id
    assert not other_type.already_attached
    assert stored_hashes(db) == {a.document.sha256}
    assert len(list_documents(db, "test.officer", first)) == 2
    assert len(_events(db, "document_attached")) == 3


def test_damaged_content_is_reported_by_name_never_shown(db: Database, tmp_path: Path) -> None:
    from documents_support import damage

    case = new_case(db)
    doc = attach_document(
        db, ACTOR, case, write(tmp_path, "passport.pdf", pdf_bytes()), "passport_scan"
    ).document
    assert doc.sha256 is not None
    damage(db, doc.sha256)
    with pytest.raises(DocumentDamaged, match="damaged") as damaged:
        read_document(db, "test.officer", doc.document_id)
    message = str(damaged.value)
    assert f"document {doc.document_id}" in message and doc.case_ref in message
    assert "passport.pdf" in message and damaged.value.exit_code == 1
    target = tmp_path / "out" / "copy.pdf"
    with pytest.raises(DocumentDamaged):
        export_document(db, "test.officer", doc.document_id, target)
    assert not target.exists() and not list(target.parent.glob("*"))
    with pytest.raises(DocumentDamaged):
        document_preview_path(db, "test.officer", doc.document_id)
    with pytest.raises(DocumentDamaged):
        set_verification(db, ACTOR, case, doc.document_id, "verified")
    report = verify_all_documents(db)
    assert not report.ok
    assert [(p.document_id, p.case_ref, p.problem) for p in report.problems] == [
        (doc.document_id, doc.case_ref, "damaged")
    ]
    # Attaching the good file again restores the content under the same document.
    again = attach_document(db, ACTOR, case, tmp_path / "passport.pdf", "passport_scan")
    assert again.already_attached and again.stored_new_content
    assert read_document(db, "test.officer", doc.document_id) == pdf_bytes()
    assert verify_all_documents(db).ok
    assert len(_events(db, "document_content_restored")) == 1


def test_missing_content_is_reported(db: Database, tmp_path: Path) -> None:
    from documents_support import damage

    case = new_case(db)
    doc = attach_document(
        db, ACTOR, case, write(tmp_path, "photo.png", image_bytes("PNG")), "photo"
    ).document
    assert doc.sha256 is not None
    damage(db, doc.sha256, how="delete")
    with pytest.raises(DocumentMissing, match="missing from the document store"):
        read_document(db, "test.officer", doc.document_id)
    (problem,) = verify_all_documents(db).problems
    assert (problem.problem, problem.case_ref) == ("missing", doc.case_ref)


def test_verification_status_with_who_when_and_reason(db: Database, tmp_path: Path) -> None:
    case = new_case(db)
    doc = attach_document(
        db, ACTOR, case, write(tmp_path, "degree.pdf", pdf_bytes()), "degree_certificate"
    ).document
    with pytest.raises(InvalidInput, match="reason is required"):
        set_verification(db, ACTOR, case, doc.document_id, "suspected_fraudulent", "  ")
    with pytest.raises(InvalidInput, match="unknown status"):
        set_verification(db, ACTOR, case, doc.document_id, "fine")
    verified = set_verification(db, "officer.li", case, doc.document_id, "verified")
    assert (verified.verification, verified.verified_by) == ("verified", "officer.li")
    assert verified.verified_at is not None
    suspect = set_verification(
        db, ACTOR, case, doc.document_id, "suspected_fraudulent", "Seal does not match the issuer"
    )
    assert suspect.verification_reason == "Seal does not match the issuer"
    reset = set_verification(db, ACTOR, case, doc.document_id, "unverified")
    assert reset.verification == "unverified" and reset.verification_reason is None
    events = _events(db, "document_verification_set")
    assert [(e.details["before"], e.details["after"]) for e in events] == [
        ("unverified", "verified"),
        ("verified", "suspected_fraudulent"),
        ("suspected_fraudulent", "unverified"),
    ]
    assert all("Seal" not in str(e.details) for e in events)  # reasons stay on the row


def test_removal_is_soft_with_a_reason_and_keeps_the_content(db: Database, tmp_path: Path) -> None:
    case = new_case(db)
    doc = attach_document(
        db, ACTOR, case, write(tmp_path, "photo.jpg", image_bytes("JPEG")), "photo"
    ).document
    with pytest.raises(InvalidInput, match="reason is required"):
        remove_document(db, ACTOR, case, doc.document_id, " ")
    removed = remove_document(db, ACTOR, case, doc.document_id, "Wrong applicant's photo")
    assert removed.removed and removed.removed_by == ACTOR
    assert list_documents(db, "test.officer", case) == []
    assert [
        d.document_id for d in list_documents(db, "test.officer", case, include_removed=True)
    ] == [doc.document_id]
    assert (
        read_document(db, "test.officer", doc.document_id) == (tmp_path / "photo.jpg").read_bytes()
    )
    with pytest.raises(Conflict, match="already removed"):
        remove_document(db, ACTOR, case, doc.document_id, "again")
    with pytest.raises(Conflict, match="removed"):
        set_verification(db, ACTOR, case, doc.document_id, "verified")
    assert collect_unreferenced_content(db, grace=timedelta(0)) == 0  # still referenced
    assert len(_events(db, "document_removed")) == 1


def test_documents_of_another_case_or_unknown_ids_are_not_found(
    db: Database, tmp_path: Path
) -> None:
    mine, other = new_case(db, "KV-MINE"), new_case(db, "KV-OTHER")
    doc = attach_document(db, ACTOR, other, write(tmp_path, "p.pdf", pdf_bytes()), "other").document
    with pytest.raises(NotFound, match="has no document"):
        set_verification(db, ACTOR, mine, doc.document_id, "verified")
    with pytest.raises(NotFound):
        remove_document(db, ACTOR, mine, 999_999, "x")
    with pytest.raises(NotFound, match="C0999999 does not exist"):
        attach_document(db, ACTOR, 999_999, tmp_path / "p.pdf", "other")
    with pytest.raises(NotFound, match="no case"):
        find_case_id(db, "KV-NOBODY")
    with pytest.raises(InvalidInput, match="unknown document type"):
        attach_document(db, ACTOR, mine, tmp_path / "p.pdf", "selfie")
    with pytest.raises(InvalidInput, match="no such file"):
        attach_document(db, ACTOR, mine, tmp_path / "nothing.pdf", "other")
    with pytest.raises(InvalidInput, match="folder"):
        attach_document(db, ACTOR, mine, tmp_path, "other")


def test_a_decided_case_keeps_its_documents_as_they_are(db: Database, tmp_path: Path) -> None:
    case = new_case(db)
    path = write(tmp_path, "p.pdf", pdf_bytes())
    doc = attach_document(db, ACTOR, case, path, "other").document
    with db.write() as session:
        found = session.get(Case, doc.case_id)
        assert found is not None
        found.status = "approved"
    with pytest.raises(Conflict, match="approved"):
        attach_document(db, ACTOR, case, path, "photo")
    with pytest.raises(Conflict, match="approved"):
        set_verification(db, ACTOR, case, doc.document_id, "verified")
    with pytest.raises(Conflict, match="approved"):
        remove_document(db, ACTOR, case, doc.document_id, "no")


def test_attaching_completes_a_document_the_application_listed(
    db: Database, tmp_path: Path
) -> None:
    listed = [{"type": "passport_scan", "file": "docs/passport.pdf"}]
    case = new_case(db, "KV-LISTED", documents=listed)
    (only,) = list_documents(db, "test.officer", case)
    assert not only.has_content
    with pytest.raises(NotFound, match="never attached"):
        read_document(db, "test.officer", only.document_id)
    with pytest.raises(Conflict, match="no attached file"):
        set_verification(db, ACTOR, case, only.document_id, "verified")
    attached = attach_document(
        db, ACTOR, case, write(tmp_path, "scan.pdf", pdf_bytes()), "passport_scan"
    ).document
    assert attached.document_id == only.document_id
    assert attached.source_path == "docs/passport.pdf" and attached.original_name == "scan.pdf"


def test_checklist_follows_the_route(db: Database, tmp_path: Path) -> None:
    # Which documents each route requires is the rules' (tests/rules/test_rules_required_documents).
    case = new_case(db)
    photo = attach_document(
        db, ACTOR, case, write(tmp_path, "p.jpg", image_bytes("JPEG")), "photo"
    ).document
    set_verification(db, ACTOR, case, photo.document_id, "verified")
    attach_document(db, ACTOR, case, write(tmp_path, "d.pdf", pdf_bytes()), "degree_certificate")
    lines = {line.doc_types: line for line in case_checklist(db, "test.officer", case, "A")}
    assert lines[("photo",)].attached and lines[("photo",)].verified
    assert not lines[("passport_scan",)].attached
    assert lines[("degree_certificate",)].attached and not lines[("degree_certificate",)].verified
    with db.read() as session:
        facts = document_facts(session, photo.case_id)
    assert [(f.type, f.verification) for f in facts] == [
        ("photo", "verified"),
        ("degree_certificate", "unverified"),
    ]


def test_previews_for_the_window(db: Database, tmp_path: Path) -> None:
    case = new_case(db)
    pdf = attach_document(
        db, ACTOR, case, write(tmp_path, "f.pdf", pdf_bytes()), "application_form"
    ).document
    heic = attach_document(
        db, ACTOR, case, write(tmp_path, "p.heic", image_bytes("HEIF", (640, 480))), "photo"
    ).document
    path, media_type = document_preview_path(db, "test.officer", pdf.document_id)
    assert media_type == "application/pdf" and path.read_bytes() == pdf_bytes()
    assert document_image_preview(db, "test.officer", pdf.document_id) is None
    thumbnail = document_image_preview(db, "test.officer", heic.document_id, max_side=128)
    assert thumbnail is not None
    with Image.open(io.BytesIO(thumbnail)) as shown:
        assert shown.format == "PNG" and shown.size == (128, 96)
    photo = case_photo_document(db, "test.officer", case)
    assert photo is not None and photo.document_id == heic.document_id


def test_content_of_a_rolled_back_attach_is_collected_later(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = new_case(db)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(attach, "record_event", fail)
    with pytest.raises(RuntimeError):
        attach_document(db, ACTOR, case, write(tmp_path, "p.pdf", pdf_bytes()), "other")
    monkeypatch.undo()
    assert _document_rows(db) == 0  # no row that points anywhere
    orphans = stored_hashes(db)
    if orphans:  # the folder store keeps the content until collected; the database rolled back
        assert collect_unreferenced_content(db) == 0  # within the grace period
        assert collect_unreferenced_content(db, grace=timedelta(0)) == 1
    assert stored_hashes(db) == set()
    assert verify_all_documents(db).ok


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(db: Database, tmp_path: Path) -> None:
    case = new_case(db)
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="not a regular file"):
        attach_document(db, ACTOR, case, fifo, "photo")


def test_a_cancelled_attach_stores_nothing(db: Database, tmp_path: Path) -> None:
    case = new_case(db)
    big = write(tmp_path, "big.pdf", padded_pdf(3 * 1024 * 1024))
    seen: list[int] = []

    def cancel(copied: int) -> None:
        seen.append(copied)
        if copied > 1024 * 1024:
            raise KeyboardInterrupt  # what the window's cancel button raises in the worker

    with pytest.raises(KeyboardInterrupt):
        attach_document(db, ACTOR, case, big, "other", progress=cancel)
    assert seen[0] == 1024 * 1024
    assert stored_hashes(db) == set() and staging_leftovers(db) == [] and _document_rows(db) == 0


def test_an_administrator_can_read_no_document(db: Database, tmp_path: Path) -> None:
    """Issue 18, item 4: administrators run the system and see no applicant's documents."""
    case = new_case(db)
    pdf = write(tmp_path, "passport.pdf", pdf_bytes())
    doc = attach_document(db, ACTOR, case, pdf, "passport_scan").document
    photo = write(tmp_path, "photo.jpg", image_bytes("JPEG"))
    attach_document(db, ACTOR, case, photo, "photo")
    reads = {
        "list": lambda who: list_documents(db, who, case),
        "get": lambda who: get_document(db, who, doc.document_id),
        "read": lambda who: read_document(db, who, doc.document_id),
        "preview": lambda who: document_preview_path(db, who, doc.document_id),
        "photo": lambda who: case_photo_document(db, who, case),
        "checklist": lambda who: case_checklist(db, who, case, "A"),
        "export": lambda who: export_document(db, who, doc.document_id, tmp_path / "o.pdf"),
    }
    for name, read in reads.items():
        with pytest.raises(PermissionRefused, match=r"test\.admin"):
            read("test.admin")
        assert read(ACTOR) is not None, name
