"""The index follows every insert, edit and delete in the same transaction."""

from __future__ import annotations

import uuid

import pytest

from app.services.search import search
from app.store import StoreError, bulk, conversations, messages, projects, write
from app.store.database import db
from app.store.integrity import check_database
from tests.search.conftest import at, ids, write_conversation
from tests.search.helpers import assert_index_agrees


def test_a_fresh_history_is_consistent(corpus):
    assert check_database() == []
    assert_index_agrees("cafe", "decorator", "sqlite", "the")


def test_editing_a_message_reindexes_it(corpus):
    messages.update_message("paris-m1", content="Try Angelina for hot chocolate instead.")
    assert ids(search("Marly")) == []
    assert ids(search("chocolate")) == ["paris"]
    assert_index_agrees("marly", "chocolate", "try")


def test_a_streaming_answer_is_searchable_as_it_grows(store, clock):
    pid = projects.default_project().id
    conv = conversations.create_conversation(pid, "stream")
    msg = messages.append_message(conv.id, "assistant", "", status="streaming")
    for text in ("Photo", "Photosynthesis turns", "Photosynthesis turns light into sugar"):
        messages.update_message(msg.id, content=text)
    assert ids(search("sugar")) == [conv.id]
    assert ids(search("Photo")) == []
    assert_index_agrees("photosynthesis", "photo", "sugar")


def test_deleting_conversations_removes_their_messages_from_the_index(corpus):
    conversations.delete_conversation("python")
    assert ids(search("decorator")) == []
    conversations.delete_conversations(["sqlite", "paris"])
    assert ids(search("café")) == []
    assert_index_agrees("cafe", "decorator", "louvre")


def test_deleting_a_project_cascades_to_the_index(corpus):
    projects.delete_project(corpus.home)
    assert ids(search("Louvre")) == []
    assert_index_agrees("louvre", "terrace", "sqlite")


def test_renaming_a_conversation_reindexes_its_title(corpus):
    conversations.rename_conversation("paris", "Weekend in Lyon")
    assert ids(search("Lyon")) == ["paris"]
    assert "paris" not in ids(search("trip"))


def test_hidden_messages_are_not_found(store, clock):
    pid = projects.default_project().id
    conv = conversations.create_conversation(pid, "hidden")
    messages.append_message(conv.id, "system", "secret instructions about penguins", hidden=True)
    messages.append_message(conv.id, "user", "hello there")
    assert ids(search("penguins")) == []
    assert ids(search("hello")) == [conv.id]
    assert check_database() == []
    with write():
        db.execute_sql("UPDATE message SET hidden = 0 WHERE content LIKE 'secret%'")
        db.execute_sql("UPDATE conversation SET message_count = 2 WHERE id = ?", (conv.id,))
    assert ids(search("penguins")) == [conv.id]
    with write():
        db.execute_sql("UPDATE message SET hidden = 1 WHERE content LIKE 'secret%'")
        db.execute_sql("UPDATE conversation SET message_count = 1 WHERE id = ?", (conv.id,))
    assert ids(search("penguins")) == []
    assert check_database() == []


def test_moving_a_message_to_another_day_keeps_it_findable_by_date(corpus):
    with write():
        db.execute_sql("UPDATE message SET created_at = ? WHERE id = 'paris-m1'", (at(2026, 11, 21),))
    assert ids(search("terrace after:2026-11-21")) == ["paris"]
    assert ids(search("terrace before:2026-11-21")) == []
    assert check_database() == []


def _bulk_rows(cid: str, count: int, word: str, start: float) -> list[bulk.NewMessage]:
    rows, parent = [], None
    for index in range(count):
        mid = str(uuid.uuid4())
        rows.append(bulk.NewMessage(mid, cid, parent, "user", f"{word} number {index}", start + index * 3600))
        parent = mid
    return rows


def test_bulk_inserts_are_indexed_when_the_batch_ends(store, clock):
    pid = projects.default_project().id
    cid = str(uuid.uuid4())
    rows = _bulk_rows(cid, 200, "zeppelin", at(2026, 1, 1))
    with write():
        bulk.insert_conversations(
            [bulk.NewConversation(cid, pid, "Airships", rows[0].created_at, rows[-1].created_at, 200, "", active_leaf_id=rows[-1].id)]
        )
        bulk.insert_messages(rows)
        # Inside the transaction, before it commits, an edit of a new row must not break it.
        messages.update_message(rows[5].id, content="blimp number five")
    outcome = search("zeppelin")
    assert ids(outcome) == [cid] and outcome.results[0].match_count == 199
    assert ids(search("blimp")) == [cid]
    assert ids(search("airships")) == [cid]
    assert_index_agrees("zeppelin", "blimp", "number")
    # The insert triggers are back: a normal append is indexed at once.
    messages.append_message(cid, "assistant", "dirigible")
    assert ids(search("dirigible")) == [cid]


def test_a_failed_bulk_insert_leaves_nothing_behind(store, clock):
    pid = projects.default_project().id
    cid = str(uuid.uuid4())
    rows = _bulk_rows(cid, 50, "kraken", at(2026, 1, 1))
    rows.append(rows[0])  # duplicate primary key: the batch fails
    with pytest.raises(StoreError):
        with write():
            bulk.insert_conversations(
                [bulk.NewConversation(cid, pid, "Sea", rows[0].created_at, rows[0].created_at, 0, "")]
            )
            bulk.insert_messages(rows)
    assert ids(search("kraken")) == []
    assert check_database() == []
    names = {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"message_fts_insert", "conversation_fts_insert"} <= names


def test_check_reports_a_damaged_index_and_rebuild_repairs_it(corpus):
    from app.store.search_index import rebuild_index

    with write():
        db.execute_sql("DELETE FROM message_search_key WHERE message_rowid = (SELECT rowid FROM message WHERE id = 'paris-m0')")
    problems = check_database()
    assert problems and all("--rebuild-index" in p for p in problems)
    rebuild_index()
    assert check_database() == []
    assert set(ids(search("louvre"))) == {"paris"}
    assert_index_agrees("louvre", "cafe", "decorator")


def test_check_notices_an_index_that_lost_its_postings(corpus):
    with write():
        db.execute_sql("INSERT INTO message_fts (message_fts) VALUES ('delete-all')")
    assert any("message_fts" in p for p in check_database())


def test_many_conversations_with_many_edits_stay_consistent(store, clock):
    import random

    rng = random.Random(5)
    pid = projects.default_project().id
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    live: list[str] = []
    for step in range(120):
        action = rng.random()
        if action < 0.4 or not live:
            cid = f"c{step}"
            write_conversation(cid, pid, rng.choice(words), [("user", " ".join(rng.sample(words, 2)), at(2026, 1, 1 + step % 28), None)])
            live.append(cid)
        elif action < 0.7:
            cid = rng.choice(live)
            messages.append_message(cid, "assistant", " ".join(rng.sample(words, 3)), created_at=at(2026, 2, 1 + step % 28))
        elif action < 0.9:
            cid = rng.choice(live)
            leaf = messages.active_leaf(cid)
            messages.update_message(leaf, content=rng.choice(words))
        else:
            conversations.delete_conversation(live.pop(rng.randrange(len(live))))
    assert check_database() == []
    assert_index_agrees(*words)


def test_optimizing_after_many_batches_keeps_everything_findable(store, clock):
    from app.store.search_index import optimize_index

    pid = projects.default_project().id
    for batch in range(6):
        cid = str(uuid.uuid4())
        rows = _bulk_rows(cid, 40, f"batch{batch} common", at(2026, 1, 1 + batch))
        with write():
            bulk.insert_conversations(
                [bulk.NewConversation(cid, pid, f"Batch {batch}", rows[0].created_at, rows[-1].created_at, 40, "")]
            )
            bulk.insert_messages(rows)
    assert optimize_index(pages=50) is True
    assert optimize_index(should_stop=lambda: True) is False
    assert check_database() == []
    assert len(search("common").results) == 6
    assert_index_agrees("common", "batch3", "number")
