"""Markdown rendering for the message view, off the GUI thread, newest request first.

The delegate asks :meth:`MessageRenderer.best` for a message's HTML while painting. It gets
the rendering of the current revision when there is one, else the last rendering of that
message (a streaming answer keeps showing its previous text instead of flickering to plain
text), else ``None`` (the delegate shows plain text) - and in the last two cases the
message is queued. One worker batch runs at a time; when it ends, ``rendered`` names the
messages that changed and the view re-lays them out.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from app.services import render as render_service
from app.services.render import RenderedMarkdown
from app.ui.tasks import TaskContext, TaskHandle, run_task

#: Characters of Markdown per worker batch: results come back every ~20-40 ms.
BATCH_CHARS = 12_000
BATCH_ITEMS = 12
#: Renderings kept per message id (the service also caches by content).
KEEP = 3000


class Rendering(NamedTuple):
    revision: int  # the model revision this HTML was made from
    result: RenderedMarkdown


class MessageRenderer(QObject):
    """Queues renders, runs them in a worker and remembers the latest per message."""

    #: Message ids whose rendering arrived.
    rendered = Signal(list)

    def __init__(self, copy_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copy_label = copy_label
        self._latest: OrderedDict[str, Rendering] = OrderedDict()
        self._pending: OrderedDict[str, tuple[int, str]] = OrderedDict()
        self._task: TaskHandle | None = None
        self._paused = False
        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.setInterval(0)
        self._pump_timer.timeout.connect(self._pump)

    def best(self, mid: str, revision: int, text: str) -> tuple[Rendering | None, bool]:
        """The rendering to show now and whether it is current.

        A missing or outdated rendering is queued (at the front: it is on screen).
        """
        latest = self._latest.get(mid)
        if latest is not None and latest.revision == revision:
            self._latest.move_to_end(mid)
            return latest, True
        cached = render_service.peek(text, copy_label=self._copy_label)
        if cached is not None:
            fresh = Rendering(revision, cached)
            self._remember(mid, fresh)
            return fresh, True
        self.request(mid, revision, text, urgent=True)
        return latest, False

    def has_current(self, mid: str, revision: int) -> bool:
        """True when the rendering of this revision has arrived."""
        latest = self._latest.get(mid)
        return latest is not None and latest.revision == revision

    def request(self, mid: str, revision: int, text: str, *, urgent: bool = False) -> None:
        """Queue a render unless the current revision is already done or queued."""
        latest = self._latest.get(mid)
        if latest is not None and latest.revision == revision:
            return
        queued = self._pending.get(mid)
        if queued is not None and queued[0] == revision and not urgent:
            return
        self._pending[mid] = (revision, text)
        if urgent:
            self._pending.move_to_end(mid, last=False)
        if self._task is None:
            self._pump_timer.start()

    def pause(self) -> None:
        """Start no worker until :meth:`resume` (while a conversation paints its first frame)."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        if self._pending and self._task is None:
            self._pump_timer.start()

    def forget_pending(self) -> None:
        """Drop queued work (another conversation opened); the running batch finishes."""
        self._pending.clear()

    def is_idle(self) -> bool:
        return self._task is None and not self._pending

    def _pump(self) -> None:
        if self._paused or self._task is not None or not self._pending:
            return
        batch: list[tuple[str, int, str]] = []
        size = 0
        while self._pending and len(batch) < BATCH_ITEMS and (not batch or size < BATCH_CHARS):
            mid, (revision, text) = self._pending.popitem(last=False)
            batch.append((mid, revision, text))
            size += len(text)
        label = self._copy_label

        def work(ctx: TaskContext) -> list[tuple[str, int, RenderedMarkdown]]:
            # Syntax colours need Pygments: load them here, not on the GUI thread.
            render_service.document_stylesheet(False, classes=frozenset())
            render_service.document_stylesheet(True, classes=frozenset())
            done = []
            for mid, revision, text in batch:
                ctx.check()
                done.append((mid, revision, render_service.render(text, copy_label=label)))
            return done

        # Connected before the task starts: a fast batch may end before run_task returns.
        # (Its signals are queued to this thread, so ``holder`` is filled by then.)
        holder: list[TaskHandle] = []
        handle = run_task(
            work, on_result=self._arrived, on_finished=lambda: self._batch_done(holder[0])
        )
        holder.append(handle)
        self._task = handle

    def _arrived(self, done: list[tuple[str, int, RenderedMarkdown]]) -> None:
        if not shiboken6.isValid(self):
            return
        changed = []
        for mid, revision, result in done:
            latest = self._latest.get(mid)
            if latest is None or latest.revision <= revision:
                self._remember(mid, Rendering(revision, result))
                changed.append(mid)
        if changed:
            self.rendered.emit(changed)

    def _batch_done(self, handle: TaskHandle) -> None:
        if not shiboken6.isValid(self) or self._task is not handle:
            return
        self._task = None
        if self._pending:
            self._pump_timer.start()

    def _remember(self, mid: str, rendering: Rendering) -> None:
        self._latest[mid] = rendering
        self._latest.move_to_end(mid)
        while len(self._latest) > KEEP:
            self._latest.popitem(last=False)
