"""Bulk message inserts: statements of many rows store exactly what row-by-row inserts do."""

from __future__ import annotations

import pytest

from app.store import bulk, projects, write
from app.store.database import db
from app.store.errors import StoreError

COLUMNS = "rowid, id, conversation_id, parent_id, role, content, created_at, status, hidden, source_id, metadata"


def _values(cid: str, count: int, prefix: str) -> list[tuple]:
    rows, parent = [], None
    texts = ["", "café", "東京 数据库", "🚀" * 3, "x" * 100_000, "line\nbreak"]
    for i in range(count):
        mid = f"{prefix}-{i:05d}"
        meta = bulk.dumps({"model": "m", "n": i}) if i % 3 else "{}"
        rows.append((mid, cid, parent, ("user", "assistant", "system", "tool")[i % 4], texts[i % len(texts)], 1.7e9 + i, "complete", i % 5 == 0, f"{prefix}-s{i}" if i % 2 else None, meta))
        parent = mid
    return rows


def _conversation(cid: str) -> None:
    bulk.insert_conversations([bulk.NewConversation(cid, projects.default_project().id, cid, 1.7e9, 1.7e9, 0, "")])


@pytest.mark.parametrize("count", [0, 1, 99, 100, 101, 250, 5000])
def test_many_rows_per_statement_store_what_one_per_statement_does(store, count):
    with write():
        _conversation("a")
        _conversation("b")
        bulk.insert_message_values(_values("a", count, "a"))
        db.cursor().executemany(bulk._MESSAGE_SQL, _values("b", count, "b"))
    a = db.execute_sql(f"SELECT {COLUMNS} FROM message WHERE conversation_id = 'a' ORDER BY rowid").fetchall()
    b = db.execute_sql(f"SELECT {COLUMNS} FROM message WHERE conversation_id = 'b' ORDER BY rowid").fetchall()
    assert len(a) == count
    assert len(b) == count
    for row_a, row_b in zip(a, b):
        assert row_a[4:9] == row_b[4:9] and row_a[10] == row_b[10]
        assert (row_a[1], row_a[2], row_a[3], row_a[9]) == tuple(
            None if v is None else v.replace("b", "a", 1) for v in (row_b[1], row_b[2], row_b[3], row_b[9])
        )
    assert [r[0] for r in a] == list(range(1, count + 1))
    assert [r[3] for r in a] == ([None] + [f"a-{i:05d}" for i in range(count - 1)] if count else [])


def test_a_bad_row_in_a_statement_fails_it_and_leaves_the_earlier_rows_alone(store):
    with write():
        _conversation("a")
        bulk.insert_message_values(_values("a", 150, "a"))
    rows = _values("a", 300, "c")
    rows[170] = rows[170][:3] + ("robot",) + rows[170][4:]  # breaks CHECK (role IN (...))
    with pytest.raises(StoreError, match="constraint failed"):
        with write():
            bulk.insert_message_values(rows)
    assert db.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 150
    rows = _values("a", 300, "d")
    rows[250] = ("a-00007",) + rows[250][1:]  # an id already stored
    with pytest.raises(StoreError, match="constraint failed"):
        with write():
            bulk.insert_message_values(rows)
    assert db.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 150
