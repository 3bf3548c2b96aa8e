"""The one way Parley runs work off the GUI thread.

``run_task(fn, ...)`` runs ``fn(ctx)`` on Qt's global thread pool. ``ctx`` reports
progress and answers whether the user cancelled. The result, the error, progress and the
end are delivered as signals on the GUI thread; workers never touch widgets.

    handle = run_task(lambda ctx: search(query, ctx), on_result=show, on_error=report)
    handle.cancel()   # a newer keystroke, the Cancel button, closing the window

A task that sees ``ctx.cancelled`` should return promptly (or ``ctx.check()`` raises
:class:`Cancelled`, which ends the task quietly: neither result nor error is delivered).
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by :meth:`TaskContext.check` once the task has been cancelled."""


class TaskContext:
    """What a worker function receives: progress reporting and cancellation."""

    def __init__(self, signals: "TaskSignals") -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report ``done`` of ``total`` units (total 0: unknown), with an optional label."""
        if not self._cancel.is_set():
            self._signals.progress.emit(int(done), int(total), text)


class TaskSignals(QObject):
    """Lives on the GUI thread, so emissions from the worker arrive there (queued)."""

    result = Signal(object)
    error = Signal(object)  # the exception; its traceback text is in err.__traceback_text__
    progress = Signal(int, int, str)
    finished = Signal()  # always last, after result or error (or a cancel)


class TaskHandle:
    """Returned by :func:`run_task`: cancel it, or connect to its signals."""

    def __init__(self, signals: TaskSignals, ctx: TaskContext) -> None:
        self.signals = signals
        self._ctx = ctx
        self.done = False
        signals.finished.connect(self._mark_done)

    def _mark_done(self) -> None:
        self.done = True

    def cancel(self) -> None:
        self._ctx.cancel()

    @property
    def cancelled(self) -> bool:
        return self._ctx.cancelled


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], signals: TaskSignals, ctx: TaskContext):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._ctx = ctx

    def run(self) -> None:  # runs on a pool thread
        from app.store.database import release_thread_connection

        try:
            value = self._fn(self._ctx)
        except Cancelled:
            pass
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            log.warning("task failed: %s", exc.__traceback_text__)
            if not self._ctx.cancelled:
                self._signals.error.emit(exc)
        else:
            if not self._ctx.cancelled:
                self._signals.result.emit(value)
        finally:
            release_thread_connection()
            self._signals.finished.emit()


_live: set[TaskHandle] = set()


def run_task(
    fn: Callable[[TaskContext], Any],
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Run ``fn(ctx)`` off the GUI thread; callbacks run on the GUI thread."""
    signals = TaskSignals()
    ctx = TaskContext(signals)
    handle = TaskHandle(signals, ctx)
    if on_result:
        signals.result.connect(on_result)
    if on_error:
        signals.error.connect(on_error)
    if on_progress:
        signals.progress.connect(on_progress)
    if on_finished:
        signals.finished.connect(on_finished)
    _live.add(handle)  # keep signals alive until the task ends
    signals.finished.connect(lambda: _live.discard(handle))
    (pool or QThreadPool.globalInstance()).start(_Runnable(fn, signals, ctx))
    return handle


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every pooled task has ended (used at shutdown and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
