"""JSON arrays and JSON Lines, read as parser events and built within the format's bounds.

Both formats are read twice: a syntax pass over the whole file first (a file whose JSON
breaks at record 90,000 is refused whole, nothing written), then a pass that builds one
record at a time. Nothing grows with the file: nesting, lists, repeated keys and a
record's size are checked event by event, before anything beyond a bound is built.
"""

from __future__ import annotations

import collections
import itertools
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from kvisa_desk.core.applications.raw import FileRefused, RawRecord
from kvisa_desk.core.limits import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_PROBLEMS_PER_RECORD,
    MAX_RECORD_BYTES,
    MAX_RECORD_CHARS,
    MAX_RECORD_VALUES,
    MAX_TOKEN_BYTES,
)

Event = tuple[str, Any]
_OPEN = frozenset({"start_map", "start_array"})
_CLOSE = frozenset({"end_map", "end_array"})
_BOM = b"\xef\xbb\xbf"
_REFUSED = "nothing was imported; fix the file or export it again"

# yajl's first message line -> what it means to an officer (yajl's own text never shows).
_YAJL_WORDS = (
    ("premature EOF", "it ends in the middle of a value (was the file cut short?)"),
    ("trailing garbage", "there is more text after the end of the JSON"),
    ("invalid char in json text", "a character JSON does not allow outside quotes"),
    ("invalid string in json text", "a word that is not true, false, null or quoted text"),
    ("invalid character inside string", "quoted text holds a raw control character"),
    ("invalid bytes in UTF8 string", "bytes that are not UTF-8 text"),
    ("occurs before a character which it may not", "a backslash JSON does not allow"),
    ("character occurs after '\\u'", "a backslash-u escape without four hex digits"),
    ("malformed number", "a malformed number"),
    ("overflow", "a number too large to read"),
    ("comments are not enabled", "a comment, which JSON does not allow"),
    ("must be separated by a colon", "a missing colon after a key"),
    ("inside map, I expect", "a missing comma or closing brace"),
    ("after array element, I expect", "a missing comma or closing bracket"),
    ("invalid object key", "a key that is not in double quotes"),
    ("unallowed token", "a comma, colon or bracket out of place"),
)


def json_error_words(error: BaseException) -> str:
    """What broke, in words (the parser's message may span lines and quote raw bytes)."""
    text = str(error)
    for marker, words in _YAJL_WORDS:
        if marker in text:
            return words
    return "text that is not well-formed JSON"


_SKIP = object()  # the current key repeats an earlier one: its value is not kept
_TOO_LARGE = (
    f"is larger than any application can be (over {MAX_RECORD_VALUES:,} values "
    f"or {MAX_RECORD_CHARS:,} characters)"
)


def _dotted(parts: list[str]) -> str:
    """A field path for a message: long keys and very deep paths shortened."""
    if len(parts) > 8:
        parts = [*parts[:4], f"…({len(parts) - 5} levels)…", parts[-1]]
    return ".".join(p if len(p) <= 64 else p[:60] + "…" for p in parts) or "(record)"


def _container_path(stack: list[list[Any]], level: int) -> list[str]:
    """The keys leading to the container open at `level` (each parent holds it last)."""
    return [
        str(len(container) - 1) if isinstance(container, list) else str(key)
        for container, key in stack[:level]
    ]


def _slot_path(stack: list[list[Any]], key: str | None = None) -> str:
    """The path of the value the innermost container is about to receive."""
    container, current = stack[-1]
    slot = key if key is not None else (len(container) if isinstance(container, list) else current)
    return _dotted([*_container_path(stack, len(stack) - 1), str(slot)])


def build_value(first: Event, events: Iterator[Event]) -> tuple[Any, tuple[tuple[str, str], ...]]:
    """One JSON value from its first event on, with the problems met while building it.

    A part nested deeper than MAX_DEPTH, a list's items past MAX_ITEMS, a repeated key's
    value and everything past the record's size budget are skipped as their events pass,
    never built; each is named in the problems. (One loop, no calls per value: it runs
    for every value of every record.)
    """
    event, value = first
    if event not in _OPEN:
        return value, ()
    problems: list[tuple[str, str]] = []
    root: Any = {} if event == "start_map" else []
    stack: list[list[Any]] = [[root, None]]  # [container, current key] for each open level
    full_lists: set[int] = set()
    values = chars = 0  # the record's size so far
    skip = 0  # levels still open inside a part that is not kept
    for event, value in events:
        if skip:
            skip += 1 if event in _OPEN else -1 if event in _CLOSE else 0
            if skip == 0 and not stack:
                break
            continue
        frame = stack[-1]
        container = frame[0]
        if event == "map_key":
            if value in container:
                problems.append((_slot_path(stack, value), "is given twice: give a field once"))
                frame[1] = _SKIP
            else:
                frame[1] = value
            values += 1
            chars += len(value)
            if values > MAX_RECORD_VALUES or chars > MAX_RECORD_CHARS:
                problems.append(("(record)", _TOO_LARGE))
                skip, stack = len(stack), []
            continue
        if event in _CLOSE:
            stack.pop()
            if not stack:
                break
            continue
        opens = 1 if event in _OPEN else 0
        if frame[1] is _SKIP:
            skip = opens
            continue
        is_list = type(container) is list
        if is_list and len(container) >= MAX_ITEMS:
            if id(container) not in full_lists:
                full_lists.add(id(container))
                where = _dotted(_container_path(stack, len(stack) - 1))
                problems.append((where, f"has more than {MAX_ITEMS} items, the most allowed"))
            skip = opens
            continue
        values += 1
        if event == "string":
            chars += len(value)
        if values > MAX_RECORD_VALUES or chars > MAX_RECORD_CHARS:
            problems.append(("(record)", _TOO_LARGE))
            skip, stack = len(stack) + opens, []
            continue
        if opens:
            if len(stack) >= MAX_DEPTH:
                problems.append((_slot_path(stack), f"is nested deeper than {MAX_DEPTH} levels"))
                skip = 1
                continue
            value = {} if event == "start_map" else []
            stack.append([value, None])
        if is_list:
            container.append(value)
        else:
            container[frame[1]] = value
    return root, tuple(problems[:MAX_PROBLEMS_PER_RECORD])


class _TooLongValue(Exception):
    """One JSON value (or a run of spaces) goes on past MAX_TOKEN_BYTES."""


class _Source:
    """The file as the parser reads it: a leading byte-order mark dropped, values bounded.

    The parser keeps a value it is reading whole in memory; when `limit` bytes pass
    without an event (the reading loop sets `since_event` to 0 at each), the read stops.
    """

    def __init__(self, handle: BinaryIO, limit: int | None) -> None:
        self.handle, self.limit = handle, limit
        self.since_event = 0
        self.started = False

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        if not self.started and data:
            self.started = True
            data = data.removeprefix(_BOM)
        self.since_event += len(data)
        if self.limit is not None and self.since_event > self.limit:
            raise _TooLongValue
        return data


def _check_json_array(path: Path) -> None:
    """The syntax pass: the whole array parsed, nothing built; raises FileRefused."""
    depth, index = 0, -1
    with path.open("rb") as handle:
        source = _Source(handle, MAX_TOKEN_BYTES)
        try:
            for event, _value in ijson.basic_parse(source):
                source.since_event = 0
                if depth == 0 and event != "start_array":
                    raise FileRefused("a JSON application file must be an array: [ {...}, {...} ]")
                if depth == 1 and event != "end_array":
                    index += 1  # an event at the array's own level starts the next record
                if event in _OPEN:
                    depth += 1
                    if depth > MAX_DEPTH + 1:
                        raise FileRefused(
                            f"[{index}] is nested deeper than {MAX_DEPTH} levels, which no "
                            f"application is: {_REFUSED}"
                        )
                elif event in _CLOSE:
                    depth -= 1
        except _TooLongValue:
            raise FileRefused(
                f"near [{max(index, 0)}] one value runs on for over "
                f"{MAX_TOKEN_BYTES // 1024 // 1024} MB, which no field of an application "
                f"does: {_REFUSED}"
            ) from None
        except ijson.JSONError as exc:
            where = f"near [{index}]" if index >= 0 else "at its start"
            raise FileRefused(
                f"the JSON is broken {where}: {json_error_words(exc)}; {_REFUSED}"
            ) from None


def read_json_array(path: Path) -> Iterator[RawRecord]:
    _check_json_array(path)
    with path.open("rb") as handle:
        events = ijson.basic_parse(_Source(handle, None), use_float=True)
        try:
            next(events)  # the array's start, checked above
            for index in itertools.count():
                first = next(events)
                if first[0] == "end_array":
                    return
                data, problems = build_value(first, events)
                yield RawRecord(f"[{index}]", data, problems)
        except ijson.JSONError:
            raise FileRefused(f"the file changed while it was read: {_REFUSED}") from None


def _jsonl_lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(number, text) of each non-blank line; None for a line over MAX_RECORD_BYTES."""
    with path.open("rb") as handle:
        for number in itertools.count(1):
            line = handle.readline(MAX_RECORD_BYTES + 1)
            if not line:
                return
            if number == 1:
                line = line.removeprefix(_BOM)
            if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # passed over, never held whole
                    line = handle.readline(MAX_RECORD_BYTES)
                yield number, None
            elif line.strip():
                yield number, line


_LINE_TOO_LONG = (
    "(record)",
    f"is over {MAX_RECORD_BYTES // 1024 // 1024} MB long, which no application is",
)


class _Unusual(Exception):
    """A line the quick read leaves to the parser's events (see _quick_value)."""


def _unusual(_text: str) -> Any:
    raise _Unusual


def _number(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # too large to read: the parser names it
        raise _Unusual
    return value


def _whole_number(text: str) -> int:
    if len(text) > 18:  # beyond what every parser reads alike
        raise _Unusual
    return int(text)


def _within_items(items: list[Any]) -> bool:
    return len(items) <= MAX_ITEMS and all(
        _within_items(item) for item in items if type(item) is list
    )


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    built = dict(pairs)
    if len(built) != len(pairs):  # a repeated key: build_value names it
        raise _Unusual
    for _key, value in pairs:
        if type(value) is list and not _within_items(value):
            raise _Unusual
    return built


_QUICK = json.JSONDecoder(
    object_pairs_hook=_object,
    parse_constant=_unusual,
    parse_float=_number,
    parse_int=_whole_number,
)
# The syntax pass asks only whether the line is JSON: repeated keys and long lists are not
# its concern, so plain C dicts.
_SYNTAX = json.JSONDecoder(parse_constant=_unusual, parse_float=_number, parse_int=_whole_number)


def _quick_value(line: bytes, decoder: json.JSONDecoder = _QUICK) -> Any:
    """A short, plain line decoded by the json module in C, or _Unusual.

    Only where the result cannot differ from build_value's: at most MAX_RECORD_VALUES
    bytes (so neither the values nor the characters can pass their budgets), fewer brackets
    than MAX_DEPTH levels, no list over MAX_ITEMS, no repeated key, no \\u escape (a lone
    UTF-16 half), no number the parser would read otherwise. Anything else raises
    _Unusual and goes through the parser's events as before (a broken line too, so its
    message is the parser's).
    """
    if (
        len(line) > MAX_RECORD_VALUES
        or line.count(b"{") + line.count(b"[") > MAX_DEPTH
        or b"\\u" in line
    ):
        raise _Unusual
    try:
        value = decoder.decode(line.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _Unusual from None
    if type(value) is list and not _within_items(value):
        raise _Unusual
    return value


def read_json_lines(path: Path) -> Iterator[RawRecord]:
    for number, line in _jsonl_lines(path):
        if line is None:
            continue
        try:
            _quick_value(line, _SYNTAX)
            continue
        except _Unusual:
            pass
        try:
            collections.deque(ijson.basic_parse(line), maxlen=0)
        except ijson.JSONError as exc:
            raise FileRefused(
                f"line {number} is not valid JSON: {json_error_words(exc)}; {_REFUSED}"
            ) from None
    for number, line in _jsonl_lines(path):
        if line is None:
            yield RawRecord(f"line {number}", None, (_LINE_TOO_LONG,))
            continue
        try:
            yield RawRecord(f"line {number}", _quick_value(line))
            continue
        except _Unusual:
            pass
        events = ijson.basic_parse(line, use_float=True)
        try:
            data, problems = build_value(next(events), events)
        except ijson.JSONError:
            raise FileRefused(f"the file changed while it was read: {_REFUSED}") from None
        yield RawRecord(f"line {number}", data, problems)
