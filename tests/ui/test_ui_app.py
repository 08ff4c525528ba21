"""Start-up: the window from the command line, refusals, the bundled font, screenshots."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kvisa_desk.cli.main import main as cli_main
from kvisa_desk.core.checks.report import check_many
from kvisa_desk.core.checks.runs import all_case_ids
from kvisa_desk.gallery import screenshot
from kvisa_desk.store.cipher import connect_file
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.ui.shell import app as app_module
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.shell.sign_in import SignInDialog
from kvisa_desk.ui.widgets.labels import status_label
from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import PLAIN_COUNT

pytestmark = pytest.mark.sqlite_only


def db_path(db: Database) -> Path:
    path = sqlite_file(db.url)
    assert path is not None
    return path


def test_cli_without_subcommand_opens_the_window_on_the_database(
    qtbot: Any, cases_db: Database
) -> None:
    seen: dict[str, Any] = {}

    def sign_in_then_look_and_close() -> None:
        # KVISA_PASSWORD signs in as the CLI does; were the dialog shown, answer it.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                seen["signed_in_as"] = widget.username.text()
                widget.password.setText(TEST_PASSWORD)
                widget.buttons.accepted.emit()
                return
            if isinstance(widget, MainWindow) and widget.isVisible():
                timer.stop()
                seen["visible"] = widget.isVisible()
                seen["rows"] = widget.worklist_model.rowCount()
                seen["actor"] = widget.actor
                seen["title"] = widget.windowTitle()
                widget.close()
                return

    timer = QTimer()
    timer.timeout.connect(sign_in_then_look_and_close)
    timer.start(20)
    exit_code = cli_main(["--db", str(db_path(cases_db)), "--user", "officer.li"])
    timer.stop()
    assert exit_code == 0
    assert seen["visible"] is True
    assert seen["rows"] > PLAIN_COUNT
    assert seen["actor"] == "officer.li"
    # who is at the desk, and the kind of file (the suite's files are encrypted)
    assert seen["title"] == "officer.li (officer) — encrypted database"
    assert QApplication.applicationName() == "KVisa Desk"
    # Qt ends the shown title with the display name: once, not "KVisa Desk — … — KVisa Desk"
    assert QApplication.applicationDisplayName() == "KVisa Desk"
    assert "KVisa Desk" not in seen["title"]
    assert "WenQuanYi Micro Hei" in QApplication.font().families()


def test_a_database_too_new_is_refused_with_its_message(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = db_path(db)
    db.dispose()
    with connect_file(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "show_error", lambda _p, title, msg: shown.append((title, msg)))
    assert cli_main(["--db", str(path)]) == 2
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "KVisa Desk cannot open the database"
    assert "ffffffffffff" in message and "newer version" in message


def test_an_unreachable_database_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "show_error", lambda _p, title, msg: shown.append((title, msg)))
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    assert cli_main(["--db-url", url]) == 2
    assert shown and "could not be opened" in shown[0][1]


FONT_PROBE = """
import json
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

app = QApplication([])

def drawn(ch):
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(app.font())
    painter.drawText(4, 36, ch)
    painter.end()
    return image

# Two different characters drawn alike are two "missing glyph" boxes.
before = drawn("张") == drawn("伟")
from kvisa_desk.ui.shell.app import install_bundled_fonts
from kvisa_desk.store.cipher import connect_file
added = install_bundled_fonts(app)
after = drawn("张") == drawn("伟")
print(json.dumps({"boxes_before": before, "boxes_after": after, "added": added}))
"""


def test_chinese_renders_with_no_chinese_font_on_the_system(tmp_path: Path) -> None:
    # A fontconfig that hides every CJK font the machine may have.
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <cachedir>{tmp_path / "fc-cache"}</cachedir>
  <selectfont><rejectfont>
    <glob>*wqy*</glob><glob>*CJK*</glob><glob>*cjk*</glob><glob>*droid*</glob>
  </rejectfont></selectfont>
</fontconfig>
""",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", FONT_PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    probe = json.loads(run.stdout.strip().splitlines()[-1])
    if not probe["boxes_before"]:
        pytest.skip("a Chinese font is still visible to Qt here: nothing to prove")
    assert "WenQuanYi Micro Hei" in probe["added"]
    assert probe["boxes_after"] is False


def test_screenshot_script_writes_every_picture(cases_db: Database, tmp_path: Path) -> None:
    check_many(cases_db, all_case_ids(cases_db), "test.officer")
    out = tmp_path / "shots"
    path = db_path(cases_db)
    exit_code = screenshot.main([str(out), "--db", str(path), "--size", "800x500"])
    assert exit_code == 0
    sizes = {
        name: (QImage(str(out / name)).width(), QImage(str(out / name)).height())
        for name in (
            "main-window.png", "case-view.png", "checks-tab.png", "conflict.png", "case-view-zh.png"
        )
    }  # fmt: skip
    assert sizes == {
        "main-window.png": (800, 500),
        "case-view.png": (900, 580),
        "checks-tab.png": (1280, 800),
        "conflict.png": (900, 580),
        "case-view-zh.png": (900, 580),
    }
    assert QApplication.translate("CaseView", "What happened") == "What happened"  # English again
    assert status_label("received") == "Received"
