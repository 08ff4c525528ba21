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


@contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
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
