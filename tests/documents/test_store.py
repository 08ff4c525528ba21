"""The two content stores, used directly: the same behaviour in a folder and in the database."""

from __future__ import annotations

import io
import os
import random
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.content import BlobContentStore, ContentStore, FileContentStore, Refused
from kvisa_desk.content.store import CHUNK_SIZE, documents_folder
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import DocumentBlobChunk

pytestmark = pytest.mark.backend

CONTENT = random.Random(5).randbytes(2 * CHUNK_SIZE + 12345)  # three chunks


@pytest.fixture(params=["folder", "database"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> ContentStore:
    if request.param == "folder":
        return FileContentStore(tmp_path / "k.documents")
    return BlobContentStore(tmp_path / "staging", tmp_path / "previews")


@contextmanager
def session_for(store: ContentStore, db: Database) -> Iterator[Session | None]:
    if isinstance(store, FileContentStore):
        yield None
    else:
        with db.write() as session:
            yield session


def _put(store: ContentStore, db: Database, data: bytes) -> tuple[str, bool]:
    with store.stage(io.BytesIO(data), 10 * CHUNK_SIZE) as staged:
        with session_for(store, db) as session:
            return staged.sha256, store.publish(session, staged)


def test_content_is_kept_once_read_back_whole_and_repaired(
    store: ContentStore, db: Database
) -> None:
    sha, new = _put(store, db, CONTENT)
    assert new and _put(store, db, CONTENT) == (sha, False)
    with session_for(store, db) as session:
        assert store.read_bytes(session, sha) == CONTENT
        assert store.check(session, sha) is None
        assert [s for s, _ in store.stored(session)] == [sha]
    if isinstance(store, FileContentStore):
        path = store.path_for(sha)
        assert path.relative_to(store.root).parts == (sha[:2], sha[2:4], sha)
        assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        path.chmod(0o644)
        path.write_bytes(CONTENT[:-1] + b"!")
    else:
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(DocumentBlobChunk)) == 3
        with db.write() as session:
            session.execute(
                DocumentBlobChunk.__table__.update()  # type: ignore[attr-defined]
                .where(DocumentBlobChunk.seq == 2)
                .values(data=b"tampered")
            )
    with session_for(store, db) as session:
        assert store.check(session, sha) == "damaged"
    assert _put(store, db, CONTENT) == (sha, True)  # the good copy replaces the damaged one
    with session_for(store, db) as session:
        assert store.check(session, sha) is None
        store.delete(session, sha)
    with session_for(store, db) as session:
        assert store.check(session, sha) == "missing"


def test_staging_refuses_empty_and_oversized_and_can_be_cancelled(
    store: ContentStore, db: Database
) -> None:
    with pytest.raises(Refused, match="empty"), store.stage(io.BytesIO(b""), 100):
        pass
    with pytest.raises(Refused, match="size limit"), store.stage(io.BytesIO(CONTENT), CHUNK_SIZE):
        pass

    def cancel(copied: int) -> None:
        if copied >= CHUNK_SIZE:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), store.stage(io.BytesIO(CONTENT), 10**9, cancel):
        pass
    assert list(store.staging_dir.iterdir()) == []
    with session_for(store, db) as session:
        assert list(store.stored(session)) == []


def test_copies_appear_only_when_every_byte_checked(
    store: ContentStore, db: Database, tmp_path: Path
) -> None:
    from kvisa_desk.content import ContentDamaged

    sha, _ = _put(store, db, CONTENT)
    with session_for(store, db) as session:
        assert store.copy_to(session, sha, tmp_path / "out.bin").read_bytes() == CONTENT
        assert store.preview_path(session, sha).read_bytes() == CONTENT
    if isinstance(store, FileContentStore):
        store.path_for(sha).chmod(0o644)
        store.path_for(sha).write_bytes(b"x" + CONTENT[1:])
    else:
        with db.write() as session:
            session.execute(
                DocumentBlobChunk.__table__.update()  # type: ignore[attr-defined]
                .where(DocumentBlobChunk.seq == 0)
                .values(data=b"x" * CHUNK_SIZE)
            )
    with session_for(store, db) as session, pytest.raises(ContentDamaged):
        store.copy_to(session, sha, tmp_path / "bad.bin")
    assert not (tmp_path / "bad.bin").exists()
    assert [p.name for p in tmp_path.glob(".bad.bin*")] == []


def test_a_preview_is_checked_at_every_read(store: ContentStore, db: Database) -> None:
    """Issue 18, item 18: on PostgreSQL a preview reused a copy checked once and kept on disk,
    so a document damaged after its first preview still previewed."""
    from kvisa_desk.content import ContentDamaged

    sha, _ = _put(store, db, CONTENT)
    with session_for(store, db) as session:
        assert store.preview_path(session, sha).read_bytes() == CONTENT
    if isinstance(store, FileContentStore):
        store.path_for(sha).chmod(0o644)
        store.path_for(sha).write_bytes(b"x" + CONTENT[1:])
    else:
        with db.write() as session:
            session.execute(
                DocumentBlobChunk.__table__.update()  # type: ignore[attr-defined]
                .where(DocumentBlobChunk.seq == 1)
                .values(data=b"y" * CHUNK_SIZE)
            )
    with session_for(store, db) as session, pytest.raises(ContentDamaged):
        store.preview_path(session, sha)
    if isinstance(store, BlobContentStore):
        assert not (store.preview_dir / sha).exists()  # no copy of the good bytes is left


@pytest.mark.skipif(os.name != "posix", reason="dead processes are found by PID on POSIX")
def test_sweep_removes_what_dead_processes_left(store: ContentStore) -> None:
    store.staging_dir.mkdir(parents=True)
    mine = store.staging_dir / f".{os.getpid()}.abc.part"
    dead = store.staging_dir / ".999999999.abc.part"  # beyond any PID the kernel hands out
    mine.write_bytes(b"in progress")
    dead.write_bytes(b"killed")
    assert store.sweep_staging() == 1
    assert mine.exists() and not dead.exists()


def test_the_folder_sits_beside_the_database_file() -> None:
    assert documents_folder(Path("/data/kvisa-desk.sqlite3")) == Path("/data/kvisa-desk.documents")


def test_hashes_from_the_database_never_become_odd_paths(tmp_path: Path) -> None:
    store = FileContentStore(tmp_path)
    for bad in ("../../etc/passwd", "A" * 64, "ab", ""):
        with pytest.raises(ValueError, match="SHA-256"):
            store.path_for(bad)
