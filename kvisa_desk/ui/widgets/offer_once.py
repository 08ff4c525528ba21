"""Offers the window makes once per database on this computer (demo cases, encryption).

The answer is remembered in the settings under a digest of the database's URL, never the URL
itself: a PostgreSQL URL may carry a password.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings


class OfferedOnce:
    """Whether an offer (named by its settings KEY) was answered for this database."""

    def __init__(self, settings: QSettings | None, key: str, url: str) -> None:
        self._settings, self._key = settings, key
        self._location = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]

    def answered(self) -> bool:
        return self._location in self._answered_list()

    def remember(self) -> None:
        """Not offered again for this database (no settings: a test, nothing is kept)."""
        if self._settings is not None and not self.answered():
            self._settings.setValue(self._key, [*self._answered_list(), self._location])

    def _answered_list(self) -> list[str]:
        if self._settings is None:
            return []
        answered = self._settings.value(self._key, [], type=list)
        return [str(a) for a in answered] if isinstance(answered, list) else []
