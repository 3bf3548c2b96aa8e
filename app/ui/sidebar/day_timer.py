"""Tells the sidebar when the local date changes, so "Today" becomes "Yesterday" at midnight."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from app import clock
from app.ui.sidebar import buckets

#: Never sleep longer than this: a suspended laptop or a changed system clock or time zone
#: is noticed within the hour even if the midnight timer was thrown off.
MAX_WAIT_MS = 60 * 60 * 1000
#: Fire this long after midnight, so the clock surely reads the new day.
AFTER_MIDNIGHT_MS = 250


class DayWatcher(QObject):
    """Emits :attr:`day_changed` with the new local date shortly after each midnight.

    Also checks when the application becomes active again (after sleep, the timer may be
    late) and whenever :meth:`check` is called.
    """

    day_changed = Signal(object)  # datetime.date

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._date = buckets.today()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._arm()

    @property
    def date(self) -> dt.date:
        return self._date

    def check(self) -> None:
        """Compare the date with the clock; emit if it moved; wait for the next midnight."""
        today = buckets.today()
        if today != self._date:
            self._date = today
            self.day_changed.emit(today)
        self._arm()

    def interval_ms(self) -> int:
        """How long until the timer should next look at the date."""
        now = clock.now()
        until_midnight = (buckets.next_midnight(now) - now) * 1000 + AFTER_MIDNIGHT_MS
        return int(max(0, min(until_midnight, MAX_WAIT_MS)))

    def _arm(self) -> None:
        self._timer.start(self.interval_ms())

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
