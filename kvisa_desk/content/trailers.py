"""What follows a file's end marker: another file hidden behind a document (a polyglot).

A PDF ends at its last `%%EOF`, a JPEG at its EOI marker, a PNG at its IEND chunk, a HEIC
after its last box. Bytes after that are a trailer: padding or a scanner's notes are kept as
they are, but a ZIP archive, HTML, a script or a program there is refused, since a browser,
an unzip tool or a web server would take the file for that other type. A ZIP is also found
by its end record at the very end of the file, wherever its start hides (TIFF included,
which has no end marker).
"""

from __future__ import annotations

import mmap
import re
from pathlib import Path

from kvisa_desk.content.sniff import HEIC, JPEG, PDF, PNG

_ZIP_END = b"PK\x05\x06"
_ZIP_END_SEARCH = 22 + 0xFFFF  # the end record plus the longest comment
# At the start of a trailer (after blank space): another file's own first bytes.
_STARTS = (
    (re.compile(rb"#! ?/"), "a script"),
    (re.compile(rb"<\?(php|=)", re.IGNORECASE), "a PHP script"),
    (re.compile(rb"<%[@=!\s]"), "a server script (ASP/JSP)"),
    (re.compile(rb"MZ.{0,1024}?PE\x00\x00", re.DOTALL), "a Windows program (EXE)"),
    (re.compile(rb"\x7fELF"), "a program (ELF)"),
    (re.compile(rb"\xfe\xed\xfa[\xce\xcf]|[\xce\xcf]\xfa\xed\xfe"), "a macOS program"),
    (re.compile(rb"\xca\xfe\xba\xbe"), "a macOS program or Java class"),
    (re.compile(rb"PK\x03\x04"), "a ZIP archive"),
    (re.compile(rb"Rar!"), "a RAR archive"),
    (re.compile(rb"7z\xbc\xaf\x27\x1c"), "a 7-Zip archive"),
    (re.compile(rb"\x1f\x8b\x08"), "a gzip archive"),
    (re.compile(rb"<(html|svg|script|!doctype|body|iframe)\b", re.IGNORECASE), "an HTML page"),
)
# Anywhere in a trailer: patterns with enough structure never to be chance bytes in the
# binary data some cameras append (a second picture, a depth map).
_INSIDE = (
    (re.compile(rb"PK\x03\x04[\x0a-\x3f]\x00"), "a ZIP archive"),
    (re.compile(rb"\x7fELF[\x01\x02][\x01\x02]\x01"), "a program (ELF)"),
    (re.compile(rb"<\?php", re.IGNORECASE), "a PHP script"),
    (re.compile(rb"<script[\s>]", re.IGNORECASE), "HTML with a script"),
    (re.compile(rb"<(html|body|iframe)[\s>]|<!doctype html", re.IGNORECASE), "an HTML page"),
)


def _jpeg_end(data: mmap.mmap) -> int | None:
    """Where the JPEG's EOI marker ends; None when its segments cannot be followed."""
    size, pos = len(data), 2
    while pos + 2 <= size:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == 0xD9:
            return pos + 2
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        if pos + 4 > size:
            return None
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker != 0xDA:
            continue
        while True:  # entropy-coded data: FF is followed by 00 (a stuffed byte) or RSTn
            pos = data.find(b"\xff", pos)
            if pos < 0 or pos + 1 >= size:
                return None
            following = data[pos + 1]
            if following == 0x00 or 0xD0 <= following <= 0xD7:
                pos += 2
            elif following == 0xFF:
                pos += 1
            else:
                break
    return None


def _png_end(data: mmap.mmap) -> int | None:
    size, pos = len(data), 8
    while pos + 12 <= size:
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        pos += 12 + length
        if kind == b"IEND":
            return pos if pos <= size else None
    return None


def _heic_end(data: mmap.mmap) -> int:
    """The end of the last well-formed top-level box (a 4-letter type, a size that fits)."""
    size, pos = len(data), 0
    while pos + 8 <= size:
        box = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if not all(48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 32 for c in kind):
            return pos
        if box == 0:
            return size  # the last box runs to the end of the file
        if box == 1:
            if pos + 16 > size:
                return pos
            box = int.from_bytes(data[pos + 8 : pos + 16], "big")
        if box < 8 or pos + box > size:
            return pos
        pos += box
    return pos


def _pdf_end(data: mmap.mmap) -> int | None:
    found = data.rfind(b"%%EOF")
    return None if found < 0 else found + 5


def _end_of(data: mmap.mmap, media_type: str) -> int | None:
    if media_type == PDF:
        return _pdf_end(data)
    if media_type == JPEG:
        return _jpeg_end(data)
    if media_type == PNG:
        return _png_end(data)
    if media_type == HEIC:
        return _heic_end(data)
    return None  # TIFF: no end marker; only the ZIP end record is looked for


def _zip_at_the_end(data: mmap.mmap) -> bool:
    """A ZIP end record that ZIP tools would find: its comment reaches the file's end."""
    size = len(data)
    found = data.rfind(_ZIP_END, max(0, size - _ZIP_END_SEARCH))
    while found >= 0:
        if found + 22 <= size:
            comment = int.from_bytes(data[found + 20 : found + 22], "little")
            if found + 22 + comment == size:
                return True
        found = data.rfind(_ZIP_END, max(0, size - _ZIP_END_SEARCH), found)
    return False


def _at_start(trailer: bytes) -> str | None:
    start = trailer.lstrip(b" \t\r\n\f\x00")
    for pattern, words in _STARTS:
        if pattern.match(start):
            return words
    return None


def _inside(piece: bytes) -> str | None:
    for pattern, words in _INSIDE:
        if pattern.search(piece):
            return words
    return None


CHUNK = 1 << 20


def hidden_file(path: Path, media_type: str) -> str | None:
    """A few words on another file hidden after the content's end (an archive, HTML, a
    script, a program), or None when what follows the end, if anything, is none of these."""
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if _zip_at_the_end(data):
            return "a ZIP archive"
        end = _end_of(data, media_type)
        if end is None or end >= len(data):
            return None
        found = _at_start(data[end : end + 4096])
        # Read in overlapping pieces, so a large trailer is never held whole.
        for start in range(end, len(data), CHUNK):
            if found is not None:
                break
            found = _inside(data[max(end, start - 16) : start + CHUNK])
        return found
