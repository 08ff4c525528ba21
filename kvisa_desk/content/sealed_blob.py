"""Document contents inside a PostgreSQL database, sealed with the post key (AES-256-GCM).

The server protects its own storage; the contents are sealed as well, so a dump, a
replica or a database administrator's query shows no document. Each 1 MiB chunk is sealed
on its own (a random nonce; the content's SHA-256 and the chunk's number as associated
data, so chunks cannot be swapped between documents or reordered). Staging happens in
memory: no clear copy of a document is written to the disk on the way.

Chunks written before the post key existed stay readable as they are (they do not begin
with the seal's mark); nothing new is stored without the key (PostKeyNeeded).
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.content.errors import ContentDamaged, ContentMissing, Refused
from kvisa_desk.content.store import (
    CHUNK_SIZE,
    BlobContentStore,
    Progress,
    StagedContent,
    too_large_reason,
)
from kvisa_desk.store.models import DocumentBlob, DocumentBlobChunk

MARK = b"KVSB1\x00"
_NONCE = 12


class PostKeyMissing(LookupError):
    """Sealed content, and no post key on this computer to open it."""

    def __init__(self) -> None:
        super().__init__(
            "the documents of this database are sealed with its post key, which is not on "
            "this computer: an administrator copies it here with `kvisa-desk db post-key "
            "import FILE`"
        )


class PostKeyNeeded(Refused):
    """A document to store on a server, and no post key on this computer to seal it with:
    refused before a byte is read, so nothing is stored."""

    def __init__(self) -> None:
        super().__init__(
            "this database keeps every document sealed with its post key, and the key is "
            "not on this computer: an administrator imports it here with `kvisa-desk db "
            "post-key import FILE` (a file exported on a computer that has it), or makes the "
            "post's key with `kvisa-desk db post-key generate` if it has none yet"
        )


class MemoryStaged(StagedContent):
    """Staged content held in memory (the `path` is never written)."""


def _aead(post_key: bytes) -> AESGCM:
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"kvisa-desk post documents v1"
    ).derive(post_key)
    return AESGCM(derived)


def _place(sha256: str, seq: int) -> bytes:
    return sha256.encode("ascii") + struct.pack(">Q", seq)


def is_sealed(chunk: bytes) -> bool:
    return chunk.startswith(MARK)


class SealedBlobContentStore(BlobContentStore):
    """BlobContentStore whose chunks are sealed. With `post_key` None it still reads chunks
    stored before the post key existed, refuses sealed ones with PostKeyMissing and refuses
    to store anything with PostKeyNeeded: a server never receives a document unsealed."""

    def __init__(self, staging_dir: Path, post_key: bytes | None) -> None:
        super().__init__(staging_dir)
        self._seal = _aead(post_key) if post_key is not None else None

    @contextmanager
    def stage(
        self, source: BinaryIO, max_bytes: int, progress: Progress | None = None
    ) -> Iterator[StagedContent]:
        if self._seal is None:
            raise PostKeyNeeded  # never stored unsealed on a server
        buffer, digest, size = io.BytesIO(), hashlib.sha256(), 0
        while chunk := source.read(CHUNK_SIZE):
            size += len(chunk)
            if size > max_bytes:
                raise Refused(too_large_reason(max_bytes))
            digest.update(chunk)
            buffer.write(chunk)
            if progress is not None:
                progress(size)
        if size == 0:
            raise Refused("the file is empty")
        yield MemoryStaged(Path(os.devnull), digest.hexdigest(), size, None, buffer.getvalue())  # type: ignore[arg-type]

    def sweep_staging(self) -> int:
        return 0  # nothing is staged on disk

    def _sealed(self, sha256: str, seq: int, chunk: bytes) -> bytes:
        if self._seal is None:
            raise PostKeyNeeded
        nonce = os.urandom(_NONCE)
        return MARK + nonce + self._seal.encrypt(nonce, chunk, _place(sha256, seq))

    def publish(self, session: Session | None, staged: StagedContent) -> bool:
        if not isinstance(staged, MemoryStaged):
            raise TypeError("a sealed server store publishes only what it staged in memory")
        if self._seal is None:
            raise PostKeyNeeded
        session = self._need(session)
        if not self._claim_or_repair(session, staged):
            return False
        content = staged.content or b""
        for seq, start in enumerate(range(0, len(content), CHUNK_SIZE)):
            data = self._sealed(staged.sha256, seq, content[start : start + CHUNK_SIZE])
            session.add(DocumentBlobChunk(sha256=staged.sha256, seq=seq, data=data))
        session.flush()
        return True

    def raw_chunks(self, session: Session | None, sha256: str) -> Iterator[bytes]:
        session = self._need(session)
        header = session.scalar(select(DocumentBlob.sha256).where(DocumentBlob.sha256 == sha256))
        if header is None:
            raise ContentMissing(sha256)
        rows = session.execute(
            select(DocumentBlobChunk.seq, DocumentBlobChunk.data)
            .where(DocumentBlobChunk.sha256 == sha256)
            .order_by(DocumentBlobChunk.seq)
            .execution_options(yield_per=4)
        )
        for seq, data in rows:
            chunk = bytes(data)
            if not is_sealed(chunk):
                yield chunk
                continue
            if self._seal is None:
                raise PostKeyMissing
            body = chunk[len(MARK) :]
            try:
                yield self._seal.decrypt(body[:_NONCE], body[_NONCE:], _place(sha256, seq))
            except InvalidTag:
                raise ContentDamaged(
                    sha256, "(cannot be deciphered: altered, or another post key)", 0
                ) from None
