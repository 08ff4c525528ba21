"""Write failures: injected ones for tests, and plain words for real ones.

A test arms a plan (`failing_nth_write(n)`, or KVISA_FAULT_NTH_WRITE=N in a child process's
environment) and the nth write the application makes fails as the disk or the database
would: a file write raises OSError (EIO), a database commit raises OperationalError. A
write is one file written (`store.files`) or one committed transaction (`store.engine`).
Unarmed, each write point costs one environment lookup.

`explain(error)` turns a write failure, injected or real (a full disk, a read-only
database, a lock held past the busy timeout, an unreachable server), into a sentence an
officer can act on; the CLI and the window show it instead of a traceback.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from kvisa_desk.store.cipher import driver

ENV_NTH_WRITE = "KVISA_FAULT_NTH_WRITE"
INJECTED = "injected"


@dataclass
class FaultPlan:
    """Fail the `nth` write (1-based); `points` lists every write seen, `hit` the failed one."""

    nth: int
    points: list[str] = field(default_factory=list)
    hit: str | None = None

    def step(self, where: str) -> bool:
        self.points.append(where)
        if len(self.points) == self.nth:
            self.hit = where
            return True
        return False


_armed: FaultPlan | None = None


def _plan() -> FaultPlan | None:
    global _armed
    if _armed is None and (nth := os.environ.get(ENV_NTH_WRITE)):
        _armed = FaultPlan(int(nth))
    return _armed


@contextmanager
def failing_nth_write(nth: int) -> Iterator[FaultPlan]:
    """Within the block the nth write fails; the plan says where it was (None: never reached)."""
    global _armed
    plan = FaultPlan(nth)
    _armed = plan
    try:
        yield plan
    finally:
        _armed = None


def file_write(path: Path) -> None:
    """A write point for a file about to be given its real name."""
    plan = _plan()
    if plan is not None and plan.step(f"file {path.name}"):
        raise OSError(errno.EIO, f"Input/output error ({INJECTED})", str(path))


def database_commit() -> None:
    """A write point for a transaction about to commit (an engine `commit` event)."""
    plan = _plan()
    if plan is not None and plan.step("commit"):
        raise OperationalError(
            "COMMIT", None, driver.OperationalError(f"disk I/O error ({INJECTED})")
        )


_DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


# What each write failure says, in English; the window has the same ids in its languages.
FAULT_MESSAGES: dict[str, str] = {
    "file.disk_full": (
        "The disk is full: a file{which} could not be written and nothing was saved. "
        "Free some space (or ask IT to) and try again."
    ),
    "file.read_only": (
        "A file{which} cannot be written here (no permission, or a read-only disk); "
        "nothing was saved."
    ),
    "file.failed": (
        "A file{which} could not be read or written ({reason}); nothing was saved. Try again."
    ),
    "database.read_only": (
        "The database is open read-only: nothing can be saved. Open it writable to make changes."
    ),
    "database.disk_full": (
        "The disk holding the database is full: nothing was saved. Free some space and try again."
    ),
    "database.locked": (
        "The database is locked by another program and stayed locked past the waiting "
        "time: nothing was saved. Close the other program (or wait) and try again."
    ),
    "database.unreachable": (
        "The database server cannot be reached: nothing was saved. Check the network; "
        "what you typed is kept, try again when the server is back."
    ),
    "database.refused": (
        "The database refused the change ({reason}); nothing was saved. Try again."
    ),
}


def explanation(error: BaseException) -> tuple[str, dict[str, str]] | None:
    """The id of what went wrong writing and its parameters; None if no write failure."""
    if isinstance(error, DBAPIError):
        return _explain_database(error)
    if isinstance(error, OSError) and error.errno is not None:  # one the system raised
        name = Path(str(error.filename)).name if error.filename else ""
        which = {"which": f" ({name})" if name else "", "name": name}
        if error.errno in _DISK_FULL:
            return "file.disk_full", which
        if error.errno in _READ_ONLY:
            return "file.read_only", which
        return "file.failed", {**which, "reason": str(error.strerror or error)}
    return None


def explain(error: BaseException) -> str | None:
    """What went wrong writing, in the officer's words; None if `error` is no write failure."""
    found = explanation(error)
    if found is None:
        return None
    message_id, params = found
    return FAULT_MESSAGES[message_id].format(**params)


def _explain_database(error: DBAPIError) -> tuple[str, dict[str, str]]:
    original = (str(error.orig or error).splitlines() or ["?"])[0]
    said = original.lower()
    if "readonly" in said or "read-only" in said:
        return "database.read_only", {}
    if "full" in said:
        return "database.disk_full", {}
    if "locked" in said or "busy" in said:
        return "database.locked", {}
    if unreachable(error):
        return "database.unreachable", {}
    return "database.refused", {"reason": original}


def unreachable(error: BaseException) -> bool:
    """The database server did not answer (refused, dropped or timed out the connection)."""
    if not isinstance(error, DBAPIError):
        return False
    said = str(error.orig or error).lower()
    words = (
        "connection refused",
        "could not connect",
        "server closed",
        "connection failed",
        "terminating connection",
        "timeout expired",
        "connection is closed",
        "the connection is lost",
        "consuming input failed",
    )
    return error.connection_invalidated or any(word in said for word in words)
