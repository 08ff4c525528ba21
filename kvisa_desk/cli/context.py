"""What every subcommand gets: the parsed options, the signed-in officer, the database."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kvisa_desk.core.accounts.accounts import authenticate, has_administrator
from kvisa_desk.core.accounts.officers import Account, acting_username
from kvisa_desk.core.errors import AuthenticationFailed
from kvisa_desk.core.startup import OpenedDatabase, open_database
from kvisa_desk.store.engine import Database, resolve_database_url, sqlite_file

if TYPE_CHECKING:
    from kvisa_desk.core.accounts.permissions import Permission

ENV_PASSWORD = "KVISA_PASSWORD"
ENV_PASSWORD_FILE = "KVISA_PASSWORD_FILE"  # for scheduled tasks: a file only its owner reads


@dataclass
class CliContext:
    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    account: Account | None = None
    first_administrator_setup: bool = False  # `user add` on a database with no administrator
    file_access_recovery: bool = False  # `user reset` by whoever holds the SQLite file
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

    def show_recovery_key(self, out: TextIO) -> None:
        """A new database's recovery key, made with its first account, this once: the only
        way in if every password is lost (the first `user add` prints it on stdout)."""
        from kvisa_desk.core.accounts.data_keys import take_recovery_key

        recovery_key = take_recovery_key(self._opened.db) if self._opened else None
        if recovery_key is None:
            return
        print(
            "This new database is encrypted. Its recovery key opens it if every password is "
            f"lost; it is shown only this once. Write it down and keep it safe:\n\n"
            f"    {recovery_key}\n",
            file=out,
        )

    def password(self) -> str:
        """KVISA_PASSWORD, KVISA_PASSWORD_FILE, or a prompt on a terminal; never a
        command-line argument."""
        from_env = os.environ.get(ENV_PASSWORD)
        if from_env is not None:
            return from_env
        named = os.environ.get(ENV_PASSWORD_FILE)
        if named:
            return read_password_file(Path(named))
        if sys.stdin.isatty():
            return getpass.getpass(f"Password for {self.actor}: ")
        raise AuthenticationFailed(
            f"no password for {self.actor}: set {ENV_PASSWORD} or run in a terminal"
        )

    def sign_in(self) -> None:
        """Sign in as the subcommand requires (its `login` default says when it may not)."""
        mode = getattr(self.args, "login", "required")
        if mode == "none":
            return
        if mode in ("unless_first_admin", "unless_no_admin") and not has_administrator(self.db):
            self.first_administrator_setup = True
            return
        on_file = sqlite_file(self.database_url) is not None
        given = os.environ.get(ENV_PASSWORD) is not None or bool(os.environ.get(ENV_PASSWORD_FILE))
        if mode == "unless_file_access" and on_file and not given:
            self.file_access_recovery = True
            return
        self.account = authenticate(self.db, self.actor, self.password())

    def require(self, permission: Permission) -> None:
        """PermissionRefused (exit 3) unless the acting account may do this: called before a
        handler reads files or checks its options, so a refused account hears that first."""
        from kvisa_desk.core.accounts.permissions import require_first

        require_first(self.db, self.actor, permission)

    def case_id(self, reference: str) -> int:
        """The case a reference given on the command line names (`C0000042`, `42`, an
        application id or POST/APPLICATION-ID): parsed here, at the edge, for services take
        case ids. NotFound (exit 4) when no case has it."""
        from kvisa_desk.core.cases.refs import find_case_id

        return find_case_id(self.db, reference)

    def error(self, message: str) -> None:
        print(message, file=self.err)

    def close(self) -> None:
        self.show_recovery_key(self.err)
        if self._opened is not None:
            self._opened.db.dispose()


def read_password_file(path: Path) -> str:
    """The password on the first line of PATH, which must be a file only its owner may read
    or write: a password others can read is refused, not used."""
    try:
        stat = path.stat()
        if not path.is_file():
            raise AuthenticationFailed(f"{ENV_PASSWORD_FILE} {path}: not a file")
        if os.name == "posix":
            if stat.st_uid != os.getuid():
                raise AuthenticationFailed(
                    f"{ENV_PASSWORD_FILE} {path}: belongs to another user; refused"
                )
            if stat.st_mode & 0o077:
                raise AuthenticationFailed(
                    f"{ENV_PASSWORD_FILE} {path}: others may read it (mode "
                    f"{stat.st_mode & 0o777:o}); refused: make it the owner's only "
                    f"(chmod 600 {path})"
                )
        with path.open(encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except OSError as exc:
        raise AuthenticationFailed(
            f"{ENV_PASSWORD_FILE} {path}: cannot be read ({exc.strerror})"
        ) from None
