"""Streaming readers for JSON arrays, JSON Lines and CSV, each with a syntax pass first.

The syntax pass reads the whole file before anything is written, so a file whose JSON
breaks at record 90,000 is refused whole; the second pass yields one record at a time.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO


class FileRefused(ValueError):
    """The file as a whole cannot be imported; nothing was written."""


@dataclass(frozen=True)
class RawRecord:
    location: str  # "line 3" or "[2]", as the spec writes positions
    data: Any  # the decoded object, or None when the record itself is unreadable
    problem: tuple[str, str] | None = None  # (field, reason) when it could not be decoded


def detect_format(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head.strip():
        raise FileRefused("the file is empty: export the applications again")
    if b"\x00" in head:
        raise FileRefused("this is not a text file: expected JSON, JSON Lines or CSV")
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        return "jsonl"
    return "csv"


def _json_array_syntax(handle: BinaryIO) -> None:
    import ijson  # here, not above: every command imports FileRefused, few read JSON arrays

    try:
        depth = 0
        for _prefix, event, _value in ijson.parse(handle):
            if depth == 0 and event != "start_array":
                raise FileRefused("a JSON application file must be an array of applications")
            depth += event in ("start_array", "start_map")
            depth -= event in ("end_array", "end_map")
    except ijson.JSONError as exc:
        raise FileRefused(
            f"the JSON is broken ({exc}): nothing was imported; fix or export the file again"
        ) from None


def _read_json_array(path: Path) -> Iterator[RawRecord]:
    with path.open("rb") as handle:
        _json_array_syntax(handle)
    import ijson

    with path.open("rb") as handle:
        for index, item in enumerate(ijson.items(handle, "item", use_float=True)):
            yield RawRecord(f"[{index}]", item)


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def _read_jsonl(path: Path) -> Iterator[RawRecord]:
    try:
        for number, line in _jsonl_lines(path):
            try:
                json.loads(line)
            except json.JSONDecodeError as exc:
                raise FileRefused(
                    f"line {number} is not valid JSON ({exc.msg}, column {exc.colno}): "
                    "nothing was imported; fix or export the file again"
                ) from None
    except UnicodeDecodeError as exc:
        raise FileRefused(f"the file is not UTF-8 text ({exc.reason})") from None
    for number, line in _jsonl_lines(path):
        yield RawRecord(f"line {number}", json.loads(line))


def _set_path(target: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node: Any = target
    for key, following in itertools.pairwise(parts):
        container: Any = {} if not following.isdigit() else []
        if isinstance(node, list):
            index = int(key)
            while len(node) <= index:
                node.append(None)
            node[index] = node[index] if node[index] is not None else container
            node = node[index]
        else:
            node = node.setdefault(key, container)
    last = parts[-1]
    if isinstance(node, list):
        index = int(last)
        while len(node) <= index:
            node.append(None)
        node[index] = value
    else:
        node[last] = value


def _cell(value: str) -> Any:
    if value == "":
        return None
    if value in ("true", "false"):
        return value == "true"
    return value


def _prune(node: Any) -> Any:
    """Drop list items whose cells were all empty, and objects that are all null."""
    if isinstance(node, dict):
        pruned = {k: _prune(v) for k, v in node.items()}
        return pruned
    if isinstance(node, list):
        items = [_prune(v) for v in node]
        return [v for v in items if not _all_empty(v)]
    return node


def _all_empty(node: Any) -> bool:
    if isinstance(node, dict):
        return all(_all_empty(v) for v in node.values())
    if isinstance(node, list):
        return all(_all_empty(v) for v in node)
    return node is None


def csv_row_to_record(row: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for column, value in row.items():
        if column:
            _set_path(record, column.strip(), _cell(value))
    for part in ("purpose", "travel", "screening"):
        if part in record and _all_empty(record[part]):
            record[part] = None
    return _prune(record)  # type: ignore[no-any-return]


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str] | None, str | None]]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if not header or not {"application_id", "schema"} & {h.strip() for h in header}:
            raise FileRefused(
                "this is not a JSON, JSON Lines or kvisa-application CSV file "
                "(a CSV needs a header row with schema and application_id columns)"
            )
        start = reader.line_num + 1
        for row in reader:
            if not any(cell.strip() for cell in row):
                start = reader.line_num + 1
                continue
            if len(row) != len(header):
                yield start, None, f"has {len(row)} cells where the header has {len(header)}"
            else:
                yield start, dict(zip(header, row, strict=True)), None
            start = reader.line_num + 1


def _read_csv(path: Path) -> Iterator[RawRecord]:
    try:
        for _ in _csv_rows(path):
            pass
    except (UnicodeDecodeError, csv.Error) as exc:
        raise FileRefused(f"the file cannot be read as CSV ({exc}): nothing was imported") from None
    for line, row, problem in _csv_rows(path):
        if row is None:
            yield RawRecord(f"line {line}", None, ("(row)", problem or "unreadable"))
        else:
            yield RawRecord(f"line {line}", csv_row_to_record(row))


def read_application_file(path: Path) -> Iterator[RawRecord]:
    """Every record of the file; raises FileRefused before the first one if the file is bad."""
    try:
        kind = detect_format(path)
    except OSError as exc:
        raise FileRefused(f"cannot read the file: {exc.strerror}") from None
    reader = {"json": _read_json_array, "jsonl": _read_jsonl, "csv": _read_csv}[kind]
    records = reader(path)
    # Run the syntax pass now, not at the first next() of a lazy consumer.
    first = next(records, None)
    if first is not None:
        yield first
        yield from records
