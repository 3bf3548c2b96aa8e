"""Progress and cancellation for long service jobs (import, export), without Qt.

Services take ``progress(done, total, text)`` and ``cancelled() -> bool`` callables; the UI
passes ``ctx.progress`` and ``lambda: ctx.cancelled`` from :mod:`app.ui.tasks`, the CLI
passes nothing or a terminal printer.
"""

from __future__ import annotations

from typing import Callable

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


class Cancelled(Exception):
    """The user stopped the job; whatever it was writing has been rolled back or removed."""


def no_progress(done: int, total: int = 0, text: str = "") -> None:
    """The default progress callback: report nothing."""


def never() -> bool:
    """The default cancel check: never cancelled."""
    return False


def checker(cancelled: CancelledFn | None) -> Callable[[], None]:
    """A function that raises :class:`Cancelled` once ``cancelled()`` turns true."""
    test = cancelled or never

    def check() -> None:
        if test():
            raise Cancelled()

    return check
