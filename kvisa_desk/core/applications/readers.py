"""Application files: which format a file is in, and its records one at a time.

Each format has its reader (json_records.py, csv_records.py), each with a syntax pass
over the whole file before the first record: a file broken anywhere is refused whole,
with nothing written. What a reader may hold is bounded (core/limits.py), whatever the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kvisa_desk.core.applications.raw import FileRefused, RawRecord

__all__ = ["FileRefused", "RawRecord", "detect_format", "read_application_file"]


def detect_format(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head.strip():
        raise FileRefused("the file is empty: export the applications again")
    if b"\x00" in head:
        raise FileRefused("this is not a text file: expected JSON, JSON Lines or CSV")
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        return "jsonl"
    return "csv"


def read_application_file(path: Path) -> Iterator[RawRecord]:
    """Every record of the file; raises FileRefused before the first one if the file is bad."""
    from kvisa_desk.core.applications.csv_records import read_csv
    from kvisa_desk.core.applications.json_records import read_json_array, read_json_lines

    try:
        kind = detect_format(path)
    except OSError as exc:
        raise FileRefused(f"cannot read the file: {exc.strerror}") from None
    reader = {"json": read_json_array, "jsonl": read_json_lines, "csv": read_csv}[kind]
    records = reader(path)
    # Run the syntax pass now, not at the first next() of a lazy consumer.
    first = next(records, None)
    if first is not None:
        yield first
        yield from records
