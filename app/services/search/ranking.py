"""How results are ordered: the policy, with the measurements behind it.

Measured on 1,000,000 synthetic messages on the 2-core benchmark machine
(``tests/perf/bench_search.py``):

- scoring every match with bm25 costs ~1 µs per match once the index is optimized: 250 ms
  for a word in 280,000 messages, 0.7 s for one in 700,000, but 2-3 ms at 2,000 matches;
- the newest 50 matches of any word cost ~0.1 ms (index keys are time-ordered);
- reading matches newest first stops when the reader does: ~0.3 ms for 2,000.

So a query first counts its matches up to :data:`RELEVANCE_CAP`. Below it, every match is
scored and conversations come best first, with recency breaking ties (scores are grouped into
:data:`RELEVANCE_BANDS` bands relative to the best, newest first within a band). At or above
it, the word is too common for relevance to mean much ("python" in a programmer's history),
and results come newest first, which costs the same whatever the word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.store.search_queries import MessageHit

#: Up to this many matching messages, all are scored by bm25 (a few ms). Finding out costs
#: reading that many matches newest first: ~0.3 ms for a plain word, ~6 ms for a phrase of
#: two very common words (FTS5 checks positions in every message holding both).
RELEVANCE_CAP = 2_000

#: Keys looked up per step when listing newest first (a common word fills a page of 50
#: conversations within about 100 keys; each key costs a few µs to join to its message).
RECENT_STEP = 100

#: Newest-first listing counts each result's matches by reading its messages, for
#: conversations of up to this many messages, and up to this many messages in all.
COUNT_MESSAGES_EACH = 400
COUNT_MESSAGES_TOTAL = 2_000
COUNT_CHARS_TOTAL = 400_000

#: Newest-first listing gives up after reading this many matches (a very common word with
#: a filter that almost nothing passes); the results found so far are shown.
RECENT_SCAN_LIMIT = 100_000

#: Words of context in a snippet (CJK counts each character as a word, so it gets more).
SNIPPET_TOKENS = 16
SNIPPET_TOKENS_CJK = 40

#: Scores within 1/RELEVANCE_BANDS of each other count as equal: the newer one goes first.
RELEVANCE_BANDS = 20

#: A title match adds this share of its own score (titles are short, so their bm25 is high).
TITLE_WEIGHT = 0.5

#: Many matching messages make a conversation a little more relevant (log-damped).
COUNT_WEIGHT = 0.5


@dataclass
class ConversationGroup:
    """The hits of one conversation."""

    conversation_id: str
    best: MessageHit | None = None
    newest_at: float = 0.0
    count: int = 0
    title_score: float = 0.0  # -bm25 of the title (0: title did not match)
    complete: bool = True  # False: the count may miss older matches (newest-first listing)

    def add(self, hit: MessageHit) -> None:
        self.count += 1
        self.newest_at = max(self.newest_at, hit.created_at)
        if self.best is None or (hit.score, -hit.created_at) < (self.best.score, -self.best.created_at):
            self.best = hit

    @property
    def relevance(self) -> float:
        message = -self.best.score if self.best is not None else 0.0
        return message + TITLE_WEIGHT * self.title_score + COUNT_WEIGHT * math.log1p(self.count - 1 if self.count else 0)


def group_hits(hits: list[MessageHit]) -> dict[str, ConversationGroup]:
    groups: dict[str, ConversationGroup] = {}
    for hit in hits:
        group = groups.get(hit.conversation_id)
        if group is None:
            group = groups[hit.conversation_id] = ConversationGroup(hit.conversation_id)
        group.add(hit)
    return groups


def by_relevance(groups: list[ConversationGroup], updated_at: dict[str, float]) -> list[ConversationGroup]:
    """Best first; within a band of equal relevance, the newest match first."""
    if not groups:
        return []
    top = max(group.relevance for group in groups) or 1.0

    def key(group: ConversationGroup) -> tuple[int, float]:
        band = min(int(group.relevance / top * RELEVANCE_BANDS), RELEVANCE_BANDS)
        newest = group.newest_at or updated_at.get(group.conversation_id, 0.0)
        return (-band, -newest)

    return sorted(groups, key=key)


def by_recency(groups: list[ConversationGroup]) -> list[ConversationGroup]:
    """Newest matching message first."""
    return sorted(groups, key=lambda group: -group.newest_at)
