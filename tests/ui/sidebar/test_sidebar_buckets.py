"""Grouping by local calendar day: Today, Yesterday, Last 7/30 Days, months; DST-proof."""

import datetime as dt
import random
from types import SimpleNamespace

from app.ui.sidebar import buckets
from app.ui.sidebar.buckets import Bucket, BucketKind, bucket_for, group_starts

from sidebar_helpers import local

D = dt.date


def month(year, m):
    return Bucket(BucketKind.MONTH, year, m)


def test_today_yesterday_and_rolling_groups():
    today = D(2026, 11, 22)
    assert bucket_for(local(2026, 11, 22, 0, 0, 1), today) == buckets.TODAY
    assert bucket_for(local(2026, 11, 22, 23, 59), today) == buckets.TODAY
    assert bucket_for(local(2026, 11, 21, 23, 59, 59), today) == buckets.YESTERDAY
    assert bucket_for(local(2026, 11, 21, 0, 0), today) == buckets.YESTERDAY
    assert bucket_for(local(2026, 11, 20, 23, 0), today) == buckets.LAST_7
    assert bucket_for(local(2026, 11, 16, 8, 0), today) == buckets.LAST_7
    assert bucket_for(local(2026, 11, 15, 8, 0), today) == buckets.LAST_30
    assert bucket_for(local(2026, 10, 24, 8, 0), today) == buckets.LAST_30
    assert bucket_for(local(2026, 10, 23, 8, 0), today) == month(2026, 10)
    assert bucket_for(local(2025, 2, 3, 8, 0), today) == month(2025, 2)


def test_future_timestamps_count_as_today_and_pinned_wins():
    today = D(2026, 11, 22)
    assert bucket_for(local(2026, 11, 25, 8, 0), today) == buckets.TODAY
    assert bucket_for(local(2024, 1, 1, 8, 0), today, pinned=True) == buckets.PINNED


def test_month_and_year_boundaries():
    # On the 1st, the last day of the previous month is yesterday, not "October".
    assert bucket_for(local(2026, 10, 31, 23, 30), D(2026, 11, 1)) == buckets.YESTERDAY
    # New Year's Day: New Year's Eve is yesterday; Christmas is within the week.
    assert bucket_for(local(2026, 12, 31, 22, 0), D(2027, 1, 1)) == buckets.YESTERDAY
    assert bucket_for(local(2026, 12, 26, 10, 0), D(2027, 1, 1)) == buckets.LAST_7
    assert bucket_for(local(2026, 11, 30, 10, 0), D(2027, 1, 1)) == month(2026, 11)


def test_dst_days_are_calendar_days_not_24_hours():
    # Berlin springs forward on 2026-03-29 (a 23-hour day). At 00:30 the next day, a chat
    # from 23:45 on the 28th is 23h45m old but two calendar days back.
    today = D(2026, 3, 30)
    assert local(2026, 3, 30, 0, 30) - local(2026, 3, 28, 23, 45) < 24 * 3600
    assert bucket_for(local(2026, 3, 28, 23, 45), today) == buckets.LAST_7
    assert bucket_for(local(2026, 3, 29, 0, 15), today) == buckets.YESTERDAY
    # Berlin falls back on 2026-10-25 (a 25-hour day): 00:10 that day is still yesterday
    # at 23:50 on the 26th, though more than 24 + 23 hours earlier.
    assert bucket_for(local(2026, 10, 25, 0, 10), D(2026, 10, 26)) == buckets.YESTERDAY
    assert bucket_for(local(2026, 10, 24, 23, 50), D(2026, 10, 26)) == buckets.LAST_7


def test_next_midnight_is_local_across_dst():
    assert buckets.next_midnight(local(2026, 11, 22, 14, 30)) == local(2026, 11, 23, 0, 0)
    # The day DST begins is 23 hours long, the day it ends 25.
    start = local(2026, 3, 29, 0, 0)
    assert buckets.next_midnight(start + 60) - start == 23 * 3600
    start = local(2026, 10, 25, 0, 0)
    assert buckets.next_midnight(start + 60) - start == 25 * 3600


def _row(stamp, pinned=False):
    return SimpleNamespace(updated_at=stamp, pinned=pinned)


def test_group_starts_match_classifying_every_row():
    rnd = random.Random(3)
    today = D(2026, 11, 22)
    now = local(2026, 11, 22, 18, 0)
    rows = [_row(now - rnd.uniform(0, 800 * 86400)) for _ in range(3000)]
    rows += [_row(now - rnd.uniform(0, 800 * 86400), pinned=True) for _ in range(5)]
    rows.sort(key=lambda r: (not r.pinned, -r.updated_at))

    expected = []
    previous = None
    for position, row in enumerate(rows):
        bucket = bucket_for(row.updated_at, today, row.pinned)
        if bucket != previous:
            expected.append((position, bucket))
            previous = bucket
    assert group_starts(rows, today) == expected
    kinds = [bucket.kind for _, bucket in expected]
    assert kinds[:6] == [
        BucketKind.PINNED,
        BucketKind.TODAY,
        BucketKind.YESTERDAY,
        BucketKind.LAST_7_DAYS,
        BucketKind.LAST_30_DAYS,
        BucketKind.MONTH,
    ]
    assert expected[5][1] == month(2026, 10)


def test_group_starts_of_nothing():
    assert group_starts([], D(2026, 11, 22)) == []
