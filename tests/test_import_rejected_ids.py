"""A rejected record names its own application id beside its position, when it has one a
report can show as it is; the window, the command line and the inbox's report say it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kvisa_desk.core.applications.importer import import_file, readable_application_id
from kvisa_desk.store.engine import Database
from tests.samples import application, write_jsonl

pytestmark = pytest.mark.backend


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        ({"application_id": "KV-LON-2025-004211"}, "KV-LON-2025-004211"),
        ({"application_id": "申请-7"}, "申请-7"),
        ({"application_id": 4211}, ""),  # not text: the reason names it, the id cannot
        ({"application_id": "x" * 65}, ""),  # longer than any application id
        ({"application_id": "KV\n[9]: fine"}, ""),  # a line break could forge a line
        ({"application_id": "\u200b \u200b"}, ""),  # nothing visible
        ({"application_id": ""}, ""),
        ({}, ""),
        (None, ""),  # the record itself could not be read
        (["KV-1"], ""),
    ],
)
def test_only_an_id_that_can_be_shown_as_it_is_is_named(data: object, shown: str) -> None:
    assert readable_application_id(data) == shown


def test_rejected_records_carry_their_ids(db: Database, tmp_path: Path) -> None:
    records = [
        application("KV-REJ-DATE", received_at="yesterday"),
        {**application("KV-REJ-KEY"), "surnme": "Okafor"},
        {**application("KV-REJ-NUM"), "application_id": 42},
    ]
    path = write_jsonl(tmp_path / "r.jsonl", records)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(["KV-REJ-LIST"]) + "\n")  # not an object: no id to read
        # A repeated key keeps its first value and is itself rejected.
        handle.write('{"application_id": "KV-REJ-DUP", "application_id": "KV-OTHER"}\n')
    report = import_file(db, path, "officer.import")
    named = {(r.location, r.application_id) for r in report.rejected}
    assert named == {
        ("line 1", "KV-REJ-DATE"),
        ("line 2", "KV-REJ-KEY"),
        ("line 3", ""),
        ("line 4", ""),
        ("line 5", "KV-REJ-DUP"),
    }
