"""A guard against a reference-counting fault in PySide6 6.12 on Python 3.11.

In this combination PySide6 hands Python the singletons ``None``, ``True`` and ``False``
without taking a reference to them: every call of a C++ method that returns nothing
(``label.setText``, ``painter.drawLine``, ``settings.setValue`` ...) or returns a null
object (``findChild`` finding nothing, ``index.data()`` with no value) lowers ``None``'s
reference count by one, and every ``signal.emit(...)`` (which returns True) lowers
``True``'s. After a few thousand calls a count reaches zero and the interpreter aborts with
"Fatal Python error: none_dealloc" or "bool_dealloc", at exit or in the middle of painting a
long list. Python 3.12 made these singletons immortal (PEP 683), which is what the binding
now assumes; there the fault is harmless.

:func:`install` probes for the fault and, only where it is present, gives the three
singletons a very large reserve of references (what immortality amounts to). It runs once,
when ``app.ui`` is first imported, before any window exists.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to each singleton: ~10^12 leaked calls before it could matter.
RESERVE = 1 << 40
_PROBE_CALLS = 64
_SINGLETONS = (None, True, False)

_installed = False


def _lost(value: object, call) -> bool:
    before = sys.getrefcount(value)
    for _ in range(_PROBE_CALLS):
        call()
    # Other activity can move a count by a few; the fault moves it by one per call.
    return before - sys.getrefcount(value) >= _PROBE_CALLS // 2


def void_calls_leak_none() -> bool:
    """Whether calling a void PySide method loses a reference to None here."""
    from PySide6.QtCore import QObject

    probe = QObject()
    return _lost(None, lambda: probe.setObjectName("probe"))


def emits_leak_true() -> bool:
    """Whether ``signal.emit()`` (which returns True) loses a reference to True here."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    return _lost(True, probe.ping.emit)


def install() -> bool:
    """Protect None, True and False if (and only if) this PySide6 leaks them."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal singletons, or a debug build whose object layout differs
    if not (void_calls_leak_none() or emits_leak_true()):
        return False
    for singleton in _SINGLETONS:
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _installed = True
    return True
