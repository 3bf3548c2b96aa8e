"""Find within the open conversation: the find bar, highlighting, F3 / Shift+F3.

Matches are *occurrences* on the branch on screen, as in a browser: the bar says "3 of 17",
the view highlights every occurrence (``ConversationView.set_highlight``) and paints the
current one in a stronger colour, and F3 / Shift+F3 (or the bar's buttons, or Enter /
Shift+Enter in its field) step from one occurrence to the next across messages, wrapping
at the ends. The view scrolls to the occurrence itself, not its message's top, so a match
deep inside a 100,000-character message is brought into sight (centred when it had to move).

The finding and counting run off the GUI thread
(:func:`app.ui.search.occurrences.find_occurrences`: the search service's
``find_in_conversation`` plus a text-level count per message, debounced while typing; a newer
keystroke cancels the older search). Only the current occurrence is mapped to a position, in
the one document being scrolled to; its count there corrects the text-level one.

Opening a sidebar search result opens the bar with that query on the first occurrence in
the result's message. Typing, switching a message's version, another conversation and
streamed text re-run the find and keep the current occurrence when it still exists.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument

from app.ui.conversation.match_ranges import document_matches
from app.ui.search.find_bar import FindBar
from app.ui.search.highlight import hint_text
from app.ui.search.occurrences import OccurrenceList, Occurrences, find_occurrences
from app.ui.tasks import TaskHandle, run_task

if TYPE_CHECKING:
    from app.ui.conversation.conversation_view import ConversationView

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
#: At most one re-find this often while messages change (a streaming answer), and never
#: more than a third of the time: a find in 10,000 messages takes ~0.4 s of a worker.
REFRESH_MS = 500


class ConversationFind(QObject):
    """Owns the find bar of one conversation view."""

    #: The current occurrence changed: (its 0-based index or -1, the number of occurrences).
    current_changed = Signal(int, int)

    def __init__(self, view: "ConversationView") -> None:
        super().__init__(view)
        self._view = view
        self.bar = FindBar(view)
        self.bar.hide()
        view.set_find_bar(self.bar)
        self._occurrences = OccurrenceList()
        self._current = -1
        self._terms: list[str] = []
        self._prefer: str | None = None
        self._prefer_waited = False
        self._pending_land: tuple[str, bool] | None = None  # (message, from its end)
        self._ranges: tuple[str, QTextDocument, tuple[str, ...], list[tuple[int, int]]] | None = None
        self._cid: str | None = None
        self._task: TaskHandle | None = None
        self._generation = 0
        self._elapsed = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self.bar.text_edited.connect(lambda _text: self._timer.start())
        self.bar.next_requested.connect(self.next)
        self.bar.previous_requested.connect(self.previous)
        self.bar.close_requested.connect(self.close)
        view.branch_switched.connect(self._content_changed)
        view.content_changed.connect(self._content_changed)
        view.messages_rendered.connect(self._rendered)

    # -- state -------------------------------------------------------------------------------

    def is_open(self) -> bool:
        return not self.bar.isHidden()

    def matches(self) -> list[str]:
        """The matching messages, in conversation order."""
        return self._occurrences.message_ids()

    def occurrence_count(self) -> int:
        return self._occurrences.total

    def current_index(self) -> int:
        """The current occurrence's 0-based index, or -1."""
        return self._current

    def current_occurrence(self) -> tuple[str, int] | None:
        """(message id, n-th occurrence in that message), or None."""
        if self._current < 0 or not self._occurrences.total:
            return None
        return self._occurrences.at(self._current)

    def current_message_id(self) -> str | None:
        current = self.current_occurrence()
        return current[0] if current else None

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
        """Show a search result: land on ``message_id``'s first match, highlight them all."""
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
        self._refresh_timer.stop()
        self._cancel()
        self.bar.hide()
        self._forget()
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
            self._forget()
            self.run_now()

    def run_now(self) -> None:
        """Find what the field says now and land on the nearest occurrence."""
        self._run(land=True)

    # -- finding -----------------------------------------------------------------------------

    def _run(self, *, land: bool) -> None:
        self._timer.stop()
        self._refresh_timer.stop()
        self._cancel()
        self._generation += 1
        cid = self._view.conversation_id()
        text = self.bar.field.text().strip()
        if not cid or not text:
            self._cid = cid
            self._forget()
            self._view.set_highlight([])
            self.bar.set_count(None, 0)
            return
        generation = self._generation
        if land:
            self.bar.set_count(None, 0, busy=True)
        self._elapsed.start()
        self._task = run_task(
            lambda ctx: find_occurrences(cid, text, should_stop=lambda: ctx.cancelled),
            on_result=lambda found: self._show(generation, cid, found, land),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self._task = None

    def _forget(self) -> None:
        self._occurrences = OccurrenceList()
        self._terms = []
        self._ranges = None
        self._pending_land = None
        self._set_current(-1)
        self._view.clear_text_range()

    def _show(self, generation: int, cid: str, found: Occurrences, land: bool) -> None:
        if generation != self._generation or cid != self._view.conversation_id():
            return
        self._cid = cid
        self._refresh_timer.setInterval(max(REFRESH_MS, 2 * self._elapsed.elapsed()))
        result = found.result
        previous = self.current_occurrence()
        occurrences = OccurrenceList(result.message_ids, found.counts)
        if self._prefer is not None and occurrences.count_in(self._prefer):
            current, land = occurrences.first_in(self._prefer), True
            self._prefer = None
        elif self._prefer is not None and not self._prefer_waited:
            # The result's message is on another branch: the view is switching to it, and
            # branch_switched will bring the matches of that branch. Stay where it lands.
            self._prefer_waited = True
            current, land = (0 if occurrences.total else -1), False
        else:
            self._prefer = None
            current = self._nearest(occurrences, previous)
        self._terms = list(result.terms)
        self._view.set_highlight(self._terms)
        self._occurrences = occurrences
        self._ranges = None
        self._pending_land = None
        self._set_current(current)
        hint = " ".join(hint_text(h) for h in result.hints) if not occurrences.total else ""
        self.bar.set_count(current if occurrences.total else None, occurrences.total, hint=hint)
        self._land(scroll=land)

    def _nearest(self, occurrences: OccurrenceList, previous: tuple[str, int] | None) -> int:
        """Where to be after a new find: the same occurrence, else the first one further on.

        "Further on" starts at the previous occurrence's message, or, on a first find, at
        the top of the view (as a browser finds from what you are reading), wrapping round.
        """
        if not occurrences.total:
            return -1
        if previous is not None and occurrences.count_in(previous[0]):
            return occurrences.index_of(*previous)
        model = self._view.model
        if previous is not None:
            reference = model.row_of(previous[0])
        else:
            listview = self._view.message_list
            reference = listview.indexAt(QPoint(listview.viewport().width() // 2, 0)).row()
        if reference >= 0:
            for mid in occurrences.message_ids():
                if model.row_of(mid) >= reference:
                    return occurrences.first_in(mid)
        return 0

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("find failed: %s", getattr(exc, "__traceback_text__", exc))
        self.bar.set_count(None, 0, hint=self.tr("Find failed"))

    def _set_current(self, current: int) -> None:
        self._current = current
        self.current_changed.emit(current, self._occurrences.total)

    # -- stepping and landing ----------------------------------------------------------------

    def _step(self, step: int) -> None:
        if not self.is_open():
            self.open()
            if self._occurrences.total:
                return
        total = self._occurrences.total
        if not total:
            return
        before = self.current_message_id()
        if self._current < 0:
            current = 0 if step > 0 else total - 1
        else:
            current = (self._current + step) % total
        self._set_current(current)
        self._pending_land = None
        self.bar.set_count(current, total)
        self._land(from_end=step < 0 and self.current_message_id() != before)

    def _land(self, *, scroll: bool = True, from_end: bool = False) -> None:
        """Mark the current occurrence in its message's document and (``scroll``) go there.

        ``from_end``: stepping backwards into this message, so its last occurrence is meant
        even if the document holds more than the text-level count said.
        """
        occurrence = self.current_occurrence()
        if occurrence is None:
            self._view.clear_text_range()
            return
        mid, nth = occurrence
        if not scroll and self._view.model.row_of(mid) < 0:
            return  # not loaded, so not on screen: nothing to mark
        document, final = self._view.message_document(mid)
        if document is None:
            if scroll:
                self._view.scroll_to_message(mid)  # on another branch: the view switches
            return
        if not final:
            # Its Markdown is being rendered; the placeholder may not even hold the match.
            # Show the message meanwhile; messages_rendered brings us back here.
            self._pending_land = (mid, from_end) if scroll else None
            if scroll:
                self._view.clear_text_range()
                self._view.scroll_to_message(mid, flash=False)
            return
        ranges = self._document_ranges(mid, document)
        if len(ranges) != self._occurrences.count_in(mid):
            # The document is the truth (Markdown hides or adds a little text).
            self._occurrences.set_count(mid, len(ranges))
            if from_end:
                nth = self._occurrences.count_in(mid) - 1
            self._set_current(self._occurrences.index_of(mid, nth))
            self.bar.set_count(self._current, self._occurrences.total)
            nth = self._occurrences.at(self._current)[1]
        if ranges:
            start, end = ranges[nth]
            self._view.show_text_range(mid, start, end, scroll=scroll)
        else:
            self._view.clear_text_range()  # matched by the index only (e.g. full-width text)
            if scroll:
                self._view.scroll_to_message(mid)

    def _document_ranges(self, mid: str, document: QTextDocument) -> list[tuple[int, int]]:
        terms = tuple(self._view.message_list.message_delegate.highlight())
        cached = self._ranges
        if cached is not None and cached[0] == mid and cached[1] is document and cached[2] == terms:
            return cached[3]
        ranges = document_matches(document, terms)
        self._ranges = (mid, document, terms, ranges)
        return ranges

    # -- the conversation changing under the bar ---------------------------------------------

    def _rendered(self, mids: list[str]) -> None:
        current = self.current_message_id()
        if current is None or current not in mids:
            return
        pending = self._pending_land
        if pending is not None and pending[0] == current:
            self._pending_land = None
            self._land(from_end=pending[1])
        else:
            self._land(scroll=False)  # its text moved: keep the mark on the match

    def _content_changed(self, *_args) -> None:
        # Another version of a message, a streamed answer, an edit: the matches changed.
        if self.is_open() and self.bar.field.text().strip() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh(self) -> None:
        if self._timer.isActive() or (self._task is not None and not self._task.done):
            self._refresh_timer.start()  # typing or a find is under way: try again later
            return
        if self.is_open() and self.bar.field.text().strip():
            self._run(land=False)
