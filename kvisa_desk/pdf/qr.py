"""The verification QR code: its payload, and drawing it as one filled path.

ReportLab's QrCodeWidget draws every dark module as its own rectangle (~19k drawing
operations and two encodings per code). Here segno encodes once and each horizontal run of
dark modules becomes one rectangle of a single path, defined once per PDF as a Form
XObject and placed on every page.
"""

from __future__ import annotations

import re

import segno
from reportlab.pdfgen.canvas import Canvas

PAYLOAD_PREFIX = "KVISA1"
SEPARATOR = ":"
FORM_NAME = "KVisaQR"
_DIGEST = re.compile(r"[0-9a-f]{64}")
_REFERENCE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def make_payload(reference: str, digest: str) -> str:
    """`KVISA1:LON-K-2026-000123:<SHA-256 in upper-case hex>`.

    Only characters of QR's alphanumeric mode (0-9, A-Z, "-", ":"), so the code is a
    version 4 symbol (33 modules) instead of version 6 in byte mode: larger modules at the
    same printed size, and quicker to encode.
    """
    if not _REFERENCE.fullmatch(reference) or not _DIGEST.fullmatch(digest):
        raise ValueError("a payload needs a letter reference and a SHA-256 hex digest")
    return SEPARATOR.join((PAYLOAD_PREFIX, reference, digest.upper()))


def parse_payload(text: str) -> tuple[str, str] | None:
    """(reference, digest in lower-case hex) from a payload, or None if TEXT is not one."""
    parts = text.strip().split(SEPARATOR)
    if len(parts) != 3 or parts[0] != PAYLOAD_PREFIX:
        return None
    reference, digest = parts[1], parts[2].lower()
    if not _REFERENCE.fullmatch(reference) or len(reference) > 64:
        return None
    if not _DIGEST.fullmatch(digest):
        return None
    return reference, digest


# A fixed mask pattern: every mask gives a valid code, and choosing the "best" one costs
# segno ~35 ms in pure Python (eight masks evaluated), more than the rest of a letter.
MASK = 2


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, dark = True, without the quiet zone."""
    code = segno.make(payload, error="m", micro=False, boost_error=False, mask=MASK)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def row_runs(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    runs = []
    for r, row in enumerate(matrix):
        c, width = 0, len(row)
        while c < width:
            if row[c]:
                start = c
                while c < width and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


def define_qr_form(canvas: Canvas, payload: str, size: float) -> None:
    """Define the Form XObject FORM_NAME: the code SIZE points square, origin bottom left.

    The path is written in module units (whole numbers) under one scaling, as literal
    operators: one `re` per run of dark modules and a single fill.
    """
    matrix = qr_matrix(payload)
    count = len(matrix)
    module = size / count
    canvas.beginForm(FORM_NAME, 0, 0, size, size)
    # Row 0 is the top of the code; PDF's y grows upwards.
    rects = " ".join(f"{c} {count - 1 - r} {n} 1 re" for r, c, n in row_runs(matrix))
    canvas.addLiteral(f"q {module:.6f} 0 0 {module:.6f} 0 0 cm 0 g {rects} f Q")
    canvas.endForm()


def place_qr(canvas: Canvas, x: float, y: float) -> None:
    """Draw the defined code with its bottom-left corner at (x, y)."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(FORM_NAME)
    canvas.restoreState()
