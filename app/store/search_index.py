"""The full-text index: bulk indexing, rebuild, optimize, integrity check, size.

The index itself (FTS5 tables, the key table, triggers) is created by migration 2
(:mod:`app.store.migrations.v002_search`, which explains the design). This module holds what
runs against it afterwards.

**Bulk inserts.** Triggers index each row as it is inserted, but in SQLite 3.40 every
statement of an ``executemany`` opens a statement savepoint and FTS5 flushes its in-memory
index to a new tiny segment on each savepoint: indexing through the triggers runs at ~14,000
messages/s (500-character messages) against ~60,000 when the same rows are indexed by one
``INSERT ... SELECT`` in key order. And the mere presence of an insert trigger makes each
inserted row costlier (see :func:`_suspend_insert_triggers`). :func:`deferred_indexing` gives
bulk writers the fast path: :mod:`app.store.bulk` wraps its inserts in it, so importers and
the demo generator get it without doing anything. Inside it the insert triggers are
suspended, and the update/delete triggers skip rows newer than a recorded high-water mark
(they are not in the index yet); on exit those rows are indexed in one statement, inside the
caller's transaction, so a crash or an error leaves tables and index consistent either way.

**Optimize** after a bulk import: :func:`optimize_index` merges the segments a long import
leaves behind, in short transactions, from a background task.
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
from typing import Callable, Iterator, NamedTuple

from app.store.database import db, write
from app.store.errors import SQLITE_ERRORS
from app.store.migrations.v002_search import KEY_DAY_FACTOR, batch_keys_sql, day_sql

#: The FTS5 table of message bodies and of conversation titles.
MESSAGE_FTS = "message_fts"
TITLE_FTS = "conversation_fts"

#: Tables whose pages make up the index (for its share of the file).
INDEX_TABLES_PREFIXES = ("message_fts", "conversation_fts", "message_search_key", "sqlite_autoindex_message_search_key")


def _day(epoch: float) -> int:
    return min(max(math.floor(epoch / 86400.0), 0), 2**31 - 1)


def key_floor(epoch: float) -> int:
    """No message created at or after ``epoch`` has a smaller key."""
    return _day(epoch) * KEY_DAY_FACTOR


def key_ceiling(epoch: float) -> int:
    """Every message created before ``epoch`` has a smaller key."""
    return (_day(epoch) + 1) * KEY_DAY_FACTOR


# -- bulk indexing ---------------------------------------------------------------------------


def _deferred_active() -> bool:
    return db.execute_sql("SELECT count(*) FROM search_index_deferred").fetchone()[0] > 0


@contextlib.contextmanager
def deferred_indexing() -> Iterator[None]:
    """Insert many rows fast: index the new rows in one statement when the block ends.

    Call inside :func:`app.store.database.write`. The block is a savepoint, so an error
    inside it undoes its rows and leaves nothing unindexed; nesting is harmless (the
    outermost block does the indexing). Only rows *inserted* inside the block are deferred;
    edits and deletes of older rows keep going through the triggers.
    """
    with write():
        if _deferred_active():
            yield
            return
        with db.atomic():
            message_mark = db.execute_sql("SELECT coalesce(max(rowid), 0) FROM message").fetchone()[0]
            conversation_mark = db.execute_sql(
                "SELECT coalesce(max(rowid), 0) FROM conversation"
            ).fetchone()[0]
            db.execute_sql(
                "INSERT INTO search_index_deferred (message_after, conversation_after) VALUES (?, ?)",
                (message_mark, conversation_mark),
            )
            suspended = _suspend_insert_triggers()
            yield
            for sql in suspended:
                db.execute_sql(sql)
            db.execute_sql("DELETE FROM search_index_deferred")
            _index_rows_after(message_mark, conversation_mark)


#: Dropped for the length of a bulk insert (and re-created, same SQL, before it commits).
_INSERT_TRIGGERS = ("message_fts_insert", "conversation_fts_insert")


def _suspend_insert_triggers() -> list[str]:
    """Drop the insert triggers inside the current transaction; returns their SQL.

    Measured on a 300,000-message database: 10,000 demo messages took 6-8 s to insert with
    *any* AFTER INSERT trigger on ``message`` (even ``WHEN 0`` with an empty body; SQLite
    then keeps a statement journal for every row) and 0.2 s without one. DDL is
    transactional, so other connections never see the table without its triggers, and a
    rollback puts them back.
    """
    saved: list[str] = []
    for name in _INSERT_TRIGGERS:
        row = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
        if row is not None:
            saved.append(row[0])
            db.execute_sql(f"DROP TRIGGER {name}")
    return saved


#: FTS5 settings while a bulk insert indexes its rows (one statement), and FTS5's defaults.
#:
#: - ``hashsize``: FTS5's in-memory buffer of new postings. It writes the buffer out as a
#:   new segment whenever it holds more than this (1 MB by default) and merges segments as
#:   they pile up: at a million messages the default means hundreds of small segments and
#:   merges. 16 MB cut the instructions of the indexing statement by 14% at 60,000
#:   messages, more as imports grow; memory stays bounded by it.
#: - ``automerge``: how many segments of a level FTS5 lets pile up before merging them into
#:   one of the next level (4 by default). 16 rewrites each posting fewer times during the
#:   statement (-20% CPU for it in a run scaled to a million messages); the segments left
#:   over are merged by :func:`optimize_index`, which runs after imports anyway.
BULK_SETTINGS = {"hashsize": 16 * 1024 * 1024, "automerge": 16}
_FTS5_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4}


@contextlib.contextmanager
def _bulk_settings(table: str) -> Iterator[None]:
    """:data:`BULK_SETTINGS` for ``table`` during the block, then what they were before.

    FTS5 keeps its settings in the ``<table>_config`` table; the block runs inside the
    caller's transaction, so a failure rolls the settings back with everything else.
    """
    stored = dict(
        db.execute_sql(
            f"SELECT k, v FROM {table}_config WHERE k IN ({', '.join('?' * len(BULK_SETTINGS))})",
            tuple(BULK_SETTINGS),
        ).fetchall()
    )
    for name, value in BULK_SETTINGS.items():
        db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", (name, value))
    yield
    for name in BULK_SETTINGS:
        if name in stored:
            db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", (name, stored[name]))
        else:
            # Back to FTS5's default, and no row, exactly as before the block.
            db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", (name, _FTS5_DEFAULTS[name]))
            db.execute_sql(f"DELETE FROM {table}_config WHERE k = ?", (name,))


def _index_rows_after(message_mark: int, conversation_mark: int) -> None:
    db.execute_sql(batch_keys_sql("rowid > ?"), (message_mark,))
    # In key order: FTS5 flushes its buffer whenever a key goes backwards.
    with _bulk_settings(MESSAGE_FTS):
        db.execute_sql(
            """INSERT INTO message_fts (rowid, body)
            SELECT k.key, parley_fts_text(m.content)
            FROM message_search_key AS k JOIN message AS m ON m.rowid = k.message_rowid
            WHERE k.message_rowid > ? ORDER BY k.key""",
            (message_mark,),
        )
    db.execute_sql(
        """INSERT INTO conversation_fts (rowid, title)
        SELECT rowid, parley_fts_text(title) FROM conversation WHERE rowid > ?""",
        (conversation_mark,),
    )


# -- rebuild and optimize ----------------------------------------------------------------


def rebuild_index() -> None:
    """Re-create the whole index from the tables (one transaction), then optimize it.

    The repair for anything :func:`check_index` reports; ``parley check --rebuild-index``.
    """
    from app.store.migrations.v002_search import REBUILD_STATEMENTS

    with write():
        for statement in REBUILD_STATEMENTS:
            db.execute_sql(statement)
    optimize_index()


def optimize_index(
    *, pages: int = 2000, should_stop: Callable[[], bool] | None = None
) -> bool:
    """Merge the index's segments into one, in short write transactions.

    After a bulk import the index is many segments; ordering a very common word's matches by
    relevance reads all of them (the issue measured 1.5 s before, 172 ms after). Each step
    merges about ``pages`` pages in its own transaction, so the app can keep writing in
    between; ``should_stop`` lets a background task give up early. Returns True when done.
    """
    for table in (MESSAGE_FTS, TITLE_FTS):
        while True:
            if should_stop is not None and should_stop():
                return False
            with write():
                before = db.connection().total_changes
                # A negative page count merges segments of every level: an incremental
                # 'optimize'. Fewer than 2 changes means there was nothing left to merge.
                db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)", (-pages,))
                worked = db.connection().total_changes - before >= 2
            if not worked:
                break
    return True


# -- integrity -------------------------------------------------------------------------------


def _fts_integrity(table: str) -> str | None:
    try:
        db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    except SQLITE_ERRORS as exc:
        return str(exc)
    return None


def check_index() -> list[str]:
    """Problems with the search index (registered into ``parley check``)."""
    problems: list[str] = []
    hint = "run 'parley check --rebuild-index' to rebuild it"
    with db.atomic():
        if _deferred_active():
            problems.append(f"search index: a bulk insert was left unfinished; {hint}")
        missing = db.execute_sql(
            """SELECT count(*) FROM message AS m WHERE m.hidden = 0
            AND NOT EXISTS (SELECT 1 FROM message_search_key WHERE message_rowid = m.rowid)"""
        ).fetchone()[0]
        if missing:
            problems.append(f"search index: {missing} message(s) are not indexed; {hint}")
        stale = db.execute_sql(
            f"""SELECT count(*) FROM message_search_key AS k
            LEFT JOIN message AS m ON m.rowid = k.message_rowid
            WHERE m.rowid IS NULL OR m.hidden != 0
               OR k.key / {KEY_DAY_FACTOR} != {day_sql('m.created_at')}"""
        ).fetchone()[0]
        if stale:
            problems.append(f"search index: {stale} entr(ies) point to no visible message; {hint}")
        if not (missing or stale):
            for table in (MESSAGE_FTS, TITLE_FTS):
                error = _fts_integrity(table)
                if error:
                    problems.append(f"search index: {table} does not match the tables ({error}); {hint}")
    return problems


# -- size ------------------------------------------------------------------------------------


class IndexSize(NamedTuple):
    index_bytes: int
    database_bytes: int

    @property
    def share(self) -> float:
        return self.index_bytes / self.database_bytes if self.database_bytes else 0.0


def index_size() -> IndexSize | None:
    """Bytes used by the index and by the whole database (None without ``dbstat``)."""
    try:
        rows = db.execute_sql("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except (sqlite3.Error, *SQLITE_ERRORS):
        return None
    total = sum(size for _, size in rows)
    index = sum(size for name, size in rows if name.startswith(INDEX_TABLES_PREFIXES))
    return IndexSize(index, total)


def _register() -> None:
    from app.store.integrity import EXTRA_CHECKS

    if check_index not in EXTRA_CHECKS:
        EXTRA_CHECKS.append(check_index)


_register()
