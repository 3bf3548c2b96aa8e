"""Schema 2: the full-text index over message content and conversation titles.

Messages are indexed by FTS5 in *external content* mode: the index holds postings only and
reads text back through the view ``message_search_source`` when it needs it (snippets,
``rebuild``, ``integrity-check``). A normal FTS5 table would store a second copy of every
message; a contentless one could not make snippets.

**Time-ordered keys.** The FTS rowid of a message is a *search key* that sorts by time:
``utc_day * 2**32 + n``, where ``n`` counts the messages indexed for that day (in order of
time within a bulk insert, of arrival otherwise). ``message_search_key`` maps keys to
message rowids. FTS5 walks doclists in rowid order, so "the newest 50 matches" is a scan
that stops after 50 rows even for a word in most messages, and ``after:``/``before:`` become
key ranges FTS5 seeks to. Keyed by ``message.rowid`` instead, "newest" would mean "inserted
last", which for imported history is arbitrary. Keys are dense within a day because FTS5
stores each posting as a varint delta from the previous one: keys made of
``seconds * 2**30 + rowid`` were measured to make the index 2.4 times larger (and half as
fast to build) as rowid keys on 200,000 messages; day keys cost 29% over rowid keys on that
sparse sample, less on a full history (1,000,000 demo messages: index 20% of the file). The
map costs ~25 bytes a message.

The view passes text through ``parley_fts_text`` (:mod:`app.store.search_text`), which
segments Chinese/Japanese/Korean/Thai into one token per character and NFKC-normalises; the
``unicode61 remove_diacritics 2`` tokenizer folds case and accents.

Triggers keep the index consistent in the same transaction as every insert, edit and
delete, cascades included. Hidden messages are not indexed: the window never shows them, so
a result pointing at one could not be opened. Messages on other branches are indexed:
opening such a result switches to that branch. Bulk writers defer indexing to the end of
each batch (:func:`app.store.search_index.deferred_indexing`); ``search_index_deferred``
holds the rows to skip meanwhile and is empty whenever a transaction commits.

Conversation titles have their own small FTS5 table keyed by ``conversation.rowid``.
No ``prefix=`` indexes: on 1,000,000 messages ``prefix='2 3'`` made the index 2.3 times
larger (59% of the file instead of 38%) and the build twice as slow, while prefixes of 3+
letters (the shortest the query language accepts) stay around 30 ms without it
(``tests/perf/bench_search.py``).
"""

VERSION = 2

TOKENIZE = "unicode61 remove_diacritics 2"

#: A key is ``day * KEY_DAY_FACTOR + n``.
KEY_DAY_FACTOR = 2**32
_MAX_DAY = 2**31 - 1


def day_sql(created_at: str) -> str:
    """SQL for the UTC day number of a timestamp, clamped to the key space."""
    return f"min(max(CAST(floor({created_at} / 86400.0) AS INTEGER), 0), {_MAX_DAY})"


def _next_key_sql(day: str) -> str:
    """SQL for the next free key of a day (one seek in the key table's primary key)."""
    return (
        f"coalesce((SELECT max(key) FROM message_search_key WHERE key >= {day} * {KEY_DAY_FACTOR}"
        f" AND key < ({day} + 1) * {KEY_DAY_FACTOR}), {day} * {KEY_DAY_FACTOR})"
    )


def batch_keys_sql(where: str) -> str:
    """SQL that gives keys to the visible messages matching ``where`` (rebuild, bulk)."""
    return f"""
    INSERT INTO message_search_key (key, message_rowid)
    SELECT {_next_key_sql('day')}
           + row_number() OVER (PARTITION BY day ORDER BY created_at, rowid), rowid
    FROM (SELECT rowid, created_at, {day_sql('created_at')} AS day FROM message
          WHERE hidden = 0 AND {where})
    """


# Rows inserted by a bulk writer after these rowids are indexed when it finishes, in one
# statement (see app.store.search_index.deferred_indexing); triggers skip them meanwhile.
_MESSAGE_PENDING = "EXISTS (SELECT 1 FROM search_index_deferred WHERE {row}.rowid > message_after)"
_CONVERSATION_PENDING = (
    "EXISTS (SELECT 1 FROM search_index_deferred WHERE {row}.rowid > conversation_after)"
)
_KEY_OF = "(SELECT key FROM message_search_key WHERE message_rowid = {row}.rowid)"

STATEMENTS = [
    """
    CREATE TABLE message_search_key (
        key INTEGER PRIMARY KEY,
        message_rowid INTEGER NOT NULL UNIQUE
    )
    """,
    """
    CREATE TABLE search_index_deferred (
        message_after INTEGER NOT NULL,
        conversation_after INTEGER NOT NULL
    )
    """,
    """
    CREATE VIEW message_search_source AS
    SELECT k.key AS rowid, parley_fts_text(m.content) AS body
    FROM message_search_key AS k JOIN message AS m ON m.rowid = k.message_rowid
    """,
    f"""
    CREATE VIRTUAL TABLE message_fts USING fts5(
        body,
        content = 'message_search_source', content_rowid = 'rowid',
        tokenize = '{TOKENIZE}'
    )
    """,
    f"""
    CREATE TRIGGER message_fts_insert AFTER INSERT ON message
    WHEN new.hidden = 0 AND NOT {_MESSAGE_PENDING.format(row='new')} BEGIN
        INSERT INTO message_search_key (key, message_rowid)
        VALUES ({_next_key_sql(day_sql('new.created_at'))} + 1, new.rowid);
        INSERT INTO message_fts (rowid, body)
        VALUES ({_KEY_OF.format(row='new')}, parley_fts_text(new.content));
    END
    """,
    f"""
    CREATE TRIGGER message_fts_delete AFTER DELETE ON message
    WHEN old.hidden = 0 AND NOT {_MESSAGE_PENDING.format(row='old')} BEGIN
        INSERT INTO message_fts (message_fts, rowid, body)
        SELECT 'delete', key, parley_fts_text(old.content)
        FROM message_search_key WHERE message_rowid = old.rowid;
        DELETE FROM message_search_key WHERE message_rowid = old.rowid;
    END
    """,
    # An edit keeps the message's key (a streaming answer is re-indexed in place); a new
    # day or a change of visibility gives it a new key or none.
    f"""
    CREATE TRIGGER message_fts_update AFTER UPDATE OF content, hidden, created_at ON message
    WHEN (old.content IS NOT new.content OR old.hidden IS NOT new.hidden
        OR old.created_at IS NOT new.created_at) AND NOT {_MESSAGE_PENDING.format(row='old')}
    BEGIN
        INSERT INTO message_fts (message_fts, rowid, body)
        SELECT 'delete', key, parley_fts_text(old.content)
        FROM message_search_key WHERE message_rowid = old.rowid;
        DELETE FROM message_search_key WHERE message_rowid = old.rowid
            AND (new.hidden != 0 OR {day_sql('old.created_at')} != {day_sql('new.created_at')});
        INSERT INTO message_search_key (key, message_rowid)
        SELECT {_next_key_sql(day_sql('new.created_at'))} + 1, new.rowid
        WHERE new.hidden = 0
            AND NOT EXISTS (SELECT 1 FROM message_search_key WHERE message_rowid = new.rowid);
        INSERT INTO message_fts (rowid, body)
        SELECT key, parley_fts_text(new.content)
        FROM message_search_key WHERE message_rowid = new.rowid;
    END
    """,
    """
    CREATE VIEW conversation_search_source AS
    SELECT rowid AS rowid, parley_fts_text(title) AS title FROM conversation
    """,
    f"""
    CREATE VIRTUAL TABLE conversation_fts USING fts5(
        title,
        content = 'conversation_search_source', content_rowid = 'rowid',
        tokenize = '{TOKENIZE}'
    )
    """,
    f"""
    CREATE TRIGGER conversation_fts_insert AFTER INSERT ON conversation
    WHEN NOT {_CONVERSATION_PENDING.format(row='new')} BEGIN
        INSERT INTO conversation_fts (rowid, title) VALUES (new.rowid, parley_fts_text(new.title));
    END
    """,
    f"""
    CREATE TRIGGER conversation_fts_delete AFTER DELETE ON conversation
    WHEN NOT {_CONVERSATION_PENDING.format(row='old')} BEGIN
        INSERT INTO conversation_fts (conversation_fts, rowid, title)
        VALUES ('delete', old.rowid, parley_fts_text(old.title));
    END
    """,
    f"""
    CREATE TRIGGER conversation_fts_update AFTER UPDATE OF title ON conversation
    WHEN old.title IS NOT new.title AND NOT {_CONVERSATION_PENDING.format(row='old')} BEGIN
        INSERT INTO conversation_fts (conversation_fts, rowid, title)
        VALUES ('delete', old.rowid, parley_fts_text(old.title));
        INSERT INTO conversation_fts (rowid, title) VALUES (new.rowid, parley_fts_text(new.title));
    END
    """,
]

#: Index what the tables hold (a no-op on a fresh database); also the repair path.
#: 'rebuild' reads the view in key order (the key table's primary key), which FTS5 needs to
#: build large segments instead of flushing a tiny one at every key that goes backwards.
REBUILD_STATEMENTS = [
    "DELETE FROM search_index_deferred",
    "DELETE FROM message_search_key",
    batch_keys_sql("1"),
    "INSERT INTO message_fts (message_fts) VALUES ('rebuild')",
    "INSERT INTO conversation_fts (conversation_fts) VALUES ('rebuild')",
]


def apply(database) -> None:
    from app.store import search_text

    # open_database registers the function on every connection; registering again here
    # keeps the migration self-contained for callers that migrate a bare database.
    search_text.register(database)
    for statement in STATEMENTS + REBUILD_STATEMENTS:
        database.execute_sql(statement)
