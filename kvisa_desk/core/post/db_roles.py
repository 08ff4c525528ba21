"""Least privilege on PostgreSQL: an owner role that migrates, an officer role for daily use.

The owner owns every table, sequence and function (so only it alters the schema and the
triggers that keep recorded content immutable). The officer role, which every officer's
computer connects as, reads and writes cases but may not UPDATE or DELETE the recorded
content: events, issued letters, decision grounds and the exchange's batches and
submissions it may only read and add to; of a decision it may change only the sign-off
columns; nowhere may it TRUNCATE, add triggers or reference tables. What it may change by
design is still guarded by the triggers of migrations 0005, 0006 and 0010 (the audit head
moves only forward, a document's content is set once...). Running it again re-applies
everything (after an upgrade added tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from kvisa_desk.core.accounts.permissions import Permission, require_first
from kvisa_desk.core.errors import Conflict, InvalidInput
from kvisa_desk.store.engine import Database

OWNER = "kvisa_owner"
OFFICER = "kvisa_officer"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DAILY = ("SELECT", "INSERT", "UPDATE", "DELETE")
# Recorded content: the officer role reads it and adds to it, and changes only these columns.
RECORDED: dict[str, tuple[str, ...]] = {
    "case_events": (),
    "issued_letters": (),
    "decision_grounds": (),
    "decisions": ("state", "sign_off", "signed_off_by", "signed_off_at", "sign_off_reason"),
    "audit_head": ("last_event_id", "last_hash"),
    "letter_counters": ("last_number",),
    # The exchange's records: what was sent (with the head it carried) and what was seen.
    "outbox_batches": (),
    "outbox_items": (),
    "inbox_submissions": (),
}
READ_ONLY = ("alembic_version",)


@dataclass(frozen=True)
class RolePasswords:
    owner: str | None = None
    officer: str | None = None


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise InvalidInput(
            f"{name!r} is not a role name to use: lower-case letters, digits and _, "
            "at most 63, not starting with a digit"
        )
    return name


def _verifier(conn: Connection, role: str, password: str) -> str:
    """The SCRAM verifier of PASSWORD, made by libpq here: the password never reaches the
    server (nor its statement log) in the clear."""
    pgconn = getattr(conn.connection.dbapi_connection, "pgconn", None)
    if pgconn is None:
        raise InvalidInput("setting role passwords needs the psycopg driver")
    return bytes(
        pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    ).decode()


_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"


def _ensure_role(conn: Connection, role: str, password: str | None, done: list[str]) -> None:
    found = conn.execute(
        text(
            "SELECT rolcanlogin AND NOT (rolsuper OR rolcreatedb OR rolcreaterole OR "
            "rolreplication OR rolbypassrls) FROM pg_roles WHERE rolname = :r"
        ),
        {"r": role},
    ).first()
    if found is None:
        conn.execute(text(f'CREATE ROLE "{role}" {_ATTRIBUTES}'))
        done.append(f"created role {role} ({_ATTRIBUTES.lower()})")
    elif not found[0]:
        conn.execute(text(f'ALTER ROLE "{role}" {_ATTRIBUTES}'))
        done.append(f"role {role} exists: now {_ATTRIBUTES.lower()}")
    else:
        done.append(f"role {role} exists: kept")
    if password:
        verifier = _verifier(conn, role, password).replace("'", "''")
        # Not text(): a verifier's colons would read as bind parameters.
        conn.exec_driver_sql(f"ALTER ROLE \"{role}\" PASSWORD '{verifier}'")
        done.append(f"set the password of {role}")


def _objects(
    conn: Connection,
) -> tuple[list[tuple[str, str]], list[str], list[tuple[str, str]]]:
    """(table, owner) pairs, sequences and (function, owner) pairs of the public schema."""
    tables = [
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'")
        )
    ]
    sequences = [
        str(r[0])
        for r in conn.execute(
            text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
        )
    ]
    functions = [
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            text(
                "SELECT p.oid::regprocedure::text, pg_get_userbyid(p.proowner) FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
            )
        )
    ]
    return sorted(tables), sorted(sequences), sorted(functions)


def set_up_roles(
    db: Database,
    actor: str,
    owner: str = OWNER,
    officer: str = OFFICER,
    passwords: RolePasswords | None = None,
) -> list[str]:
    """Create (or re-apply) the owner and officer roles on this PostgreSQL database; returns
    what was done, one line each. Run by an administrator connected as a PostgreSQL role
    that may create roles (once), or as the owner (again, after an upgrade)."""
    require_first(db, actor, Permission.DATABASE)  # before the names are looked at
    if db.is_sqlite:
        raise InvalidInput(
            "database roles are PostgreSQL's: a SQLite file is protected by who may write it"
        )
    owner, officer = _check_name(owner), _check_name(officer)
    if owner == officer:
        raise InvalidInput("the owner and the officer role must be two roles")
    passwords = passwords or RolePasswords()
    done: list[str] = []
    try:
        with db.engine.begin() as conn:
            database = str(conn.execute(text("SELECT current_database()")).scalar_one())
            _ensure_role(conn, owner, passwords.owner, done)
            _ensure_role(conn, officer, passwords.officer, done)
            done += _own(conn, database, owner)
            done += _grant(conn, database, owner, officer)
    except DBAPIError as exc:
        said = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise Conflict(
            f"PostgreSQL refused: {said}. Nothing was changed. Run `db roles` connected as the "
            "server's superuser (the first time), or as the owner role (again, after an upgrade)"
        ) from None
    return done


def _own(conn: Connection, database: str, owner: str) -> list[str]:
    done: list[str] = []
    current = conn.execute(
        text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :d"), {"d": database}
    ).scalar_one()
    if current != owner:
        conn.execute(text(f'ALTER DATABASE "{database}" OWNER TO "{owner}"'))
        done.append(f"database {database} now owned by {owner}")
    conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{owner}"'))
    tables, _sequences, functions = _objects(conn)
    moved = [t for t, who in tables if who != owner]
    for table in moved:
        conn.execute(text(f'ALTER TABLE public."{table}" OWNER TO "{owner}"'))
    for function, who in functions:
        if who != owner:
            conn.execute(text(f'ALTER FUNCTION {function} OWNER TO "{owner}"'))
    done.append(
        f"{owner} owns the schema's {len(tables)} tables ({len(moved)} moved to it), their "
        f"sequences and {len(functions)} functions: only it migrates and alters triggers"
    )
    return done


def _grant(conn: Connection, database: str, owner: str, officer: str) -> list[str]:
    tables, sequences, _functions = _objects(conn)
    names = [t for t, _ in tables]
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{owner}", "{officer}"'))
    conn.execute(text(f'REVOKE CREATE ON SCHEMA public FROM PUBLIC, "{officer}"'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{officer}"'))
    for table in names:
        conn.execute(text(f'REVOKE ALL ON public."{table}" FROM "{officer}"'))
        if table in READ_ONLY:
            grant = "SELECT"
        elif table in RECORDED:
            columns = ", ".join(f'"{c}"' for c in RECORDED[table])
            grant = "SELECT, INSERT" + (f", UPDATE ({columns})" if columns else "")
        else:
            grant = ", ".join(DAILY)
        conn.execute(text(f'GRANT {grant} ON public."{table}" TO "{officer}"'))
    for sequence in sequences:
        conn.execute(text(f'GRANT USAGE, SELECT ON SEQUENCE public."{sequence}" TO "{officer}"'))
    # Tables a later upgrade adds: daily use by default (a new recorded table revokes itself).
    conn.execute(
        text(
            f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public GRANT '
            f'{", ".join(DAILY)} ON TABLES TO "{officer}"'
        )
    )
    conn.execute(
        text(
            f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public GRANT USAGE, SELECT '
            f'ON SEQUENCES TO "{officer}"'
        )
    )
    recorded = sorted(t for t in RECORDED if t in names)
    return [
        f"{officer} may read, add, change and delete case data in {len(names) - len(recorded)} "
        "tables (the triggers still guard documents and the audit head)",
        f"{officer} may only read and add to {', '.join(recorded)}; it may change only a "
        "decision's sign-off, the audit head and letter counters (forward, by trigger)",
        f"{officer} may not TRUNCATE, create or alter triggers, or change the schema",
    ]
