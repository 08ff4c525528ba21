"""A database opened read-only (`mode=ro`; the tests run as root, where file permissions do
not stop writes): it opens, it can be read and signed in to, every write is refused in plain
words with nothing changed, and the window opens with a banner saying so.
"""

from __future__ import annotations

import io
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.accounts import authenticate
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.errors import WriteFailed, in_plain_words
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.ui.shell.app import create_main_window
from kvisa_desk.ui.shell.read_only_banner import ReadOnlyBanner
from kvisa_desk.ui.widgets.prompts import Prompts
from tests.conftest import TEST_PASSWORD
from tests.samples import application, write_json

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.filterwarnings("error"),
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


def _read_only_url(path: Path) -> str:
    return f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


@pytest.fixture
def read_only(db: Database, tmp_path: Path) -> tuple[Path, str]:
    """A database with one case, closed, and the URL that opens it read-only."""
    source = write_json(tmp_path / "a.json", [application("KV-RO-1", documents=[])])
    import_file(db, source, "officer.a")
    path = sqlite_file(db.url)
    assert path is not None
    db.dispose()
    return path, _read_only_url(path)


def _cli(url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", url, "--user", "officer.a", *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def test_read_only_database_opens_reads_and_refuses_writes(
    read_only: tuple[Path, str], tmp_path: Path
) -> None:
    path, url = read_only
    before = _dump(path)
    opened = open_database(url)
    try:
        assert opened.db.read_only
        assert authenticate(opened.db, "officer.a", TEST_PASSWORD).username == "officer.a"
        source = write_json(tmp_path / "b.json", [application("KV-RO-2", documents=[])])
        with pytest.raises(Exception) as refused:
            import_file(opened.db, source, "officer.a")
        plain = in_plain_words(refused.value)
        assert isinstance(plain, WriteFailed)
        assert "open read-only" in str(plain) and "nothing can be saved" in str(plain)
    finally:
        opened.db.dispose()
    assert _dump(path) == before  # not a byte of data changed, not even a sign-in event


def test_the_cli_reads_a_read_only_database_and_says_why_it_cannot_write(
    read_only: tuple[Path, str], tmp_path: Path
) -> None:
    path, url = read_only
    before = _dump(path)
    code, out, err = _cli(url, "cases")
    assert code == 0, err
    assert "KV-RO-1" in out
    source = write_json(tmp_path / "b.json", [application("KV-RO-2", documents=[])])
    code, _out, err = _cli(url, "import", str(source))
    assert code == 2
    assert "open read-only: nothing can be saved" in err and "Traceback" not in err
    assert _dump(path) == before


def test_the_window_opens_read_only_with_a_banner(
    read_only: tuple[Path, str], qtbot: QtBot, tmp_path: Path
) -> None:
    path, url = read_only
    before = _dump(path)
    errors: list[str] = []
    prompts = Prompts(
        lambda _p, _t, _q: True,
        lambda _p, _t, message: errors.append(message),
        lambda _p, _t, _q: "cancel",
    )
    opened = open_database(url)
    window = create_main_window(opened.db, "officer.a", prompts)
    qtbot.addWidget(window)
    window.resize(1100, 650)
    window.show()
    banner = window.findChild(ReadOnlyBanner)
    assert banner is not None and banner.isVisible()
    said = banner.label.text()
    assert "read-only" in said and "case views cannot be recorded" in said
    assert (
        not window.menus.action_assign_me.isEnabled()
        and not window.menus.action_run_checks.isEnabled()
    )
    qtbot.waitUntil(lambda: window.worklist_model.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(window.counts_shown, timeout=10_000):  # queues counted, not indexed
        window.refresh_counts()
    assert window.menus.action_open.isEnabled()  # reading goes on as usual
    shot = tmp_path / "read-only.png"
    assert window.grab().save(str(shot))
    if os.environ.get("KVISA_DOCS_SCREENSHOTS"):
        window.grab().save(os.environ["KVISA_DOCS_SCREENSHOTS"] + "/read-only-banner.png")
    window.close()
    window.runner.wait()
    opened.db.dispose()
    assert errors == []
    assert _dump(path) == before


def test_a_writable_database_has_no_banner(db: Database, qtbot: QtBot) -> None:
    window = create_main_window(db, "officer.a")
    qtbot.addWidget(window)
    assert window.findChild(ReadOnlyBanner) is None
    assert isinstance(window.centralWidget(), QWidget)
    window.close()
    window.runner.wait()
