"""Does the content really open? PDFs with pypdf, images with Pillow (HEIC with pillow-heif).
And is it only that? PDFs with active content (pdf_actions) and files with another file
hidden after their end (trailers) are refused.

Everything here reads untrusted files: any failure of a parser is a refusal, never a crash.
"""

from __future__ import annotations

import io
import logging
import mmap
import os
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import AbstractContextManager as ContextManager
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from kvisa_desk.content.errors import Refused
from kvisa_desk.content.limits import Limits
from kvisa_desk.content.pdf_actions import active_content
from kvisa_desk.content.pdf_actions import describe as describe_active
from kvisa_desk.content.sniff import (
    ACCEPTED_WORDS,
    HEAD_BYTES,
    HEIC,
    JPEG,
    PDF,
    PNG,
    TIFF,
    describe_content,
    sniff_media_type,
)
from kvisa_desk.content.trailers import hidden_file, hidden_in

PIL_FORMATS = {JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF", HEIC: "HEIF"}
_NAMES = {PDF: "PDF", JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF", HEIC: "HEIC"}
# pypdf recovers from these silently in its lenient mode; each means content was lost.
_PDF_DAMAGE_HINTS = (
    "not defined",
    "wrong pointing object",
    "eof marker",
    "truncated",
    "ended unexpectedly",
    "invalid",
    "could not",
    "cannot",
    "unable",
    "startxref found",
)
_PDF_TAIL_BYTES = 2048


@dataclass(frozen=True)
class ContentCheck:
    """What the checks found: the type, and pages (PDF) or frames and size (images)."""

    media_type: str
    pages: int
    width: int | None = None
    height: int | None = None


def _opened(content: Path | bytes | mmap.mmap) -> ContextManager[BinaryIO]:
    if isinstance(content, Path):
        return content.open("rb")
    if isinstance(content, bytes):
        return io.BytesIO(content)
    content.seek(0)
    return nullcontext(cast(BinaryIO, content))  # the caller's map: read in place, not copied


def check_content(path: Path | bytes | mmap.mmap, limits: Limits) -> ContentCheck:
    """The content's accepted type, or Refused with the reason in an officer's words.

    PATH is a file, or the content itself (a sealed store's staged content, in memory:
    never written to disk in the clear)."""
    with _opened(path) as handle:
        head = handle.read(HEAD_BYTES)
        media_type = sniff_media_type(head)
        if media_type is None:
            raise Refused(
                f"the content is {describe_content(head)}, not a {ACCEPTED_WORDS} file "
                "(the type is decided from the content, not from the name)"
            )
        if isinstance(path, Path):
            hidden = hidden_file(path, media_type)
        else:
            if isinstance(path, mmap.mmap):
                path.seek(0)  # a map's find and rfind start where it was last read
            hidden = hidden_in(path, media_type)
        if hidden is not None:
            raise Refused(
                f"the file has {hidden} hidden after the end of its {_NAMES[media_type]} "
                "content (one file that is two types at once); ask for the document again, "
                "saved plainly"
            )
        handle.seek(0)
        if media_type == PDF:
            return _check_pdf(handle)
        return _check_image(handle, media_type, limits)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:  # another thread's PDF is not this one's damage
            self.messages.append(record.getMessage())


@contextmanager
def _pypdf_warnings() -> Iterator[list[str]]:
    logger = logging.getLogger("pypdf")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield handler.messages
    finally:
        logger.removeHandler(handler)


def _check_pdf(handle: BinaryIO) -> ContentCheck:
    from pypdf import PdfReader

    handle.seek(0, os.SEEK_END)
    size = handle.tell()  # a map's seek returns nothing (before Python 3.13)
    handle.seek(max(0, size - _PDF_TAIL_BYTES))
    if b"%%EOF" not in handle.read():
        raise Refused(
            "the PDF is damaged: it is cut short (no end-of-file marker); ask for the file again"
        )
    handle.seek(0)
    with _pypdf_warnings() as seen:
        try:
            # A file object, not a path: given a path, pypdf reads the whole file into memory.
            reader = PdfReader(handle, strict=False)
            if reader.is_encrypted:
                raise Refused(
                    "the PDF is encrypted (password-protected), so it cannot be checked or "
                    "shown: ask for a copy without a password"
                )
            pages = len(reader.pages)
            for page in reader.pages:
                _ = page.mediabox
                page.get_contents()
            try:
                active = active_content(reader)
            except ValueError as exc:
                raise Refused(f"the PDF is too complex to check ({exc})") from None
            if active:
                raise Refused(describe_active(active))
        except Refused:
            raise
        except Exception as exc:  # any parser failure means a damaged file
            raise Refused(f"the PDF is damaged and cannot be opened ({_short(exc)})") from None
    damage = [m for m in seen if any(hint in m.lower() for hint in _PDF_DAMAGE_HINTS)]
    if damage:
        raise Refused(f"the PDF is damaged ({_short(Exception(damage[0]))}); ask for it again")
    if pages == 0:
        raise Refused("the PDF has no pages")
    return ContentCheck(PDF, pages)


_heif_lock = threading.Lock()
_heif_ready = False


def register_heif() -> None:
    """Let Pillow open HEIC (pillow-heif); done once, on first need."""
    global _heif_ready
    with _heif_lock:
        if not _heif_ready:
            from pillow_heif import register_heif_opener

            register_heif_opener()
            _heif_ready = True


def _check_pixels(size: tuple[int, int], limits: Limits) -> None:
    width, height = size
    if width * height > limits.max_pixels:
        raise Refused(
            f"the image is {width:,} × {height:,} pixels ({width * height / 1e6:,.0f} megapixels), "
            f"over the limit of {limits.max_pixels / 1e6:,.0f} megapixels: a decompression bomb "
            "or a scan at an absurd resolution; scan it again at 300 dpi"
        )


def _bomb(exc: Exception, limits: Limits) -> Refused:
    declared = re.search(r"\((\d+) pixels\)", str(exc))
    size = f"{int(declared.group(1)) / 1e6:,.0f} megapixels" if declared else "an absurd size"
    return Refused(
        f"the image declares {size}, over the limit of {limits.max_pixels / 1e6:,.0f} "
        "megapixels: a decompression bomb"
    )


def _check_image(handle: BinaryIO, media_type: str, limits: Limits) -> ContentCheck:
    from PIL import Image

    if media_type == HEIC:
        register_heif()
    formats = [PIL_FORMATS[media_type]]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(handle, formats=formats) as image:
                width, height = image.size
                _check_pixels(image.size, limits)
                frames = int(getattr(image, "n_frames", 1))
                if frames > limits.max_frames:
                    raise Refused(
                        f"the image file holds {frames} pages or images, over the limit of "
                        f"{limits.max_frames}"
                    )
                image.verify()
            handle.seek(0)
            with Image.open(handle, formats=formats) as image:
                for index in range(frames):
                    if index:
                        image.seek(index)
                        _check_pixels(image.size, limits)
                    if media_type == JPEG:
                        # Decoded at 1/8 scale: every byte is still parsed, in 1/64 the memory.
                        image.draft(None, (max(1, width // 8), max(1, height // 8)))
                    image.load()
    except Refused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _bomb(exc, limits) from None
    except Exception as exc:  # any decoder failure means a damaged image
        raise Refused(
            f"the image cannot be decoded: it is damaged or not really a "
            f"{_NAMES[media_type]} ({_short(exc)})"
        ) from None
    return ContentCheck(media_type, frames, width, height)
