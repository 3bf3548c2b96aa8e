"""A database from before search (schema 1) is indexed when it is opened."""

from __future__ import annotations

from app.services.search import search
from app.store import close_database, migrations, open_database
from app.store.integrity import check_database
from tests.search.conftest import ids
from tests.search.helpers import assert_index_agrees


def test_schema_1_database_is_indexed_on_upgrade(tmp_path):
    database = open_database(tmp_path, migrate=False)
    migrations.migrate(database, None, target=1)
    with database.atomic():
        database.execute_sql("INSERT INTO project (id, name, created_at) VALUES (1, 'General', 1.0)")
        database.execute_sql(
            "INSERT INTO conversation (id, project_id, title, created_at, updated_at, message_count,"
            " preview, active_leaf_id) VALUES ('c1', 1, 'Café notes', 1.7e9, 1.7e9, 2, '', 'm2'),"
            " ('c2', 1, 'Other', 1.6e9, 1.6e9, 0, '', NULL)"
        )
        database.execute_sql(
            "INSERT INTO message (id, conversation_id, parent_id, role, content, created_at, hidden)"
            " VALUES ('m1', 'c1', NULL, 'user', 'bonjour café', 1.7e9, 0),"
            "        ('m2', 'c1', 'm1', 'assistant', '我们的数据库很快', 1.7e9 + 5, 0),"
            "        ('m3', 'c2', NULL, 'user', 'a hidden cafe', 1.6e9, 1)"
        )
    close_database()

    open_database(tmp_path)
    try:
        assert ids(search("cafe")) == ["c1"]  # the hidden message stays out
        assert ids(search("数据库")) == ["c1"]
        assert ids(search("notes")) == ["c1"]
        assert check_database() == []
        assert_index_agrees("cafe", "bonjour")
    finally:
        close_database()
