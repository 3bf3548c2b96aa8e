"""A small, hand-written history to search: every operator and filter has something to find.

Dates are local (the ``clock`` fixture's day is 2026-11-22); ids are readable names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest


def at(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> float:
    """Local wall-clock time as UTC epoch seconds."""
    return dt.datetime(year, month, day, hour, minute).timestamp()


@dataclass
class Corpus:
    work: int
    home: int


def write_conversation(cid: str, project: int, title: str, messages, *, created=None) -> None:
    """A conversation with ``(role, content, when, model)`` messages as one active branch."""
    from app.store import conversations, messages as message_store

    first = messages[0][2]
    conversations.create_conversation(project, title, conversation_id=cid, created_at=created or first)
    for index, (role, content, when, model) in enumerate(messages):
        message_store.append_message(
            cid,
            role,
            content,
            created_at=when,
            message_id=f"{cid}-m{index}",
            metadata={"model": model} if model else None,
        )


@pytest.fixture
def corpus(store, clock) -> Corpus:
    from app.store import conversations, projects, tags

    work = projects.create_project("Work").id
    home = projects.create_project("Home Life").id
    write_conversation(
        "sqlite",
        work,
        "SQLite tuning",
        [
            ("user", "How do I make SQLite full-text search fast?", at(2026, 11, 20, 9), None),
            ("assistant", "Use FTS5 with an external content table and optimize the index.", at(2026, 11, 20, 9, 1), "gpt-4o"),
            ("user", "And the tokenizer for accents?", at(2026, 11, 20, 9, 2), None),
            ("assistant", "unicode61 with remove_diacritics folds café into cafe.", at(2026, 11, 20, 9, 3), "gpt-4o"),
        ],
    )
    write_conversation(
        "paris",
        home,
        "Trip to Paris",
        [
            ("user", "Where can I find a good café near the Louvre?", at(2026, 3, 5, 18), None),
            ("assistant", "Try Café Marly: the terrace looks over the pyramid.", at(2026, 3, 5, 18, 1), "claude-3-5-sonnet"),
        ],
    )
    write_conversation(
        "chinese",
        work,
        "数据库笔记",
        [
            ("user", "我们的数据库很快吗？", at(2026, 10, 1, 10), None),
            ("assistant", "是的，我们的数据库很快，因为有索引。", at(2026, 10, 1, 10, 1), "qwen-max"),
        ],
    )
    write_conversation(
        "japanese",
        home,
        "日本語のメモ",
        [("user", "東京で美味しいラーメンを食べました", at(2025, 12, 24, 20), None)],
    )
    write_conversation(
        "python",
        work,
        "Python decorators",
        [
            ("user", "Explain Python decorators with an example", at(2025, 6, 1, 8), None),
            ("assistant", "A decorator wraps a function: def timed(fn): ...", at(2025, 6, 1, 8, 1), "llama3:70b"),
            ("user", "Now a decorator that retries", at(2025, 6, 1, 8, 5), None),
            ("assistant", "Here is a retrying decorator using functools.wraps.", at(2025, 6, 1, 8, 6), "llama3:70b"),
        ],
    )
    write_conversation(
        "archived",
        work,
        "Old deployment notes",
        [("user", "The deployment script uses rsync over ssh", at(2024, 1, 15, 14), None)],
    )
    conversations.set_archived("archived", True)
    tags.add_tag("python", "learning")
    tags.add_tag("sqlite", "learning")
    tags.add_tag("sqlite", "databases")
    return Corpus(work=work, home=home)


def ids(outcome) -> list[str]:
    return [result.conversation_id for result in outcome.results]
