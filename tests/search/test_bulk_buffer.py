"""Bulk indexing uses its own FTS5 settings (buffer, automerge) only for its own statement."""

from __future__ import annotations

import uuid

from app.store import bulk, projects, write
from app.store.database import db
from app.store.search_index import deferred_indexing
from tests.search.helpers import assert_index_agrees


def _config() -> dict:
    return dict(db.execute_sql("SELECT k, v FROM message_fts_config").fetchall())


def _bulk_insert(count: int, words: str) -> None:
    pid = projects.default_project().id
    cid = str(uuid.uuid4())
    rows, parent = [], None
    for i in range(count):
        mid = str(uuid.uuid4())
        rows.append(bulk.NewMessage(mid, cid, parent, "user", f"{words} {i} café 数据库", 1.7e9 + i))
        parent = mid
    with write():
        with deferred_indexing():
            bulk.insert_conversations([bulk.NewConversation(cid, pid, words, 1.7e9, 1.7e9, count, "")])
            bulk.insert_messages(rows)


def test_bulk_indexing_leaves_the_fts_settings_as_they_were(store):
    before = _config()
    assert "hashsize" not in before and "automerge" not in before
    _bulk_insert(2000, "walrus")
    assert _config() == before
    assert_index_agrees("walrus", "cafe")


def test_stored_settings_are_put_back(store):
    with write():
        db.execute_sql("INSERT INTO message_fts (message_fts, rank) VALUES ('hashsize', 2000000)")
        db.execute_sql("INSERT INTO message_fts (message_fts, rank) VALUES ('automerge', 2)")
    before = _config()
    _bulk_insert(500, "narwhal")
    assert _config() == before
    assert_index_agrees("narwhal")


def test_a_failed_bulk_insert_leaves_no_setting(store):
    before = _config()
    try:
        with write():
            with deferred_indexing():
                bulk.insert_messages([bulk.NewMessage("m", "no such conversation", None, "user", "x", 1.7e9)])
    except Exception:  # the foreign key fails at commit
        pass
    assert _config() == before
