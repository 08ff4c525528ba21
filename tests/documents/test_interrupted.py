"""An attach killed part way (SIGKILL, no clean-up code runs) leaves no half file and no row."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from documents_support import new_case, padded_pdf, staging_leftovers, stored_hashes
from sqlalchemy import func, select

from kvisa_desk.content import FileContentStore, content_store_for
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.documents.attach import attach_document
from kvisa_desk.core.documents.integrity import collect_unreferenced_content, verify_all_documents
from kvisa_desk.core.documents.reading import read_document
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseDocument

pytestmark = [
    pytest.mark.backend,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

ROOT = Path(__file__).resolve().parents[2]

# The child attaches a 6 MB PDF; `pause` says where it stops to wait for its killer.
CHILD = textwrap.dedent(
    """
    import io, sys, time
    from pathlib import Path
    from kvisa_desk.core.documents import attach as docs
    from kvisa_desk.core.startup import open_database

    url, pdf, case, pause = sys.argv[1:5]
    db = open_database(url).db
    data = Path(pdf).read_bytes()

    class SlowUpload(io.RawIOBase):
        # Hands out the file in pieces; after the third it says so and waits to be killed.
        def __init__(self):
            self.pos, self.calls = 0, 0
        def readable(self):
            return True
        def read(self, size=-1):
            self.calls += 1
            if pause == "copying" and self.calls == 4:
                print("PAUSED", flush=True)
                time.sleep(600)
            piece = data[self.pos:self.pos + min(size, 1 << 20)]
            self.pos += len(piece)
            return piece

    if pause == "committing":
        real = docs.record_event
        def stall(*args, **kwargs):
            real(*args, **kwargs)
            print("PAUSED", flush=True)  # content published, row added, not yet committed
            time.sleep(600)
        docs.record_event = stall
    docs.attach_stream(db, "officer.killed", int(case), SlowUpload(), "big.pdf", "passport_scan")
    print("FINISHED", flush=True)
    """
)


def _rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(CaseDocument)) or 0)


def _kill_while(db: Database, tmp_path: Path, pause: str) -> bytes:
    case = new_case(db)
    content = padded_pdf(6 * 1024 * 1024)
    source = tmp_path / "big.pdf"
    source.write_bytes(content)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db.url, str(source), str(case), pause],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().decode().strip()
        assert line == "PAUSED", (line, child.stderr.read().decode() if child.stderr else "")
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    return content


def test_killed_while_copying_leaves_no_partial_file_and_no_row(
    db: Database, tmp_path: Path
) -> None:
    _kill_while(db, tmp_path, "copying")
    assert _rows(db) == 0
    assert stored_hashes(db) == set()  # nothing under a real name
    leftovers = staging_leftovers(db)
    assert len(leftovers) == 1 and leftovers[0].name.endswith(".part")
    assert 0 < leftovers[0].stat().st_size < 6 * 1024 * 1024  # it was killed mid-write
    # The next integrity check (or attach) removes what the dead process left.
    assert verify_all_documents(db).ok
    assert staging_leftovers(db) == []


def test_killed_before_commit_leaves_no_row_pointing_anywhere(db: Database, tmp_path: Path) -> None:
    content = _kill_while(db, tmp_path, "committing")
    assert _rows(db) == 0
    store = content_store_for(db)
    if isinstance(store, FileContentStore):
        # Published before the commit: whole, under its hash, and referenced by nothing.
        (orphan,) = stored_hashes(db)
        assert store.path_for(orphan).read_bytes() == content
        assert collect_unreferenced_content(db, grace=timedelta(0)) == 1
    assert stored_hashes(db) == set()  # in the database, the rollback took the blob with it
    # And the same file attaches normally afterwards.
    result = attach_document(
        db, "officer.b", find_case_id(db, "KV-DOC-1"), tmp_path / "big.pdf", "other"
    )
    assert read_document(db, "test.officer", result.document.document_id) == content


def _cli(db: Database, user: str, *argv: str) -> tuple[int, str, str]:
    import io

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.cli.main import build_parser, dispatch

    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, "--user", user, *argv])
    return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()


def test_content_a_kill_left_is_reported_kept_out_of_backups_and_swept(
    db: Database, tmp_path: Path
) -> None:
    """Issue 18, item 6: files published before a kill -9 stayed in the store for ever,
    `documents verify` said "all intact" and `db backup` copied them."""
    from kvisa_desk.content.store import documents_folder
    from kvisa_desk.core.post.backup import backup_database

    content = _kill_while(db, tmp_path, "committing")
    store = content_store_for(db)
    if not isinstance(store, FileContentStore):
        pytest.skip("in the database the rollback took the content with it")
    (orphan,) = stored_hashes(db)
    assert store.path_for(orphan).read_bytes() == content
    report = verify_all_documents(db)
    assert report.problems == [] and report.unreferenced == [orphan] and not report.ok
    code, out, _ = _cli(db, "officer.b", "documents", "verify")
    assert code == 1 and "all intact" not in out
    assert "1 more stored files belong to no document" in out and "documents sweep" in out

    backup = backup_database(db, "test.admin", tmp_path / "backup" / "copy.sqlite3")
    assert backup.unreferenced_left_out == 1
    copied = documents_folder(backup.database)
    assert not (copied / orphan[:2] / orphan[2:4] / orphan).exists()

    code, _, err = _cli(db, "officer.b", "documents", "sweep", "--grace-hours", "0")
    assert code == 3 and "may not" in err and stored_hashes(db) == {orphan}
    code, out, _ = _cli(db, "test.admin", "documents", "sweep")  # younger than a day: kept
    assert code == 0 and "0 stored files" in out and "1 newer than 24 hours kept" in out
    code, out, _ = _cli(db, "test.admin", "documents", "sweep", "--grace-hours", "0")
    assert code == 0 and out.startswith("1 stored files no document refers to removed")
    assert stored_hashes(db) == set()
    code, out, _ = _cli(db, "officer.b", "documents", "verify")
    assert code == 0 and "all intact" in out
