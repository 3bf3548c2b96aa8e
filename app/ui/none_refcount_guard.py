"""A guard against a reference-counting fault in PySide6 6.12 on Python 3.11.

In this combination every call to a C++ method that returns nothing (``label.setText``,
``painter.drawLine``, ``settings.setValue`` ...) hands Python ``None`` without taking a
reference to it, so each call lowers ``None``'s reference count by one. After a few thousand
calls the count reaches zero and the interpreter aborts with "Fatal Python error:
none_dealloc" (at exit, or in the middle of painting a long list). Python 3.12 made ``None``
immortal (PEP 683), so there the fault is harmless.

:func:`install` probes for the fault and, only where it is present, gives ``None`` a very
large reserve of references, which is what immortality means. It runs once, when
``app.ui`` is first imported, before any window exists.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to None: ~10^12 leaked calls before it could matter.
RESERVE = 1 << 40
_PROBE_CALLS = 64

_installed = False


def void_calls_leak_none() -> bool:
    """Whether calling a void PySide method loses a reference to None here."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    # Other activity can move the count by a few; the fault moves it by one per call.
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def install() -> bool:
    """Protect None if (and only if) this PySide6 leaks it. Returns whether it did."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal None, or a debug build whose object layout differs
    if not void_calls_leak_none():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _installed = True
    return True
