"""Rotating log files in the user's log folder. They carry case ids, never personal data:
no names, passport numbers, dates of birth or document contents are ever logged."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

LOG_NAME = "kvisa-desk.log"


def log_dir() -> Path:
    override = os.environ.get("KVISA_LOG_DIR")
    if override:
        return Path(override)
    data = os.environ.get("KVISA_DATA_DIR")  # a portable or test install keeps logs with data
    return Path(data) / "logs" if data else Path(platformdirs.user_log_dir("kvisa-desk", False))


def configure_logging(level: int = logging.INFO) -> Path:
    """Once per process: INFO and above to a rotating file (5 files of 2 MB)."""
    root = logging.getLogger("kvisa_desk")
    target = log_dir() / LOG_NAME
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return target
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return target
