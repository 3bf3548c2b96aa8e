"""Shared fixtures: a real SQLite file per test, a settable clock, headless Qt.

Qt runs offscreen (set here, before any Qt import), platformdirs and QSettings point into
``tmp_path``, and tests that use ``qtbot`` are marked ``gui`` automatically.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PARLEY_DATA_DIR", None)


def pytest_collection_modifyitems(items):
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def pytest_sessionfinish(session, exitstatus):
    """Let pooled workers (renders, searches) end before the interpreter tears Qt down:
    a worker still emitting while Python finalises prints errors, or worse."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's data, config and keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    yield


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    return path


@pytest.fixture
def store(data_dir):
    """An open, migrated database in a fresh data dir."""
    from app.store import close_database, open_database

    open_database(data_dir)
    yield data_dir
    close_database()


class FixedClock:
    """A clock the test moves by hand: ``clock.set(2026, 3, 1, 14, 30)`` in local time."""

    def __init__(self) -> None:
        self.value = dt.datetime(2026, 11, 22, 14, 30).timestamp()

    def __call__(self) -> float:
        return self.value

    def set(self, *args: int) -> None:
        self.value = dt.datetime(*args).timestamp()

    def advance(self, seconds: float) -> None:
        self.value += seconds


@pytest.fixture
def clock():
    from app import clock as app_clock

    fixed = FixedClock()
    app_clock.set_clock(fixed)
    yield fixed
    app_clock.set_clock(None)
