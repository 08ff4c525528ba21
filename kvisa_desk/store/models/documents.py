"""Document content kept inside the database, for sites without a SQLite file (PostgreSQL).

Content is split into chunks so that storing and reading a large file streams it, and is
keyed by its SHA-256 so the same file is stored once however many cases attach it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base, utcnow


class DocumentBlob(Base):
    __tablename__ = "document_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    chunk_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DocumentBlobChunk(Base):
    __tablename__ = "document_blob_chunks"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("document_blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
