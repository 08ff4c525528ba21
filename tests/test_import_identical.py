"""An import of the bench's generated file writes exactly what it wrote before issue 20's
faster writer: every row, digest, rejection, change and audit event (times and hashes aside,
which differ by the clock; the chain is verified instead)."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bench import datagen
from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.applications.importer import ImportReport, import_records
from kvisa_desk.core.applications.readers import read_application_file
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Base

pytestmark = pytest.mark.backend

_TABLES = (
    "cases",
    "applicants",
    "passports",
    "education_records",
    "employment_records",
    "purpose_travel",
    "screening_facts",
    "case_documents",
    "case_events",
)
# Set by the clock, not by the file: left out (the chain's hashes are verified instead).
_CLOCK = frozenset({"created_at", "updated_at", "occurred_at", "prev_hash", "hash"})
# The fingerprint of dump_after_imports as the importer wrote it before the raw executemany.
EXPECTED = "f9e53f3e3b3e0df3aa23800581949e290628e85ea1ae7c082225a2dc08433a5b"


def _file(tmp_path: Path) -> Path:
    """The bench's 300 generated records, then repeats, a change and broken records."""
    path = datagen.write_jsonl(tmp_path / "generated.jsonl", 300)
    lines = path.read_text(encoding="utf-8").splitlines()
    first, second = json.loads(lines[0]), json.loads(lines[1])
    second["applicant"]["phone"] = "+49 30 1234567"
    broken = [
        {**first, "application_id": "KV-BROKEN-1", "received_at": "2025-02-30"},
        {**first, "application_id": "KV-BROKEN-2", "applicant": {"surname": ""}},
        {**first, "application_id": "KV-BROKEN-3", "unknown": 1},
    ]
    extra = [lines[0], json.dumps(second, ensure_ascii=False)]
    extra += [json.dumps(b) for b in broken]
    extra.append('{"application_id": "KV-TWICE", "application_id": "KV-TWICE-2"}')
    path.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
    return path


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _report(report: ImportReport) -> dict[str, Any]:
    return {
        "counts": [report.imported, report.unchanged, report.changed_records,
                   report.rejected_records, report.records_read, report.unlisted],
        "rejected": [[r.location, r.field, r.reason] for r in report.rejected],
        "changed": [[c.location, c.post, c.application_id, c.case_ref, list(c.fields)]
                    for c in report.changed],
        "imported": [[i.location, i.post, i.application_id, i.case_ref]
                     for i in report.imported_cases],
        "unchanged": [[i.location, i.post, i.application_id, i.case_ref]
                      for i in report.unchanged_cases],
    }  # fmt: skip


def _dump(db: Database) -> dict[str, Any]:
    dumped: dict[str, Any] = {}
    with db.read() as session:
        for name in _TABLES:
            table = Base.metadata.tables[name]
            columns = [c for c in table.columns if c.name not in _CLOCK]
            key = list(table.primary_key.columns)
            rows = session.execute(select(*columns).order_by(*key))
            dumped[name] = [[_plain(v) for v in row] for row in rows]
    return dumped


def dump_after_imports(db: Database, tmp_path: Path) -> dict[str, Any]:
    path = _file(tmp_path)
    # As the bench imports it: the documents listed, not attached (none is on disk).
    first = import_records(db, read_application_file(path), "officer.import", path.name)
    second = import_records(db, read_application_file(path), "officer.import", path.name)
    return {"reports": [_report(first), _report(second)], "tables": _dump(db)}


def test_generated_file_imports_exactly_as_before(db: Database, tmp_path: Path) -> None:
    result = dump_after_imports(db, tmp_path)
    assert result["reports"][0]["counts"][:4] == [300, 1, 1, 4]
    assert len(result["tables"]["cases"]) == 300
    assert verify_chain(db).ok
    text = json.dumps(result, sort_keys=True, ensure_ascii=False, default=str)
    assert hashlib.sha256(text.encode()).hexdigest() == EXPECTED
