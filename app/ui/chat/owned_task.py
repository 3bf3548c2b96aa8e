"""``run_task`` whose callbacks die with the widget that asked.

A result can arrive after the page or window that started the task has been closed and
deleted; a lambda connected to the task's signals would then run against a dead C++ object.
:func:`run_owned` routes the callbacks through a small QObject parented to ``owner``: when
the owner goes, the relay goes with it and Qt drops the connections, so nothing is called.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject

from app.ui.tasks import TaskContext, TaskHandle, run_task


class _Relay(QObject):
    def __init__(self, owner: QObject, on_result, on_error, on_progress, on_finished) -> None:
        super().__init__(owner)
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_finished = on_finished

    def result(self, value: Any) -> None:
        if self._on_result is not None:
            self._on_result(value)

    def error(self, exc: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(exc)

    def progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    def finished(self) -> None:
        try:
            if self._on_finished is not None:
                self._on_finished()
        finally:
            self.deleteLater()


def run_owned(
    owner: QObject,
    fn: Callable[[TaskContext], Any],
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_finished: Callable[[], None] | None = None,
) -> TaskHandle:
    """:func:`app.ui.tasks.run_task`, delivering to ``owner`` only while it exists."""
    relay = _Relay(owner, on_result, on_error, on_progress, on_finished)
    return run_task(
        fn,
        on_result=relay.result,
        on_error=relay.error,
        on_progress=relay.progress,
        on_finished=relay.finished,
    )
