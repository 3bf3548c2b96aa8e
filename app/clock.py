"""The one source of "now", so tests can put the app on any day.

Everything that stamps or buckets by time asks :func:`now`. Tests call :func:`set_clock`
with a function returning fixed UTC epoch seconds (see ``tests/conftest.py``).
"""

from __future__ import annotations

import time
from typing import Callable

_clock: Callable[[], float] = time.time


def now() -> float:
    """Current time as UTC epoch seconds."""
    return _clock()


def set_clock(clock: Callable[[], float] | None) -> None:
    """Replace the clock; ``None`` restores the system clock."""
    global _clock
    _clock = clock or time.time
