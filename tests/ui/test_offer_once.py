"""Offers made once per database (demo cases, encryption) share one memory: per offer, per
database, and never the database's URL in the settings (it may carry a password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kvisa_desk.ui.widgets.offer_once import OfferedOnce

URL = "postgresql+psycopg://kvisa:s3cret@db.post.example/kvisa?sslmode=require"


def test_each_offer_is_remembered_per_database_without_its_url(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    demo, encrypt = OfferedOnce(settings, "demo/x", URL), OfferedOnce(settings, "enc/x", URL)
    other_db = OfferedOnce(settings, "demo/x", "sqlite+pysqlite:////tmp/other.sqlite3")
    assert not demo.answered() and not encrypt.answered()
    demo.remember()
    demo.remember()  # once is enough: the list does not grow
    assert demo.answered() and not encrypt.answered() and not other_db.answered()
    assert OfferedOnce(settings, "demo/x", URL).answered()  # a later start
    assert settings.value("demo/x", [], type=list) == [demo._location]
    settings.sync()
    assert "s3cret" not in Path(settings.fileName()).read_text(encoding="utf-8")


def test_without_settings_nothing_is_kept() -> None:
    once = OfferedOnce(None, "demo/x", URL)
    once.remember()
    assert not once.answered()
