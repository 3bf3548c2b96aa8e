"""Every occurrence of a find in a conversation, counted from the text (no Qt, no layout).

The find bar counts and steps through *occurrences*, not messages. Counting them by laying
out each message's document would cost seconds on the GUI thread for a long conversation,
so the worker counts them in the messages' text with the message view's own rule (see
:func:`app.ui.conversation.match_ranges.document_matches`): each highlighted word or phrase
is found case-insensitively, left to right without overlapping itself, and spans of
different terms that overlap make one occurrence. The view turns only the current
occurrence into a position, in the one document it scrolls to.

The text is the message's Markdown, not its rendered document; the two differ only where
Markdown hides text (a link's address) or the view adds some (a code block's "Copy"), and
the find corrects a message's count from its document when it lands in it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Callable, NamedTuple, Sequence

from app.services.search import FindResult, SearchInterrupted, find_in_conversation
from app.store import search_queries
from app.store.database import read

# A link's or image's address: Markdown shows its text, not where it points.
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\)")


def _fold(text: str) -> str:
    """Lower case, one character for one (positions stay those of ``text``)."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    # A few characters lower to two ("İ"): keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _visible(markdown: str) -> str:
    """``markdown`` with link addresses blanked out (same length)."""
    if "](" not in markdown:
        return markdown
    return _LINK_TARGET.sub(lambda m: "]" + " " * (len(m.group()) - 1), markdown)


def fold_terms(terms: Sequence[str]) -> tuple[str, ...]:
    """The terms as :func:`text_matches` wants them (folded; empty or multi-line ones dropped).

    A term with a line break can never match: the view finds text within one paragraph.
    """
    folded: dict[str, None] = {}
    for term in terms:
        if term and "\n" not in term and "\u2029" not in term:
            folded.setdefault(_fold(term), None)
    return tuple(folded)


def text_matches(text: str, folded_terms: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of the terms in ``text``, in order (see the module docstring)."""
    if not folded_terms or not text:
        return []
    haystack = _fold(_visible(text))
    spans: list[tuple[int, int]] = []
    for term in folded_terms:
        if term not in haystack:
            continue
        start = haystack.find(term)
        while start >= 0:
            end = start + len(term)
            spans.append((start, end))
            start = haystack.find(term, end)
    return merge_spans(spans)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and join the ones that overlap (touching ones stay apart)."""
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if start < last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


class Occurrences(NamedTuple):
    """What a find found: its matching messages and how many occurrences each holds."""

    result: FindResult
    counts: list[int]  # per message of ``result.message_ids``; at least 1 each


def find_occurrences(
    conversation_id: str, text: str, *, should_stop: Callable[[], bool] | None = None
) -> Occurrences:
    """Find ``text`` in the conversation's active branch and count each message's occurrences.

    Run it in a worker. A message the query matches but whose text holds none of the words
    to highlight (a full-width "ＳＱＬ" for "sql") counts once: stepping still visits it.
    """
    result = find_in_conversation(conversation_id, text, should_stop=should_stop)
    if not result.message_ids:
        return Occurrences(result, [])
    with read():
        texts = search_queries.message_texts(result.message_ids)
    terms = fold_terms(result.terms)
    counts: list[int] = []
    for mid in result.message_ids:
        if should_stop is not None and should_stop():
            raise SearchInterrupted("The search was cancelled.")
        counts.append(max(1, len(text_matches(texts.get(mid, ""), terms))))
    return Occurrences(result, counts)


class OccurrenceList:
    """The occurrences of a find, in conversation order: (message, n-th in it) <-> 0..total-1."""

    def __init__(self, message_ids: Sequence[str] = (), counts: Sequence[int] = ()) -> None:
        self._ids = list(message_ids)
        self._counts = [max(1, c) for c in counts]
        self._position = {mid: i for i, mid in enumerate(self._ids)}
        self._ends: list[int] = []
        self._update()

    def _update(self) -> None:
        self._ends = list(accumulate(self._counts))

    @property
    def total(self) -> int:
        return self._ends[-1] if self._ends else 0

    def message_ids(self) -> list[str]:
        return list(self._ids)

    def count_in(self, mid: str) -> int:
        position = self._position.get(mid)
        return 0 if position is None else self._counts[position]

    def set_count(self, mid: str, count: int) -> None:
        """Correct one message's count (its document, seen at last, holds ``count``)."""
        position = self._position.get(mid)
        if position is not None and self._counts[position] != max(1, count):
            self._counts[position] = max(1, count)
            self._update()

    def index_of(self, mid: str, nth: int) -> int:
        """The overall 0-based index of ``mid``'s ``nth`` occurrence (-1 if not a match)."""
        position = self._position.get(mid)
        if position is None:
            return -1
        before = self._ends[position - 1] if position else 0
        return before + max(0, min(nth, self._counts[position] - 1))

    def at(self, index: int) -> tuple[str, int]:
        """(message id, n-th occurrence in it) of the overall ``index`` (taken modulo total)."""
        index %= self.total
        position = bisect_right(self._ends, index)
        before = self._ends[position - 1] if position else 0
        return self._ids[position], index - before

    def first_in(self, mid: str) -> int:
        return self.index_of(mid, 0)

    def last_in(self, mid: str) -> int:
        return self.index_of(mid, self.count_in(mid) - 1)
