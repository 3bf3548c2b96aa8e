"""Turning the search service's match markers into what Qt paints, and hints into words.

The service marks matches in titles and snippets with control characters
(:data:`app.store.search_text.MATCH_START` / ``MATCH_END``); these helpers give Qt a plain
string plus the ranges to draw bold, and the translated sentence for each query hint.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from app.services.search import Hint, HintCode, split_marked


class MarkedText(NamedTuple):
    """Plain text and the (start, length) ranges of its matches."""

    text: str
    matches: tuple[tuple[int, int], ...]


def parse_marked(marked: str) -> MarkedText:
    text_parts: list[str] = []
    matches: list[tuple[int, int]] = []
    position = 0
    for segment in split_marked(marked):
        if segment.matched:
            matches.append((position, len(segment.text)))
        text_parts.append(segment.text)
        position += len(segment.text)
    return MarkedText("".join(text_parts), tuple(matches))


# Called by this name with literal arguments so that lupdate finds every string.
translate = QCoreApplication.translate


def hint_text(hint: Hint) -> str:
    """The hint as a translated sentence (the service's English is for the CLI)."""
    code, args = hint.code, hint.args
    if code is HintCode.ONLY_EXCLUSIONS:
        return translate("SearchHints", "Add a word to search for: -word only leaves out matches.")
    if code is HintCode.UNKNOWN_ROLE:
        return translate("SearchHints", "Unknown role \u201c%1\u201d: use role:user or role:assistant.").replace("%1", args[0])
    if code is HintCode.BAD_DATE:
        return translate("SearchHints", "\u201c%1\u201d is not a date: write it as YYYY-MM-DD, for example 2026-03-01.").replace(
            "%1", args[0]
        )
    if code is HintCode.UNKNOWN_IN:
        return translate("SearchHints", "Unknown in:%1: use in:archived or in:all.").replace("%1", args[0])
    if code is HintCode.EMPTY_FILTER:
        return translate("SearchHints", "%1: needs a value, for example %1:something.").replace("%1", args[0])
    if code is HintCode.SHORT_PREFIX:
        return translate("SearchHints", "Type at least 3 letters before * (searching \u201c%1\u201d as a word).").replace(
            "%1", args[0]
        )
    if code is HintCode.NEGATED_FILTER:
        return translate("SearchHints", "Filters cannot be negated: -%1 was ignored.").replace("%1", args[0])
    if code is HintCode.EMPTY_RANGE:
        return translate("SearchHints", "after:%1 is not before before:%2: nothing can match.").replace("%1", args[0]).replace(
            "%2", args[1]
        )
    if code is HintCode.UNKNOWN_PROJECT:
        return translate("SearchHints", "There is no project named \u201c%1\u201d.").replace("%1", args[0])
    if code is HintCode.UNKNOWN_TAG:
        return translate("SearchHints", "There is no tag named \u201c%1\u201d.").replace("%1", args[0])
    return hint.text
