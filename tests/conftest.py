# ruff: noqa: E402 - the environment is pinned before the first import of Qt or kvisa_desk
"""Shared fixtures: every test gets a fresh database built by the production start-up code.

KVISA_TEST_DB_URL chooses the backend (SQLite in a temporary folder when unset); on
PostgreSQL each test gets its own freshly created database on that server, made (migrated)
by the owner role and used through the officer role that `db roles` sets up, as at a post.

The suite runs as nobody in particular: before anything imports Qt or kvisa_desk, HOME, the
XDG folders and QSettings point into a session folder of its own (removed at the end), and the
language and locale are pinned to English, so nothing the person running the tests set
(window language, locale, window state, last folders, KVISA_* variables) is read or written.
Tests of the language choice set what they need with monkeypatch.
"""

from __future__ import annotations

import contextlib
import locale
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

SESSION_VARIABLE = "KVISA_TEST_SESSION_HOME"  # "<pid>:<folder>" of this process's session


def _session_home() -> Path:
    # A test module importing tests.conftest runs this file again: same session, not another.
    pid, _, folder = os.environ.get(SESSION_VARIABLE, "").partition(":")
    if pid == str(os.getpid()) and folder:
        return Path(folder)
    made = Path(tempfile.mkdtemp(prefix="kvisa-tests-"))
    os.environ[SESSION_VARIABLE] = f"{os.getpid()}:{made}"
    return made


SESSION_HOME = _session_home()
# The suite's own options survive; every setting the application itself reads does not.
SUITE_VARIABLES = ("KVISA_TEST_", "KVISA_DOCS_SCREENSHOTS")
PINNED = {
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "LANGUAGE": "en",
    "KVISA_LANGUAGE": "en",
    "KVISA_DATA_DIR": str(SESSION_HOME / "data"),
}
PRIVATE_FOLDERS = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_STATE_HOME": "home/.local/state",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_CONFIG_DIRS": "etc-xdg",  # no machine-wide Qt or KVisa configuration either
    "XDG_RUNTIME_DIR": "runtime",
}


def _isolate_environment() -> None:
    for name in list(os.environ):
        if name.startswith("KVISA_") and not name.startswith(SUITE_VARIABLES):
            del os.environ[name]
        elif name.startswith("LC_"):
            del os.environ[name]  # LC_ALL below outranks them; gone, none can surprise
    for name, folder in PRIVATE_FOLDERS.items():
        path = SESSION_HOME / folder
        path.mkdir(mode=0o700, parents=True, exist_ok=True)  # Qt insists on 0700 at runtime
        os.environ[name] = str(path)
    os.environ.update(PINNED)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt must never reach a display
    # Python read the caller's locale at start-up; without C.UTF-8 (macOS) C is English too.
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_ALL, "")


_isolate_environment()

from PySide6.QtCore import QSettings

SUITE_QSETTINGS = {
    QSettings.Scope.UserScope: SESSION_HOME / "qsettings" / "user",
    QSettings.Scope.SystemScope: SESSION_HOME / "qsettings" / "system",
}


def _isolate_qsettings() -> None:
    # INI files everywhere (never the registry or plists), inside the session folder.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope, folder in SUITE_QSETTINGS.items():
            QSettings.setPath(form, scope, str(folder))


_isolate_qsettings()

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from kvisa_desk.core.startup import OpenedDatabase, open_database
from kvisa_desk.store import keyslots, post_key
from kvisa_desk.store.cipher import connect_file, slot_file
from kvisa_desk.store.engine import Database, sqlite_url

# Key slots made by this process cost a fraction of a millisecond (each slot records its own
# cost, so child processes open them as cheaply); production slots cost ~0.7 s a guess.
keyslots.slot_cost = keyslots.SlotCost(time_cost=1, memory_kib=64, parallelism=1)

TEST_DB_URL = os.environ.get("KVISA_TEST_DB_URL", "")
ON_POSTGRES = TEST_DB_URL.startswith("postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--soak", action="store_true", help="long runs: 200 kills in the crash-safety test"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: relies on a SQLite file")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_POSTGRES:
        return
    # On the PostgreSQL pass only the backend tests run; the rest ran on SQLite already.
    skip = pytest.mark.skip(reason="backend-independent: runs on the SQLite pass")
    skip_sqlite = pytest.mark.skip(reason="needs a SQLite file")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip_sqlite)
        elif "backend" not in item.keywords:
            item.add_marker(skip)


# The roles `kvisa-desk db roles` makes, under test names (roles are the whole server's).
TEST_OWNER = "kvisa_test_owner"
TEST_OFFICER = "kvisa_test_officer"


def as_role(url: str, role: str) -> str:
    """The same database, connected as ROLE (the test server trusts local connections)."""
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


def _fresh_postgres_url(template: str | None = None) -> tuple[str, str]:
    """A new database owned by the owner role; the URL connects as the server's superuser."""
    admin = make_url(TEST_DB_URL)
    name = f"kvisa_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        owner = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": TEST_OWNER})
        if owner.first() is None:  # the template's `db roles` then gives it its attributes
            conn.execute(text(f'CREATE ROLE "{TEST_OWNER}" LOGIN'))
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{clause} OWNER "{TEST_OWNER}"'))
    engine.dispose()
    return admin.set(database=name).render_as_string(hide_password=False), name


def _drop_postgres(name: str) -> None:
    engine = create_engine(make_url(TEST_DB_URL), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(autouse=True)
def _own_key_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test holds copies of the database keys unlocked before it: a sign-out zeroes the
    key it holds (cipher.forget_key), which must not lock the template's copies for the next."""
    from kvisa_desk.store import cipher

    copies = {db_id: bytearray(key) for db_id, key in cipher._unlocked.items()}
    monkeypatch.setattr(cipher, "_unlocked", copies)


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A URL for a database that does not exist yet (SQLite file or a new PostgreSQL db)."""
    if ON_POSTGRES:
        url, name = _fresh_postgres_url()
        yield as_role(url, TEST_OWNER)  # who creates and migrates a post's database
        _drop_postgres(name)
    else:
        yield sqlite_url(tmp_path / "kvisa.sqlite3")


TEST_PASSWORD = "test password 123"
# Accounts every test database has (not forced to change their passwords).
TEST_ACCOUNTS = {
    "test.admin": "admin",
    "test.officer": "officer",
    "officer": "officer",
    "officer.a": "officer",
    "officer.b": "officer",
    "officer.cli": "officer",
    "officer.import": "officer",
    "officer.killed": "officer",
    "officer.li": "officer",
    "officer.wang": "officer",
    "test.importer": "officer",
    "tester": "officer",
    "supervisor.s": "supervisor",
    "supervisor.t": "supervisor",
}


def add_test_accounts(db: Database) -> None:
    from kvisa_desk.core.accounts.accounts import create_account

    with db.write() as session:
        for name, role in TEST_ACCOUNTS.items():
            create_account(session, name, TEST_PASSWORD, role, "test.admin", must_change=False)


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database made once by the production start-up; each test starts from a copy of it."""
    if ON_POSTGRES:
        from kvisa_desk.core.post.db_roles import set_up_roles

        url, name = _fresh_postgres_url()
        made = open_database(as_role(url, TEST_OWNER)).db  # migrated by the owner role
        add_test_accounts(made)
        made.dispose()
        superuser = open_database(url).db  # roles are created by a role that may
        set_up_roles(superuser, "test.admin", TEST_OWNER, TEST_OFFICER)
        superuser.dispose()
        yield name
        _drop_postgres(name)
        return
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    made = open_database(sqlite_url(path)).db
    add_test_accounts(made)
    made.dispose()
    with connect_file(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield str(path)


def dump_database(path: Path) -> list[str]:
    """A file's content, not its bytes: the schema, then every table's rows in order (the
    driver, SQLCipher, has no iterdump)."""
    with contextlib.closing(connect_file(path)) as conn:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        dumped = [repr(row) for row in schema]
        for kind, name, _sql in schema:
            if kind == "table" and not name.startswith("sqlite_"):
                rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
                dumped.extend(sorted(f"{name}: {row!r}" for row in rows))
        return dumped


def copy_database_file(source: Path, target: Path) -> Path:
    """A closed SQLite file and, when it is encrypted, its slot file (the key goes with it)."""
    shutil.copyfile(source, target)
    if slot_file(source).exists():
        shutil.copyfile(slot_file(source), slot_file(target))
    return target


@pytest.fixture
def opened(_template: str, tmp_path: Path) -> Iterator[OpenedDatabase]:
    """A fresh, seeded database; open_database still runs on it as at every start."""
    name = None
    if ON_POSTGRES:
        url, name = _fresh_postgres_url(template=_template)
        url = as_role(url, TEST_OFFICER)  # daily use: the role that cannot rewrite history
        # This computer has the post key: a server's documents are stored only sealed.
        post_key.write_private(post_key.key_file(url), post_key.encode(post_key.new_key()))
    else:
        copy = tmp_path / "kvisa.sqlite3"
        copy_database_file(Path(_template), copy)
        url = sqlite_url(copy)
    result = open_database(url)
    yield result
    result.db.dispose()
    if name:
        _drop_postgres(name)


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    return opened.db


@pytest.fixture
def owner_engine(db: Database) -> Iterator[Engine]:
    """The test database as its owner sees it: what an insider who holds the SQLite file,
    or the owner role's password, can do (drop triggers, rewrite rows)."""
    if not ON_POSTGRES:
        yield db.engine
        return
    engine = create_engine(as_role(db.url, TEST_OWNER))
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def suite_qsettings() -> Path:
    """The suite's own folder of user QSettings (a test that moves it puts it back here)."""
    return SUITE_QSETTINGS[QSettings.Scope.UserScope]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never touch the officer's real data folder or database from a test.
    monkeypatch.setenv("KVISA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KVISA_DB_URL", raising=False)
    monkeypatch.setenv("KVISA_USER", "test.officer")
    monkeypatch.setenv("KVISA_PASSWORD", TEST_PASSWORD)
