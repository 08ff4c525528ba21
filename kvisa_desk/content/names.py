"""File names are data: shown to officers, never used as a path. Some are refused outright."""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 255

# Characters that reorder how text is displayed: "photo\u202egpj.exe" shows as "photoexe.jpg".
BIDI_CONTROLS = frozenset(
    ["\u200e", "\u200f", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def file_name_problem(name: str) -> str | None:
    """Why a file name is refused, in words an officer understands; None when it is fine."""
    if not name or not name.strip():
        return "the file has no name"
    if len(name) > MAX_NAME_LENGTH:
        return f"the file name is longer than {MAX_NAME_LENGTH} characters"
    for ch in name:
        if ch in BIDI_CONTROLS:
            return (
                f"the file name contains a text-direction control character ({_code(ch)}), "
                "a known way to disguise a file's real type: rename the file"
            )
        category = unicodedata.category(ch)
        if category == "Cs":
            return "the file name is not valid text (undecodable bytes): rename the file"
        if category in ("Cc", "Zl", "Zp"):
            return f"the file name contains a control character ({_code(ch)}): rename the file"
    return None


def listed_path_problem(path_text: str) -> str | None:
    """The same rules for every part of a path an application file lists."""
    for part in path_text.replace("\\", "/").split("/"):
        if part in ("", ".", ".."):
            continue
        problem = file_name_problem(part)
        if problem is not None:
            return problem
    return None
