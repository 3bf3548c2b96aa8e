"""Checks that the index agrees with the tables, by brute force over the messages."""

from __future__ import annotations

import re
import unicodedata

from app.services.search import parse
from app.store import search_queries as sq
from app.store.database import db


def indexed_ids(word: str) -> set[str]:
    """Ids of messages the index says contain ``word`` (any conversation, archived or not)."""
    match = parse(word).match_expression()
    return {hit.message_id for hit in sq.relevance_hits(match, sq.SearchScope(archived=None), 1_000_000)}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def scanned_ids(word: str) -> set[str]:
    """Ids of visible messages whose text holds ``word`` as a whole word (Latin words)."""
    pattern = re.compile(rf"(?<![0-9a-z]){re.escape(_fold(word))}(?![0-9a-z])")
    rows = db.execute_sql("SELECT id, content FROM message WHERE hidden = 0").fetchall()
    return {mid for mid, content in rows if pattern.search(_fold(content))}


def assert_index_agrees(*words: str) -> None:
    from app.store.search_index import check_index

    assert check_index() == []
    for word in words:
        assert indexed_ids(word) == scanned_ids(word), word
