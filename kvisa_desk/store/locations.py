"""Where the application's data and its shipped migrations live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kvisa_desk.shipped import shipped_dir

APP_NAME = "kvisa-desk"
DEFAULT_DB_NAME = "kvisa-desk.sqlite3"


def data_dir() -> Path:
    """The user's data folder; KVISA_DATA_DIR moves it (tests, portable installs)."""
    override = os.environ.get("KVISA_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def migrations_dir() -> Path:
    return shipped_dir("db")
