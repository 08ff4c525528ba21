"""The suite neither reads nor changes the configuration of the person running it.

A user who once switched the window to Chinese, with LANG=zh_CN.UTF-8, runs the suite: the
tests still see English and their own folders, and that user's files stay byte for byte as
they were (the root conftest pins the environment before Qt or kvisa_desk is imported).
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from kvisa_desk.store.locations import data_dir
from kvisa_desk.ui.shell.app import APP_NAME, ORGANIZATION, application
from kvisa_desk.ui.widgets.translations import LANGUAGE_KEY, chosen_language

ROOT = Path(__file__).resolve().parent.parent
REPORT = "KVISA_TEST_ISOLATION_REPORT"  # where the inner run says what it saw
INNER_TEST = "tests/test_isolation.py::test_the_suite_sees_english_and_folders_of_its_own"
# Where the desk keeps its settings on Linux, as QSettings writes them.
SETTINGS_FILE = Path(".config") / ORGANIZATION / f"{APP_NAME}.conf"
CHINESE_USER = {"LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN:zh", "LC_MESSAGES": "zh_CN.UTF-8"}
CONTROL = """
from PySide6.QtCore import QLocale, QSettings
from kvisa_desk.ui.shell.app import application
from kvisa_desk.ui.widgets.translations import current_language
application()
print(current_language(), QLocale.system().name(), QSettings().fileName(), sep="\\n")
"""


def test_the_suite_sees_english_and_folders_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    home = os.environ["HOME"]
    importlib.import_module("tests.conftest")  # as some test modules do: the same session
    assert os.environ["HOME"] == home
    application()  # named and configured as the desk starts it
    assert (QCoreApplication.organizationName(), QCoreApplication.applicationName()) == (
        ORGANIZATION,
        APP_NAME,
    )
    assert os.environ["KVISA_LANGUAGE"] == "en"
    assert QLocale.system().language() != QLocale.Language.Chinese
    settings = QSettings()
    monkeypatch.delenv("KVISA_LANGUAGE")  # neither the saved choice nor the locale says Chinese
    assert chosen_language(settings) == "en"
    settings.setValue("isolation/written", "by the test suite")  # as window state would be
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    report = os.environ.get(REPORT)
    if report:
        Path(report).write_text(
            json.dumps(
                {
                    "home": str(Path.home()),
                    "settings": settings.fileName(),
                    "data": str(data_dir()),
                    "language": settings.value(LANGUAGE_KEY),
                }
            ),
            encoding="utf-8",
        )


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {
        str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


def chinese_user_environment(home: Path, tmp: Path) -> dict[str, str]:
    """Our environment as an ordinary Chinese-speaking officer's shell would have it."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("XDG_", "LC_", "KVISA_")) and name not in ("HOME", "LANGUAGE")
    }
    env.update(CHINESE_USER, HOME=str(home), TMPDIR=str(tmp), PYTHONDONTWRITEBYTECODE="1")
    return env


@pytest.mark.skipif(sys.platform != "linux", reason="the settings file path is Linux's")
def test_a_chinese_users_configuration_is_neither_read_nor_changed(tmp_path: Path) -> None:
    home, tmp, report = tmp_path / "home", tmp_path / "tmp", tmp_path / "report.json"
    tmp.mkdir()
    (home / SETTINGS_FILE).parent.mkdir(parents=True)
    (home / SETTINGS_FILE).write_text(
        "[ui]\nlanguage=zh_CN\n\n[folders]\nlast_import=/home/officer/Imports\n", encoding="utf-8"
    )
    (home / ".local/share/kvisa-desk").mkdir(parents=True)
    (home / ".local/share/kvisa-desk/kvisa-desk.sqlite3").write_bytes(b"the officer's database")
    env = chinese_user_environment(home, tmp)

    # Control: outside the suite this home and locale do make the desk Chinese.
    control = subprocess.run(
        [sys.executable, "-c", CONTROL], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert control.returncode == 0, control.stderr
    assert control.stdout.splitlines() == ["zh_CN", "zh_CN", str(home / SETTINGS_FILE)]

    before = snapshot(home)  # after the control, which may leave caches of its own
    env["KVISA_LANGUAGE"] = "zh_CN"  # and the officer's shell asks for Chinese too
    env[REPORT] = str(report)
    inner = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", INNER_TEST],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert inner.returncode == 0, inner.stdout + inner.stderr
    assert "1 passed" in inner.stdout
    assert snapshot(home) == before  # nothing read into the tests, nothing written back
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["language"] is None  # the suite's settings do not hold the officer's choice
    for place in ("home", "settings", "data"):
        assert not Path(seen[place]).is_relative_to(home), (place, seen[place])
        assert not Path(seen[place]).exists(), f"the session folder {seen[place]} was left behind"
    assert not list(tmp.glob("kvisa-tests-*"))
