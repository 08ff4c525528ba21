"""Engine and session set-up for SQLite (embedded default) and PostgreSQL (shared post)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kvisa_desk.store import cipher, faults
from kvisa_desk.store.locations import default_database_path

ENV_DB_URL = "KVISA_DB_URL"
SQLITE_BUSY_TIMEOUT_MS = 15_000
PG_CONNECT_TIMEOUT_S = 10


def resolve_database_url(db_path: str | None = None, db_url: str | None = None) -> str:
    """A flag beats its environment variable; with neither, the file in the data folder."""
    if db_path:
        return sqlite_url(Path(db_path))
    if db_url:
        return db_url
    from_env = os.environ.get(ENV_DB_URL)
    if from_env:
        return from_env
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path.expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):  # a URI filename (`file:/path?mode=ro&uri=true`)
        return Path(parsed.database.removeprefix("file:").partition("?")[0])
    return Path(parsed.database)


def database_host(url: str) -> str:
    """The server a URL names (no user or password), for messages; empty for a file."""
    return make_url(url).host or ""


def read_only_url(url: str) -> bool:
    """A SQLite file opened `mode=ro`, or one this process may not write."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return False
    if parsed.query.get("mode") == "ro" or "mode=ro" in (parsed.database or ""):
        return True
    path = sqlite_file(url)
    return path is not None and path.exists() and not os.access(path, os.W_OK)


def _configure_sqlite(engine: Engine, read_only: bool, path: Path | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # The key first, on every pooled connection: nothing else can read the file before.
        cipher.apply_key(dbapi_conn, cipher.key_for(path) if path is not None else None)
        # Let SQLAlchemy's begin event decide the transaction mode (pysqlite's own is wrong).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if not read_only:  # switching the journal is a write; a read-only file keeps its own
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front, so the busy timeout applies instead of a
        # deadlock error when two deferred transactions both try to upgrade.
        immediate = conn.info.get("kvisa_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
TLS_MODES = frozenset({"require", "verify-ca", "verify-full"})


class InsecureConnection(ValueError):
    """A server on another host named without TLS: personal data would cross the network."""


def check_transport(url: str) -> str:
    """The sslmode a PostgreSQL URL says ("" for a local server or a file); InsecureConnection
    when another host would be reached without TLS and the URL does not say so on purpose."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or (parsed.host or "") in LOCAL_HOSTS:
        return ""
    mode = str(parsed.query.get("sslmode", ""))
    if mode in TLS_MODES or mode == "disable":
        return mode
    raise InsecureConnection(
        f"The database server {parsed.host} is on another machine, and the URL does not ask "
        "for an encrypted connection: add ?sslmode=require (or verify-full) to it, or "
        "?sslmode=disable only on a network you trust. Nothing was opened."
    )


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    check_transport(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        read_only = read_only_url(url)
        if path is not None and not read_only:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not path.exists():
                # Personal data: readable by the owner only (WAL files inherit the mode).
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        engine = create_engine(
            url,
            module=cipher.driver,  # SQLCipher: one driver for plain and encrypted files
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        _configure_sqlite(engine, read_only, path)
        event.listen(engine, "commit", _commit_point)
        return engine
    # A server that does not answer is reported after a while, not waited on for ever.
    postgres = parsed.get_backend_name() == "postgresql"
    args = {"connect_timeout": PG_CONNECT_TIMEOUT_S} if postgres else {}
    engine = create_engine(url, pool_pre_ping=True, connect_args=args)
    event.listen(engine, "commit", _commit_point)
    return engine


def _commit_point(_conn: Any) -> None:
    # Tests make the nth commit fail here (store.faults); unarmed, this does nothing.
    faults.database_commit()


@dataclass
class Database:
    """The opened database: one engine, short sessions per use case."""

    url: str
    engine: Engine
    # What opening could not do while an encrypted file was locked (upgrade, seed): run once
    # by whoever unlocks it (the sign-in).
    pending_open: Callable[[], None] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def file(self) -> Path | None:
        """The SQLite file, None for a server."""
        return sqlite_file(self.url)

    @property
    def encrypted(self) -> bool:
        path = self.file
        return path is not None and cipher.is_encrypted(path)

    @property
    def locked(self) -> bool:
        """An encrypted file nobody has unlocked in this process yet: sign in first."""
        path = self.file
        return path is not None and cipher.is_locked(path)

    def finish_opening(self) -> None:
        pending, self.pending_open = self.pending_open, None
        if pending is not None:
            pending()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def read_only(self) -> bool:
        """Opened read-only: nothing can be saved, not even a sign-in or a case view."""
        return read_only_url(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self.engine.connect() as conn:
            conn.info["kvisa_write"] = True
            try:
                with Session(bind=conn, expire_on_commit=False) as session:
                    with session.begin():
                        yield session
            finally:
                conn.info.pop("kvisa_write", None)

    def ping(self) -> None:
        """Raises unless the database answers (a shared server may be down)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    def dispose(self) -> None:
        self.engine.dispose()
