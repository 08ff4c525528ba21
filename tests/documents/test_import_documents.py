"""Importing applications attaches the files they list, from the imported file's folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from documents_support import ELF, image_bytes, pdf_bytes, stored_hashes, write
from sqlalchemy import func, select

from kvisa_desk.core.accounts.accounts import create_account
from kvisa_desk.core.applications import importer
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.cases import case_as_json, count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.documents.integrity import verify_all_documents
from kvisa_desk.core.documents.reading import list_documents, read_document
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import CaseDocument, CaseEvent
from tests.samples import application
from tests.samples import write_json_only as write_json

pytestmark = pytest.mark.backend


def _record(application_id: str, *files: tuple[str, str]) -> dict[str, object]:
    return application(application_id, documents=[{"type": t, "file": f} for t, f in files])


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    write(folder, "docs/KV-1/passport.pdf", pdf_bytes())
    write(folder, "docs/KV-1/photo.jpg", image_bytes("JPEG"))
    return folder


def _rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(CaseDocument)) or 0)


def test_listed_documents_are_attached_with_their_content(db: Database, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    record = _record(
        "KV-1",
        ("passport_scan", "docs/KV-1/passport.pdf"),
        ("photo", "docs\\KV-1\\photo.jpg"),  # written on Windows: both separators work
    )
    report = import_file(db, write_json(folder / "apps.json", [record]), "officer.import")
    assert (report.imported, report.rejected) == (1, [])
    listed = list_documents(db, "test.officer", find_case_id(db, "KV-1"))
    assert [(d.doc_type, d.media_type, d.original_name) for d in listed] == [
        ("passport_scan", "application/pdf", "passport.pdf"),
        ("photo", "image/jpeg", "photo.jpg"),
    ]
    assert all(d.attached_by == "officer.import" for d in listed)
    assert read_document(db, "test.officer", listed[0].document_id) == pdf_bytes()
    shown = case_as_json(db, find_case_id(db, "KV-1"))["documents"]
    assert [d["file"] for d in shown] == ["docs/KV-1/passport.pdf", "docs\\KV-1\\photo.jpg"]
    assert all(d["sha256"] for d in shown)
    with db.read() as session:
        events = session.scalars(
            select(CaseEvent).where(CaseEvent.kind == "document_attached")
        ).all()
    assert sorted(e.details["document_id"] for e in events) == [d.document_id for d in listed]
    # Importing the same file again changes nothing.
    again = import_file(db, folder / "apps.json", "officer.import")
    assert (again.imported, again.unchanged) == (0, 1)
    assert _rows(db) == 2


def test_a_missing_or_refused_file_rejects_its_record_and_names_it(
    db: Database, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    write(folder, "docs/KV-3/passport.pdf", ELF)
    write(folder, "docs/KV-3/photo.jpg", image_bytes("JPEG", (50, 50)))
    records = [
        _record("KV-1", ("passport_scan", "docs/KV-1/passport.pdf")),
        _record("KV-2", ("passport_scan", "docs/KV-2/passport.pdf")),
        _record(
            "KV-3", ("photo", "docs/KV-3/photo.jpg"), ("passport_scan", "docs/KV-3/passport.pdf")
        ),
    ]
    report = import_file(db, write_json(folder / "apps.json", records), "officer.import")
    assert report.imported == 1 and not report.complete
    found = {(r.location, r.field): r.reason for r in report.rejected}
    assert "no such file" in found[("[1]", "documents.0.file")]
    assert "docs/KV-2/passport.pdf" in found[("[1]", "documents.0.file")]
    assert "executable" in found[("[2]", "documents.1.file")]
    assert count_cases(db) == 1
    # KV-3's good photo was not kept either: a refused record stores nothing.
    assert len(stored_hashes(db)) == 1
    # With the files fixed, importing again brings the rejected records in.
    write(folder, "docs/KV-2/passport.pdf", pdf_bytes(text="KV-2"))
    write(folder, "docs/KV-3/passport.pdf", pdf_bytes(text="KV-3"))
    again = import_file(db, folder / "apps.json", "officer.import")
    assert (again.imported, again.unchanged, again.rejected) == (2, 1, [])
    assert len(stored_hashes(db)) == 4


def test_files_outside_the_folder_are_refused_even_through_links(
    db: Database, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    secret = write(tmp_path, "secret/passport.pdf", pdf_bytes(text="not yours"))
    os.symlink(secret, folder / "docs" / "linked.pdf")
    os.symlink(secret.parent, folder / "docs" / "linked-dir")
    records = [
        _record("KV-A", ("passport_scan", "../secret/passport.pdf")),
        _record("KV-B", ("passport_scan", "docs/linked.pdf")),
        _record("KV-C", ("passport_scan", "docs/linked-dir/passport.pdf")),
        _record("KV-D", ("passport_scan", "/etc/passwd")),
        _record("KV-E", ("passport_scan", "docs")),  # a folder
        _record("KV-F", ("photo", "docs/KV-1/\u202egpj.exe")),
    ]
    report = import_file(db, write_json(folder / "apps.json", records), "officer.import")
    assert report.imported == 0
    found = {r.location: r.reason for r in report.rejected}
    assert "outside" in found["[0]"]
    assert "outside" in found["[1]"] and "outside" in found["[2]"]
    assert "absolute" in found["[3]"]
    assert "not a regular file" in found["[4]"]
    assert "text-direction" in found["[5]"]
    assert stored_hashes(db) == set()


def test_a_file_listed_by_many_records_is_stored_once(db: Database, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    records = [_record(f"KV-{i}", ("application_form", "docs/KV-1/passport.pdf")) for i in range(5)]
    report = import_file(db, write_json(folder / "apps.json", records), "officer.import")
    assert report.imported == 5
    assert len(stored_hashes(db)) == 1 and _rows(db) == 5


def test_the_posts_size_limit_applies_to_imported_files(db: Database, tmp_path: Path) -> None:
    from documents_support import padded_pdf

    from kvisa_desk.core.post.settings import update_post_settings

    folder = _folder(tmp_path)
    write(folder, "docs/big.pdf", padded_pdf(1024 * 1024 + 100))
    update_post_settings(db, "LON", {"max_attachment_mb": 1}, "supervisor.s")
    report = import_file(
        db,
        write_json(folder / "apps.json", [_record("KV-BIG", ("other", "docs/big.pdf"))]),
        "officer.import",
    )
    assert report.imported == 0 and "size limit" in report.rejected[0].reason


def test_an_import_that_fails_midway_writes_no_rows(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    source = write_json(
        folder / "apps.json", [_record("KV-1", ("passport_scan", "docs/KV-1/passport.pdf"))]
    )
    real = importer.record_event

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("the disk is full")

    monkeypatch.setattr(importer, "record_event", fail)
    with pytest.raises(OSError, match="disk is full"):
        import_file(db, source, "officer.import")
    monkeypatch.setattr(importer, "record_event", real)
    assert count_cases(db) == 0 and _rows(db) == 0
    # Only the folder store can hold content the rolled-back rows referred to: unreferenced.
    assert verify_all_documents(db).ok
    report = import_file(db, source, "officer.import")
    assert report.imported == 1
    (doc,) = list_documents(db, "test.officer", find_case_id(db, "KV-1"))
    assert read_document(db, "test.officer", doc.document_id) == pdf_bytes()


@pytest.mark.sqlite_only
def test_saved_0003_database_keeps_its_document_columns(tmp_path: Path) -> None:
    saved = Path(__file__).parents[1] / "data" / "schema" / "0003.sqlite3"
    copy = tmp_path / "old.sqlite3"
    shutil.copy(saved, copy)
    opened = open_database(sqlite_url(copy))
    try:
        with opened.db.write() as session:  # an account to read with: the saved file has none
            create_account(
                session, "reader", "reader password 1", "officer", "test", must_change=False
            )
        listed = list_documents(
            opened.db, "reader", find_case_id(opened.db, "KV-LON-2025-004211"), include_removed=True
        )
        first, second = listed[0], listed[1]
        assert first.verification == "verified" and first.verified_by == "saved.fixture"
        assert first.sha256 is not None and first.media_type == "application/pdf"
        assert second.removed and second.removed_reason == "duplicate scan"
    finally:
        opened.db.dispose()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("select count(*) from document_blobs").fetchone() == (1,)
