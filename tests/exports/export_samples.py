"""Helpers for the export and dashboard tests: cases made through the importer, moved along."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case
from kvisa_desk.store.models.case import cases_table
from tests.samples import TRICKY_NAMES, application, write_json

# Every text a spreadsheet would run as a formula, and names that must stay as they are.
FORMULAS = ["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]
KEEP = ["O'Brien", "张伟", "Müller", "", " =1", "a=b", "'quoted"]


def make_cases(db: Database, tmp_path: Path, records: Sequence[dict[str, Any]]) -> list[int]:
    """Import the records (listing no documents); the new case ids in record order."""
    ready = [dict(r, documents=[]) for r in records]
    source = write_json(tmp_path / f"apps-{len(list(tmp_path.iterdir()))}.json", ready)
    report = import_file(db, source, "test.importer")
    assert report.imported == len(ready), report.rejected
    wanted = [(r.get("post") or "HQ", r["application_id"]) for r in ready]
    with db.read() as session:
        found = {
            (post, app): case_id
            for case_id, post, app in session.execute(
                select(Case.id, Case.post, Case.application_id)
            )
        }
    return [found[key] for key in wanted]


def sample_records(prefix: str = "KV-EXP", count: int = 4, **changes: Any) -> list[dict[str, Any]]:
    plain = [application(f"{prefix}-{i}", **changes) for i in range(count)]
    tricky = [
        application(
            f"{prefix}-T{i}",
            applicant__surname=surname,
            applicant__given_names=given,
            applicant__native_name=native,
            **changes,
        )
        for i, (surname, given, native) in enumerate(TRICKY_NAMES)
    ]
    return plain + tricky


def move(db: Database, case_id: int, to: str, officer: str) -> None:
    """Change a case's status as a service would: the row and a status_changed event."""
    with db.write() as session:
        before = session.scalar(select(Case.status).where(Case.id == case_id))
        session.execute(
            update(cases_table())
            .where(cases_table().c.id == case_id)
            .values(status=to, updated_at=utcnow())
        )
        record_event(session, officer, "status_changed", case_id, **{"from": before, "to": to})


def set_columns(db: Database, case_ids: Sequence[int], **values: Any) -> None:
    """Set case columns directly (no event): statuses from an old import, check outcomes."""
    with db.write() as session:
        session.execute(
            update(cases_table()).where(cases_table().c.id.in_(list(case_ids))).values(**values)
        )


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark"
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
