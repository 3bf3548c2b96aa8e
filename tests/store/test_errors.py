"""Bad databases give clear messages, and a failed write leaves nothing behind."""

import sqlite3

import pytest

from app.store import conversations, database, messages, projects
from app.store.errors import DatabaseCorruptError, DatabaseLockedError


def test_a_file_that_is_not_a_database_says_so(data_dir):
    data_dir.mkdir()
    (data_dir / "parley.db").write_bytes(b"this is a spreadsheet, honestly" * 100)
    with pytest.raises(DatabaseCorruptError, match="damaged"):
        database.open_database(data_dir)


def test_a_locked_database_says_what_to_do(data_dir):
    database.open_database(data_dir)
    database.close_database()
    holder = sqlite3.connect(data_dir / "parley.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        database.open_database(data_dir, busy_timeout_ms=50)
        project = projects.list_projects()  # reading under WAL still works
        with pytest.raises(DatabaseLockedError, match="Close other copies"):
            projects.create_project("Work")
        assert project == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.close_database()


def test_a_failing_write_rolls_back_everything(store):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "keep me")
    with pytest.raises(RuntimeError):
        with database.write():
            messages.append_message(conv.id, "user", "half")
            raise RuntimeError("crash in the middle")
    assert messages.all_messages(conv.id) == []
    assert conversations.get_conversation(conv.id).message_count == 0


def test_data_survives_closing_and_reopening(data_dir):
    database.open_database(data_dir)
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Persist")
    messages.append_message(conv.id, "user", "still here?")
    database.close_database()
    database.open_database(data_dir)
    assert [m.content for m in messages.active_messages(conv.id)] == ["still here?"]
    database.close_database()
