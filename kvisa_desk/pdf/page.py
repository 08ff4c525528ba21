"""The A4 page of every PDF, and the frame of the documents with a running header and footer
(the case summary and the figures report).

Decision letters share the page size but keep their own frame (`render`): the letterhead and
the footer with the QR code need more room.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4

# The summary's margins since it was first printed; the report had drifted to 18 mm.
MARGIN_X = 16 * mm
TOP = 22 * mm  # room for the running header
BOTTOM = 18 * mm  # room for the running footer
WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADER_Y = PAGE_HEIGHT - 12 * mm  # the running header's baseline
FOOTER_Y = 10 * mm  # the running footer's baseline
