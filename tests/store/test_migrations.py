"""Schema migrations: every earlier version upgrades to exactly the fresh schema."""

from __future__ import annotations

import sqlite3
import types

import peewee
import pytest

from app.store import migrations
from app.store.database import close_database, open_database
from app.store.errors import NewerSchemaError


def _schema(path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    normalised = [(t, n, " ".join((sql or "").split())) for t, n, sql in rows]
    return normalised + [("pragma", "user_version", str(version)), ("pragma", "application_id", str(app_id))]


def _seed_v1(database: peewee.SqliteDatabase) -> None:
    """Rows as schema 1 knew them, written with raw SQL (the models may have moved on)."""
    database.execute_sql("INSERT INTO project (id, name, created_at) VALUES (1, 'General', 1.0)")
    database.execute_sql(
        "INSERT INTO conversation (id, project_id, title, created_at, updated_at, message_count,"
        " preview, active_leaf_id) VALUES ('c1', 1, 'Café notes', 1.0, 2.0, 2, 'hi', 'm2')"
    )
    database.execute_sql(
        "INSERT INTO message (id, conversation_id, parent_id, role, content, created_at)"
        " VALUES ('m1', 'c1', NULL, 'user', 'bonjour café', 1.0),"
        "        ('m2', 'c1', 'm1', 'assistant', '我们的数据库很快', 2.0)"
    )


#: Schemas 2 (search index) and 3 (an index for unfinished answers) kept schema 1's tables.
SEEDERS = {1: _seed_v1, 2: _seed_v1}


def test_fresh_database_is_at_latest_version(data_dir):
    open_database(data_dir)
    close_database()
    schema = dict(((t, n), s) for t, n, s in _schema(data_dir / "parley.db"))
    assert schema[("pragma", "user_version")] == str(migrations.latest_version())


@pytest.mark.parametrize("start", range(1, migrations.latest_version()))
def test_every_earlier_version_upgrades_to_the_fresh_schema(tmp_path, start):
    fresh_dir, old_dir = tmp_path / "fresh", tmp_path / "old"
    open_database(fresh_dir)
    close_database()

    database = open_database(old_dir, migrate=False)
    migrations.migrate(database, None, target=start)
    seeder = SEEDERS.get(start)
    if seeder:
        with database.atomic():
            seeder(database)
    close_database()

    open_database(old_dir)  # upgrades
    from app.store import messages

    assert [m.content for m in messages.active_messages("c1")] == ["bonjour café", "我们的数据库很快"]
    close_database()
    assert _schema(old_dir / "parley.db") == _schema(fresh_dir / "parley.db")
    assert list(old_dir.glob("parley.db.bak-v*")), "a backup is taken before upgrading"


@pytest.mark.skipif(migrations.latest_version() < 2, reason="nothing to upgrade to yet")
def test_schema_1_database_upgrades_with_its_data(tmp_path):
    database = open_database(tmp_path, migrate=False)
    migrations.migrate(database, None, target=1)
    with database.atomic():
        _seed_v1(database)
    close_database()
    open_database(tmp_path)
    from app.store import conversations

    assert conversations.get_conversation("c1").title == "Café notes"
    close_database()
    backup = next(tmp_path.glob("parley.db.bak-v1-*"))
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == 2
    conn.close()


def test_failed_migration_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    database = open_database(tmp_path)
    latest = migrations.latest_version()
    close_database()

    def broken_apply(db):
        db.execute_sql("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error")

    broken = types.SimpleNamespace(VERSION=latest + 1, apply=broken_apply)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    from app.store.errors import StoreError

    with pytest.raises(StoreError):
        open_database(tmp_path)
    conn = sqlite3.connect(tmp_path / "parley.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_database_from_a_newer_parley_is_refused_untouched(tmp_path):
    open_database(tmp_path)
    close_database()
    conn = sqlite3.connect(tmp_path / "parley.db")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer Parley"):
        open_database(tmp_path)
