"""Opening the database and writing to it safely.

The models are bound to :data:`db`, a proxy initialised by :func:`open_database` at start-up
(the Vorta pattern), so tests and the CLI can point the whole store at any file.

Connections are per thread (Peewee's default): the GUI thread and workers read in parallel
under WAL. Writes go through :func:`write`, which serialises writers in this process with a
lock and opens ``BEGIN IMMEDIATE`` so the write lock is taken up front: a busy database
waits (``busy_timeout``) instead of failing half-way through a transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Iterator

import peewee

from app.store import migrations, search_text
from app.store.errors import SQLITE_ERRORS, StoreError, translate_sqlite_error
from app.store.location import database_path, ensure_data_dir

#: The proxy every model is bound to.
db = peewee.DatabaseProxy()

#: Milliseconds a connection waits for another writer before giving up.
BUSY_TIMEOUT_MS = 10_000

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
    # FULL: a committed message survives a power cut, not only a crash.
    ("synchronous", "full"),
    ("cache_size", -32_000),  # 32 MB page cache per connection
    ("temp_store", "memory"),
)

_write_lock = threading.RLock()
_current_path: Path | None = None


def current_path() -> Path | None:
    """The open database file, or None."""
    return _current_path


def _create_private_file(path: Path) -> None:
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def open_database(
    data_dir: Path, *, migrate: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> peewee.SqliteDatabase:
    """Open (creating if needed) ``parley.db`` in ``data_dir`` and bind the models to it.

    Raises :class:`StoreError` subclasses with user-readable messages for locked, corrupt,
    read-only or newer-than-this-app databases.
    """
    global _current_path
    close_database()
    path = database_path(data_dir)
    try:
        ensure_data_dir(data_dir)
        _create_private_file(path)
    except OSError as exc:
        raise translate_sqlite_error(
            sqlite3.OperationalError(f"unable to open database file: {exc.strerror}"), path
        ) from exc
    pragmas = [(k, busy_timeout_ms if k == "busy_timeout" else v) for k, v in PRAGMAS]
    database = peewee.SqliteDatabase(
        str(path), pragmas=pragmas, timeout=busy_timeout_ms / 1000, lock_type="IMMEDIATE"
    )
    # The full-text index's triggers and views call this function on every connection.
    search_text.register(database)
    db.initialize(database)
    _current_path = path
    try:
        database.connect(reuse_if_open=True)
        if migrate:
            migrations.migrate(database, path)
    except StoreError:
        close_database()
        raise
    except SQLITE_ERRORS as exc:
        close_database()
        raise translate_sqlite_error(exc, path) from exc
    return database


def close_database() -> None:
    """Close this thread's connection and unbind the proxy."""
    global _current_path
    if db.obj is not None:
        if not db.obj.is_closed():
            db.obj.close()
        db.initialize(None)
    _current_path = None


@contextlib.contextmanager
def write() -> Iterator[None]:
    """One write transaction: everything inside commits together or not at all.

    Nested calls become savepoints of the outer transaction. SQLite errors surface as
    :class:`StoreError` with a message fit for the user.
    """
    with _write_lock:
        try:
            with db.atomic("IMMEDIATE"):
                yield
        except StoreError:
            raise
        except SQLITE_ERRORS as exc:
            original = _before_failed_rollback(exc)
            if not isinstance(original, SQLITE_ERRORS):
                raise original from None
            raise translate_sqlite_error(original, _current_path) from original


def _before_failed_rollback(exc: BaseException) -> BaseException:
    """The error that mattered, when rolling back after it failed.

    SQLite rolls a transaction back by itself after some errors (a full disk, an I/O
    error); Peewee's ROLLBACK then fails with "no transaction is active", and that failure
    (wrapped twice) would hide what happened.
    """
    while "no transaction is active" in str(exc) and exc.__context__ is not None:
        exc = exc.__context__
    return exc


@contextlib.contextmanager
def read() -> Iterator[None]:
    """A consistent snapshot for several reads (one deferred transaction)."""
    try:
        with db.atomic("DEFERRED"):
            yield
    except StoreError:
        raise
    except SQLITE_ERRORS as exc:
        raise translate_sqlite_error(exc, _current_path) from exc


def release_thread_connection() -> None:
    """Close the calling worker thread's connection (workers call this when they end)."""
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
