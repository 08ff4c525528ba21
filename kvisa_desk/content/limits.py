"""How big an attachment may be: per post (settings), and fixed guards against image bombs."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SETTING_MAX_ATTACHMENT_MB = "max_attachment_mb"
DEFAULT_MAX_ATTACHMENT_MB = 25
MEGABYTE = 1024 * 1024
# Below Pillow's own DecompressionBombWarning (89.5 MP); a 600 dpi A4 scan is 35 MP.
MAX_IMAGE_PIXELS = 80_000_000
MAX_IMAGE_FRAMES = 200  # pages of a multi-page TIFF (or images in a HEIF file)


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_ATTACHMENT_MB * MEGABYTE
    max_pixels: int = MAX_IMAGE_PIXELS
    max_frames: int = MAX_IMAGE_FRAMES

    @property
    def max_megabytes(self) -> float:
        return self.max_bytes / MEGABYTE

    @classmethod
    def from_settings(cls, values: Mapping[str, Any] | None) -> Limits:
        """The post's `max_attachment_mb` if it is a positive number; else the default."""
        megabytes = (values or {}).get(SETTING_MAX_ATTACHMENT_MB)
        if isinstance(megabytes, bool) or not isinstance(megabytes, int | float):
            megabytes = DEFAULT_MAX_ATTACHMENT_MB
        if not (megabytes > 0 and math.isfinite(megabytes)):
            megabytes = DEFAULT_MAX_ATTACHMENT_MB
        return cls(max_bytes=int(megabytes * MEGABYTE))


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < MEGABYTE:
        return f"{size / 1024:.0f} KB"
    return f"{size / MEGABYTE:.1f} MB"
