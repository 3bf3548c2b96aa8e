"""The words and dates the sidebar shows: group titles and each row's time or date.

Dates come from :mod:`app.ui.sidebar.buckets` (local calendar days, Python's local time) and
are *formatted* with QLocale, so the grouping and the text shown never disagree about which
day a timestamp falls on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.ui.sidebar import date_formats
from app.ui.sidebar.buckets import Bucket, BucketKind

def header_text(bucket: Bucket, locale: QLocale | None = None) -> str:
    """The title of a sidebar group: "Today", "Last 7 Days", "October 2026"..."""
    kind = bucket.kind
    if kind == BucketKind.PINNED:
        return QCoreApplication.translate("SidebarLabels", "Pinned")
    if kind == BucketKind.TODAY:
        return QCoreApplication.translate("SidebarLabels", "Today")
    if kind == BucketKind.YESTERDAY:
        return QCoreApplication.translate("SidebarLabels", "Yesterday")
    if kind == BucketKind.LAST_7_DAYS:
        return QCoreApplication.translate("SidebarLabels", "Last 7 Days")
    if kind == BucketKind.LAST_30_DAYS:
        return QCoreApplication.translate("SidebarLabels", "Last 30 Days")
    locale = locale or QLocale()
    # Always with the year: a long history spans years, and "November" alone would be
    # ambiguous next to "November 2025" further down.
    fmt = date_formats.month_year_format(
        locale.dateFormat(QLocale.FormatType.LongFormat),
        locale.standaloneMonthName(bucket.month, QLocale.FormatType.LongFormat),
    )
    return locale.toString(QDate(bucket.year, bucket.month, 1), fmt)


class RowDateFormatter:
    """Formats a row's last activity: the time for today and yesterday, else the date.

    Holds the locale's derived formats so painting a row costs one ``toString``; make a new
    one when the locale changes.
    """

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()
        long_format = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        self._month_day = date_formats.month_day_format(long_format)
        self._month_day_year = date_formats.month_day_year_format(long_format)
        self._time = self.locale.timeFormat(QLocale.FormatType.ShortFormat)

    def format(self, timestamp: float, today: dt.date, pinned: bool = False) -> str:
        """"14:32" (or "2:32 PM") within the last two days, "Jan 12" this year, else with the year.

        Under Yesterday the header says which day a time belongs to; in the Pinned group
        nothing does, so a pinned chat from yesterday says "Yesterday".
        """
        moment = dt.datetime.fromtimestamp(timestamp)
        days = (today - moment.date()).days
        if days == 1 and pinned:
            return QCoreApplication.translate("SidebarLabels", "Yesterday")
        if days <= 1:
            return self.locale.toString(QTime(moment.hour, moment.minute), self._time)
        date = QDate(moment.year, moment.month, moment.day)
        # Older than this calendar year, or beyond the last 11 months: say which year.
        if moment.year == today.year or days < 330:
            return self.locale.toString(date, self._month_day)
        return self.locale.toString(date, self._month_day_year)
