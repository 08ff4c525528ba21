"""Real files of every accepted type, and the refused ones, made in memory for the tests."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

from PIL import Image

from kvisa_desk.content import BlobContentStore, FileContentStore, content_store_for
from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.store.engine import Database
from tests.samples import application


def pdf_bytes(pages: int = 2, text: str = "Passport scan") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)  # the same bytes every time
    for number in range(pages):
        page.drawString(72, 760, f"{text}, page {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def pypdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def padded_pdf(size: int, seed: int = 1) -> bytes:
    """A valid one-page PDF of about `size` bytes: an incompressible image in the page's
    resources that the page never draws (an embedded file would be refused)."""
    import random

    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    width = 1024
    height = max(1, -(-size // (width * 3)))  # at least SIZE bytes of pixels
    image = StreamObject()
    image.set_data(random.Random(seed).randbytes(width * height * 3))
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    xobjects = DictionaryObject({NameObject("/Pad"): writer._add_object(image)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf(user_password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password, "owner-password")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_bytes(fmt: str, size: tuple[int, int] = (120, 90), **save: Any) -> bytes:
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    image = Image.new("RGB", size, (30, 90, 160))
    for x in range(0, size[0], 7):  # some structure, so the encoders have work to do
        image.putpixel((x, x * size[1] // size[0]), (250, 250, 0))
    out = io.BytesIO()
    image.save(out, format=fmt, **save)
    return out.getvalue()


def multipage_tiff(pages: int = 3) -> bytes:
    frames = [Image.new("L", (64, 64), 40 * i) for i in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int, height: int) -> bytes:
    """A small PNG that declares an enormous picture (header and one compressed row)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    row = zlib.compress(b"\x00" * (width + 1))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", row)
        + _png_chunk(b"IEND", b"")
    )


def png_zip_bomb(side: int = 10_000) -> bytes:
    """A real, fully decodable PNG of side x side black pixels: ~100 KB on disk."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    squeeze = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    data = b"".join(squeeze.compress(row) for _ in range(side)) + squeeze.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )


ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(200)
WINDOWS_EXE = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(56) + b"This program cannot be run in DOS mode"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def new_case(db: Database, application_id: str = "KV-DOC-1", **changes: Any) -> int:
    """A case's id (its application lists no documents unless `documents=` is given)."""
    record = application(application_id, **{"documents": [], **changes})
    report = import_records(db, [RawRecord("[0]", record)], "test.officer", "test.json")
    assert report.imported == 1, report.rejected
    return find_case_id(db, application_id)


def stored_hashes(db: Database) -> set[str]:
    store = content_store_for(db)
    with db.read() as session:
        return {sha for sha, _ in store.stored(session)}


def staging_leftovers(db: Database) -> list[Path]:
    store = content_store_for(db)
    if not store.staging_dir.is_dir():
        return []
    return sorted(store.staging_dir.iterdir())


def damage(db: Database, sha256: str, how: str = "flip") -> None:
    """Flip one byte of stored content ("flip"), or delete it ("delete"), on either backend."""
    store = content_store_for(db)
    if isinstance(store, FileContentStore):
        path = store.path_for(sha256)
        if how == "delete":
            store.delete(None, sha256)
            return
        path.chmod(0o644)
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
        return
    assert isinstance(store, BlobContentStore)
    from sqlalchemy import select, update

    from kvisa_desk.store.models import DocumentBlobChunk

    with db.write() as session:
        if how == "delete":
            store.delete(session, sha256)
            return
        first = session.scalar(
            select(DocumentBlobChunk.data).where(
                DocumentBlobChunk.sha256 == sha256, DocumentBlobChunk.seq == 0
            )
        )
        assert first is not None
        changed = bytearray(first)
        changed[len(changed) // 2] ^= 0xFF
        session.execute(
            update(DocumentBlobChunk)
            .where(DocumentBlobChunk.sha256 == sha256, DocumentBlobChunk.seq == 0)
            .values(data=bytes(changed))
        )


def sample_file_for(name: str) -> bytes:
    """Valid content of the type a file name suggests (a PDF when it suggests none)."""
    suffix = Path(name).suffix.lower()
    if suffix in (".jpg", ".jpeg"):
        return image_bytes("JPEG")
    if suffix == ".png":
        return image_bytes("PNG")
    if suffix in (".tif", ".tiff"):
        return image_bytes("TIFF")
    if suffix in (".heic", ".heif"):
        return image_bytes("HEIF")
    return pdf_bytes()


def write_listed_documents(folder: Path, records: Any) -> None:
    """Create every file the records list, relative to `folder` (the imported file's folder),
    as import_file now attaches them. Paths that are absolute or leave the folder are skipped
    (tests list those on purpose)."""
    from kvisa_desk.core.applications.importer import _document_path_problem

    for record in records:
        if not isinstance(record, dict):
            continue
        for document in record.get("documents") or ():
            listed = document.get("file") if isinstance(document, dict) else None
            if not isinstance(listed, str) or not listed or _document_path_problem(listed):
                continue
            target = folder / listed.replace("\\", "/")
            if not target.exists():
                write(folder, listed.replace("\\", "/"), sample_file_for(listed))
