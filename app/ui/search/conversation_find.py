"""Find within the open conversation: the find bar, highlighting, F3 / Shift+F3.

Matches are messages of the branch on screen; the view highlights every matched word in
them (``ConversationView.set_highlight``) and F3 / Shift+F3 (or the bar's buttons, or
Enter / Shift+Enter in its field) scroll from one matching message to the next
(``scroll_to_message``). Opening a sidebar search result opens the bar with that query,
on the message the result showed.

The finding itself runs off the GUI thread (:func:`app.services.search.find_in_conversation`,
debounced while typing; a newer keystroke cancels the older search).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.services.search import FindResult, find_in_conversation
from app.ui.search.find_bar import FindBar
from app.ui.search.highlight import hint_text
from app.ui.tasks import TaskHandle, run_task

if TYPE_CHECKING:
    from app.ui.conversation.conversation_view import ConversationView

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120


class ConversationFind(QObject):
    """Owns the find bar of one conversation view."""

    #: The matches changed: (message ids in order, index of the current one or -1).
    matches_changed = Signal(list, int)

    def __init__(self, view: "ConversationView") -> None:
        super().__init__(view)
        self._view = view
        self.bar = FindBar(view)
        self.bar.hide()
        view.set_find_bar(self.bar)
        self._matches: list[str] = []
        self._current = -1
        self._terms: list[str] = []
        self._prefer: str | None = None
        self._prefer_waited = False
        self._cid: str | None = None
        self._task: TaskHandle | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self.bar.text_edited.connect(lambda _text: self._timer.start())
        self.bar.next_requested.connect(self.next)
        self.bar.previous_requested.connect(self.previous)
        self.bar.close_requested.connect(self.close)
        view.branch_switched.connect(self._branch_switched)

    # -- state -------------------------------------------------------------------------------

    def is_open(self) -> bool:
        return not self.bar.isHidden()

    def matches(self) -> list[str]:
        return list(self._matches)

    def current_message_id(self) -> str | None:
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else None

    def terms(self) -> list[str]:
        return list(self._terms)

    # -- actions -----------------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the cursor in its field (Ctrl+F)."""
        self.bar.show()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()
        if self.bar.field.text().strip() and self._cid != self._view.conversation_id():
            self.run_now()

    def open_hit(self, message_id: str, query: str) -> None:
        """Show a search result: land on ``message_id`` and highlight ``query``'s matches."""
        self.bar.field.setText(query)
        self.bar.show()
        self._prefer = message_id or None
        self._prefer_waited = False
        if message_id:
            self._view.scroll_to_message(message_id)
        self.run_now()

    def close(self) -> None:
        """Hide the bar and the highlight (Escape, the close button)."""
        self._timer.stop()
        self._cancel()
        self.bar.hide()
        self._set_matches([], -1)
        self._terms = []
        self._view.set_highlight([])
        self._view.message_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def conversation_shown(self, conversation_id: str | None) -> None:
        """Another conversation is on screen: find in it, or close if there is none."""
        if not self.is_open():
            return
        if not conversation_id:
            self.close()
        elif conversation_id != self._cid:
            self._prefer = None
            self.run_now()

    def run_now(self) -> None:
        self._timer.stop()
        self._cancel()
        self._generation += 1
        cid = self._view.conversation_id()
        text = self.bar.field.text().strip()
        if not cid or not text:
            self._cid = cid
            self._set_matches([], -1)
            self._terms = []
            self._view.set_highlight([])
            self.bar.set_count(None, 0)
            return
        generation = self._generation
        self.bar.set_count(None, 0, busy=True)
        self._task = run_task(
            lambda ctx: find_in_conversation(cid, text, should_stop=lambda: ctx.cancelled),
            on_result=lambda result: self._show(generation, cid, result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    # -- internals ---------------------------------------------------------------------------

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self._task = None

    def _show(self, generation: int, cid: str, result: FindResult) -> None:
        if generation != self._generation or cid != self._view.conversation_id():
            return
        self._cid = cid
        previous = self.current_message_id()
        matches = list(result.message_ids)
        land = True
        if self._prefer in matches:
            current = matches.index(self._prefer)
            self._prefer = None
        elif self._prefer is not None and not self._prefer_waited:
            # The result's message is on another branch: the view is switching to it, and
            # branch_switched will bring the matches of that branch. Stay where it lands.
            self._prefer_waited = True
            current, land = (0 if matches else -1), False
        else:
            self._prefer = None
            current = matches.index(previous) if previous in matches else (0 if matches else -1)
        self._terms = list(result.terms)
        self._view.set_highlight(self._terms)
        self._set_matches(matches, current)
        hint = " ".join(hint_text(h) for h in result.hints) if not matches else ""
        self.bar.set_count(current if matches else None, len(matches), hint=hint)
        if matches and land:
            self._view.scroll_to_message(matches[current])

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("find failed: %s", getattr(exc, "__traceback_text__", exc))
        self.bar.set_count(None, 0, hint=self.tr("Find failed"))

    def _set_matches(self, matches: list[str], current: int) -> None:
        self._matches, self._current = matches, current
        self.matches_changed.emit(list(matches), current)

    def _step(self, step: int) -> None:
        if not self.is_open():
            self.open()
            if self._matches:
                return
        if not self._matches:
            return
        self._current = (self._current + step) % len(self._matches)
        self.matches_changed.emit(list(self._matches), self._current)
        self.bar.set_count(self._current, len(self._matches))
        self._view.scroll_to_message(self._matches[self._current])

    def _branch_switched(self, _cid: str) -> None:
        # Another version of a message is shown: the branch's matches changed.
        if self.is_open() and self.bar.field.text().strip():
            self._timer.start()
