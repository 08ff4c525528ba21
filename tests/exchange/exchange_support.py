"""Shared helpers for the exchange tests: inbox files, a post with decisions, the CLI."""

from __future__ import annotations

import io
import json
import os
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.cases.workflow import change_status
from kvisa_desk.core.decisions.decisions import make_interview, recommend
from kvisa_desk.core.decisions.letter_certs import generate_certificate
from kvisa_desk.core.decisions.letters import IssuedLetter, issue_letter
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case
from tests.decisions.decisions_support import (
    approved_case,
    checked_case,
    make_case,
    refused_case,
)
from tests.samples import application, write_jsonl

DAY = date(2026, 3, 9)
ADMIN = "test.admin"
LATER = 11.0  # seconds past the settle time: a file untouched since is ready


def later_clock(seconds: float = LATER) -> Any:
    """A clock that many seconds ahead of now (tests never wait for the settle time)."""
    return lambda: clock.time() + seconds


def jsonl_bytes(ids: list[str], **changes: Any) -> bytes:
    """Applications (listing no documents) as JSON Lines."""
    changes.setdefault("documents", [])
    lines = (json.dumps(application(i, **changes), ensure_ascii=False) for i in ids)
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def drop_jsonl(folder: Path, name: str, ids: list[str], **changes: Any) -> Path:
    """An application file of the given application ids, written straight into FOLDER."""
    path = folder / name
    path.write_bytes(jsonl_bytes(ids, **changes))
    return path


def submission_folder(where: Path, name: str, ids: list[str]) -> Path:
    """A folder with one application file and the documents it lists (made outside the
    inbox, to be moved in whole)."""
    folder = where / name
    folder.mkdir(parents=True)
    records = [application(i) for i in ids]
    for record in records:
        record["documents"] = [
            {"type": "passport_scan", "file": f"docs/{record['application_id']}/passport.pdf"}
        ]
    write_jsonl(folder / "applications.jsonl", records)
    return folder


def case_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def run_cli(db: Database, *argv: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """The CLI in-process against the test database (SQLite or PostgreSQL)."""
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, *argv])
    saved = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        code = dispatch(CliContext(args, out=out, err=err))
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return code, out.getvalue(), err.getvalue()


def post_of(db: Database, case_id: int) -> str:
    with db.read() as session:
        return str(session.scalar(select(Case.post).where(Case.id == case_id)))


def version_of(db: Database, case_id: int) -> int:
    with db.read() as session:
        return int(session.scalar(select(Case.version).where(Case.id == case_id)) or 0)


def decided_post(db: Database, folder: Path, day: date = DAY) -> dict[str, Any]:
    """A post with one decision of each kind issued on DAY, and a withdrawal; its
    certificate made. Returns the case ids and letters by kind."""
    approved = approved_case(db, folder, "KV-OUT-APP")
    refused, _ = refused_case(db, folder, "KV-OUT-REF")
    requested = checked_case(db, folder, "KV-OUT-REQ")
    recommend(
        db,
        "officer.b",
        requested,
        "request-documents",
        reasoning="Transcript needed to confirm the field of study.",
        documents=["transcript", "Letter from the host laboratory"],
        reply_by=day + timedelta(days=30),
        today=day,
    )
    interviewed = checked_case(db, folder, "KV-OUT-INT")
    withdrawn = make_case(db, folder, "KV-OUT-WDR")
    post = post_of(db, approved)
    generate_certificate(db, ADMIN, post)
    letters: dict[str, IssuedLetter] = {
        "approval": issue_letter(db, "officer.b", approved, today=day),
        "refusal": issue_letter(db, "officer.b", refused, today=day),
        "request-documents": issue_letter(db, "officer.b", requested, today=day),
        "interview": issue_letter(
            db,
            "officer.b",
            interviewed,
            "interview",
            interview=make_interview(
                datetime.combine(day + timedelta(days=14), time(10, 30)), "Visa Section, London"
            ),
            today=day,
        ),
    }
    change_status(db, withdrawn, version_of(db, withdrawn), "withdrawn", "officer.a")
    return {
        "post": post,
        "cases": {
            "approval": approved,
            "refusal": refused,
            "request-documents": requested,
            "interview": interviewed,
            "withdrawal": withdrawn,
        },
        "letters": letters,
    }


def records_of(batch: Path) -> list[dict[str, Any]]:
    lines = (batch / "decisions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
