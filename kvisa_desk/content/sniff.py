"""What a file is, decided from its first bytes (magic numbers), never from its name."""

from __future__ import annotations

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
HEIC = "image/heic"
ACCEPTED_MEDIA_TYPES = (PDF, JPEG, PNG, TIFF, HEIC)
IMAGE_MEDIA_TYPES = (JPEG, PNG, TIFF, HEIC)
ACCEPTED_WORDS = "PDF, JPEG, PNG, TIFF or HEIC"
HEAD_BYTES = 256  # enough for an ISO-BMFF `ftyp` box with its compatible brands

# HEIF brands whose pictures are HEVC-coded (HEIC); AVIF and plain HEIF stills are not accepted.
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"})
_HEIF_GENERIC = frozenset({b"mif1", b"msf1"})


def _ftyp_brands(head: bytes) -> list[bytes]:
    if len(head) < 16 or head[4:8] != b"ftyp":
        return []
    size = int.from_bytes(head[0:4], "big")
    end = min(max(size, 16), len(head))
    return [head[8:12]] + [head[i : i + 4] for i in range(16, end - 3, 4)]


def sniff_media_type(head: bytes) -> str | None:
    """The accepted media type these leading bytes start, or None."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    brands = _ftyp_brands(head)
    if brands and (
        brands[0] in _HEIC_BRANDS
        or (brands[0] in _HEIF_GENERIC and _HEIC_BRANDS.intersection(brands[1:]))
    ):
        return HEIC
    return None


_KNOWN_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an executable program (ELF)"),
    (b"MZ", "a Windows program (EXE/DLL)"),
    (b"\xfe\xed\xfa\xce", "a macOS program (Mach-O)"),
    (b"\xfe\xed\xfa\xcf", "a macOS program (Mach-O)"),
    (b"\xce\xfa\xed\xfe", "a macOS program (Mach-O)"),
    (b"\xcf\xfa\xed\xfe", "a macOS program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "a macOS program or Java class"),
    (b"#!", "a script"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/OpenDocument file)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"{\\rtf", "an RTF document"),
)


def describe_content(head: bytes) -> str:
    """A few words on what refused content seems to be, for the refusal message."""
    for magic, words in _KNOWN_OTHERS:
        if head.startswith(magic):
            return words
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    brands = _ftyp_brands(head)
    if brands:
        if b"avif" in brands or b"avis" in brands:
            return "an AVIF image"
        if brands[0] in _HEIF_GENERIC:
            return "a HEIF image that is not HEIC"
        return "a video or other ISO media file"
    if head.strip() and not any(b < 0x09 or 0x0E <= b < 0x20 for b in head):
        return "text"
    return "of an unrecognised type"
