"""A shared PostgreSQL server that goes away under the window: the officer is told plainly,
keeps what they typed, the window retries on its own, and nothing is saved behind their back.

Runs a throwaway cluster of its own on another port (the recipe in the platform notes) so it
can stop and start it; skipped where PostgreSQL's binaries are not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.startup import open_database
from kvisa_desk.ui.shell import app as app_module
from kvisa_desk.ui.shell.app import create_main_window, run_window
from kvisa_desk.ui.shell.offline_banner import ServerOfflineBanner, ServerWatch
from kvisa_desk.ui.widgets.prompts import Prompts
from tests.conftest import add_test_accounts
from tests.samples import application
from tests.ui.opening import open_case

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PORT = 54340
NOBODY_LISTENS = 54341


class Cluster:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                *args,
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-p {PORT} -k {self.folder / 'sock'} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-l", str(self.folder / "log"), "-w", "-o", options, "start")

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL 15 is not installed (no {PG_BIN / 'initdb'})")
    if os.geteuid() != 0:
        pytest.skip("starting a throwaway cluster as the postgres user needs root")
    if shutil.which("runuser") is None:
        pytest.skip("runuser (util-linux) is not on PATH: the cluster runs as the postgres user")
    folder = Path(tempfile.mkdtemp(prefix="kvisa-offline-"))
    (folder / "sock").mkdir()
    shutil.chown(folder, "postgres")
    shutil.chown(folder / "sock", "postgres")
    subprocess.run(
        [
            "runuser",
            "-u",
            "postgres",
            "--",
            str(PG_BIN / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    server = Cluster(folder)
    server.start()
    yield server
    with contextlib.suppress(subprocess.CalledProcessError):  # stopped by a failed test
        server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def shared_url(cluster: Cluster) -> str:
    admin = f"postgresql+psycopg://postgres@127.0.0.1:{PORT}/postgres"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS kvisa WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE kvisa"))
    engine.dispose()
    return f"postgresql+psycopg://postgres@127.0.0.1:{PORT}/kvisa"


def _prompts(errors: list[str]) -> Prompts:
    return Prompts(
        lambda _p, _t, _q: True,
        lambda _p, _t, message: errors.append(message),
        lambda _p, _t, _q: "cancel",
    )


def test_lost_server_is_said_plainly_typing_is_kept_and_it_retries(
    qtbot: Any, cluster: Cluster, shared_url: str, tmp_path: Path
) -> None:
    db = open_database(shared_url).db
    add_test_accounts(db)
    raw = [RawRecord("[0]", application("KV-OFF-1", documents=[]))]
    case_id = import_records(db, raw, "test.officer", "off.json").first_case_id
    assert case_id is not None
    errors: list[str] = []
    window = create_main_window(db, "officer.a", _prompts(errors))
    qtbot.addWidget(window)
    window.resize(1100, 650)
    window.show()
    watch = window.findChild(ServerWatch)
    banner = window.findChild(ServerOfflineBanner)
    assert watch is not None and banner is not None and not banner.isVisible()
    watch.timer.setInterval(200)  # the test need not wait five seconds a try
    qtbot.waitUntil(lambda: window.worklist_model.case_id_at(0) == case_id, timeout=10_000)
    view = open_case(qtbot, window, case_id)
    assert view is not None
    phone = view.field("applicant.phone")
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "+86 25 8359 3186")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)

    cluster.stop()
    try:
        view.action_save.trigger()  # Ctrl+S
        qtbot.waitUntil(lambda: "cannot be reached" in view.message.text(), timeout=20_000)
        assert view.message.text().startswith("Not saved:")
        assert phone.text() == "+86 25 8359 3186" and view.editing.dirty  # kept
        qtbot.waitUntil(banner.isVisible, timeout=5_000)
        assert "cannot be reached" in banner.label.text()
        qtbot.waitUntil(lambda: watch.attempts >= 3, timeout=20_000)  # it keeps trying
        assert watch.offline
        assert window.grab().save(str(tmp_path / "offline.png"))
        if os.environ.get("KVISA_DOCS_SCREENSHOTS"):
            window.grab().save(os.environ["KVISA_DOCS_SCREENSHOTS"] + "/server-offline.png")
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: not watch.offline, timeout=20_000)
    assert not banner.isVisible()
    assert "answers again" in window.statusBar().currentMessage()
    # Nothing was queued and saved behind the officer's back: the case is as it was...
    assert case_detail(db, case_id).record["applicant"]["phone"] != "+86 25 8359 3186"
    assert phone.text() == "+86 25 8359 3186"
    with qtbot.waitSignal(view.editing.saved, timeout=20_000):  # ...until they save again
        view.action_save.trigger()
    assert case_detail(db, case_id).record["applicant"]["phone"] == "+86 25 8359 3186"
    view.close()
    window.close()
    window.runner.wait()
    db.dispose()
    assert errors == []


def test_a_server_nobody_answers_at_start_is_named_plainly(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda _p, _t, message: said.append(message))
    url = f"postgresql+psycopg://kvisa@127.0.0.1:{NOBODY_LISTENS}/kvisa"
    args = argparse.Namespace(db=None, db_url=url, user="officer.a")
    assert run_window(args) == app_module.EXIT_CANNOT_OPEN
    assert len(said) == 1
    assert "the server 127.0.0.1 cannot be reached" in said[0] and "Traceback" not in said[0]
