"""Where the application's data and its shipped resources live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

import kvisa_desk

APP_NAME = "kvisa-desk"
DEFAULT_DB_NAME = "kvisa-desk.sqlite3"


def data_dir() -> Path:
    """The user's data folder; KVISA_DATA_DIR moves it (tests, portable installs)."""
    override = os.environ.get("KVISA_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def _shipped_dir(name: str) -> Path:
    # An installed wheel carries the folder inside the package; a checkout has it at the top.
    package_dir = Path(kvisa_desk.__file__).resolve().parent
    inside = package_dir / name
    return inside if inside.is_dir() else package_dir.parent / name


def resources_dir() -> Path:
    return _shipped_dir("resources")


def migrations_dir() -> Path:
    return _shipped_dir("db")
