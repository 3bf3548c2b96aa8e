"""Whatever a person types gives results or a hint, never an exception (property-style)."""

from __future__ import annotations

import random

import pytest

from app.services.search import find_in_conversation, parse, search

SYNTAX = list(':^*()"-+.,;!?{}[]<>@#$%&|\\~`\'=/') + ["NEAR", "AND", "OR", "NOT", "NEAR(", "\u201c", "\u201d"]
WORDS = ["café", "sqlite", "数据库", "decor", "role:", "model:", "project:", "tag:", "after:", "before:",
         "in:", "archived", "2026-13-45", "user", "x", "ラーメン", "🙂", "\x00", "\t", "\u200b", "\x02"]

FIXED = [
    '"unbalanced', 'a"b"c"', '"', '""', '"""', "***", "a*b*", "*a", "-", "--a", "- a", "-\"",
    "NEAR(a b)", "a NEAR b", "a AND OR NOT b", "(a", "a)", "^a", "a:b:c", "body:x", "title:y",
    "role:", "role:user|", "role:|", "model:", 'project:"', 'project:"Work', "tag:#", "after:",
    "before:2026-02-30", "after:99999-01-01", "in:", "in:archived in:all", "-role:user", "\x00",
    "café\x00", "数据库*", "a" * 5000, "a " * 500, "\u202e\u200b", "🙂🙂🙂", "{a}", "a\nb", "'; DROP TABLE message; --",
]


def _random_query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 8)):
        pick = rng.random()
        if pick < 0.4:
            parts.append(rng.choice(SYNTAX))
        elif pick < 0.8:
            parts.append(rng.choice(WORDS))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 4))))
        parts.append(rng.choice(["", " ", "  "]))
    return "".join(parts)


@pytest.mark.parametrize("text", FIXED)
def test_fixed_hostile_queries(corpus, text):
    outcome = search(text)
    assert isinstance(outcome.results, list)
    for hint in outcome.hints:
        assert hint.text  # a sentence the user can read


def test_many_random_queries_never_raise(corpus):
    rng = random.Random(20261122)
    for _ in range(400):
        text = _random_query(rng)
        outcome = search(text)
        query = parse(text)
        expression = query.match_expression()
        assert expression is None or expression.count('"') % 2 == 0, text
        assert all(h.text for h in outcome.hints), text


def test_random_queries_in_the_find_bar_never_raise(corpus):
    from app.store import messages

    path = messages.active_path("sqlite")
    rng = random.Random(7)
    for _ in range(150):
        result = find_in_conversation("sqlite", _random_query(rng), path)
        assert set(result.message_ids) <= set(path)
