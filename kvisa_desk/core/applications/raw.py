"""What a reader hands the importer: one record as decoded, with its place in the file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class FileRefused(ValueError):
    """The file as a whole cannot be imported; nothing was written."""


@dataclass(frozen=True)
class RawRecord:
    location: str  # "line 3" or "[2]", as the spec writes positions
    data: Any  # the decoded object, or None when the record itself is unreadable
    # (field, reason) pairs found while reading: the record is rejected with these alone.
    problems: tuple[tuple[str, str], ...] = ()
