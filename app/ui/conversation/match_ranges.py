"""Search matches in a laid-out message document: where they are, and bringing one into sight.

:func:`document_matches` is *the* rule for what the message view highlights; the find
bar's worker counts occurrences in plain text with the same rule
(:mod:`app.ui.search.occurrences`), so the count it shows is the number of marks painted.
:func:`scroll_to_range` maps one character range of one message to pixels - only that
message's cached document is consulted - and scrolls the list so the range is in sight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextCursor, QTextDocument

if TYPE_CHECKING:
    from app.ui.conversation.message_list_view import MessageListView

#: Pixels kept between a match the view scrolled to and the viewport's edge.
VISIBLE_MARGIN = 8


def document_matches(
    document: QTextDocument, terms: Sequence[str], limit: int | None = None
) -> list[tuple[int, int]]:
    """The (start, end) positions of ``terms`` in ``document``, in order.

    Each term is found case-insensitively, left to right without overlapping itself; spans
    of different terms that overlap are one match. ``limit``: the first so many matches.
    """
    spans: list[tuple[int, int]] = []
    for term in terms:
        if not term:
            continue
        found = 0
        cursor = QTextCursor(document)
        while limit is None or found < limit:
            cursor = document.find(term, cursor)
            if cursor.isNull():
                break
            spans.append((cursor.selectionStart(), cursor.selectionEnd()))
            found += 1
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged[:limit] if limit is not None else merged


def range_rect(document: QTextDocument, start: int, end: int) -> QRectF:
    """The box of ``start``..``end`` in document coordinates (the document is laid out).

    A range on one line gets its own width; one across lines spans the text's width.
    """
    first = _line_at(document, start)
    if first is None:
        return QRectF()
    last = _line_at(document, max(start, end - 1)) or first
    top, bottom = first[0], max(first[0] + first[1], last[0] + last[1])
    if last[0] == first[0]:
        end_x = _line_at(document, end)
        left = first[2]
        right = end_x[2] if end_x is not None and end_x[0] == first[0] else left + 1
    else:
        left, right = 0.0, document.textWidth()
    return QRectF(left, top, max(1.0, right - left), bottom - top)


def _line_at(document: QTextDocument, position: int) -> tuple[float, float, float] | None:
    """(top, height, x) of the line holding ``position``, in document coordinates."""
    block = document.findBlock(position)
    if not block.isValid() or block.layout() is None:
        return None
    offset = position - block.position()
    line = block.layout().lineForTextPosition(offset)
    if not line.isValid():
        return None
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    return origin.y() + line.y(), line.height(), origin.x() + line.cursorToX(offset)[0]


def scroll_to_range(view: "MessageListView", mid: str, start: int, end: int) -> bool:
    """Scroll so ``start``..``end`` of message ``mid`` is in sight; centred if it had to move.

    The message must be loaded (a row of the model). Returns False when it is not.
    """
    model = view.message_model()
    row = model.row_of(mid)
    if row < 0:
        return False
    index = model.index(row)
    delegate = view.message_delegate
    document = delegate.document(index)
    if document is None:
        return False
    target = range_rect(document.document, start, end)
    rect = view.visualRect(index)
    text_top = delegate.geometry(rect, index, document).text.top() - rect.top()
    top = text_top + (target.top() if not target.isNull() else 0)
    height = round(target.height()) if not target.isNull() else 0
    viewport = view.viewport().height()
    exact = delegate.prepare(index) == rect.height()
    y = rect.top() + top
    if exact and rect.isValid() and y >= VISIBLE_MARGIN and y + height <= viewport - VISIBLE_MARGIN:
        return True  # already in sight: reading stays where it is
    view.keep_message_at(mid, round((viewport - height) / 2 - top))
    view.doItemsLayout()
    return True
