"""PostgreSQL: document contents sealed with a post key kept outside the database."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from kvisa_desk.content.errors import ContentDamaged
from kvisa_desk.content.sealed_blob import (
    MARK,
    PostKeyMissing,
    PostKeyNeeded,
    SealedBlobContentStore,
)
from kvisa_desk.content.store import CHUNK_SIZE
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.core.post.post_keys import export_post_key, generate_post_key, import_post_key
from kvisa_desk.store import post_key
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseDocument, CaseEvent, DocumentBlob, DocumentBlobChunk
from tests.conftest import ON_POSTGRES

pytestmark = pytest.mark.backend  # both passes: the sealing runs on PostgreSQL for real
CONTENT = b"%PDF-1.4 passport of ANNA KOWALSKA, P1234567 " * 40_000  # more than one chunk


def _stored(db: Database, store: SealedBlobContentStore) -> str:
    with store.stage(io.BytesIO(CONTENT), len(CONTENT) + 1) as staged:
        assert store.checkable(staged) == CONTENT  # the checks read memory
        with db.write() as session:
            assert store.publish(session, staged)
        return staged.sha256


def test_sealed_chunks_hold_no_clear_byte_and_read_back_only_with_the_key(
    db: Database, tmp_path: Path
) -> None:
    key = post_key.new_key()
    store = SealedBlobContentStore(tmp_path / "staging", key)
    sha256 = _stored(db, store)
    assert not (tmp_path / "staging").exists()  # staged in memory: no file on the way
    with db.read() as session:
        chunks = session.scalars(
            select(DocumentBlobChunk.data).where(DocumentBlobChunk.sha256 == sha256)
        ).all()
        assert len(chunks) == -(-len(CONTENT) // CHUNK_SIZE) > 1
        assert all(bytes(c).startswith(MARK) for c in chunks)
        assert not any(b"KOWALSKA" in bytes(c) for c in chunks)
        assert store.read_bytes(session, sha256) == CONTENT
        with pytest.raises(ContentDamaged):  # another post's key
            SealedBlobContentStore(tmp_path, post_key.new_key()).read_bytes(session, sha256)
        with pytest.raises(PostKeyMissing, match="post-key import"):
            SealedBlobContentStore(tmp_path, None).read_bytes(session, sha256)


def test_the_key_file_is_checked_when_read(tmp_path: Path) -> None:
    key = post_key.new_key()
    assert post_key.decode(post_key.encode(key)) == key
    for wrong in (b"", b"%PDF-1.4\n", post_key.encode(key)[:-10]):
        with pytest.raises(post_key.PostKeyUnreadable):
            post_key.decode(wrong)


def test_a_sqlite_database_has_no_post_key(db: Database, tmp_path: Path) -> None:
    if ON_POSTGRES:
        pytest.skip("a SQLite file's own key seals its documents")
    with pytest.raises(InvalidInput, match="PostgreSQL"):
        generate_post_key(db, "test.admin")


@pytest.mark.skipif(not ON_POSTGRES, reason="a PostgreSQL server's documents")
def test_generate_export_and_import_on_another_computer(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.content.stores import content_store_for

    monkeypatch.setenv("KVISA_DATA_DIR", str(tmp_path / "first-computer"))  # no key yet
    with pytest.raises(PermissionRefused):
        generate_post_key(db, "officer.a")
    made = generate_post_key(db, "test.admin")
    assert made.path.exists() and (os.stat(made.path).st_mode & 0o077) == 0
    with pytest.raises(InvalidInput, match="has a post key already"):
        generate_post_key(db, "test.admin")
    store = content_store_for(db)
    assert isinstance(store, SealedBlobContentStore)
    sha256 = _stored(db, store)
    exported = export_post_key(db, "test.admin", tmp_path / "post.key")
    assert exported.fingerprint == made.fingerprint
    # Another computer: no key yet, so the documents cannot be read there.
    monkeypatch.setenv("KVISA_DATA_DIR", str(tmp_path / "other-computer"))
    with db.read() as session, pytest.raises(PostKeyMissing):
        content_store_for(db).read_bytes(session, sha256)
    stranger = tmp_path / "stranger.key"
    post_key.write_private(stranger, post_key.encode(post_key.new_key()))
    with pytest.raises(InvalidInput, match="another database's post key"):
        import_post_key(db, "test.admin", stranger)
    import_post_key(db, "test.admin", exported.path)
    with db.read() as session:
        assert content_store_for(db).read_bytes(session, sha256) == CONTENT
        kinds = session.scalars(
            select(CaseEvent.kind).where(CaseEvent.kind.like("post_key_%")).order_by(CaseEvent.id)
        ).all()
    assert kinds == ["post_key_generated", "post_key_exported", "post_key_imported"]


class _Unread(io.BytesIO):
    def read(self, size: int | None = -1) -> bytes:
        raise AssertionError("a store that cannot seal reads nothing")


def test_a_store_without_the_post_key_stores_nothing(db: Database, tmp_path: Path) -> None:
    store = SealedBlobContentStore(tmp_path / "staging", None)
    with pytest.raises(PostKeyNeeded, match=r"post-key import FILE.*post-key generate"):
        with store.stage(_Unread(CONTENT), len(CONTENT) + 1):
            pass
    with db.read() as session:
        assert session.scalar(select(DocumentBlob.sha256)) is None


def _blob_and_document_counts(db: Database) -> tuple[int, int, int]:
    from sqlalchemy import func

    with db.read() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (DocumentBlob, DocumentBlobChunk, CaseDocument)
        )


@pytest.mark.skipif(not ON_POSTGRES, reason="a PostgreSQL server's documents")
def test_attaching_without_the_post_key_is_refused_in_plain_words(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.core.documents.attach import attach_document
    from kvisa_desk.core.documents.records import AttachmentRefused
    from tests.documents.documents_support import new_case, pdf_bytes

    case_id = new_case(db)
    pdf = tmp_path / "passport.pdf"
    pdf.write_bytes(pdf_bytes())
    before = _blob_and_document_counts(db)
    monkeypatch.setenv("KVISA_DATA_DIR", str(tmp_path / "computer-without-the-key"))
    with pytest.raises(AttachmentRefused) as refused:
        attach_document(db, "officer.a", case_id, pdf, "passport_scan")
    assert refused.value.message_id == "documents.post_key_needed"
    assert "'passport.pdf'" in str(refused.value)
    assert "nothing was stored" in str(refused.value)
    assert "kvisa-desk db post-key import FILE" in str(refused.value)
    assert _blob_and_document_counts(db) == before


@pytest.mark.skipif(not ON_POSTGRES, reason="a PostgreSQL server's documents")
def test_an_import_without_the_post_key_rejects_only_the_records_with_documents(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.core.applications.importer import import_file
    from tests.samples import OKAFOR, application, write_json

    with_documents = OKAFOR
    without = application("KV-NO-DOCS", documents=[])
    path = write_json(tmp_path / "applications.json", [with_documents, without])
    before = _blob_and_document_counts(db)
    monkeypatch.setenv("KVISA_DATA_DIR", str(tmp_path / "computer-without-the-key"))
    report = import_file(db, path, "officer.a")
    assert report.imported == 1
    reasons = {(r.location, r.field): r.reason for r in report.rejected}
    assert set(reasons) == {("[0]", "documents.0.file"), ("[0]", "documents.1.file")}
    assert all("post-key import FILE" in reason for reason in reasons.values())
    assert _blob_and_document_counts(db) == before  # the imported record listed none
