"""Data at rest: a new SQLite file is encrypted and opens only with an account's password or
the recovery key; its key slots follow the accounts (trust.md, "Data at rest")."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kvisa_desk.core.accounts.accounts import (
    authenticate,
    change_own_password,
    create_account,
    has_administrator,
    reactivate_account,
    update_account,
)
from kvisa_desk.core.accounts.data_keys import take_recovery_key, unlock_with_recovery_key
from kvisa_desk.core.errors import AuthenticationFailed, InvalidInput
from kvisa_desk.core.startup import OpenedDatabase, open_database
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import CaseEvent

pytestmark = pytest.mark.sqlite_only
PASSWORD = "a long enough password"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path]]:
    # The keys this test forgets are its own: the suite's template stays unlocked.
    monkeypatch.setattr(cipher, "_unlocked", {})
    path = tmp_path / "new.sqlite3"
    opened = open_database(sqlite_url(path))
    assert take_recovery_key(opened.db) is None  # no account yet: no recovery key either
    with opened.db.write() as session:
        create_account(session, "first.admin", PASSWORD, "admin", "first.admin", must_change=False)
        create_account(session, "ana", PASSWORD, "officer", "first.admin", must_change=False)
    opened.db.dispose()
    recovery_key = take_recovery_key(opened.db)
    assert recovery_key is not None and take_recovery_key(opened.db) is None  # shown once
    yield recovery_key, path


def _reopen(path: Path) -> OpenedDatabase:
    """As a new process would: no key held, the file as it is on disk."""
    cipher.forget_keys()
    return open_database(sqlite_url(path))


def test_a_new_database_is_encrypted_and_unreadable_without_its_key(
    fresh: tuple[str, Path],
) -> None:
    recovery_key, path = fresh
    assert len(recovery_key.replace("-", "")) == 32
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    slots = cipher.slot_file(path).read_text(encoding="utf-8")
    assert "first.admin" not in slots and "ana" not in json.loads(slots)["slots"]
    assert keyslots.account_slots(path) == 2


def test_each_account_opens_it_and_a_wrong_password_cannot(
    fresh: tuple[str, Path],
) -> None:
    _, path = fresh
    locked = _reopen(path).db
    assert locked.locked and has_administrator(locked)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            authenticate(locked, "ana", "not the password at all")
    with pytest.raises(AuthenticationFailed):
        authenticate(locked, "nobody.here", PASSWORD)
    assert locked.locked
    assert authenticate(locked, "ana", PASSWORD).username == "ana"
    assert not locked.locked
    with locked.read() as session:
        failed = session.scalars(
            select(CaseEvent.details).where(CaseEvent.kind == "login_failed")
        ).all()
    # Counted in the slot file, now in the trail: two failures, two events (not one "2nd").
    assert [f for f in failed if f.get("key_slot")] == [
        {"attempts": 1, "key_slot": True},
        {"attempts": 2, "key_slot": True},
    ]
    locked.dispose()
    second = _reopen(path).db
    assert authenticate(second, "first.admin", PASSWORD).role == "admin"
    second.dispose()


def test_a_password_change_rewraps_and_deactivation_removes_the_slot(
    fresh: tuple[str, Path],
) -> None:
    _, path = fresh
    db = _reopen(path).db
    change_own_password(db, "ana", PASSWORD, "another long password")
    update_account(db, "ana", "first.admin", active=False)
    db.dispose()
    again = _reopen(path).db
    with pytest.raises(AuthenticationFailed):
        authenticate(again, "ana", "another long password")  # deactivated: no slot any more
    assert keyslots.account_slots(path) == 1
    again.dispose()


def test_the_new_password_opens_after_a_change(fresh: tuple[str, Path]) -> None:
    _, path = fresh
    db = _reopen(path).db
    change_own_password(db, "ana", PASSWORD, "another long password")
    db.dispose()
    for wrong in (PASSWORD,):
        with pytest.raises(AuthenticationFailed):
            authenticate(_reopen(path).db, "ana", wrong)
    assert authenticate(_reopen(path).db, "ana", "another long password").username == "ana"


def test_the_recovery_key_opens_it_when_every_password_is_lost(
    fresh: tuple[str, Path],
) -> None:
    recovery_key, path = fresh
    db = _reopen(path).db
    with pytest.raises(AuthenticationFailed):
        unlock_with_recovery_key(db, "AAAA-" * 7 + "AAAA")
    assert db.locked
    # As read off a screen: lower case, spaces, and 0/1/8 for the letters O/I/B.
    typed = recovery_key.lower().replace("-", " ").translate(str.maketrans("oib", "018"))
    unlock_with_recovery_key(db, typed)
    assert not db.locked and has_administrator(db)
    db.dispose()


def test_encryption_off_makes_a_plain_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cipher.ENV_ENCRYPTION, "off")
    path = tmp_path / "training.sqlite3"
    opened = open_database(sqlite_url(path))
    opened.db.dispose()
    assert not cipher.slot_file(path).exists()
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_the_suite_template_is_encrypted(opened: OpenedDatabase) -> None:
    path = opened.db.file
    assert path is not None and opened.db.encrypted
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_the_command_line_shows_the_recovery_key_once_and_unlocks_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_users_cli import run

    monkeypatch.setattr(cipher, "_unlocked", {})
    path = tmp_path / "cli.sqlite3"
    code, out, _ = run(
        path,
        monkeypatch,
        "user",
        "add",
        "boss",
        "--role",
        "admin",
        "--password-stdin",
        user="boss",
        stdin=PASSWORD,
    )
    assert code == 0 and "recovery key" in out
    recovery_key = out.split("keep it safe:")[1].split()[0]
    code, out, _ = run(path, monkeypatch, "db", "info")
    assert code == 0 and "encrypted" in out and "1 account(s)" in out
    cipher.forget_keys()  # a new process: nobody signed in
    wrong = tmp_path / "wrong.key"
    wrong.write_text("AAAA-" * 7 + "AAAA\n", encoding="utf-8")
    code, _, err = run(path, monkeypatch, "db", "unlock", "boss", "--recovery-key-file", str(wrong))
    assert code == 3 and "recovery key" in err
    code, out, _ = run(path, monkeypatch, "db", "unlock", "boss", stdin=recovery_key + "\n")
    assert code == 0, out
    one_time = out.split("sign-in, and the reset is flagged for the supervisors):")[1].split()[0]
    cipher.forget_keys()
    code, out, err = run(
        path,
        monkeypatch,
        "user",
        "passwd",
        "--password-stdin",
        user="boss",
        password=one_time,
        stdin="boss's own new password",
    )
    assert code == 0, err
    cipher.forget_keys()  # the changed password opens the file: its slot was rewrapped
    code, out, err = run(
        path, monkeypatch, "user", "list", user="boss", password="boss's own new password"
    )
    assert code == 0 and "boss" in out, err
    assert "recovery key" not in out + err  # shown once, at the first account only


def _content(path: Path) -> list[str]:
    """Every row but the trail and the accounts, which each sign-in adds to."""
    from tests.conftest import dump_database

    moving = ("case_events:", "audit_head:", "officers:")
    return [row for row in dump_database(path) if not row.startswith(moving)]


def _plain_case_with_a_document(path: Path, tmp_path: Path) -> bytes:
    """A case with an attached scan in a plain database, by an officer of its own."""
    from kvisa_desk.core.applications.importer import import_records
    from kvisa_desk.core.applications.readers import RawRecord
    from kvisa_desk.core.cases.refs import find_case_id
    from kvisa_desk.core.documents.attach import attach_document
    from tests.documents.documents_support import pdf_bytes
    from tests.samples import application

    db = open_database(sqlite_url(path)).db
    with db.write() as session:
        create_account(session, "olu", PASSWORD, "officer", "boss", must_change=False)
    record = application("KV-CONVERT-1", documents=[])
    import_records(db, [RawRecord("[0]", record)], "olu", "test.json")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_bytes(text="converted scan"))
    attach_document(db, "olu", find_case_id(db, "KV-CONVERT-1"), scan, "passport_scan")
    db.dispose()
    return scan.read_bytes()


def _document_bytes(path: Path) -> bytes:
    from kvisa_desk.content import content_store_for
    from tests.conftest import dump_database

    shas = [row for row in dump_database(path) if row.startswith("case_documents:")]
    assert len(shas) == 1
    db = open_database(sqlite_url(path)).db
    try:
        store = content_store_for(db)
        (sha,) = [sha for sha, _ in store.stored(None)]
        return store.read_bytes(None, sha)
    finally:
        db.dispose()


def test_db_encrypt_then_decrypt_keeps_every_row_and_a_verifying_trail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.core.accounts.audit import verify_chain
    from tests.test_users_cli import run

    monkeypatch.setattr(cipher, "_unlocked", {})
    monkeypatch.setenv(cipher.ENV_ENCRYPTION, "off")
    path = tmp_path / "old.sqlite3"
    run(
        path,
        monkeypatch,
        "user",
        "add",
        "boss",
        "--role",
        "admin",
        "--password-stdin",
        user="boss",
        stdin=PASSWORD,
    )
    run(
        path,
        monkeypatch,
        "user",
        "add",
        "ana",
        "--password-stdin",
        user="boss",
        password=PASSWORD,
        stdin=PASSWORD,
    )
    scan_bytes = _plain_case_with_a_document(path, tmp_path)
    monkeypatch.delenv(cipher.ENV_ENCRYPTION)
    assert path.read_bytes().startswith(b"SQLite format 3")
    before = _content(path)
    code, _, err = run(path, monkeypatch, "db", "encrypt", user="ana", password=PASSWORD)
    assert code == 3, err  # administrators only
    code, out, err = run(path, monkeypatch, "db", "encrypt", user="boss", password=PASSWORD)
    assert code == 0, err
    assert "recovery key" in out and "ana" in out  # ana needs a one-time password
    assert not path.read_bytes().startswith(b"SQLite format 3")
    kept = next(tmp_path.glob("old.sqlite3.plain.*.bak"))
    assert kept.read_bytes().startswith(b"SQLite format 3")
    cipher.forget_keys()
    code, out, err = run(path, monkeypatch, "db", "info")
    assert "encrypted" in out and "1 account(s)" in out
    code, _, err = run(path, monkeypatch, "user", "list", user="ana", password=PASSWORD)
    assert code == 3 and "ask an administrator to set a one-time password" in err  # no slot yet
    code, out, err = run(path, monkeypatch, "user", "list", user="boss", password=PASSWORD)
    assert code == 0 and "no key for this encrypted database yet" in out, err
    assert "kvisa-desk user reset ana" in out and "user reset boss" not in out
    code, _, err = run(path, monkeypatch, "db", "encrypt", user="boss", password=PASSWORD)
    assert code == 2 and "encrypted already" in err
    sealed = [p for p in (tmp_path / "old.documents").rglob("*") if p.is_file()]
    assert sealed and all(scan_bytes[:100] not in p.read_bytes() for p in sealed)
    assert _document_bytes(path) == scan_bytes
    encrypted = _content(path)
    assert encrypted == before
    code, out, err = run(path, monkeypatch, "db", "decrypt", user="boss", password=PASSWORD)
    assert code == 0, err
    assert path.read_bytes().startswith(b"SQLite format 3") and not cipher.slot_file(path).exists()
    assert _content(path) == before
    assert _document_bytes(path) == scan_bytes
    opened = open_database(sqlite_url(path))
    report = verify_chain(opened.db)
    opened.db.dispose()
    assert report.ok and report.checked > 0, report.problem


def test_an_encrypted_backup_carries_its_slots_and_restores_with_a_password(
    fresh: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_users_cli import run

    _, path = fresh
    out_file = tmp_path / "backups" / "copy.sqlite3"
    code, out, err = run(
        path, monkeypatch, "db", "backup", str(out_file), user="first.admin", password=PASSWORD
    )
    assert code == 0 and "the backup is encrypted" in out, err
    assert cipher.slot_file(out_file).exists()
    assert not out_file.read_bytes().startswith(b"SQLite format 3")
    cipher.forget_keys()
    target = tmp_path / "restored" / "kvisa.sqlite3"
    code, _, err = run(path, monkeypatch, "db", "restore", str(out_file), "--to", str(target))
    assert code == 3 and "encrypted" in err and not target.exists()
    code, _, err = run(
        path,
        monkeypatch,
        "db",
        "restore",
        str(out_file),
        "--to",
        str(target),
        user="ana",
        password="not her password",
    )
    assert code == 3 and not target.exists()
    code, out, err = run(
        path,
        monkeypatch,
        "db",
        "restore",
        str(out_file),
        "--to",
        str(target),
        user="ana",
        password=PASSWORD,
    )
    assert code == 0, err
    cipher.forget_keys()
    assert authenticate(_reopen(target).db, "first.admin", PASSWORD).role == "admin"


def test_no_file_the_application_wrote_holds_a_name_a_passport_or_a_document(
    db: Database, tmp_path: Path
) -> None:
    """A whole working day's writes on an encrypted database: import, attach, check, read."""
    from kvisa_desk.core.checks.runs import check_cases
    from kvisa_desk.core.documents.attach import attach_document
    from kvisa_desk.core.documents.reading import read_document
    from tests.documents.documents_support import new_case, pdf_bytes

    secret_text = "Zyxwvutsrq passport scan"
    case = new_case(
        db,
        "KV-SECRET-1",
        applicant__surname="Quintessa",
        passport__number="QX1234567",
    )
    scan = tmp_path / "incoming" / "scan.pdf"
    scan.parent.mkdir()
    scan.write_bytes(pdf_bytes(text=secret_text))
    document = attach_document(db, "test.officer", case, scan, "passport_scan").document
    check_cases(db, [case], "test.officer")
    assert read_document(db, "test.officer", document.document_id) == scan.read_bytes()
    needles = [b"Quintessa", b"QUINTESSA", b"QX1234567", scan.read_bytes()[:200], b"Zyxwvutsrq"]
    folder = db.file.parent if db.file else tmp_path
    scan.unlink()  # the officer's own file, not one the application wrote
    written = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".keys" for p in written) and len(written) >= 3
    for path in written:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle[:20]!r} in {path.relative_to(folder)}"


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("postgresql+psycopg://kvisa@db.post.example/kvisa", False),
        ("postgresql+psycopg://kvisa@db.post.example/kvisa?sslmode=prefer", False),
        ("postgresql+psycopg://kvisa@db.post.example/kvisa?sslmode=require", True),
        ("postgresql+psycopg://kvisa@db.post.example/kvisa?sslmode=verify-full", True),
        ("postgresql+psycopg://kvisa@db.post.example/kvisa?sslmode=disable", True),
        ("postgresql+psycopg://kvisa@127.0.0.1:5432/kvisa", True),
        ("postgresql+psycopg://kvisa@localhost/kvisa", True),
    ],
)
def test_another_host_is_reached_only_over_tls_unless_the_url_says_otherwise(
    url: str, allowed: bool
) -> None:
    from kvisa_desk.store.engine import InsecureConnection, make_engine

    if allowed:
        make_engine(url).dispose()  # no connection is made here
    else:
        with pytest.raises(InsecureConnection, match="sslmode=require"):
            make_engine(url)


def test_reactivating_sets_a_one_time_password_that_opens_the_file(
    fresh: tuple[str, Path],
) -> None:
    _, path = fresh
    db = _reopen(path).db
    authenticate(db, "first.admin", PASSWORD)
    update_account(db, "ana", "first.admin", active=False)
    with pytest.raises(InvalidInput, match="one-time password"):
        update_account(db, "ana", "first.admin", active=True)  # not without a new password
    one_time = reactivate_account(db, "ana", "first.admin")
    assert one_time is not None and reactivate_account(db, "ana", "first.admin") is None
    assert keyslots.account_slots(path) == 2
    db.dispose()
    again = _reopen(path).db
    with pytest.raises(AuthenticationFailed):
        authenticate(again, "ana", PASSWORD)  # the old password went with the old slot
    account = authenticate(again, "ana", one_time)
    assert account.must_change_password
    with again.read() as session:
        kinds = list(session.scalars(select(CaseEvent.kind).order_by(CaseEvent.id)))
    # Flagged like a reset; the old password's try against the slot reaches the trail too.
    assert kinds[-4:] == ["account_changed", "password_reset", "login_failed", "login"]
    again.dispose()


def test_the_command_line_prints_the_reactivated_accounts_one_time_password_once(
    fresh: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_users_cli import run

    _, path = fresh
    admin = {"user": "first.admin", "password": PASSWORD}
    assert run(path, monkeypatch, "user", "set", "ana", "--active", "no", **admin)[0] == 0
    code, out, _ = run(path, monkeypatch, "user", "set", "ana", "--active", "yes", **admin)
    assert code == 0 and "one-time password" in out
    one_time = out.strip().splitlines()[-1].strip()
    cipher.forget_keys()
    code, _, err = run(path, monkeypatch, "cases", user="ana", password=one_time)
    assert code == 3 and "must change" in err  # the slot opened the file; then the change
    code, out, _ = run(path, monkeypatch, "user", "set", "ana", "--active", "yes", **admin)
    assert code == 0 and "one-time password" not in out  # already active: nothing set


class _Trickle:
    """A stream with no file behind it that hands out a few bytes at a time (a drop)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def read(self, size: int = -1) -> bytes:
        piece = self.data[self.at : self.at + min(size, 300_000)]
        self.at += len(piece)
        return piece


@pytest.mark.parametrize("source", ["file", "stream"])
def test_sealed_staging_checks_exactly_the_content_from_memory(tmp_path: Path, source: str) -> None:
    from kvisa_desk.content.sealed import SealedFileContentStore
    from kvisa_desk.content.store import CHUNK_SIZE

    content = b"%PDF-1.4 KOWALSKA " + bytes(range(256)) * (CHUNK_SIZE // 100) + b"%%EOF\n"
    store = SealedFileContentStore(tmp_path / "k.documents", bytes(range(32)))
    given = tmp_path / "scan.pdf"
    given.write_bytes(content)
    opened: Any = given.open("rb") if source == "file" else nullcontext(_Trickle(content))
    with opened as handle:
        with store.stage(handle, len(content)) as staged:
            seen = store.checkable(staged)
            assert not isinstance(seen, Path)  # memory: no clear file to read
            assert len(seen) == staged.size == len(content)  # no slack after the end
            assert bytes(seen[:]) == content
            assert b"KOWALSKA" not in staged.path.read_bytes()
            assert store.publish(None, staged)
    assert store.read_bytes(None, staged.sha256) == content
