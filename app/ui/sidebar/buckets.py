"""Which sidebar group a conversation belongs to: Pinned, Today, Yesterday, ... months.

Pure Python, no Qt. Everything works on *local calendar days*: a timestamp's day is the date
it has on the user's wall clock, and "yesterday" means the previous date, not "24 hours
ago". That keeps yesterday's chat under Yesterday across month and year boundaries and on
the 23- and 25-hour days of a daylight-saving change, where arithmetic in seconds goes wrong.

The groups, for a chat last active ``n`` calendar days before today:

- ``n <= 0``: Today (a timestamp from the future, a skewed clock, counts as today)
- ``n == 1``: Yesterday
- ``2 <= n <= 6``: Last 7 Days (the week ending today)
- ``7 <= n <= 29``: Last 30 Days
- older: one group per calendar month

Pinned conversations form their own group whatever their age.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from enum import IntEnum
from typing import NamedTuple, Protocol, Sequence

from app import clock

#: Days back (counting today as 0) that the rolling groups reach.
LAST_7_DAYS = 6
LAST_30_DAYS = 29


class BucketKind(IntEnum):
    PINNED = 0
    TODAY = 1
    YESTERDAY = 2
    LAST_7_DAYS = 3
    LAST_30_DAYS = 4
    MONTH = 5


class Bucket(NamedTuple):
    """A sidebar group; ``year`` and ``month`` are set only for :attr:`BucketKind.MONTH`."""

    kind: BucketKind
    year: int = 0
    month: int = 0


PINNED = Bucket(BucketKind.PINNED)
TODAY = Bucket(BucketKind.TODAY)
YESTERDAY = Bucket(BucketKind.YESTERDAY)
LAST_7 = Bucket(BucketKind.LAST_7_DAYS)
LAST_30 = Bucket(BucketKind.LAST_30_DAYS)


class Dated(Protocol):
    """What grouping needs of a row (``ConversationRow`` fits)."""

    updated_at: float
    pinned: bool


def local_date(timestamp: float) -> dt.date:
    """The calendar date ``timestamp`` (UTC epoch seconds) has on the local wall clock."""
    return dt.datetime.fromtimestamp(timestamp).date()


def today() -> dt.date:
    """Today's local date, from :func:`app.clock.now` (tests set the clock)."""
    return local_date(clock.now())


def days_ago(timestamp: float, today_: dt.date) -> int:
    """Whole calendar days between ``timestamp``'s local date and ``today_`` (0 = today)."""
    return (today_ - local_date(timestamp)).days


def bucket_for(timestamp: float, today_: dt.date, pinned: bool = False) -> Bucket:
    """The group of a conversation last active at ``timestamp``."""
    if pinned:
        return PINNED
    date = local_date(timestamp)
    n = (today_ - date).days
    if n <= 0:
        return TODAY
    if n == 1:
        return YESTERDAY
    if n <= LAST_7_DAYS:
        return LAST_7
    if n <= LAST_30_DAYS:
        return LAST_30
    return Bucket(BucketKind.MONTH, date.year, date.month)


def local_midnight(date: dt.date) -> float:
    """Epoch seconds of the first moment of ``date`` on the local wall clock.

    ``datetime.timestamp()`` on a naive local time goes through ``mktime``, which knows the
    offset in force on that date, so a day next to a DST change starts at the right second.
    """
    return dt.datetime.combine(date, dt.time()).timestamp()


def next_midnight(now: float) -> float:
    """Epoch seconds of the next local midnight after ``now``."""
    return local_midnight(local_date(now) + dt.timedelta(days=1))


def bucket_start(bucket: Bucket, today_: dt.date) -> float:
    """The earliest timestamp in a (non-pinned) group: where the next older group begins."""
    if bucket.kind == BucketKind.TODAY:
        first = today_
    elif bucket.kind == BucketKind.YESTERDAY:
        first = today_ - dt.timedelta(days=1)
    elif bucket.kind == BucketKind.LAST_7_DAYS:
        first = today_ - dt.timedelta(days=LAST_7_DAYS)
    elif bucket.kind == BucketKind.LAST_30_DAYS:
        first = today_ - dt.timedelta(days=LAST_30_DAYS)
    elif bucket.kind == BucketKind.MONTH:
        # Every day of a month group is older than the rolling groups, so it starts on the 1st.
        first = dt.date(bucket.year, bucket.month, 1)
    else:
        raise ValueError("pinned conversations have no date range")
    return local_midnight(first)


def group_starts(rows: Sequence[Dated], today_: dt.date) -> list[tuple[int, Bucket]]:
    """Where each group begins in ``rows``: ``[(row position, bucket), ...]``.

    ``rows`` must be in the sidebar's order (pinned first, then newest activity first), as
    the store lists them. Rather than classifying every row, this classifies the first row of
    a group and binary-searches for the first row older than that group, so regrouping
    100,000 rows costs a few dozen date computations.
    """
    starts: list[tuple[int, Bucket]] = []
    total = len(rows)
    if total == 0:
        return starts
    # Pinned rows are a prefix: find its end.
    position = bisect_right(rows, False, key=lambda row: not row.pinned)
    if position:
        starts.append((0, PINNED))
    while position < total:
        bucket = bucket_for(rows[position].updated_at, today_)
        starts.append((position, bucket))
        boundary = bucket_start(bucket, today_)
        # First row strictly older than the group's start (rows are newest first).
        position = bisect_right(rows, -boundary, lo=position + 1, key=lambda row: -row.updated_at)
    return starts
