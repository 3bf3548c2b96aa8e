"""Stopping a request from another thread, for real.

A worker blocked in ``recv()`` does not notice a flag. :class:`CancelToken` therefore keeps
callbacks (the transport registers one per open socket) and runs them on :meth:`cancel`:
shutting the socket down wakes the blocked read at once and the server sees the
connection close, so a local model stops generating instead of talking to nobody.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user stopped the request."""


class CancelToken:
    """A thread-safe "stop now" shared by the caller and the request it started."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: dict[int, Callable[[], None]] = {}
        self._next = 0

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        """Stop: set the flag, then run every registered abort (each once)."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks = list(self._callbacks.values())
            self._callbacks.clear()
        for callback in callbacks:
            try:
                callback()
            except Exception:  # an abort that fails must not keep the others from running
                log.debug("cancel callback failed", exc_info=True)

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancelled."""
        if self._event.is_set():
            raise Cancelled()

    def on_cancel(self, callback: Callable[[], None]) -> int:
        """Run ``callback`` on cancel (at once if already cancelled). Returns a handle."""
        with self._lock:
            if not self._event.is_set():
                self._next += 1
                self._callbacks[self._next] = callback
                return self._next
        callback()
        return 0

    def remove(self, handle: int) -> None:
        with self._lock:
            self._callbacks.pop(handle, None)

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; True if cancelled meanwhile."""
        return self._event.wait(timeout)
