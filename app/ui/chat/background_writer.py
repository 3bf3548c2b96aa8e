"""Writes that must not block the window and must not overtake each other.

Drafts are saved as the user types, settings as they are changed: each write is small but
ends in an fsync, and two writes of the same thing finishing out of order would keep the
older one. :class:`BackgroundWriter` runs ``write(key, value)`` off the GUI thread, one
batch at a time, always with the newest value per key; :meth:`flush_now` writes what is
pending synchronously (when the window closes), and a write already under way can never
land after a newer one.
"""

from __future__ import annotations

import itertools
import logging
import threading
from typing import Any, Callable, Hashable

from PySide6.QtCore import QObject, Signal

from app.ui.tasks import TaskContext, TaskHandle, run_task

log = logging.getLogger(__name__)


class BackgroundWriter(QObject):
    """Serialised, coalescing background writes; ``failed`` reports each failed write."""

    failed = Signal(object)  # the exception
    idle = Signal()  # nothing pending or in flight

    def __init__(self, write: Callable[[Any, Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self._seq = itertools.count(1)
        self._pending: dict[Hashable, tuple[int, Any]] = {}
        self._in_flight: dict[Hashable, tuple[int, Any]] = {}
        self._written_seq: dict[Hashable, int] = {}
        self._lock = threading.Lock()  # one write at a time, on whichever thread
        self._task: TaskHandle | None = None

    def schedule(self, key: Hashable, value: Any) -> None:
        """Write ``value`` for ``key`` soon (replacing any not yet written)."""
        self._pending[key] = (next(self._seq), value)
        self._pump()

    def discard(self, key: Hashable) -> None:
        """Forget a pending write for ``key`` (what it would write is obsolete)."""
        self._pending.pop(key, None)

    def latest(self, key: Hashable, default: Any = None) -> Any:
        """The newest value for ``key`` not yet known to be on disk, else ``default``."""
        entry = self._pending.get(key) or self._in_flight.get(key)
        return entry[1] if entry else default

    def has(self, key: Hashable) -> bool:
        return key in self._pending or key in self._in_flight

    @property
    def busy(self) -> bool:
        return bool(self._pending or self._in_flight)

    def _write_one(self, key: Hashable, seq: int, value: Any) -> None:
        with self._lock:
            if self._written_seq.get(key, 0) > seq:
                return  # a newer value was written meanwhile (flush_now)
            self._write(key, value)
            self._written_seq[key] = seq

    def _pump(self) -> None:
        if self._task is not None or not self._pending:
            return
        batch, self._pending = self._pending, {}
        self._in_flight = batch

        def work(ctx: TaskContext) -> list[BaseException]:
            problems = []
            for key, (seq, value) in batch.items():
                try:
                    self._write_one(key, seq, value)
                except Exception as exc:  # reported on the GUI thread; later keys still written
                    problems.append(exc)
            return problems

        self._task = run_task(work, on_result=self._written, on_error=self._crashed)

    def _written(self, problems: list[BaseException]) -> None:
        for exc in problems:
            log.warning("background write failed: %s", exc)
            self.failed.emit(exc)
        self._done()

    def _crashed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        self._done()

    def _done(self) -> None:
        self._task = None
        self._in_flight = {}
        if self._pending:
            self._pump()
        else:
            self.idle.emit()

    def flush_now(self) -> None:
        """Write everything pending on this thread, now (at shutdown)."""
        batch, self._pending = self._pending, {}
        for key, (seq, value) in batch.items():
            try:
                self._write_one(key, seq, value)
            except Exception as exc:
                log.warning("write at shutdown failed: %s", exc)
