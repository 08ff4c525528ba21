"""CSV application files: the header checked whole before any row, cells read by column type.

A column is a dotted field path of `kvisa-application/1` (`applicant.surname`), with list
items numbered 0 to 63 (`education.0.level`, `passport.mrz.1`). Cells are text; a cell of
a whole-number column is read as a number (`90`), of a true/false column as `true` or
`false`, and anything else there is left as text for the record's check to refuse.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, TextIO, Union, get_args, get_origin

from kvisa_desk.core.applications.raw import FileRefused, RawRecord
from kvisa_desk.core.limits import MAX_ITEMS, MAX_RECORD_BYTES

_INDEX = re.compile(r"0|[1-9][0-9]?", re.ASCII)
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}", re.ASCII)
_REFUSED = "nothing was imported; fix the file or export it again"
_SHORT_LISTS = {"passport.mrz": 2}  # the MRZ has two lines, not 64
# Parts whose cells may all be empty: the part is then absent (null), not all-null fields.
_OPTIONAL_PARTS = ("purpose", "travel", "screening")

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class _Layout:
    """Which columns a CSV may have, derived from the record's schema."""

    scalars: dict[str, str]  # top-level field -> kind ("text", "int", "bool")
    groups: dict[str, dict[str, str]]  # applicant -> {surname: kind}
    object_lists: dict[str, dict[str, str]]  # education -> {level: kind}
    value_lists: dict[str, str]  # passport.mrz -> kind of each item
    required: frozenset[str]


def _options(annotation: Any) -> list[Any]:
    """The types an annotation allows, without None and Annotated's metadata."""
    union = get_origin(annotation) in (Union, UnionType)
    options = get_args(annotation) if union else (annotation,)
    bases = [get_args(o)[0] if get_origin(o) is Annotated else o for o in options]
    return [b for b in bases if b is not type(None)]


def _kind(options: list[Any]) -> str:
    return "bool" if bool in options else "int" if int in options else "text"


def _model_of(options: list[Any]) -> Any:
    from pydantic import BaseModel

    for option in options:
        if isinstance(option, type) and issubclass(option, BaseModel):
            return option
    return None


def _items_of(options: list[Any]) -> list[Any] | None:
    for option in options:
        if get_origin(option) is tuple:
            return _options(get_args(option)[0])
    return None


@cache
def _layout() -> _Layout:
    from kvisa_desk.core.applications.schema import ApplicationRecord

    scalars: dict[str, str] = {}
    groups: dict[str, dict[str, str]] = {}
    object_lists: dict[str, dict[str, str]] = {}
    value_lists: dict[str, str] = {}
    required: set[str] = set()
    for name, info in ApplicationRecord.model_fields.items():
        column, options = info.alias or name, _options(info.annotation)
        items, model = _items_of(options), _model_of(options)
        if items is not None:
            part = _model_of(items)
            object_lists[column] = {
                field: _kind(_options(sub.annotation)) for field, sub in part.model_fields.items()
            }
        elif model is not None:
            groups[column] = {}
            for field, sub in model.model_fields.items():
                sub_options = _options(sub.annotation)
                sub_items = _items_of(sub_options)
                if sub_items is not None:
                    value_lists[f"{column}.{field}"] = _kind(sub_items)
                else:
                    groups[column][field] = _kind(sub_options)
                if info.is_required() and sub.is_required():
                    required.add(f"{column}.{field}")
        else:
            scalars[column] = _kind(options)
            if info.is_required():
                required.add(column)
    return _Layout(scalars, groups, object_lists, value_lists, frozenset(required))


def _index(text: str, limit: int, where: str) -> int | str:
    """A list index as written in a column, or why it cannot be one."""
    if not _INDEX.fullmatch(text) or int(text) >= limit:
        return f"{where} holds at most {limit} items, numbered 0 to {limit - 1}"
    return int(text)


def _column(name: str, layout: _Layout) -> tuple[Path_, str] | str:
    """(path, kind) of a column, or why the column cannot be one of this format."""
    parts = name.split(".")
    head, rest = parts[0], parts[1:]
    if head in layout.scalars:
        if rest:
            return f"{head} is a single value and has no parts"
        return (head,), layout.scalars[head]
    if head in layout.groups:
        if not rest:
            example = f"{head}.{next(iter(layout.groups[head]))}"
            return f"{head} is a group of fields: name one, such as {example}"
        field, more = rest[0], rest[1:]
        listed = f"{head}.{field}"
        if listed in layout.value_lists:
            if len(more) != 1:
                return f"{listed} is a list: number its items, {listed}.0, {listed}.1"
            index = _index(more[0], _SHORT_LISTS.get(listed, MAX_ITEMS), listed)
            if isinstance(index, str):
                return index
            return (head, field, index), layout.value_lists[listed]
        if field in layout.groups[head]:
            if more:
                return f"{listed} is a single value and has no parts"
            return (head, field), layout.groups[head][field]
    if head in layout.object_lists:
        fields = layout.object_lists[head]
        example = f"{head}.0.{next(iter(fields))}"
        if not rest or rest[0] in fields:
            return f"{head} is a list: number its items, such as {example}"
        index = _index(rest[0], MAX_ITEMS, head)
        if isinstance(index, str):
            return index
        if len(rest) == 1:
            return f"{head}.{index} is a group of fields: name one, such as {example}"
        if rest[1] in fields:
            if len(rest) > 2:
                return f"{head}.{index}.{rest[1]} is a single value and has no parts"
            return (head, index, rest[1]), fields[rest[1]]
    return "is not a column of kvisa-application/1 (check the spelling)"


def _shown_name(name: str) -> str:
    return name if len(name) <= 60 else name[:57] + "…"


def check_header(header: list[str]) -> list[tuple[Path_, str]]:
    """Each column's (path, kind); raises FileRefused naming every column it cannot take."""
    layout = _layout()
    names = [cell.strip() for cell in header]
    if not {"application_id", "schema"} & set(names):
        raise FileRefused(
            "this is not a JSON, JSON Lines or kvisa-application CSV file "
            "(a CSV needs a header row with schema and application_id columns)"
        )
    columns: list[tuple[Path_, str]] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, name in enumerate(names, start=1):
        found = _column(name, layout) if name else "has no name"
        if name in seen:
            found = "appears twice in the header"
        seen.add(name)
        if isinstance(found, str):
            named = f" {_shown_name(name)!r}" if name else ""
            problems.append(f"column {number}{named}: {found}")
        else:
            columns.append(found)
    missing = sorted(layout.required - seen)
    if missing:
        problems.append(f"no column for {', '.join(missing)}, which every application needs")
    if problems:
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        listed = "; ".join(problems[:5])
        raise FileRefused(f"the header (line 1) cannot be read: {listed}{more}: {_REFUSED}")
    return columns


def _typed(cell: str, kind: str) -> Any:
    if cell == "":
        return None
    if kind == "bool" and cell in ("true", "false"):
        return cell == "true"
    if kind == "int" and _WHOLE_NUMBER.fullmatch(cell):
        return int(cell)
    return cell  # text, or a cell the record's check refuses with the field's name


def _place(record: dict[str, Any], path: Path_, value: Any) -> None:
    node: Any = record
    for part, following in itertools.pairwise(path):
        empty: Any = [] if isinstance(following, int) else {}
        if isinstance(part, int):
            node.extend([None] * (part + 1 - len(node)))
            if node[part] is None:
                node[part] = empty
            node = node[part]
        else:
            node = node.setdefault(part, empty)
    last = path[-1]
    if isinstance(last, int):
        node.extend([None] * (last + 1 - len(node)))
    node[last] = value


def _all_empty(node: Any) -> bool:
    if isinstance(node, dict):
        return all(_all_empty(v) for v in node.values())
    if isinstance(node, list):
        return all(_all_empty(v) for v in node)
    return node is None


def _prune(node: Any) -> Any:
    """Drop list items whose cells were all empty."""
    if isinstance(node, dict):
        return {k: _prune(v) for k, v in node.items()}
    if isinstance(node, list):
        return [v for v in (_prune(v) for v in node) if not _all_empty(v)]
    return node


def row_to_record(columns: list[tuple[Path_, str]], row: list[str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for (path, kind), cell in zip(columns, row, strict=True):
        _place(record, path, _typed(cell, kind))
    for part in _OPTIONAL_PARTS:
        if part in record and _all_empty(record[part]):
            record[part] = None
    passport = record.get("passport")
    if isinstance(passport, dict) and "mrz" in passport and _all_empty(passport["mrz"]):
        passport["mrz"] = None  # both cells empty: no MRZ (some rows of a file may lack one)
    return _prune(record)  # type: ignore[no-any-return]


class _RowTooLong(Exception):
    """A row runs on past MAX_RECORD_BYTES (an unclosed quote, or a hostile file)."""


class _Lines:
    """The file's lines for csv.reader, stopping when one row runs on too long."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.since_row = 0  # characters read since the reader last finished a row

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.handle.readline(MAX_RECORD_BYTES + 1)
        if not line:
            raise StopIteration
        self.since_row += len(line)
        if self.since_row > MAX_RECORD_BYTES:
            raise _RowTooLong
        return line


def _csv_error_words(error: csv.Error) -> str:
    text = str(error)
    if "field larger than field limit" in text:
        return f"a cell is longer than {csv.field_size_limit():,} characters, which no field is"
    if "NUL" in text:
        return "a NUL character, which text never holds"
    return "it is not well-formed CSV"


class _Rows:
    """The file's rows after its header: (first line, cells or None, problem) each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.columns: list[tuple[Path_, str]] = []
        self.line = 1  # where the last whole row started

    def __iter__(self) -> Iterator[tuple[int, list[str] | None, str | None]]:
        with self.path.open("r", encoding="utf-8-sig", newline="") as handle:
            lines = _Lines(handle)
            reader = csv.reader(lines)
            self.columns = check_header(next(reader, []))
            start = reader.line_num + 1
            for row in reader:
                lines.since_row = 0
                self.line = start
                if not any(cell.strip() for cell in row):
                    pass
                elif len(row) != len(self.columns):
                    counts = f"has {len(row)} cells where the header has {len(self.columns)}"
                    yield start, None, counts
                else:
                    yield start, row, None
                start = reader.line_num + 1


def _check_csv(path: Path) -> None:
    """The syntax pass over every row; raises FileRefused with the line it stopped at."""
    rows = _Rows(path)
    try:
        for _ in rows:
            pass
    except UnicodeDecodeError:
        raise FileRefused(
            "the file is not UTF-8 text: save it as UTF-8 (CSV UTF-8) and import it again"
        ) from None
    except _RowTooLong:
        raise FileRefused(
            f"the row after line {rows.line} is over {MAX_RECORD_BYTES // 1024 // 1024} MB "
            f"long, which no application is (is a quote left open?): {_REFUSED}"
        ) from None
    except csv.Error as exc:
        raise FileRefused(
            f"the CSV breaks after line {rows.line}: {_csv_error_words(exc)}; {_REFUSED}"
        ) from None


def read_csv(path: Path) -> Iterator[RawRecord]:
    _check_csv(path)
    rows = _Rows(path)
    for line, cells, problem in rows:
        if cells is None:
            yield RawRecord(f"line {line}", None, (("(row)", problem or "cannot be read"),))
        else:
            yield RawRecord(f"line {line}", row_to_record(rows.columns, cells))
