"""Reading a letter's verification payload back, without decoding its QR code.

`render_letter` writes the QR code's payload (`KVISA1:<reference>:<DIGEST>`) also into the
PDF's document information dictionary under /KVisaLetter. Whether a file is genuine is
decided by the caller against its records: the reference must be one it issued, the
digest the one stored with it, and `pdf_sha256(file)` the stored SHA-256 of the PDF bytes
(any change to the file, even one byte, changes that).
"""

from __future__ import annotations

import hashlib
import io
import logging

from kvisa_desk.pdf._canvas import METADATA_KEY
from kvisa_desk.pdf.qr import make_payload, parse_payload

__all__ = ["letter_payload", "pdf_sha256", "read_letter_qr_payload"]

_MAX_PDF_BYTES = 50 * 1024 * 1024  # a letter is ~40 kB; refuse to parse anything huge


def pdf_sha256(pdf_bytes: bytes) -> str:
    """SHA-256 (hex) of the exact file bytes: what is stored with an issued letter."""
    return hashlib.sha256(pdf_bytes).hexdigest()


def letter_payload(reference: str, digest: str) -> str:
    """The payload the QR code and the metadata carry for REFERENCE and content DIGEST."""
    return make_payload(reference, digest)


def read_letter_qr_payload(pdf_bytes: bytes) -> tuple[str, str] | None:
    """(reference, content digest) from a letter's metadata, or None.

    None when the bytes are not a readable PDF, carry no /KVisaLetter entry, or the entry
    is not a well-formed payload. Never raises for bad input.
    """
    if not isinstance(pdf_bytes, bytes | bytearray) or len(pdf_bytes) > _MAX_PDF_BYTES:
        return None
    if not bytes(pdf_bytes[:1024]).lstrip().startswith(b"%PDF-"):
        return None
    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # a damaged file is an answer (None), not a warning
    try:
        reader = PdfReader(io.BytesIO(bytes(pdf_bytes)), strict=False)
        info = reader.trailer.get("/Info")
        if info is None:
            return None
        value = info.get_object().get(f"/{METADATA_KEY}")
        if value is None:
            return None
        text = str(value.get_object())
    except Exception:  # pypdf raises many kinds on damaged files: all mean "not a letter"
        return None
    finally:
        pypdf_log.setLevel(level)
    return parse_payload(text)
