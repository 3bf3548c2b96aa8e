"""Planning sample conversations: how long each is, when it happened, what kind it is.

Part of :mod:`app.services.demo`. Lengths follow a long-tailed (log-normal) distribution
summing exactly to the requested total, with one long linear thread; last-activity times
are spread over two years of local calendar days, denser towards today; a few
conversations get very long messages, branches, a pin or the archive.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
from dataclasses import dataclass

#: The long thread has this many messages when ``largest`` is not given and the history is
#: big enough (the benchmark opens it: a 10,000-message conversation at 1,000,000 messages).
MAX_LARGEST = 10_000

HISTORY_DAYS = 730
DAY = 86_400.0

# Activity by local hour: quiet at night, peaks late morning, afternoon and evening.
_HOUR_WEIGHTS = (
    2, 1, 1, 1, 1, 1, 2, 4, 7, 10, 12, 12, 9, 10, 11, 11, 10, 8, 7, 8, 9, 9, 7, 4,
)
_HOUR_CUMULATIVE = list(itertools.accumulate(_HOUR_WEIGHTS))


@dataclass
class Plan:
    """One conversation before its messages exist."""

    length: int
    last: float  # time of the last message (epoch seconds)
    kind: str = "normal"  # normal | longest | huge
    branchy: bool = False
    pinned: bool = False
    archived: bool = False


def default_largest(conversations: int, messages: int) -> int:
    """The longest conversation's length when the caller does not choose it."""
    if conversations <= 1:
        return messages
    wanted = min(MAX_LARGEST, max(200, messages // 100))
    # Leave at least two messages for every other conversation where possible.
    room = messages - 2 * (conversations - 1)
    if room < wanted:
        room = messages - (conversations - 1)
    return max(1, min(wanted, room))


def plan_conversations(
    rng: random.Random, conversations: int, messages: int, largest: int | None, now: float
) -> list[Plan]:
    """Every conversation's length, last activity, kind and flags, in writing order."""
    if conversations == 0:
        return []
    if largest is None:
        largest = default_largest(conversations, messages)
    largest = max(1, min(largest, messages - (conversations - 1)))
    # The others may not exceed the longest: make it long enough to leave room for them.
    largest = max(largest, math.ceil(messages / conversations))
    lengths = _lengths(rng, conversations - 1, messages - largest, cap=largest)
    plans = [Plan(length=n, last=0.0) for n in lengths]
    plans.insert(0, Plan(length=largest, last=0.0, kind="longest"))

    clock_days = LocalDays(now)
    # Ages: dense towards today (age ~ u**2), with a few guaranteed today and yesterday.
    for index, plan in enumerate(plans):
        if plan.kind == "longest":
            day = rng.randrange(0, 3)
        elif index <= 6:
            day = 0 if index <= 3 else 1
        else:
            day = int(HISTORY_DAYS * rng.random() ** 2)
        plan.last = clock_days.moment(day, rng)

    normal = [p for p in plans if p.kind == "normal"]
    huge_count = 0 if messages < 100 else min(len(normal), 2 + messages // 100_000)
    eligible = [p for p in normal if p.length >= 2]
    for plan in rng.sample(eligible, min(huge_count, len(eligible))):
        plan.kind = "huge"
    # The first long message sits in the last week, where someone trying the app will see it.
    recent = [p for p in plans if p.kind == "huge"]
    if recent:
        recent[0].last = clock_days.moment(rng.randrange(1, 7), rng)

    for plan in plans:
        if plan.kind == "normal" and plan.length >= 4 and rng.random() < 0.06:
            plan.branchy = True
    branch_pool = [p for p in plans if p.kind == "normal" and p.length >= 4]
    if branch_pool and not any(p.branchy for p in plans):
        for plan in rng.sample(branch_pool, min(3, len(branch_pool))):
            plan.branchy = True

    candidates = [p for p in plans if p.kind == "normal" and p.length >= 2]
    pinned = min(len(candidates), 6, max(1, conversations // 30)) if conversations >= 5 else 0
    for plan in rng.sample(candidates, pinned):
        plan.pinned = True
    old = [p for p in plans if p.kind == "normal" and not p.pinned and now - p.last > 90 * DAY]
    for plan in old:
        if rng.random() < 0.08:
            plan.archived = True

    # Written in time order: message ids are time-ordered (UUIDv7), so the indexes grow at
    # their right edge instead of being rewritten all over.
    plans.sort(key=lambda p: p.last)
    return plans


def _lengths(rng: random.Random, count: int, total: int, cap: int) -> list[int]:
    """``count`` lengths >= 1 summing to ``total``, long-tailed, mostly even, each <= cap."""
    if count == 0:
        return []
    weights = [rng.lognormvariate(0.0, 0.9) for _ in range(count)]
    lengths = [1] * count
    remaining = total - count
    open_ = list(range(count))
    while remaining > 0 and open_:
        # Shares of what is left by weight, rounded by largest remainder; loops again only
        # when some lengths hit the cap.
        scale = remaining / sum(weights[i] for i in open_)
        fractions: list[tuple[float, int]] = []
        for i in open_:
            share = weights[i] * scale
            whole = int(share)
            add = min(whole, cap - lengths[i])
            lengths[i] += add
            remaining -= add
            fractions.append((share - whole, i))
        fractions.sort(reverse=True)
        for _, i in fractions:
            if remaining == 0:
                break
            if lengths[i] < cap:
                lengths[i] += 1
                remaining -= 1
        open_ = [i for i in open_ if lengths[i] < cap]
    # Most chats are question/answer pairs: pair up odd lengths, moving one message.
    odd = [i for i in range(count) if lengths[i] % 2]
    for a, b in zip(odd[::2], odd[1::2]):
        if lengths[b] > 1 and lengths[a] < cap:
            lengths[a] += 1
            lengths[b] -= 1
    rng.shuffle(lengths)
    return lengths


class LocalDays:
    """Moments on local calendar days counted back from today (DST-correct)."""

    def __init__(self, now: float) -> None:
        self.now = now
        self.today = dt.datetime.fromtimestamp(now).date()
        self._starts: dict[int, float] = {}

    def start(self, days_ago: int) -> float:
        value = self._starts.get(days_ago)
        if value is None:
            day = self.today - dt.timedelta(days=days_ago)
            value = dt.datetime.combine(day, dt.time()).timestamp()
            self._starts[days_ago] = value
        return value

    def moment(self, days_ago: int, rng: random.Random) -> float:
        start = self.start(days_ago)
        if days_ago == 0:
            span = max(0.0, self.now - start - 60)
            return start + span * (0.2 + 0.8 * rng.random())
        hour = bisect.bisect_right(_HOUR_CUMULATIVE, rng.random() * _HOUR_CUMULATIVE[-1])
        moment = start + hour * 3600 + rng.random() * 3600
        return min(moment, self.start(days_ago - 1) - 1)
