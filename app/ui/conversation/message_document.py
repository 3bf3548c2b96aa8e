"""Laid-out QTextDocuments for messages, and the two caches the delegate keeps.

A document is built from rendered HTML (or, until the worker has rendered it, from the
escaped plain text) at one width, in one theme, with one set of search highlights. The
document cache is bounded (a laid-out document costs ~100 KB); the size cache is separate
and far cheaper, so row heights survive document eviction and are invalidated only when the
text shown or the width changes (KDE Ruqola's split).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextOption

from app.services.render import quick_html
from app.ui.conversation.match_ranges import document_matches

#: Plain placeholders stop here: the rendered document replaces them within moments.
PLACEHOLDER_CHARS = 6000
INDENT_WIDTH = 22
#: Matches marked per message (the find bar's current one is painted even beyond).
MAX_HIGHLIGHTS = 400


class SourceKey(NamedTuple):
    """What a document shows: a rendering of one revision, or plain text of one."""

    rendered: bool
    revision: int


class DocumentKey(NamedTuple):
    source: SourceKey
    width: int
    style: str
    font: str
    highlight: tuple[str, ...]


class MessageDocument(NamedTuple):
    document: QTextDocument
    code_blocks: tuple[str, ...]
    size_width: int  # the width the text really uses (a short bubble is narrower)
    height: int


def build_document(
    html: str | None,
    plain: str,
    *,
    width: int,
    font: QFont,
    stylesheet: str,
    highlight: tuple[str, ...],
    highlight_color: QColor,
    code_blocks: tuple[str, ...] = (),
) -> MessageDocument:
    """Lay out one message (``html`` when rendered, else a quick approximation of ``plain``)."""
    document = _template(stylesheet, font).clone()
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(0)
    if html is None:
        text = plain if len(plain) <= PLACEHOLDER_CHARS else plain[:PLACEHOLDER_CHARS] + "\u2026"
        html = quick_html(text)
    document.setHtml(html)
    _trim_last_margin(document)
    if highlight:
        _highlight(document, highlight, highlight_color)
    document.setTextWidth(width)
    size = document.size()
    used = min(width, int(document.idealWidth()) + 1)
    return MessageDocument(document, code_blocks, max(1, used), int(size.height() + 0.999))


_templates: OrderedDict[tuple[str, str], QTextDocument] = OrderedDict()
TEMPLATES = 48


def _template(stylesheet: str, font: QFont) -> QTextDocument:
    """An empty, configured document to clone.

    QTextDocument parses its default stylesheet when it is set (about a millisecond for
    ours); a clone copies the parsed sheet, so each stylesheet is parsed once.
    """
    key = (stylesheet, font.key())
    template = _templates.get(key)
    if template is None:
        template = QTextDocument()
        template.setDefaultFont(font)
        template.setIndentWidth(INDENT_WIDTH)
        option = QTextOption()
        # Long URLs and unbroken strings wrap instead of running out of the column.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        template.setDefaultTextOption(option)
        template.setDefaultStyleSheet(stylesheet)
        _templates[key] = template
        while len(_templates) > TEMPLATES:
            _templates.popitem(last=False)
    else:
        _templates.move_to_end(key)
    return template


def _trim_last_margin(document: QTextDocument) -> None:
    """The last paragraph's bottom margin would only add space above the footer."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    block_format = cursor.blockFormat()
    if block_format.bottomMargin() > 0:
        block_format.setBottomMargin(0)
        cursor.setBlockFormat(block_format)


def _highlight(document: QTextDocument, terms: tuple[str, ...], color: QColor) -> None:
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    cursor = QTextCursor(document)
    for start, end in document_matches(document, terms, MAX_HIGHLIGHTS):
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


class DocumentCache:
    """Message id -> its laid-out document, least recently used evicted first."""

    def __init__(self, capacity: int = 160) -> None:
        self._capacity = capacity
        self._items: OrderedDict[str, tuple[DocumentKey, MessageDocument]] = OrderedDict()

    def get(self, mid: str, key: DocumentKey) -> MessageDocument | None:
        item = self._items.get(mid)
        if item is None or item[0] != key:
            return None
        self._items.move_to_end(mid)
        return item[1]

    def put(self, mid: str, key: DocumentKey, document: MessageDocument) -> None:
        self._items[mid] = (key, document)
        self._items.move_to_end(mid)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)

    def discard(self, mid: str) -> None:
        self._items.pop(mid, None)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class SizeEntry(NamedTuple):
    source: SourceKey
    width: int
    font: str
    text_width: int
    text_height: int


class SizeCache:
    """Message id -> the last measured text size, with what it was measured for."""

    def __init__(self) -> None:
        self._items: dict[str, SizeEntry] = {}

    def knows(self, mid: str) -> bool:
        """True when ``mid`` was measured at some width (exact or estimate may answer)."""
        return mid in self._items

    def exact(self, mid: str, source: SourceKey, width: int, font: str) -> SizeEntry | None:
        entry = self._items.get(mid)
        if entry is None or entry.source != source or entry.width != width or entry.font != font:
            return None
        return entry

    def estimate(self, mid: str, source: SourceKey, width: int, font: str) -> SizeEntry | None:
        """A guess for a new width from the size at another width (same text, same font).

        Used for rows out of sight while the window is resized: wrapped text grows about
        inversely with the width. Painting a row replaces the guess with the real size.
        """
        entry = self._items.get(mid)
        if entry is None or entry.source != source or entry.font != font or entry.width <= 0:
            return None
        height = max(1, round(entry.text_height * entry.width / max(1, width)))
        return entry._replace(
            width=width, text_width=min(width, entry.text_width), text_height=height
        )

    def put(self, mid: str, entry: SizeEntry) -> None:
        self._items[mid] = entry

    def discard(self, mid: str) -> None:
        self._items.pop(mid, None)

    def clear(self) -> None:
        self._items.clear()
