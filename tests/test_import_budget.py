"""What starting the window costs in imports: heavy libraries load when first used.

Alembic (with mako and pygments) only for an upgrade, ReportLab and Pillow only for a PDF,
rapidfuzz only for an institution match, pydantic only for an application record: together
~60 MB that an officer who only reads the worklist never needs (bench worklist, memory).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kvisa_desk.store.engine import make_engine, sqlite_url
from kvisa_desk.store.migrate import (
    alembic_config,
    current_revisions,
    head_revisions,
    known_revisions,
    upgrade_database,
)

HEAVY = ("alembic", "mako", "pygments", "reportlab", "PIL", "rapidfuzz", "pydantic")

LOADED = """
import json, sys
{setup}
print(json.dumps(sorted({{name.split('.')[0] for name in sys.modules}} & set({heavy!r}))))
"""


def _loaded_after(setup: str) -> list[str]:
    code = LOADED.format(setup=setup, heavy=HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_window_loads_none_of_the_heavy_libraries() -> None:
    assert _loaded_after("import kvisa_desk.ui.shell.app") == []


def test_the_case_view_and_its_tabs_load_when_a_case_opens() -> None:
    code = "import sys, kvisa_desk.ui.shell.app; print('kvisa_desk.ui.case.view' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "desk.sqlite3")
    engine = make_engine(url)
    upgrade_database(engine, url)  # made here, upgraded to head with alembic
    engine.dispose()
    setup = (
        "from kvisa_desk.core.startup import open_database\n"
        f"opened = open_database({url!r}, 'system')\n"
        "from kvisa_desk.store.migrate import current_revision, head_revision\n"
        "assert current_revision(opened.db.engine) == head_revision()"
    )
    assert _loaded_after(setup) == []


def test_opening_an_empty_database_still_upgrades_with_alembic(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "new.sqlite3")
    setup = f"from kvisa_desk.core.startup import open_database\nopen_database({url!r}, 'system')"
    assert "alembic" in _loaded_after(setup)


def test_the_revision_graph_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revisions() == tuple(sorted(scripts.get_heads()))
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


@pytest.mark.backend
def test_the_plain_revision_query_agrees_with_alembic(db_url: str) -> None:
    from alembic.runtime.migration import MigrationContext

    url = db_url
    engine = make_engine(url)
    try:
        assert current_revisions(engine) == ()  # no version table yet
        upgrade_database(engine, url)
        with engine.connect() as conn:
            alembic_says = tuple(sorted(MigrationContext.configure(conn).get_current_heads()))
        assert current_revisions(engine) == alembic_says == head_revisions()
    finally:
        engine.dispose()
