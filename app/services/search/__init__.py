"""Full-text search: the query language, ranking, snippets. Pure Python over the store.

``search("python after:2026-01-01")`` returns a :class:`SearchOutcome` whose results are
conversations, each with the message to open at and a snippet with the matches marked.
"""

from app.services.search.executor import DEFAULT_LIMIT, FindResult, find_in_conversation, search
from app.services.search.query import Hint, HintCode, ParsedQuery, parse
from app.services.search.results import (
    Ranking,
    SearchOutcome,
    SearchResult,
    Segment,
    plain,
    split_marked,
)
from app.store.search_queries import SearchInterrupted

__all__ = [
    "DEFAULT_LIMIT",
    "FindResult",
    "Hint",
    "HintCode",
    "ParsedQuery",
    "Ranking",
    "SearchInterrupted",
    "SearchOutcome",
    "SearchResult",
    "Segment",
    "find_in_conversation",
    "parse",
    "plain",
    "search",
    "split_marked",
]
