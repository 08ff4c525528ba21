"""The content store: each attached file kept once under its SHA-256, checked on every read.

Beside a SQLite database the content lives in a folder next to the file
(`kvisa.sqlite3` -> `kvisa.documents/ab/cd/<sha256>`); for PostgreSQL (or any database
without a file) it lives in the `document_blobs` tables, in chunks.

Content is streamed into a temporary file while it is hashed, checked there, and only then
published under its hash, so an interrupted attach never leaves half a file under a real
name. Content is published before the row that refers to it is committed: a rolled-back
transaction can leave content nothing refers to (harmless, collected later), never a row
that points to nothing.
"""

from __future__ import annotations

import hashlib
import io
import mmap
import os
import re
import stat
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from kvisa_desk.content.errors import ContentDamaged, ContentMissing, Refused
from kvisa_desk.content.limits import SETTING_MAX_ATTACHMENT_MB, format_size
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.files import StagedFile, atomic_writer, staged_writer
from kvisa_desk.store.models import DocumentBlob, DocumentBlobChunk

CHUNK_SIZE = 1 << 20
STAGING_FOLDER = ".staging"
STALE_STAGING_SECONDS = 24 * 3600
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
Progress = Callable[[int], None]


def documents_folder(db_file: Path) -> Path:
    """Where a SQLite database's documents live: `kvisa.sqlite3` -> `kvisa.documents`."""
    return db_file.with_name(f"{db_file.stem}.documents")


def _checked_sha(sha256: str) -> str:
    # A hash from the database becomes part of a path: never let it be anything else.
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return sha256


class _Sink:
    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle

    def room(self) -> memoryview | None:
        """Where the next chunk may be read in place (a sink that keeps the content)."""
        return None

    def write(self, chunk: bytes | memoryview, in_place: bool = False) -> None:
        """`in_place`: the chunk was read into `room()`, so it is kept already."""
        self.handle.write(chunk)

    def finish(self, sha256: str) -> mmap.mmap | None:
        """All content written; `sha256` is its hash. Returns the content when the sink kept
        it in memory for the checks (a sealed store), else None: they read the staged file."""
        return None


@dataclass
class StagedContent:
    """Content copied into the store's staging area, hashed, not yet published."""

    path: Path
    sha256: str
    size: int
    file: StagedFile
    # What the checks read when it is not the staged file: memory, never a clear file.
    content: bytes | mmap.mmap | None = field(default=None, repr=False)


def _size_of(source: BinaryIO) -> int:
    """The size of a regular file being staged, 0 when unknown (a stream)."""
    try:
        info = os.fstat(source.fileno())
    except (AttributeError, OSError, ValueError):
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0


def _process_alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ContentStore(ABC):
    """Where content lives; `session` is the caller's open session (unused by the folder)."""

    staging_dir: Path

    def __init__(self) -> None:
        self._swept = False

    # -- writing --------------------------------------------------------------------------

    @contextmanager
    def stage(
        self, source: BinaryIO, max_bytes: int, progress: Progress | None = None
    ) -> Iterator[StagedContent]:
        """Copy `source` into a staging file while hashing it; removed unless published.

        Raises Refused for an empty file or one over `max_bytes`: nothing is kept.
        `progress(bytes_so_far)` is called after each chunk; an exception it raises (a
        cancel) stops the copy and leaves nothing behind.
        """
        if not self._swept:
            self.sweep_staging()
            self._swept = True
        with staged_writer(self.staging_dir, prefix=f"{os.getpid()}.") as staged:
            digest = hashlib.sha256()
            size = 0
            # Never more memory than the limit lets through, whatever size the file claims.
            sink = self._sink(staged.handle, min(_size_of(source), max_bytes))
            # The standard library's own files and buffers read in place; any other stream
            # (a RawIOBase with only `read`, an upload) is read as it reads.
            native = isinstance(source, io.BufferedReader | io.FileIO | io.BytesIO)
            readinto = source.readinto if native else None  # type: ignore[attr-defined]
            while True:
                room = sink.room() if readinto is not None else None
                if room is not None:  # read straight into the sink's memory: no copy
                    chunk: bytes | memoryview = room[: readinto(room) or 0]  # type: ignore[misc]
                else:
                    chunk = source.read(CHUNK_SIZE)
                if not chunk:
                    del chunk, room  # no view of the sink's memory outlives the copy
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise Refused(too_large_reason(max_bytes))
                digest.update(chunk)
                sink.write(chunk, in_place=room is not None)
                if progress is not None:
                    progress(size)
            if size == 0:
                raise Refused("the file is empty")
            kept = sink.finish(digest.hexdigest())
            staged.seal()
            try:
                yield StagedContent(staged.path, digest.hexdigest(), size, staged, kept)
            finally:
                if kept is not None:
                    with suppress(BufferError):  # still viewed: freed with its last view
                        kept.close()

    def checkable(self, staged: StagedContent) -> Path | bytes | mmap.mmap:
        """What the content checks read: the staged file, or its content for a sealed store."""
        return staged.content if staged.content is not None else staged.path

    def _sink(self, handle: BinaryIO, size_hint: int) -> _Sink:
        """What staging writes through: the bytes as they are, unless a store seals them."""
        return _Sink(handle)

    @abstractmethod
    def publish(self, session: Session | None, staged: StagedContent) -> bool:
        """Keep staged content under its hash; False when intact content was already there."""

    def sweep_staging(self) -> int:
        """Remove staging files left by killed processes (or older than a day)."""
        removed = 0
        if not self.staging_dir.is_dir():
            return 0
        now = time.time()
        for leftover in self.staging_dir.glob(".*.part"):
            pid_text = leftover.name[1:].split(".", 1)[0]
            try:
                age = now - leftover.stat().st_mtime
            except FileNotFoundError:
                continue
            owner_gone = pid_text.isdigit() and int(pid_text) != os.getpid()
            owner_gone = owner_gone and not _process_alive(int(pid_text))
            if owner_gone or age > STALE_STAGING_SECONDS:
                leftover.unlink(missing_ok=True)
                removed += 1
        return removed

    # -- reading --------------------------------------------------------------------------

    @abstractmethod
    def raw_chunks(self, session: Session | None, sha256: str) -> Iterator[bytes]:
        """The stored bytes as they are, unchecked; raises ContentMissing."""

    def chunks(self, session: Session | None, sha256: str) -> Iterator[bytes]:
        """The stored bytes; after the last chunk, raises ContentDamaged if they do not hash
        to `sha256`. Trust nothing read until the iteration has ended without an error."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self.raw_chunks(session, sha256):
            digest.update(chunk)
            size += len(chunk)
            yield chunk
        if digest.hexdigest() != sha256:
            raise ContentDamaged(sha256, digest.hexdigest(), size)

    def read_bytes(self, session: Session | None, sha256: str) -> bytes:
        return b"".join(list(self.chunks(session, sha256)))

    def check(self, session: Session | None, sha256: str) -> str | None:
        """None when intact, else "missing" or "damaged"."""
        try:
            for _ in self.chunks(session, sha256):
                pass
        except ContentMissing:
            return "missing"
        except ContentDamaged:
            return "damaged"
        return None

    def copy_to(self, session: Session | None, sha256: str, target: Path) -> Path:
        """Write the content to `target`, which appears only if every byte checked out."""
        with atomic_writer(target) as out:
            for chunk in self.chunks(session, sha256):
                out.write(chunk)
        return target

    # -- housekeeping ---------------------------------------------------------------------

    @abstractmethod
    def stored(self, session: Session | None) -> Iterator[tuple[str, datetime]]:
        """Every stored hash with when it was last stored or touched."""

    @abstractmethod
    def delete(self, session: Session | None, sha256: str) -> None:
        """Remove content; only for content no document refers to."""


def too_large_reason(max_bytes: int) -> str:
    return (
        f"the file is over the size limit of {format_size(max_bytes)} for one attachment "
        f"(post setting {SETTING_MAX_ATTACHMENT_MB})"
    )


def _make_writable(path: Path) -> None:
    with suppress(FileNotFoundError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


_published_here = threading.local()


@contextmanager
def published_in_block() -> Iterator[list[str]]:
    """The hashes a folder store newly published in this thread during the block."""
    watchers: list[list[str]] = getattr(_published_here, "watchers", [])
    _published_here.watchers = watchers
    shas: list[str] = []
    watchers.append(shas)
    try:
        yield shas
    finally:
        watchers.remove(shas)


class FileContentStore(ContentStore):
    """Content in a folder beside the SQLite file: ROOT/ab/cd/<sha256>, read-only files."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self.staging_dir = root / STAGING_FOLDER
        # Applicants' documents: the folder is the owner's alone from the moment it exists.
        root.mkdir(mode=0o700, parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        sha256 = _checked_sha(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def _intact(self, path: Path, sha256: str) -> bool:
        digest = hashlib.sha256()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(CHUNK_SIZE):
                    digest.update(chunk)
        except OSError:
            return False
        return digest.hexdigest() == sha256

    def publish(self, session: Session | None, staged: StagedContent) -> bool:
        target = self.path_for(staged.sha256)
        if target.exists():
            if self._intact(target, staged.sha256):
                with suppress(OSError):
                    os.utime(target)  # recently used: outside the collector's grace period
                return False
            _make_writable(target)  # damaged: replaced by the good copy just staged
        os.chmod(staged.path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        staged.file.publish(target)
        for watcher in getattr(_published_here, "watchers", ()):
            watcher.append(staged.sha256)
        return True

    def raw_chunks(self, session: Session | None, sha256: str) -> Iterator[bytes]:
        try:
            handle = self.path_for(sha256).open("rb")
        except FileNotFoundError:
            raise ContentMissing(sha256) from None
        with handle:
            while chunk := handle.read(CHUNK_SIZE):
                yield chunk

    def stored(self, session: Session | None) -> Iterator[tuple[str, datetime]]:
        if not self.root.is_dir():
            return
        for path in self.root.glob("??/??/*"):
            if _SHA256.fullmatch(path.name) and path.parent.parent.name == path.name[:2]:
                try:
                    mtime = path.stat().st_mtime
                except FileNotFoundError:
                    continue
                yield path.name, datetime.fromtimestamp(mtime, UTC)

    def delete(self, session: Session | None, sha256: str) -> None:
        path = self.path_for(sha256)
        _make_writable(path)
        path.unlink(missing_ok=True)


class BlobContentStore(ContentStore):
    """Content inside the database, 1 MiB a row, written in the caller's transaction."""

    def __init__(self, staging_dir: Path) -> None:
        super().__init__()
        self.staging_dir = staging_dir

    @staticmethod
    def _need(session: Session | None) -> Session:
        if session is None:
            raise ValueError("the database content store needs an open session")
        return session

    def _claim(self, session: Session, staged: StagedContent, chunk_count: int) -> bool:
        """Insert the blob's header unless another transaction has; True if this one did."""
        values = {
            "sha256": staged.sha256,
            "size_bytes": staged.size,
            "chunk_count": chunk_count,
            "created_at": utcnow(),
        }
        dialect = session.get_bind().dialect.name
        if dialect in ("postgresql", "sqlite"):
            from sqlalchemy.dialects import postgresql, sqlite

            maker = postgresql.insert if dialect == "postgresql" else sqlite.insert
            # Waits for a concurrent insert of the same content, then does nothing.
            claimed = session.execute(
                maker(DocumentBlob)
                .values(values)
                .on_conflict_do_nothing(index_elements=["sha256"])
                .returning(DocumentBlob.sha256)
            ).scalar()
            return claimed is not None
        exists = session.scalar(
            select(DocumentBlob.sha256).where(DocumentBlob.sha256 == staged.sha256)
        )
        if exists is not None:
            return False
        session.execute(insert(DocumentBlob).values(values))
        return True

    def _claim_or_repair(self, session: Session, staged: StagedContent) -> bool:
        """True when the staged content's chunks are to be written now: its header is this
        transaction's, or the content already stored is missing or damaged (its chunks are
        removed and its header renewed); False when intact content was already there."""
        chunk_count = -(-staged.size // CHUNK_SIZE)
        if self._claim(session, staged, chunk_count):
            return True
        if self.check(session, staged.sha256) is None:
            return False
        session.execute(delete(DocumentBlobChunk).where(DocumentBlobChunk.sha256 == staged.sha256))
        session.execute(
            update(DocumentBlob)
            .where(DocumentBlob.sha256 == staged.sha256)
            .values(size_bytes=staged.size, chunk_count=chunk_count, created_at=utcnow())
        )
        return True

    def publish(self, session: Session | None, staged: StagedContent) -> bool:
        session = self._need(session)
        if not self._claim_or_repair(session, staged):
            return False
        with staged.path.open("rb") as handle:
            seq = 0
            while chunk := handle.read(CHUNK_SIZE):
                session.execute(
                    insert(DocumentBlobChunk).values(sha256=staged.sha256, seq=seq, data=chunk)
                )
                seq += 1
        return True

    def raw_chunks(self, session: Session | None, sha256: str) -> Iterator[bytes]:
        session = self._need(session)
        header = session.scalar(select(DocumentBlob.sha256).where(DocumentBlob.sha256 == sha256))
        if header is None:
            raise ContentMissing(sha256)
        rows = session.execute(
            select(DocumentBlobChunk.data)
            .where(DocumentBlobChunk.sha256 == sha256)
            .order_by(DocumentBlobChunk.seq)
            .execution_options(yield_per=4)  # a server-side cursor: a few chunks in memory
        )
        for (data,) in rows:
            yield bytes(data)

    def stored(self, session: Session | None) -> Iterator[tuple[str, datetime]]:
        session = self._need(session)
        rows = session.execute(select(DocumentBlob.sha256, DocumentBlob.created_at)).all()
        for sha256, created_at in rows:
            yield sha256, created_at if created_at.tzinfo else created_at.replace(tzinfo=UTC)

    def delete(self, session: Session | None, sha256: str) -> None:
        session = self._need(session)
        session.execute(delete(DocumentBlobChunk).where(DocumentBlobChunk.sha256 == sha256))
        session.execute(delete(DocumentBlob).where(DocumentBlob.sha256 == sha256))
