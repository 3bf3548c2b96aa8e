"""What a search returns: one result per conversation, plus how the results were chosen."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import NamedTuple

from app.services.search.query import Hint
from app.store.search_text import MATCH_END, MATCH_START, strip_segmentation


class Segment(NamedTuple):
    """A piece of marked text: ``matched`` pieces are what the query found."""

    text: str
    matched: bool


def split_marked(marked: str) -> list[Segment]:
    """Split text with MATCH_START/MATCH_END markers into plain and matched segments."""
    segments: list[Segment] = []
    position = 0
    inside = False
    for index, char in enumerate(marked):
        if char in (MATCH_START, MATCH_END):
            if index > position:
                segments.append(Segment(marked[position:index], inside))
            inside = char == MATCH_START
            position = index + 1
    if position < len(marked):
        segments.append(Segment(marked[position:], inside))
    return segments


def plain(marked: str) -> str:
    """The text without match markers."""
    return marked.replace(MATCH_START, "").replace(MATCH_END, "")


def tidy_marked(marked: str) -> str:
    """Snippet text fit to show: segmentation removed, whitespace folded to single spaces."""
    text = strip_segmentation(marked)
    return " ".join(text.split())


class Ranking(enum.Enum):
    """How the results were ordered."""

    RELEVANCE = "relevance"  # few matches: best first, newer first among equals
    RECENT = "recent"  # very many matches: newest first
    FILTERS = "filters"  # no words, only filters: newest activity first


@dataclass(frozen=True)
class SearchResult:
    """One conversation that matched, with the message to open at."""

    conversation_id: str
    title: str  # plain
    title_marked: str  # with match markers (or plain when the title did not match)
    project_id: int
    archived: bool
    updated_at: float
    message_id: str | None  # the best matching message (None: only the title matched)
    message_role: str | None
    message_created_at: float | None
    snippet_marked: str  # a fragment of that message (or the preview) with match markers
    match_count: int  # matching messages in the conversation
    count_is_exact: bool  # False: at least match_count (very common words)
    score: float = 0.0

    @property
    def snippet(self) -> str:
        return plain(self.snippet_marked)


@dataclass
class SearchOutcome:
    """The results of one query and what the window/CLI should say about them."""

    query: str
    results: list[SearchResult] = field(default_factory=list)
    ranking: Ranking = Ranking.RELEVANCE
    total_matches: int = 0  # matching messages (before filters), capped
    total_is_exact: bool = True
    hints: list[Hint] = field(default_factory=list)
    highlight_terms: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0
