"""Pictures of images for the window: Qt cannot decode HEIC, and photos need turning upright."""

from __future__ import annotations

import io
import warnings
from typing import BinaryIO

from kvisa_desk.content.errors import Refused
from kvisa_desk.content.sniff import HEIC, IMAGE_MEDIA_TYPES, JPEG
from kvisa_desk.content.validate import PIL_FORMATS, register_heif


def image_preview(source: BinaryIO, media_type: str, max_side: int = 1600) -> bytes:
    """The first page of an image as PNG, at most `max_side` pixels each way, upright."""
    from PIL import Image, ImageOps

    if media_type not in IMAGE_MEDIA_TYPES:
        raise ValueError(f"{media_type} is not an image type")
    if media_type == HEIC:
        register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source, formats=[PIL_FORMATS[media_type]]) as image:
                if media_type == JPEG:
                    image.draft("RGB", (max_side, max_side))
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((max_side, max_side))
                has_alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
                try:
                    shown = upright.convert("RGBA" if has_alpha else "RGB")
                except (ValueError, OSError):
                    shown = upright.convert("L")
                out = io.BytesIO()
                shown.save(out, format="PNG")
                return out.getvalue()
    except Exception as exc:  # stored content was checked; say it plainly
        raise Refused(f"the image cannot be shown ({exc})") from None
