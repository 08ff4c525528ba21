"""PostgreSQL: document contents sealed with a post key kept outside the database."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from kvisa_desk.content.errors import ContentDamaged
from kvisa_desk.content.sealed_blob import MARK, PostKeyMissing, SealedBlobContentStore
from kvisa_desk.content.store import CHUNK_SIZE
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.core.post.post_keys import export_post_key, generate_post_key, import_post_key
from kvisa_desk.store import post_key
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent, DocumentBlobChunk
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
