"""Text folding shared by the field-of-study and institution matchers."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not decompose but readers treat as plain Latin letters.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})
_NON_WORD = re.compile(r"[^\w]+|_")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Casefold, drop diacritics and punctuation, collapse spaces: 'Ingé. Élec' -> 'inge elec'."""
    if text.isascii():  # nothing to decompose or fold beyond case: most names, a third the time
        return _SPACES.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", bare.translate(_EXTRA))).strip()
