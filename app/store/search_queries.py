"""SQL over the full-text index. The search service decides *which* of these to run.

Every function takes an FTS5 MATCH expression built by :mod:`app.services.search.query`
(never raw user text) and a :class:`SearchScope` of resolved filters. Message hits carry the
index key (see :mod:`app.store.migrations.v002_search`): ordering by key is ordering by time.

Joins are written ``CROSS JOIN``, which SQLite never reorders: the driving table is the one
named first (the index, or a list of keys). Without statistics the planner was measured to
start from ``conversation`` for a 500-key lookup and read every message (100 s instead of 2 ms).

Snippets and highlighted titles are made on a small per-connection *scratch* FTS5 table
holding only the rows on screen, not on the big index. FTS5 answers ``rowid IN (...)`` by
running the whole query once per rowid, and for a broad prefix (``con*``) that means merging
hundreds of doclists for every row: measured at ~150 ms per row on 1,000,000 messages, against
well under a millisecond to tokenize 50 messages into the scratch table. Same tokenizer, same
expression, so the fragments and highlights are exactly what the index matched.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from app.store.database import db
from app.store.errors import StoreError
from app.store.migrations.v002_search import KEY_DAY_FACTOR, TOKENIZE
from app.store.search_index import key_ceiling, key_floor
from app.store.search_text import MATCH_END, MATCH_START, index_text

_CHUNK = 500


class SearchScope(NamedTuple):
    """Filters, resolved to what the tables hold. Defaults: everything not archived."""

    roles: tuple[str, ...] = ()
    models: tuple[str, ...] = ()  # case-insensitive substrings of metadata.model
    project_ids: tuple[int, ...] | None = None  # None: every project
    tag_ids: tuple[int, ...] = ()  # the conversation must have all of them
    after: float | None = None  # created_at >= after (UTC epoch)
    before: float | None = None  # created_at < before
    archived: bool | None = False  # None: archived or not
    conversation_id: str | None = None

    def key_range(self) -> tuple[int | None, int | None]:
        """Bounds on the index key implied by the date filters (lo inclusive, hi exclusive)."""
        lo = key_floor(self.after) if self.after is not None else None
        hi = key_ceiling(self.before) if self.before is not None else None
        return lo, hi

    @property
    def has_message_filters(self) -> bool:
        return bool(self.roles or self.models or self.after is not None or self.before is not None)


class MessageHit(NamedTuple):
    key: int
    message_id: str
    conversation_id: str
    created_at: float
    role: str
    score: float  # bm25: lower is better (0.0 where relevance was not computed)


class TitleHit(NamedTuple):
    conversation_id: str
    score: float
    updated_at: float


class ConversationInfo(NamedTuple):
    id: str
    title: str
    project_id: int
    created_at: float
    updated_at: float
    message_count: int
    archived: bool
    preview: str


class SearchInterrupted(StoreError):
    """A newer query (or the user) stopped this one."""


@contextlib.contextmanager
def interruptible(should_stop: Callable[[], bool] | None) -> Iterator[None]:
    """Let ``should_stop`` abort a running statement (SQLite's progress handler)."""
    if should_stop is None:
        yield
        return
    conn = db.connection()
    conn.set_progress_handler(lambda: 1 if should_stop() else 0, 5000)
    try:
        yield
    except (sqlite3.OperationalError, *_peewee_errors()) as exc:
        if "interrupt" in str(exc).lower():
            raise SearchInterrupted("The search was cancelled.") from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _peewee_errors() -> tuple[type[BaseException], ...]:
    import peewee

    return (peewee.OperationalError,)


def _placeholders(count: int) -> str:
    return ",".join("?" * count)


def _filters(
    scope: SearchScope, *, messages: bool = True, conversation_indexes: bool = False
) -> tuple[str, list]:
    """``AND ...`` conditions on ``m`` (message) and ``c`` (conversation) for a scope.

    Conversations are usually reached by id from a hit, so by default the conditions on them
    are written ``+c.column`` (which keeps SQLite from driving the query from an index on
    that column: measured at 0.5 s for 500 ids, as it read every unarchived conversation).
    """
    where: list[str] = []
    params: list = []
    plus = "" if conversation_indexes else "+"
    if scope.archived is not None:
        where.append(f"{plus}c.archived = ?")
        params.append(int(scope.archived))
    if scope.project_ids is not None:
        where.append(f"{plus}c.project_id IN ({_placeholders(len(scope.project_ids)) or 'NULL'})")
        params.extend(scope.project_ids)
    for tag_id in scope.tag_ids:
        where.append(
            "EXISTS (SELECT 1 FROM conversation_tag AS ct"
            " WHERE ct.conversation_id = c.id AND ct.tag_id = ?)"
        )
        params.append(tag_id)
    if scope.conversation_id is not None:
        where.append("c.id = ?")
        params.append(scope.conversation_id)
    if messages:
        if scope.roles:
            where.append(f"m.role IN ({_placeholders(len(scope.roles))})")
            params.extend(scope.roles)
        if scope.models:
            # json_valid first: one damaged metadata value must not fail the whole search.
            model = (
                "lower(CASE WHEN json_valid(m.metadata)"
                " THEN json_extract(m.metadata, '$.model') END)"
            )
            where.append("(" + " OR ".join(f"instr({model}, ?) > 0" for _ in scope.models) + ")")
            params.extend(name.lower() for name in scope.models)
        if scope.after is not None:
            where.append("m.created_at >= ?")
            params.append(scope.after)
        if scope.before is not None:
            where.append("m.created_at < ?")
            params.append(scope.before)
    return "".join(f" AND {condition}" for condition in where), params


def _key_bounds(scope: SearchScope, column: str) -> tuple[str, list]:
    lo, hi = scope.key_range()
    sql, params = "", []
    if lo is not None:
        sql += f" AND {column} >= ?"
        params.append(lo)
    if hi is not None:
        sql += f" AND {column} < ?"
        params.append(hi)
    return sql, params


def day_of_key(key: int) -> int:
    """The UTC day number a key belongs to."""
    return key // KEY_DAY_FACTOR


def relevance_hits(match: str, scope: SearchScope, limit: int) -> list[MessageHit]:
    """Matching messages passing the filters with their bm25 score, best first.

    For small match sets only: bm25 is computed for every match before sorting.
    """
    bounds, bound_params = _key_bounds(scope, "f.rowid")
    where, params = _filters(scope)
    rows = db.execute_sql(
        f"""SELECT f.rowid, m.id, m.conversation_id, m.created_at, m.role,
            bm25(message_fts) AS score
        FROM message_fts AS f
        CROSS JOIN message_search_key AS k ON k.key = f.rowid
        CROSS JOIN message AS m ON m.rowid = k.message_rowid
        CROSS JOIN conversation AS c ON c.id = m.conversation_id
        WHERE message_fts MATCH ?{bounds}{where}
        ORDER BY score, f.rowid DESC LIMIT ?""",
        (match, *bound_params, *params, limit),
    ).fetchall()
    return [MessageHit(*row) for row in rows]


def recent_keys(match: str, scope: SearchScope, *, chunk: int = 500) -> Iterator[list[int]]:
    """Keys of all matches, newest first, in chunks, from one statement.

    FTS5 walks its doclists in key (time) order and the caller stops reading when it has
    enough, so the newest matches of a word in every message cost as little as those of a
    rare one. One statement matters for prefixes: FTS5 merges the doclists of every word
    with the prefix when a query starts, so re-querying per chunk would repeat that work.
    Only the date range is applied here; :func:`hits_for_keys` applies the other filters.
    """
    bounds, params = _key_bounds(scope, "rowid")
    cursor = db.execute_sql(
        f"SELECT rowid FROM message_fts WHERE message_fts MATCH ?{bounds} ORDER BY rowid DESC",
        (match, *params),
    )
    try:
        while True:
            rows = cursor.fetchmany(chunk)
            if not rows:
                return
            yield [key for (key,) in rows]
    finally:
        cursor.close()


def hits_for_keys(keys: Sequence[int], scope: SearchScope) -> list[MessageHit]:
    """The messages behind these keys that pass the scope's filters, in the order given.

    Message filters are checked per key, conversation filters once per conversation.
    """
    message_where, message_params = _filters(
        SearchScope(roles=scope.roles, models=scope.models, after=scope.after,
                    before=scope.before, archived=None)
    )
    found: dict[int, MessageHit] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        rows = db.execute_sql(
            f"""SELECT k.key, m.id, m.conversation_id, m.created_at, m.role, 0.0
            FROM message_search_key AS k
            CROSS JOIN message AS m ON m.rowid = k.message_rowid
            WHERE k.key IN ({_placeholders(len(chunk))}){message_where}""",
            (*chunk, *message_params),
        ).fetchall()
        for row in rows:
            found[row[0]] = MessageHit(*row)
    passing = conversations_passing({hit.conversation_id for hit in found.values()}, scope)
    return [found[key] for key in keys if key in found and found[key].conversation_id in passing]


def conversations_passing(conversation_ids: Iterable[str], scope: SearchScope) -> set[str]:
    """Those of these conversations that pass the scope's conversation-level filters."""
    ids = list(conversation_ids)
    where, params = _filters(scope, messages=False)
    if not where:
        return set(ids)
    passing: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = db.execute_sql(
            f"SELECT c.id FROM conversation AS c WHERE c.id IN ({_placeholders(len(chunk))}){where}",
            (*chunk, *params),
        ).fetchall()
        passing.update(cid for (cid,) in rows)
    return passing


def conversation_texts(conversation_ids: Sequence[str]) -> dict[str, list[str]]:
    """The visible messages' text of each conversation (any order)."""
    texts: dict[str, list[str]] = {cid: [] for cid in conversation_ids}
    for start in range(0, len(conversation_ids), _CHUNK):
        chunk = list(conversation_ids[start : start + _CHUNK])
        rows = db.execute_sql(
            f"""SELECT conversation_id, content FROM message
            WHERE conversation_id IN ({_placeholders(len(chunk))}) AND hidden = 0""",
            chunk,
        ).fetchall()
        for cid, content in rows:
            texts[cid].append(content)
    return texts


def title_hits(match: str, scope: SearchScope, limit: int) -> list[TitleHit]:
    """Conversations whose title matches (conversation-level filters applied), best first."""
    where, params = _filters(scope, messages=False)
    rows = db.execute_sql(
        f"""SELECT c.id, bm25(conversation_fts) AS score, c.updated_at
        FROM conversation_fts AS f CROSS JOIN conversation AS c ON c.rowid = f.rowid
        WHERE conversation_fts MATCH ?{where}
        ORDER BY score LIMIT ?""",
        (match, *params, limit),
    ).fetchall()
    return [TitleHit(*row) for row in rows]


def conversation_infos(conversation_ids: Sequence[str]) -> dict[str, ConversationInfo]:
    result: dict[str, ConversationInfo] = {}
    for start in range(0, len(conversation_ids), _CHUNK):
        chunk = list(conversation_ids[start : start + _CHUNK])
        rows = db.execute_sql(
            f"""SELECT id, title, project_id, created_at, updated_at, message_count, archived,
                preview
            FROM conversation WHERE id IN ({_placeholders(len(chunk))})""",
            chunk,
        ).fetchall()
        for row in rows:
            info = ConversationInfo(*row)
            result[info.id] = info._replace(archived=bool(info.archived))
    return result


def message_texts(message_ids: Sequence[str]) -> dict[str, str]:
    """Content of these messages by id."""
    result: dict[str, str] = {}
    for start in range(0, len(message_ids), _CHUNK):
        chunk = list(message_ids[start : start + _CHUNK])
        rows = db.execute_sql(
            f"SELECT id, content FROM message WHERE id IN ({_placeholders(len(chunk))})", chunk
        ).fetchall()
        result.update(rows)
    return result


def filtered_conversations(scope: SearchScope, limit: int, *, step: int = 200) -> list[MessageHit]:
    """No words, only filters: for each conversation (pinned, then newest first) that has a
    message passing them, its newest such message.

    Conversations are read newest first from one statement and checked a page at a time,
    so a filter most conversations pass stops after the first page.
    """
    conv_where, conv_params = _filters(
        scope._replace(roles=(), models=(), after=None, before=None),
        messages=False,
        conversation_indexes=True,
    )
    msg_where, msg_params = _filters(
        SearchScope(
            roles=scope.roles, models=scope.models, after=scope.after, before=scope.before,
            archived=None,
        )
    )
    cursor = db.execute_sql(
        # The sidebar's order (pinned first), which its indexes serve without a sort.
        f"SELECT c.id FROM conversation AS c WHERE 1{conv_where}"
        " ORDER BY c.pinned DESC, c.updated_at DESC",
        conv_params,
    )
    hits: list[MessageHit] = []
    try:
        while len(hits) < limit:
            page = [cid for (cid,) in cursor.fetchmany(step)]
            if not page:
                break
            rows = db.execute_sql(
                f"""SELECT coalesce(k.key, 0), m.id, m.conversation_id, max(m.created_at), m.role, 0.0
                FROM message AS m LEFT JOIN message_search_key AS k ON k.message_rowid = m.rowid
                WHERE m.conversation_id IN ({_placeholders(len(page))}) AND m.hidden = 0{msg_where}
                GROUP BY m.conversation_id""",
                (*page, *msg_params),
            ).fetchall()
            newest = {row[2]: MessageHit(*row) for row in rows}
            hits.extend(newest[cid] for cid in page if cid in newest)
    finally:
        cursor.close()
    return hits[:limit]


def messages_passing(message_ids: Sequence[str], scope: SearchScope) -> list[MessageHit]:
    """The messages among these that pass the scope's filters."""
    where, params = _filters(scope)
    hits: list[MessageHit] = []
    for start in range(0, len(message_ids), _CHUNK):
        chunk = list(message_ids[start : start + _CHUNK])
        rows = db.execute_sql(
            f"""SELECT coalesce(k.key, 0), m.id, m.conversation_id, m.created_at, m.role, 0.0
            FROM message AS m CROSS JOIN conversation AS c ON c.id = m.conversation_id
            LEFT JOIN message_search_key AS k ON k.message_rowid = m.rowid
            WHERE m.id IN ({_placeholders(len(chunk))}){where}""",
            (*chunk, *params),
        ).fetchall()
        hits.extend(MessageHit(*row) for row in rows)
    return hits


def project_ids_named(names: Sequence[str]) -> dict[str, list[int]]:
    """Projects by name, case-insensitively: name as given -> ids (empty if none)."""
    result: dict[str, list[int]] = {}
    for name in names:
        rows = db.execute_sql(
            "SELECT id FROM project WHERE lower(name) = lower(?)", (name.strip(),)
        ).fetchall()
        result[name] = [pid for (pid,) in rows]
    return result


def tag_ids_named(names: Sequence[str]) -> dict[str, int | None]:
    """Tags by name (case-insensitive): name as given -> id or None."""
    result: dict[str, int | None] = {}
    for name in names:
        row = db.execute_sql("SELECT id FROM tag WHERE name = ?", (name.strip(),)).fetchone()
        result[name] = row[0] if row else None
    return result


# -- the scratch table: snippets, highlights and matches for the rows on screen -------------

_SCRATCH = "temp.parley_search_scratch"


def _scratch_ready() -> None:
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_SCRATCH} USING fts5(body, tokenize = '{TOKENIZE}')"
    )
    db.execute_sql(f"DELETE FROM {_SCRATCH}")


def _load_scratch(texts: Sequence[str]) -> None:
    _scratch_ready()
    db.cursor().executemany(
        f"INSERT INTO {_SCRATCH} (rowid, body) VALUES (?, ?)",
        ((index + 1, index_text(text)) for index, text in enumerate(texts)),
    )


def scratch_snippets(match: str, texts: Sequence[str], tokens: int) -> list[str | None]:
    """For each text, a fragment around its best match (None where it does not match)."""
    if not texts:
        return []
    _load_scratch(texts)
    rows = db.execute_sql(
        f"""SELECT rowid, snippet(parley_search_scratch, 0, ?, ?, '\u2026', ?)
        FROM {_SCRATCH} WHERE parley_search_scratch MATCH ?""",
        (MATCH_START, MATCH_END, tokens, match),
    ).fetchall()
    result: list[str | None] = [None] * len(texts)
    for rowid, fragment in rows:
        result[rowid - 1] = fragment
    return result


def scratch_highlights(match: str, texts: Sequence[str]) -> list[str | None]:
    """Each whole text with its matches marked (None where it does not match)."""
    if not texts:
        return []
    _load_scratch(texts)
    rows = db.execute_sql(
        f"""SELECT rowid, highlight(parley_search_scratch, 0, ?, ?)
        FROM {_SCRATCH} WHERE parley_search_scratch MATCH ?""",
        (MATCH_START, MATCH_END, match),
    ).fetchall()
    result: list[str | None] = [None] * len(texts)
    for rowid, marked in rows:
        result[rowid - 1] = marked
    return result


def scratch_counts(match: str, groups: Sequence[Sequence[str]]) -> list[int]:
    """For each group of texts, how many of them match."""
    flat = [text for group in groups for text in group]
    matching = scratch_matching(match, flat)
    counts: list[int] = []
    position = 0
    for group in groups:
        counts.append(sum(matching[position : position + len(group)]))
        position += len(group)
    return counts


def scratch_matching(match: str, texts: Sequence[str]) -> list[bool]:
    """Which of these texts match."""
    if not texts:
        return []
    _load_scratch(texts)
    rows = db.execute_sql(
        f"SELECT rowid FROM {_SCRATCH} WHERE parley_search_scratch MATCH ?", (match,)
    ).fetchall()
    found = {rowid for (rowid,) in rows}
    return [index + 1 in found for index in range(len(texts))]
