"""What every subcommand gets: the parsed options, the acting officer, the database on demand."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TextIO

from kvisa_desk.core.officers import acting_username
from kvisa_desk.core.startup import OpenedDatabase, open_database
from kvisa_desk.store.engine import Database, resolve_database_url


@dataclass
class CliContext:
    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _opened: OpenedDatabase | None = None

    @property
    def actor(self) -> str:
        return acting_username(self.args.user)

    @property
    def database_url(self) -> str:
        return resolve_database_url(self.args.db, self.args.db_url)

    @property
    def db(self) -> Database:
        if self._opened is None:
            self._opened = open_database(self.database_url, self.actor)
            if self._opened.backup:
                self.error(f"database upgraded; the previous copy is at {self._opened.backup}")
        return self._opened.db

    def error(self, message: str) -> None:
        print(message, file=self.err)

    def close(self) -> None:
        if self._opened is not None:
            self._opened.db.dispose()
