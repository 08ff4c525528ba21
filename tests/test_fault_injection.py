"""Every write of import, attach, letter issue and export made to fail in turn (store.faults):
each failure reaches the officer in plain words, and the database and the document folder are
left as they were. A full disk and a lock held past the busy timeout are reported too.
"""

from __future__ import annotations

import errno
import io
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.content.store import documents_folder
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.decisions.letters import issue_letter
from kvisa_desk.core.documents.attach import attach_document
from kvisa_desk.core.errors import WriteFailed, in_plain_words
from kvisa_desk.core.reports.exports import export_worklist
from kvisa_desk.store import engine as engine_module
from kvisa_desk.store.cipher import connect_file, key_for
from kvisa_desk.store.engine import Database, make_engine, sqlite_file
from kvisa_desk.store.faults import failing_nth_write
from kvisa_desk.store.locations import data_dir
from kvisa_desk.store.models import Base, Case
from tests.decisions.decisions_support import refused_case
from tests.documents.documents_support import padded_pdf, pdf_bytes, write
from tests.samples import application, write_json
from tests.ui.opening import open_case

pytestmark = pytest.mark.backend
MAX_WRITES = 40  # small inputs: every walk ends well before this


def _files(db: Database) -> list[str]:
    """Every file of the document store, staging included (the database's own, for PG)."""
    db_file = sqlite_file(db.url)
    root = documents_folder(db_file) if db_file else data_dir() / "document-staging"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _state(db: Database) -> tuple[Any, ...]:
    with db.read() as session:
        counts = {
            t.name: session.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }
        cases = session.execute(select(Case.id, Case.status, Case.version).order_by(Case.id))
        return counts, cases.all(), _files(db)


def _walk(db: Database, action: Callable[[], object], leaves: Path | None = None) -> list[str]:
    """Fail write 1, 2, … of `action` until it runs through; returns the write points seen."""
    before = _state(db)
    for nth in range(1, MAX_WRITES):
        with failing_nth_write(nth) as plan:
            try:
                action()
            except Exception as exc:
                error: Exception | None = exc
            else:
                error = None
        if plan.hit is None:
            assert error is None
            return plan.points
        assert error is not None, f"write {nth} ({plan.hit}) failed without a word"
        plain = in_plain_words(error)
        assert isinstance(plain, WriteFailed), f"write {nth} ({plan.hit}): {error!r}"
        assert "nothing was saved" in str(plain) and "Traceback" not in str(plain)
        assert _state(db) == before, f"write {nth} ({plan.hit}) left a change behind"
        if leaves is not None:
            assert not leaves.exists(), f"write {nth} ({plan.hit}) left {leaves.name}"
            assert not list(leaves.parent.glob(f".{leaves.name}.*")), "a partial file remains"
    pytest.fail(f"more than {MAX_WRITES} writes for a small input")


def test_every_write_of_an_import_can_fail_cleanly(db: Database, tmp_path: Path) -> None:
    source = write_json(tmp_path / "in" / "a.json", [application("KV-FAULT-1")])
    points = _walk(db, lambda: import_file(db, source, "officer.a"))
    assert points.count("commit") == 1
    if db.is_sqlite:  # the two listed documents are published into the folder first
        assert len([p for p in points if p.startswith("file ")]) == 2
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1  # the last run


def test_every_write_of_an_attachment_can_fail_cleanly(db: Database, tmp_path: Path) -> None:
    source = write_json(tmp_path / "a.json", [application("KV-FAULT-2", documents=[])])
    case_id = import_file(db, source, "officer.a").first_case_id
    scan = write(tmp_path, "scan.pdf", pdf_bytes(2, "Degree certificate"))
    points = _walk(
        db, lambda: attach_document(db, "officer.a", case_id, scan, "degree_certificate")
    )
    assert points[-1] == "commit"


def test_every_write_of_a_letter_can_fail_cleanly(db: Database, tmp_path: Path) -> None:
    case_id, _decision = refused_case(db, tmp_path)
    points = _walk(db, lambda: issue_letter(db, "officer.a", case_id))
    assert points == ["commit"]  # the PDF is stored in the letter's row, one transaction


def test_letter_file_that_cannot_be_written_names_the_reprint(db: Database, tmp_path: Path) -> None:
    first, _decision = refused_case(db, tmp_path, "KV-REF-1")
    second, _decision = refused_case(db, tmp_path, "KV-REF-2")
    out = tmp_path / "letter.pdf"
    # Through the CLI: its start-up and sign-in commit first, then the letter, then the file.
    with failing_nth_write(99) as counting:
        code, _out, err = _cli(db, "--user", "officer.a", "letter", str(first), "--out", str(out))
    assert code == 0, err
    assert counting.points[-2:] == ["commit", "file letter.pdf"]
    out.unlink()
    with failing_nth_write(len(counting.points)) as plan:
        code, _out, err = _cli(db, "--user", "officer.a", "letter", str(second), "--out", str(out))
    assert plan.hit == "file letter.pdf"
    assert code == 2 and "was issued but" in err and "kvisa-desk reprint-letter" in err
    assert not out.exists()


def test_every_write_of_an_export_can_fail_cleanly(db: Database, tmp_path: Path) -> None:
    source = write_json(tmp_path / "a.json", [application("KV-FAULT-3", documents=[])])
    import_file(db, source, "officer.a")
    out = tmp_path / "out" / "worklist.csv"
    points = _walk(db, lambda: export_worklist(db, out, "csv", "officer.a"), leaves=out)
    assert points == ["file worklist.csv", "commit"]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2  # the header and the one case


def _cli(db: Database, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def test_a_failed_commit_through_the_cli_is_one_plain_line(db: Database, tmp_path: Path) -> None:
    counted = write_json(tmp_path / "a.json", [application("KV-FAULT-4", documents=[])])
    source = write_json(tmp_path / "b.json", [application("KV-FAULT-5", documents=[])])
    with failing_nth_write(99) as counting:  # how many writes the whole command makes
        code, _out, err = _cli(db, "--user", "officer.a", "import", str(counted))
    assert code == 0, err
    with failing_nth_write(len(counting.points)) as plan:  # the import's own commit, the last
        code, _out, err = _cli(db, "--user", "officer.a", "import", str(source))
    assert plan.hit == "commit"
    assert code == 2
    assert "disk I/O error" in err and "nothing was saved" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.sqlite_only
def test_a_full_disk_while_attaching_is_reported(db: Database, tmp_path: Path) -> None:
    source = write_json(tmp_path / "a.json", [application("KV-FULL-1", documents=[])])
    case_id = import_file(db, source, "officer.a").first_case_id
    db_file = sqlite_file(db.url)
    assert db_file is not None
    db.dispose()
    before = _files(db)
    largest = max(p.stat().st_size for p in db_file.parent.glob(f"{db_file.name}*"))
    limit = largest + (1 << 20)  # the database may grow a little; the scan may not fit
    big = write(tmp_path, "big.pdf", padded_pdf(limit + (1 << 20)))

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "KVISA_USER": "officer.a", "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kvisa_desk",
            "--db",
            str(db_file),
            "attach",
            str(case_id),
            str(big),
            "--type",
            "degree_certificate",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=small_disk,
    )
    assert done.returncode == 2, done.stderr
    assert "The disk is full" in done.stderr and "Traceback" not in done.stderr
    assert _files(db) == before  # no staged or published leftovers


@pytest.mark.sqlite_only
def test_a_full_database_is_reported(db: Database, tmp_path: Path) -> None:
    full = Database(db.url, make_engine(db.url))

    @event.listens_for(full.engine, "connect")
    def _no_room_to_grow(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    records = [application(f"KV-FULL-{n}", documents=[]) for n in range(300)]
    source = write_json(tmp_path / "many.json", records)
    before = _state(db)
    with pytest.raises(Exception) as failed:
        import_file(full, source, "officer.a")
    full.dispose()
    plain = in_plain_words(failed.value)
    assert isinstance(plain, WriteFailed) and "database is full" in str(plain)
    assert _state(db) == before


@pytest.mark.sqlite_only
def test_a_lock_held_past_the_timeout_is_reported_not_waited_on(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = sqlite_file(db.url)
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 1000)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import os, sys, time\n"
                "from kvisa_desk.store.cipher import apply_key, driver\n"
                f"c = driver.connect({str(db_file)!r}, isolation_level=None)\n"
                "key = os.environ['HELD_KEY']; apply_key(c, bytes.fromhex(key) if key else None)\n"
                "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(30)\n"
            ),
        ],
        env={**os.environ, "HELD_KEY": (key_for(db_file) or b"").hex()},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        source = write_json(tmp_path / "a.json", [application("KV-LOCK-1", documents=[])])
        started = time.monotonic()
        code, _out, err = _cli(db, "--user", "officer.a", "import", str(source))
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.communicate()  # reaps it and closes its pipe
    assert code == 2 and "locked by another program" in err, err
    assert waited < 15  # the busy timeout, then words: not hung on
    with connect_file(str(db_file)) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)


@pytest.mark.filterwarnings("error")
@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_the_window_keeps_the_officers_typing_when_a_save_fails(
    db: Database, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from kvisa_desk.core.cases.cases import case_detail
    from kvisa_desk.ui.shell.app import create_main_window
    from kvisa_desk.ui.widgets.prompts import Prompts

    source = write_json(tmp_path / "a.json", [application("KV-UI-1", documents=[])])
    case_id = import_file(db, source, "officer.a").first_case_id
    assert case_id is not None
    errors: list[str] = []
    prompts = Prompts(lambda *_a: True, lambda _p, _t, m: errors.append(m), lambda *_a: "cancel")
    window = create_main_window(db, "officer.a", prompts)
    qtbot.addWidget(window)
    view = open_case(qtbot, window, case_id)
    assert view is not None
    phone = view.field("applicant.phone")
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "+86 21 6279 0000")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    window.reader.wait()  # the first queue count (and its indexing commit) is done
    window.runner.wait()
    with failing_nth_write(1) as plan:  # the save's commit
        view.action_save.trigger()
        qtbot.waitUntil(lambda: "nothing was saved" in view.message.text(), timeout=10_000)
    assert plan.hit == "commit"
    assert view.message.text().startswith("Not saved: The database refused the change")
    assert view.isVisible() and phone.text() == "+86 21 6279 0000" and view.editing.dirty
    assert case_detail(db, case_id).record["applicant"]["phone"] != "+86 21 6279 0000"
    with qtbot.waitSignal(view.editing.saved, timeout=10_000):  # the same typing, saved now
        view.action_save.trigger()
    assert case_detail(db, case_id).record["applicant"]["phone"] == "+86 21 6279 0000"
    assert errors == []
    view.close()
    window.close()
    window.runner.wait()


@pytest.mark.sqlite_only
def test_a_child_process_is_armed_by_its_environment(db: Database, tmp_path: Path) -> None:
    db_file = sqlite_file(db.url)
    assert db_file is not None
    db.dispose()
    source = write_json(tmp_path / "a.json", [application("KV-ENV-1", documents=[])])
    env = {
        **os.environ,
        "KVISA_USER": "officer.a",
        "PYTHONPATH": str(Path(__file__).parents[1]),
        "KVISA_FAULT_NTH_WRITE": "1",  # the first write the process makes: start-up's commit
    }
    done = subprocess.run(
        [sys.executable, "-m", "kvisa_desk", "--db", str(db_file), "import", str(source)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "disk I/O error (injected)" in done.stderr and "Traceback" not in done.stderr
    with closing(connect_file(db_file)) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/x/out.csv"), "The disk is full"),
        (OSError(errno.EFBIG, "File too large"), "The disk is full"),
        (OSError(errno.EROFS, "Read-only file system", "/x/a.pdf"), "read-only disk"),
        (OSError(errno.EIO, "Input/output error", "/x/a.pdf"), "could not be read or written"),
    ],
    ids=["no-space", "too-large", "read-only-disk", "io-error"],
)
def test_disk_errors_in_plain_words(error: OSError, said: str) -> None:
    plain = in_plain_words(error)
    assert isinstance(plain, WriteFailed) and said in str(plain)
    assert "nothing was saved" in str(plain)
    assert in_plain_words(ValueError("x")).__class__ is ValueError  # not a write failure
