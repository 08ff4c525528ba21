"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

Every signal emitted from Python drops one reference to `True` that it never took (and
QPdfDocument.close() does the same to `None`). On Python 3.12 and later these objects are
immortal and nothing happens; on 3.11 a window that has emitted as many signals as `True`
had references (about 12,000 in a started window) aborts with "bool_dealloc". An officer's
day emits far more than that. Python 3.12 made these singletons immortal by giving them a
huge reference count; this does the same on 3.11, once, before any signal is emitted.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than any session can emit, far below where the count could overflow.
HEADROOM = 1 << 40
_done = False


def immortalise_singletons() -> bool:
    """Raise the reference counts of True, False and None by HEADROOM (CPython < 3.12 only).
    Returns whether it did anything; calling it again does nothing."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (True, False, None):
        # In CPython the reference count is the object's first field, at its address.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += HEADROOM
    _done = True
    return True
