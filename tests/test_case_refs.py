"""Case references are parsed at the edges (CLI, window) into the ids services take."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.refs import find_case_id, parse_case_ref
from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.store.engine import Database
from kvisa_desk.vocab import format_case_ref
from tests.samples import application, write_json


def test_a_reference_is_read_in_any_written_form() -> None:
    for text in ("C0000042", "c42", " 42 ", "0000042", format_case_ref(42)):
        assert parse_case_ref(text) == 42, text
    for text in ("", "C", "CC42", "KV-LON-1", "42a", "C-42", "1" * 13):
        assert parse_case_ref(text) is None, text


def test_find_case_id_by_reference_application_id_or_post(db: Database, tmp_path: Path) -> None:
    records = [application("KV-REF-1"), application("KV-REF-1", post="BER"), application("7")]
    assert import_file(db, write_json(tmp_path / "a.json", records), "officer.a").imported == 3
    by_post = {find_case_id(db, f"{post}/KV-REF-1"): post for post in ("LON", "BER")}
    assert len(by_post) == 2
    for case_id in by_post:
        assert find_case_id(db, format_case_ref(case_id)) == case_id
        assert find_case_id(db, str(case_id)) == case_id
    numbered = find_case_id(db, "LON/7")
    assert find_case_id(db, "7") == numbered  # no case 7: the application id "7" is meant
    with pytest.raises(InvalidInput, match="several posts"):
        find_case_id(db, "KV-REF-1")
    with pytest.raises(NotFound, match="no case or application"):
        find_case_id(db, "C0000099")
