"""Active content in a PDF: JavaScript, /Launch actions and embedded files, found by walking
every object the document reaches from its catalogue (the newest revision's, so incremental
updates such as a signed letter's are read as a viewer reads them).

Destinations, links to pages and web addresses are passive and pass; stream data is never
decoded (only stream dictionaries are read), so a 100 MB scan costs its object count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_OBJECTS = 500_000  # far beyond any real document; a file built to exhaust the walk stops


@dataclass(frozen=True)
class Found:
    what: str  # "JavaScript", "a /Launch action", "an embedded file"
    where: str  # the key path it hangs from, e.g. "/OpenAction" or "/Names/JavaScript"


def _name(value: Any) -> str:
    return str(value) if value is not None else ""


def _what(item: dict[str, Any], path: tuple[str, ...]) -> tuple[str, str] | None:
    """(kind, words) for an active item: kind is "script", "launch" or "file"."""
    kind = _name(item.get("/S"))
    in_names = len(path) >= 2 and path[-2] == "/Names"
    if in_names and path[-1] == "/JavaScript":
        return "script", "JavaScript (a document-level script in the name tree)"
    if kind == "/JavaScript" or "/JS" in item:
        return "script", "JavaScript"
    if kind == "/Launch":
        return "launch", "a /Launch action (it starts a program)"
    if in_names and path[-1] == "/EmbeddedFiles":
        return "file", "embedded files (in the name tree)"
    if "/EF" in item or _name(item.get("/Type")) == "/EmbeddedFile":
        return "file", "an embedded file"
    if _name(item.get("/Subtype")) == "/FileAttachment":
        return "file", "an embedded file (a file attachment)"
    return None


def active_content(reader: Any) -> list[Found]:
    """What active content the document reaches, first finding of each kind, in walk order.

    Raises ValueError when the document has more objects than MAX_OBJECTS.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    found: dict[str, Found] = {}
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[Any, tuple[str, ...]]] = [(reader.trailer.get("/Root"), ())]
    visited = 0
    while stack:
        item, path = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        visited += 1
        if visited > MAX_OBJECTS:
            raise ValueError(f"it has more than {MAX_OBJECTS:,} objects")
        if isinstance(item, DictionaryObject):
            what = _what(item, path)
            if what is not None:
                found.setdefault(what[0], Found(what[1], "".join(path) or "/Root"))
            stack.extend((value, (*path[-3:], str(key))) for key, value in item.items())
        elif isinstance(item, ArrayObject):
            stack.extend((value, path) for value in item)
    return list(found.values())


def describe(found: list[Found]) -> str:
    parts = [f"{f.what} at {f.where}" for f in found]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (
        f"the PDF holds active content — {listed}; it could run code or carry other files, so "
        "it is not accepted: ask for a plain copy (printed to PDF again, or scanned)"
    )
