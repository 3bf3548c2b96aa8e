"""Helpers for the sidebar tests (a module name of its own: every test folder has a conftest)."""

from __future__ import annotations

import datetime as dt


def local(*args: int) -> float:
    """Epoch seconds of a local wall-clock time: ``local(2026, 11, 21, 9, 15)``."""
    return dt.datetime(*args).timestamp()
