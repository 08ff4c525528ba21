"""The window's exchange: the inbox pass with its state in the status bar, and File ▸ Send
decisions… writing a batch that verifies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from kvisa_desk.core.exchange.verify import recorded_certificates_for, verify_batch
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.ui.exchange.inbox_watch import InboxWatch
from kvisa_desk.ui.exchange.send_decisions import SendDecisions
from kvisa_desk.ui.shell.main_window import MainWindow
from tests.exchange.exchange_support import case_count, decided_post, drop_jsonl


def _watch(window: MainWindow) -> InboxWatch:
    found = window.findChild(InboxWatch, "exchange.inbox_watch")
    assert found is not None
    return found


def test_the_inbox_state_and_a_pass_from_the_window(
    qtbot: Any,
    make_window: Any,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KVISA_INBOX", raising=False)
    window = make_window(db)
    watch = _watch(window)
    state = window.findChild(QLabel, "exchange.inbox_state")
    assert state is not None
    qtbot.waitUntil(lambda: state.text() == "Inbox: not set")
    assert watch.run_pass() is None  # nothing watched: nothing runs

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    drop_jsonl(inbox, "from-centre.jsonl", ["KV-WIN-1", "KV-WIN-2"])
    (inbox / "from-centre.jsonl.done").write_bytes(b"")
    (inbox / "broken.json").write_text("[", encoding="utf-8")
    (inbox / "broken.json.done").write_bytes(b"")
    with qtbot.waitSignal(watch.pass_done, timeout=30_000) as done:
        watch.set_folder(inbox)  # File ▸ Inbox folder…, then a pass at once
    assert done.args[0].count("imported") == 1
    assert case_count(db) == 2
    assert "2 imported" not in state.text()  # submissions are counted, not records
    assert ": 1 imported, 1 rejected, 0 waiting" in state.text()
    assert "broken.json: refused" in state.toolTip()
    assert "refused 1 submissions" in window.statusBar().currentMessage()
    assert watch.timer.isActive() and watch.timer.interval() == 60_000


def test_an_unusable_inbox_is_said_in_the_status_bar_not_in_a_dialog(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KVISA_INBOX", str(tmp_path / "gone"))
    window = make_window(db)
    watch = _watch(window)
    with qtbot.waitSignal(watch.pass_failed, timeout=30_000):
        watch.run_pass()
    state = window.findChild(QLabel, "exchange.inbox_state")
    assert state is not None and state.text() == "Inbox: cannot be used"
    assert "no such folder" in state.toolTip()


def test_send_decisions_writes_a_batch_that_verifies(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, prompts: Any
) -> None:
    made = decided_post(db, tmp_path / "work")
    window = make_window(db)
    action = window.findChild(QAction, "action.send_decisions")
    assert action is not None and action.isEnabled()
    sender = window.findChild(SendDecisions, "exchange.send_decisions")
    assert sender is not None
    operation = sender.send_to(tmp_path / "outbox")
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=60_000):
        pass
    folder = tmp_path / "outbox" / f"decisions-{made['post']}-000001"
    assert f"Batch 1 of {made['post']} written" in window.statusBar().currentMessage()
    assert verify_batch(folder, recorded_certificates_for(db, "officer.a")).intact
    operation = sender.send_to(tmp_path / "outbox")
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=60_000):
        pass
    assert "Nothing new to send" in window.statusBar().currentMessage()
    assert prompts.errors == []


def test_a_read_only_database_sends_nothing_and_watches_no_inbox(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    monkeypatch.setenv("KVISA_INBOX", str(inbox))
    path = sqlite_file(db.url)
    assert path is not None
    db.dispose()
    opened = open_database(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true")
    window = make_window(opened.db)
    send = window.findChild(QAction, "action.send_decisions")
    choose = window.findChild(QAction, "action.inbox_folder")
    assert send is not None and not send.isEnabled()  # a batch is recorded before it is written
    assert choose is not None and not choose.isEnabled()
    watch = _watch(window)
    assert not watch.timer.isActive() and not watch.label.isVisible()
    window.close()
    window.runner.wait()
    window.reader.wait()
    opened.db.dispose()
