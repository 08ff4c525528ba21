"""JSON Lines: the json module's quick read of a short plain line gives exactly what the
parser's events build, and every line it cannot vouch for goes to the events."""

from __future__ import annotations

import json
from pathlib import Path

import ijson
import pytest

from bench import datagen
from kvisa_desk.core.applications.json_records import _quick_value, _Unusual, build_value
from kvisa_desk.core.limits import MAX_DEPTH, MAX_ITEMS, MAX_RECORD_VALUES


def _built(line: bytes) -> tuple[object, tuple[tuple[str, str], ...]]:
    events = ijson.basic_parse(line, use_float=True)
    return build_value(next(events), events)


def test_quick_read_equals_the_events_on_generated_records(tmp_path: Path) -> None:
    path = datagen.write_jsonl(tmp_path / "g.jsonl", 200)
    lines = path.read_bytes().splitlines()
    lines += [
        b'{"a": -0, "b": 1.5e3, "c": 1E2, "d": -12.25, "e": [true, false, null], "f": {}}',
        '{"名": "张伟", "s": "tab\\tquote\\"slash\\\\/"}'.encode(),
        b"[1, 2, [3, [4]]]",
        b'"just text"',
        b"12",
    ]
    for line in lines:
        quick = _quick_value(line)
        built, problems = _built(line)
        assert problems == ()
        assert json.dumps(quick, sort_keys=True) == json.dumps(built, sort_keys=True)
        assert type(quick) is type(built)


@pytest.mark.parametrize(
    "line",
    [
        b'{"a": 1, "a": 2}',  # a repeated key: the events name it
        b'{"a": {"b": 1, "b": 1}}',
        ("[" + ",".join(["1"] * (MAX_ITEMS + 1)) + "]").encode(),
        ('{"a": [' + ",".join(["1"] * (MAX_ITEMS + 1)) + "]}").encode(),
        ('{"a": [[' + ",".join(["1"] * (MAX_ITEMS + 1)) + "]]}").encode(),
        (b"[" * (MAX_DEPTH + 1)) + (b"]" * (MAX_DEPTH + 1)),
        b'{"a": "\\ud800"}',  # a lone UTF-16 half, however the parser reads it
        b'{"a": "\\u00e9"}',
        b'{"a": NaN}',
        b'{"a": Infinity}',
        b'{"a": 1e400}',
        b'{"a": 1234567890123456789012}',
        b'{"a": "\xff"}',  # not UTF-8
        b'{"a": 1',  # broken: the parser's words say how
        b'{"a": 1} {"b": 2}',
        ('{"a": "' + "x" * MAX_RECORD_VALUES + '"}').encode(),  # past the quick read's size
    ],
)
def test_lines_the_quick_read_cannot_vouch_for_go_to_the_events(line: bytes) -> None:
    with pytest.raises(_Unusual):
        _quick_value(line)
