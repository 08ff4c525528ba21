"""The document folder of an encrypted database: every file sealed with AES-256-GCM.

Two keys are derived from the database key (HKDF-SHA-256): one seals the content, one names
the files — a file's name is HMAC-SHA-256 of the content's SHA-256, so the folder says
nothing about which document is which, while the database keeps the plain SHA-256 for
checking, deduplication and manifests. Content is sealed as it is staged, so no clear byte
reaches the disk: one pass over the file hashes and seals it, and keeps the clear content in
anonymous memory for the checks (no second read, no deciphering of what was just sealed).
The document keys are derived once per database key, not per file.

A sealed file: MAGIC, then frames (4-byte length, 12-byte nonce, ciphertext with its tag);
one frame per chunk of content, then a trailer frame holding the SHA-256 and the number of
content frames. Each frame's associated data is its place (number, content or trailer), so
frames cannot be dropped, reordered or swapped without the read failing.
"""

from __future__ import annotations

import hashlib
import hmac
import mmap
import os
import struct
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from kvisa_desk.content.errors import ContentDamaged, ContentMissing
from kvisa_desk.content.store import (
    CHUNK_SIZE,
    FileContentStore,
    _checked_sha,
    _Sink,
)

MAGIC = b"KVDOC1\n\x00"
_TRAILER_INDEX = 0xFFFFFFFFFFFFFFFF
_TRAILER_PLAIN = 64 + 8  # the SHA-256 in hex, the number of content frames
_TAG = 16
_TRAILER_SIZE = 4 + 12 + _TRAILER_PLAIN + _TAG


def _place(index: int, trailer: bool) -> bytes:
    return MAGIC + struct.pack(">QB", index, 1 if trailer else 0)


def derive_keys(database_key: bytes) -> tuple[bytes, bytes]:
    """(content key, naming key), both from the database's raw key."""
    derived = HKDF(
        algorithm=hashes.SHA256(), length=64, salt=None, info=b"kvisa-desk documents v1"
    ).derive(database_key)
    return derived[:32], derived[32:]


# The last database key's document keys: derived once per key, not per attached file.
_derived: dict[bytes, tuple[AESGCM, bytes]] = {}


def _document_keys(database_key: bytes) -> tuple[AESGCM, bytes]:
    tag = hashlib.sha256(b"kvisa-desk document keys\x00" + database_key).digest()
    found = _derived.get(tag)
    if found is None:
        content_key, naming_key = derive_keys(database_key)
        found = (AESGCM(content_key), naming_key)
        _derived.clear()  # one database open at a time: keep no other key's
        _derived[tag] = found
    return found


def forget_document_keys() -> None:
    """Drop the derived document keys (a sign-out that forgets the database key)."""
    _derived.clear()


def _anonymous(size: int) -> mmap.mmap:
    """Memory no file backs and no other process shares (the clear content of a document)."""
    private = getattr(mmap, "MAP_PRIVATE", None)
    if private is None:
        return mmap.mmap(-1, size)
    # Linux: the pages made in one call, not faulted in one by one as the content arrives.
    return mmap.mmap(-1, size, flags=private | getattr(mmap, "MAP_POPULATE", 0))


class _SealingSink(_Sink):
    """Seals each chunk as it is staged (one pass: the caller hashes, this encrypts) and
    keeps the clear content only in anonymous memory, for the checks to read."""

    def __init__(self, handle: BinaryIO, aead: AESGCM, size_hint: int) -> None:
        super().__init__(handle)
        self.aead, self.frames = aead, 0
        # Sized once from the file's size: no growing buffer copied as the content arrives.
        self.clear = _anonymous(size_hint if size_hint > 0 else CHUNK_SIZE)
        self.sealed = bytearray(CHUNK_SIZE + _TAG)  # reused: no new buffer per frame
        handle.write(MAGIC)

    def _frame(self, plain: bytes | memoryview, index: int, trailer: bool) -> None:
        nonce = os.urandom(12)
        if len(self.sealed) < len(plain) + _TAG:
            self.sealed = bytearray(len(plain) + _TAG)
        out = memoryview(self.sealed)[: len(plain) + _TAG]
        self.aead.encrypt_into(nonce, plain, _place(index, trailer), out)
        self.handle.write(struct.pack(">I", len(out)) + nonce)
        self.handle.write(out)

    def room(self) -> memoryview | None:
        at = self.clear.tell()
        end = min(at + CHUNK_SIZE, len(self.clear))
        return memoryview(self.clear)[at:end] if end > at else None

    def write(self, chunk: bytes | memoryview, in_place: bool = False) -> None:
        if in_place:
            self.clear.seek(len(chunk), os.SEEK_CUR)
        else:
            end = self.clear.tell() + len(chunk)
            if end > len(self.clear):  # a stream, or a file that grew: a bigger map
                self._move_to(max(end, 2 * len(self.clear)))
            self.clear.write(chunk)
        self._frame(chunk, self.frames, False)
        self.frames += 1

    def _move_to(self, size: int) -> None:
        # Copied, not resized: a shared anonymous map cannot grow in place (SIGBUS).
        used = self.clear.tell()
        moved = _anonymous(size)
        moved.write(self.clear[:used])
        self.clear.close()
        self.clear = moved

    def finish(self, sha256: str) -> mmap.mmap | None:
        trailer = sha256.encode("ascii") + struct.pack(">Q", self.frames)
        self._frame(trailer, _TRAILER_INDEX, True)
        if self.clear.tell() != len(self.clear):
            self._move_to(self.clear.tell())  # exactly the content: the checks see its end
        self.clear.seek(0)
        return self.clear


class SealedFileContentStore(FileContentStore):
    """ROOT/ab/cd/<HMAC of the SHA-256>, each file sealed; read back only through the key."""

    def __init__(self, root: Path, database_key: bytes) -> None:
        super().__init__(root)
        self._aead, self._naming_key = _document_keys(database_key)

    def stored_name(self, sha256: str) -> str:
        sha256 = _checked_sha(sha256)
        return hmac.new(self._naming_key, sha256.encode("ascii"), hashlib.sha256).hexdigest()

    def path_for(self, sha256: str) -> Path:
        name = self.stored_name(sha256)
        return self.root / name[:2] / name[2:4] / name

    def _sink(self, handle: BinaryIO, size_hint: int) -> _Sink:
        return _SealingSink(handle, self._aead, size_hint)

    def _open_frame(self, handle: BinaryIO, index: int, trailer: bool) -> bytes | None:
        head = handle.read(16)
        if not head:
            return None
        if len(head) < 16:
            raise InvalidTag
        (length,) = struct.unpack(">I", head[:4])
        if length > CHUNK_SIZE + 16:
            raise InvalidTag
        sealed = handle.read(length)
        return self._aead.decrypt(head[4:], sealed, _place(index, trailer))

    def _plain_frames(self, path: Path) -> Iterator[bytes | str]:
        """The content chunks, then the SHA-256 the trailer names; InvalidTag if tampered."""
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise InvalidTag
            ends_at = os.fstat(handle.fileno()).st_size - _TRAILER_SIZE
            index = 0
            while handle.tell() < ends_at:
                chunk = self._open_frame(handle, index, False)
                if chunk is None:
                    raise InvalidTag
                yield chunk
                index += 1
            trailer = self._open_frame(handle, _TRAILER_INDEX, True)
            if trailer is None or len(trailer) != _TRAILER_PLAIN or handle.read(1):
                raise InvalidTag
            if struct.unpack(">Q", trailer[64:])[0] != index:
                raise InvalidTag
            yield trailer[:64].decode("ascii")

    def _intact(self, path: Path, sha256: str) -> bool:
        digest = hashlib.sha256()
        try:
            for part in self._plain_frames(path):
                if isinstance(part, bytes):
                    digest.update(part)
                elif part != sha256:
                    return False
        except (OSError, InvalidTag, ValueError):
            return False
        return digest.hexdigest() == sha256

    def raw_chunks(self, session: Session | None, sha256: str) -> Iterator[bytes]:
        path = self.path_for(sha256)
        if not path.exists():
            raise ContentMissing(sha256)
        try:
            for part in self._plain_frames(path):
                if isinstance(part, bytes):
                    yield part
                elif part != sha256:
                    raise ContentDamaged(sha256, part, 0)
        except FileNotFoundError:
            raise ContentMissing(sha256) from None
        except (InvalidTag, ValueError):
            raise ContentDamaged(sha256, "(cannot be deciphered: altered)", 0) from None

    def _trailer_sha(self, path: Path) -> str | None:
        try:
            with path.open("rb") as handle:
                handle.seek(-_TRAILER_SIZE, os.SEEK_END)
                trailer = self._open_frame(handle, _TRAILER_INDEX, True)
        except (OSError, InvalidTag, ValueError):
            return None
        return trailer[:64].decode("ascii") if trailer and len(trailer) == _TRAILER_PLAIN else None

    def stored(self, session: Session | None) -> Iterator[tuple[str, datetime]]:
        if not self.root.is_dir():
            return
        for path in self.root.glob("??/??/*"):
            if not path.is_file() or path.parent.parent.name != path.name[:2]:
                continue
            sha256 = self._trailer_sha(path)
            if sha256 is None or self.stored_name(sha256) != path.name:
                continue  # not a file of this store (or altered): `check` reports damage
            try:
                mtime = path.stat().st_mtime
            except FileNotFoundError:
                continue
            yield sha256, datetime.fromtimestamp(mtime, UTC)
