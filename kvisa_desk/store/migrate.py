"""Create or upgrade the schema with Alembic; back up SQLite files first; refuse newer databases."""

from __future__ import annotations

import ast
import shutil
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from kvisa_desk.store.cipher import connect_file, key_for, slot_file
from kvisa_desk.store.engine import read_only_url, sqlite_file
from kvisa_desk.store.locations import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with mako and pygments, ~25 MB and a fifth of a second) is imported only when an
# upgrade runs: a database already at head needs only a plain revision query, and the
# revision graph is read from the migration files' `revision`/`down_revision` lines.
VERSION_TABLE = "alembic_version"


# What the refusals to open a database say, in English, by message id; the window words
# each id in its own language (ui.widgets.error_text), as for core's errors.
MIGRATE_MESSAGES: dict[str, str] = {
    "database.too_new": (
        "This database is at schema revision {revision}, which this version of KVisa Desk "
        "({head}) does not know: it was written by a newer version. Update KVisa Desk to that "
        "version or newer; the database was not changed."
    ),
    "database.upgrade_needed": (
        "This post's shared database is at schema revision {revision}, older than the {head} "
        "this version of KVisa Desk expects. Ask the administrator to run `{command}` (it "
        "upgrades the database once for every officer); nothing was changed."
    ),
}


class OpeningRefused(RuntimeError):
    """The database cannot be opened as it is; the message says why and what to do."""

    message_id: str | None = None
    params: dict[str, str] = {}

    @classmethod
    def said(cls, message_id: str, **params: str) -> OpeningRefused:
        error = cls(MIGRATE_MESSAGES[message_id].format(**params))
        error.message_id, error.params = message_id, params
        return error


class DatabaseTooNew(OpeningRefused):
    """The database was written by a newer KVisa Desk than this one."""


class MigrationFailed(OpeningRefused):
    """An upgrade stopped; the message says whether the backup was put back and where it is."""


class SchemaUpgradeNeeded(OpeningRefused):
    """A shared database is at an older schema revision; only an administrator upgrades it."""


UPGRADE_COMMAND = "kvisa-desk db upgrade"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def _revision_graph() -> dict[str, tuple[str, ...]]:
    """Each shipped revision and the revisions it follows, read from the migration files."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        found: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if node.value is not None and {"revision", "down_revision"} & set(names):
                    found[names[0]] = ast.literal_eval(node.value)
        revision, down = found.get("revision"), found.get("down_revision")
        if isinstance(revision, str):
            downs = (down,) if isinstance(down, str) else tuple(down or ())  # type: ignore[arg-type]
            graph[revision] = tuple(str(d) for d in downs)
    return graph


def known_revisions() -> frozenset[str]:
    return frozenset(_revision_graph())


def head_revisions() -> tuple[str, ...]:
    """The newest revisions; more than one only while parallel branches await a merge."""
    graph = _revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    return tuple(sorted(rev for rev in graph if rev not in followed))


def head_revision() -> str:
    return "+".join(head_revisions())


def current_revisions(engine: Engine) -> tuple[str, ...]:
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return ()
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
        return tuple(sorted(str(rev) for rev in rows))


def current_revision(engine: Engine) -> str | None:
    return "+".join(current_revisions(engine)) or None


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API, safe while others write.

    An encrypted file is copied under its own key (the pages stay encrypted) and its slot
    file goes with it, so the copy opens with the same passwords and recovery key.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    key = key_for(source)
    with closing(connect_file(source, key)) as src, closing(connect_file(partial, key)) as dst:
        src.backup(dst)
    if key is not None:
        slots_partial = slot_file(partial)
        shutil.copyfile(slot_file(source), slots_partial)
        slots_partial.replace(slot_file(target))
    partial.replace(target)
    return target


def refuse_newer_database(currents: tuple[str, ...]) -> None:
    """DatabaseTooNew when a revision is one this code does not know (a newer version's)."""
    known = known_revisions()
    unknown = [rev for rev in currents if rev not in known]
    if unknown:
        raise DatabaseTooNew.said("database.too_new", revision=unknown[0], head=head_revision())


def upgrade_database(engine: Engine, url: str, shared_upgrade: bool = False) -> str | None:
    """Bring the schema to head. Returns the backup's path when one was made.

    A shared (non-SQLite) database that already has a schema is upgraded only when
    `shared_upgrade` says an administrator asked for it; every other client stops with
    SchemaUpgradeNeeded rather than migrating a whole post's database on its own.
    """
    currents = current_revisions(engine)
    if currents == head_revisions():
        return None
    from alembic import command

    cfg = alembic_config()
    current = "+".join(currents) or None
    refuse_newer_database(currents)
    db_file = sqlite_file(url)
    if read_only_url(url):
        raise MigrationFailed(
            f"This database is open read-only and is at schema revision {current}, older than "
            f"{head_revision()}: it cannot be upgraded read-only. Open it once without "
            "mode=ro (it is copied before the upgrade); nothing was changed."
        )
    if current is not None and db_file is None and not shared_upgrade:
        raise SchemaUpgradeNeeded.said(
            "database.upgrade_needed",
            revision=str(current),
            head=head_revision(),
            command=UPGRADE_COMMAND,
        )
    backup: Path | None = None
    if current is not None and db_file is not None and db_file.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(db_file, db_file.with_name(f"{db_file.name}.{current}.{stamp}.bak"))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:
        raise MigrationFailed(_failure_message(exc, engine, db_file, backup)) from exc
    return str(backup) if backup else None


def _failure_message(
    exc: Exception, engine: Engine, db_file: Path | None, backup: Path | None
) -> str:
    """Put the backup back over the half-upgraded file, and say so and where it is."""
    said = f"Upgrading the database failed: {exc}."
    if backup is None or db_file is None:
        return said + " The upgrade ran in one transaction and was rolled back; nothing changed."
    # A failed step may have committed part of its work (or the disk filled mid-write):
    # the copy taken before the upgrade is the database the officer had.
    engine.dispose()
    try:
        # Through SQLite's backup API into the file itself, so its WAL is handled by SQLite.
        key = key_for(backup)
        with closing(connect_file(backup, key)) as src, closing(connect_file(db_file, key)) as dst:
            src.backup(dst)
    except Exception as restore_exc:
        return (
            f"{said} Putting the copy from before the upgrade back also failed ({restore_exc}): "
            f"the database may be half upgraded. The copy is at {backup}; restore it with "
            f"`kvisa-desk db restore {backup} --to NEW_PATH`."
        )
    return (
        f"{said} The database was put back as it was before the upgrade, from the copy saved "
        f"at {backup} (kept)."
    )
