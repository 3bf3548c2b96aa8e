"""Few matches: best first, newer first among equals. Very many: newest first, exact counts."""

from __future__ import annotations

import pytest

from app.services.search import Ranking, search
from app.services.search import ranking
from app.store import projects
from tests.search.conftest import at, ids, write_conversation


@pytest.fixture
def history(store, clock):
    """30 conversations, one a day through November; 'common' in all, 'rare' in three."""
    pid = projects.default_project().id
    for day in range(1, 31):
        extra = " rare rare rare" if day in (3, 17) else (" rare" if day == 25 else "")
        write_conversation(
            f"day{day:02d}",
            pid,
            f"Day {day}",
            [
                ("user", f"common question{extra}", at(2026, 11, day, 9), None),
                ("assistant", "common answer" if day % 2 else "an answer", at(2026, 11, day, 10), None),
            ],
        )
    return pid


def test_few_matches_are_ranked_by_relevance_then_recency(history):
    outcome = search("rare")
    assert outcome.ranking is Ranking.RELEVANCE
    assert outcome.total_matches == 3 and outcome.total_is_exact
    # Three mentions beat one; between the two equal ones the newer comes first.
    assert ids(outcome) == ["day17", "day03", "day25"]


def test_very_many_matches_come_newest_first_with_exact_counts(history, monkeypatch):
    monkeypatch.setattr(ranking, "RELEVANCE_CAP", 10)
    monkeypatch.setattr(ranking, "RECENT_STEP", 4)
    outcome = search("common", limit=12)
    assert outcome.ranking is Ranking.RECENT
    assert outcome.total_matches == 10 and not outcome.total_is_exact
    assert ids(outcome) == [f"day{d:02d}" for d in range(30, 18, -1)]
    for result in outcome.results:
        day = int(result.conversation_id[3:])
        assert result.match_count == (2 if day % 2 else 1)
        assert result.count_is_exact
        assert result.message_id == (f"day{day:02d}-m1" if day % 2 else f"day{day:02d}-m0")


def test_newest_first_with_a_filter_reads_on_until_the_page_is_full(history, monkeypatch):
    monkeypatch.setattr(ranking, "RELEVANCE_CAP", 10)
    monkeypatch.setattr(ranking, "RECENT_STEP", 3)
    outcome = search("common role:assistant", limit=5)
    assert ids(outcome) == ["day29", "day27", "day25", "day23", "day21"]


def test_newest_first_prefix_counts_say_when_they_may_be_incomplete(history, monkeypatch):
    monkeypatch.setattr(ranking, "RELEVANCE_CAP", 10)
    monkeypatch.setattr(ranking, "RECENT_STEP", 4)
    outcome = search("comm*", limit=3)
    assert outcome.ranking is Ranking.RECENT
    assert ids(outcome) == ["day30", "day29", "day28"]
    assert all(result.match_count >= 1 for result in outcome.results)
    assert outcome.results[0].count_is_exact  # started after the last day read


def test_a_title_match_counts_with_the_messages(history):
    from app.store import conversations

    conversations.rename_conversation("day25", "The rare one")
    assert ids(search("rare"))[0] == "day25"
