"""What the document store raises; the services turn these into officer-facing errors."""

from __future__ import annotations


class Refused(ValueError):
    """The file cannot be attached; nothing was stored. The message says why."""


class ContentMissing(LookupError):
    """The store has no content under this hash."""

    def __init__(self, sha256: str) -> None:
        super().__init__(f"no stored content {sha256}")
        self.sha256 = sha256


class ContentDamaged(ValueError):
    """The stored content no longer hashes to the SHA-256 it is stored under."""

    def __init__(self, sha256: str, actual: str, size: int) -> None:
        super().__init__(f"stored content {sha256} now hashes to {actual} ({size} bytes)")
        self.sha256, self.actual, self.size = sha256, actual, size
