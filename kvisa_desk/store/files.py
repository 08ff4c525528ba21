"""The one place the application writes files: to a temporary name, then renamed into place.

An interrupted write leaves the old file (or none), never half a file; fault-injection tests
hook `atomic_write` here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kvisa_desk.store import faults


@contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            faults.file_write(target)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write(target: Path, data: bytes | Callable[[BinaryIO], None]) -> Path:
    with atomic_writer(target) as handle:
        if isinstance(data, bytes):
            handle.write(data)
        else:
            data(handle)
    return target


class StagedFile:
    """A file written under a temporary name whose final name is known only once it is written
    (content addressed by its hash). Nothing but `publish` ever gives it a real name."""

    def __init__(self, handle: BinaryIO, path: Path) -> None:
        self.handle, self.path = handle, path
        self.published = False

    def seal(self) -> None:
        """Flush and fsync the content; it can be read back by path but is not published yet."""
        if not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()

    def publish(self, target: Path) -> None:
        """Rename into place (replacing any file there), then make the rename durable."""
        self.seal()
        faults.file_write(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.path, target)
        self.published = True
        if os.name == "posix":  # a rename is durable once its directory is synced
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


@contextmanager
def staged_writer(directory: Path, prefix: str = "") -> Iterator[StagedFile]:
    """A temporary file in `directory` (same disk as its final place), removed unless published."""
    directory.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{prefix}", suffix=".part", dir=directory)
    staged = StagedFile(os.fdopen(fd, "wb"), Path(temp_name))
    try:
        yield staged
    finally:
        if not staged.handle.closed:
            staged.handle.close()
        if not staged.published:
            staged.path.unlink(missing_ok=True)
