"""Write tests/data/schema/<head>.sqlite3 with the sample cases: run once per new revision."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from kvisa_desk.core.applications.importer import import_records  # noqa: E402
from kvisa_desk.core.applications.readers import RawRecord  # noqa: E402
from kvisa_desk.store.engine import Database, make_engine, sqlite_url  # noqa: E402
from kvisa_desk.store.migrate import head_revision, upgrade_database  # noqa: E402
from tests.samples import OKAFOR, tricky_records  # noqa: E402


def main() -> None:
    target = Path(__file__).resolve().parent / f"{head_revision()}.sqlite3"
    target.unlink(missing_ok=True)
    url = sqlite_url(target)
    engine = make_engine(url)
    upgrade_database(engine, url)
    db = Database(url, engine)
    if head_revision() >= "0005":  # accounts exist from 0005 on: the importer needs one
        from kvisa_desk.core.accounts.accounts import create_account

        with db.write() as session:
            create_account(
                session,
                "saved.fixture",
                "saved fixture password",
                "officer",
                "saved.fixture",
                must_change=False,
            )
    records = [OKAFOR, *tricky_records()]
    raw = [RawRecord(f"[{i}]", r) for i, r in enumerate(records)]
    import_records(db, raw, "saved.fixture", "saved.json")
    engine.dispose()
    # One self-contained file in the repository, not a WAL pair.
    with sqlite3.connect(target) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
