"""Fast inserts for importers and the demo generator.

One transaction per batch, ``executemany`` on plain tuples, counters computed by the
caller: orders of magnitude faster than :func:`app.store.messages.append_message` for
millions of rows. Callers wrap a whole file in :func:`app.store.database.write` so that a
bad record leaves nothing behind.
"""

from __future__ import annotations

import itertools
import json
import json.encoder
from typing import Any, Iterable, NamedTuple

from app.store.database import db
from app.store.search_index import deferred_indexing

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _c_encoder():
    """The C encoder ``_ENCODER.encode`` builds on every call, built once (None without
    the C accelerator)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return None
    try:
        return make({}, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", False, False, True)
    except TypeError:  # an interpreter whose accelerator takes other arguments: use encode()
        return None


_iterencode = _c_encoder()


def dumps(value: Any) -> str:
    """Compact JSON, exactly ``_ENCODER.encode(value)``, for metadata columns (per row)."""
    global _iterencode
    if _iterencode is None:
        return _ENCODER.encode(value)
    try:
        return "".join(_iterencode(value, 0))
    except BaseException:
        # Its circular-reference markers may be left behind: start from a fresh one.
        _iterencode = _c_encoder()
        raise


_dumps = dumps


class NewConversation(NamedTuple):
    id: str
    project_id: int
    title: str
    created_at: float
    updated_at: float
    message_count: int
    preview: str
    archived: bool = False
    pinned: bool = False
    active_leaf_id: str | None = None
    system_prompt: str | None = None
    source: str | None = None
    source_id: str | None = None
    metadata: dict | None = None


class NewMessage(NamedTuple):
    id: str
    conversation_id: str
    parent_id: str | None
    role: str
    content: str
    created_at: float
    status: str = "complete"
    hidden: bool = False
    source_id: str | None = None
    metadata: dict | None = None


_CONVERSATION_SQL = """
INSERT INTO conversation (id, project_id, title, created_at, updated_at, message_count,
    preview, archived, pinned, active_leaf_id, system_prompt, source, source_id, metadata)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

_MESSAGE_SQL = """
INSERT INTO message (id, conversation_id, parent_id, role, content, created_at, status,
    hidden, source_id, metadata)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def insert_conversations(rows: Iterable[NewConversation]) -> None:
    """Insert conversation rows as given (call inside ``write()``)."""
    # The search index takes the new rows in one statement at the end, far faster than
    # row-by-row triggers: see app.store.search_index.deferred_indexing.
    with deferred_indexing():
        db.cursor().executemany(
            _CONVERSATION_SQL,
            (
                (*row[:7], int(row.archived), int(row.pinned), *row[9:13], _dumps(row.metadata or {}))
                for row in rows
            ),
        )


def insert_messages(rows: Iterable[NewMessage]) -> None:
    """Insert message rows as given (call inside ``write()``)."""
    insert_message_values(
        (*row[:7], int(row.hidden), row.source_id, _dumps(row.metadata or {})) for row in rows
    )


#: Rows per multi-row ``INSERT``. Each statement has a fixed cost that ``executemany``
#: pays per row: a statement journal, opening and closing a cursor per index, and building
#: the lookup table of the role ``CHECK (role IN (...))``. At 100 rows a statement that cost
#: is shared: 11% fewer instructions per imported message at 20,000 messages.
ROWS_PER_STATEMENT = 100
_MESSAGE_ROWS_SQL = (
    _MESSAGE_SQL.rsplit("VALUES", 1)[0] + "VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"] * ROWS_PER_STATEMENT)
)


def insert_message_values(values: Iterable[tuple]) -> None:
    """Insert messages given as the tuples ``_MESSAGE_SQL`` takes: :class:`NewMessage`'s
    fields with ``hidden`` as 0/1 and ``metadata`` as JSON text (the importers' fast path).

    Rows go in in the order given (so get the same rowids) whether in statements of
    :data:`ROWS_PER_STATEMENT` rows or one at a time for the rest.
    """
    rows = values if isinstance(values, list) else list(values)
    with deferred_indexing():  # see insert_conversations
        cursor = db.cursor()
        full = len(rows) - len(rows) % ROWS_PER_STATEMENT
        flatten = itertools.chain.from_iterable
        for start in range(0, full, ROWS_PER_STATEMENT):
            cursor.execute(_MESSAGE_ROWS_SQL, list(flatten(rows[start : start + ROWS_PER_STATEMENT])))
        if full < len(rows):
            cursor.executemany(_MESSAGE_SQL, rows[full:])
