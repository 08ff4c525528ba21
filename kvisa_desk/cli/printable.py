"""Data on a terminal: control characters shown, never obeyed.

A surname holding ESC could clear the screen or recolour it, a line break could forge a
line of the worklist, a right-to-left override could reverse what follows it. Every
value that came from an application file or an account goes through `printable` (or,
in JSON, `printable_json`) on its way out: each such character is written as a visible
escape (`\\n`, `\\x1b`, `\\u202e`) and the rest of the text exactly as stored.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 and C1 controls (ESC, CSI, line breaks), DEL, line and paragraph separators, and
# the bidirectional controls (embeddings, overrides, isolates, marks).
_OBEYED = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object) -> str:
    """`value` as text with every character a terminal would obey escaped visibly."""
    text = value if isinstance(value, str) else str(value)
    return _OBEYED.sub(_escape, text)


# What json.dumps leaves raw (it escapes C0 controls itself; its own layout uses them).
_OBEYED_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _json_escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def printable_json(value: Any, **options: Any) -> str:
    """JSON of `value` with the same characters escaped as `\\uXXXX`: still the same data."""
    # Outside strings JSON has only its own punctuation: these can only stand inside one.
    return _OBEYED_IN_JSON.sub(_json_escape, json.dumps(value, ensure_ascii=False, **options))
