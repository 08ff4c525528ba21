"""The cyclic garbage collector paused for a batch (import, checks, export): each makes
hundreds of thousands of short-lived objects freed by their reference counts, and the
collector's passes over the whole heap (the window's or worker's) were a fifth to a quarter
of their CPU while freeing nothing."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; enabled again after, as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
