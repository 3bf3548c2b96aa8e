"""Store errors that say what happened and what the user can do about it.

Every message here is shown to a person (by the CLI and, translated, by the window), so it
names the file and the next step rather than SQLite's internals.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee


class StoreError(Exception):
    """Base class; ``str(err)`` is a complete, user-readable sentence."""

    kind = "error"


class DatabaseLockedError(StoreError):
    kind = "locked"


class DatabaseCorruptError(StoreError):
    kind = "corrupt"


class ReadOnlyError(StoreError):
    kind = "read_only"


class DiskFullError(StoreError):
    kind = "disk_full"


class DiskIOError(StoreError):
    kind = "io_error"


class NewerSchemaError(StoreError):
    kind = "newer_schema"


class NotFoundError(StoreError):
    kind = "not_found"


def translate_sqlite_error(exc: BaseException, path: Path | None = None) -> StoreError:
    """Map a sqlite3/peewee exception to a StoreError with a helpful message."""
    where = f" ({path})" if path else ""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"The database{where} is locked by another program. "
            "Close other copies of Parley and try again."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorruptError(
            f"The database{where} is damaged. Run 'parley check' for details; "
            "Parley keeps backups named parley.db.bak-* beside it."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ReadOnlyError(
            f"The database{where} cannot be written: the disk or folder is read-only. "
            "Choose another data folder with --data-dir or fix its permissions."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(
            f"The disk holding the database{where} is full. "
            "Nothing was saved; free some space and try again."
        )
    if "disk i/o error" in text:
        return DiskIOError(
            f"The database{where} could not be written: the disk reported an error (it may be "
            "full, removed or failing). Nothing was saved; free some space or check the disk and try again."
        )
    if "unable to open" in text:
        return ReadOnlyError(
            f"The database{where} cannot be opened. Check that the folder exists and "
            "that you may write to it, or choose another with --data-dir."
        )
    return StoreError(f"Database error{where}: {exc}")


SQLITE_ERRORS = (sqlite3.Error, peewee.DatabaseError, peewee.OperationalError)
