"""Export to Parley JSON, import into an empty data folder: the same data, field for field."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from app.services.exporters import ExportScope, export
from app.services.importers import import_path
from app.store import close_database, conversations, messages, open_database, projects, tags
from app.store.location import database_path

_TABLES = {
    "project": "SELECT name, created_at, system_prompt, source, source_id FROM project",
    "conversation": (
        "SELECT c.id, p.name, c.title, c.created_at, c.updated_at, c.message_count, c.preview, c.archived,"
        " c.pinned, c.active_leaf_id, c.system_prompt, c.draft, c.source, c.source_id, c.metadata"
        " FROM conversation AS c JOIN project AS p ON p.id = c.project_id"
    ),
    "message": (
        "SELECT id, conversation_id, parent_id, role, content, created_at, status, hidden, source_id, metadata"
        " FROM message"
    ),
    "tags": "SELECT ct.conversation_id, t.name FROM conversation_tag AS ct JOIN tag AS t ON t.id = ct.tag_id",
}


def _dump(data_dir: Path) -> dict[str, list]:
    connection = sqlite3.connect(str(database_path(data_dir)))
    try:
        return {name: sorted(connection.execute(sql).fetchall(), key=repr) for name, sql in _TABLES.items()}
    finally:
        connection.close()


def _rich_history(clock) -> None:
    """Branches, hidden messages, nested metadata, tags, flags, drafts, prompts, unicode."""
    work = projects.create_project("Work ✦ 工作")
    projects.set_project_system_prompt(work.id, "Be terse.")
    general = projects.default_project()
    conv = conversations.create_conversation(work.id, "Deploy plan 🚀", system_prompt="You are an SRE.")
    messages.append_message(conv.id, "system", "context", hidden=True)
    clock.advance(1.25)
    question = messages.append_message(conv.id, "user", "How do we roll back?\n\n```bash\nkubectl rollout undo\n```")
    clock.advance(2.000001)
    first = messages.append_message(
        conv.id, "assistant", "Use `rollout undo`.",
        metadata={"model": "gpt-4o", "input_tokens": 12, "output_tokens": 40, "nested": {"a": [1, 2.5, None, "ü"]}},
    )
    clock.advance(3)
    messages.append_message(conv.id, "assistant", "Or redeploy the previous tag.", parent_id=question.id,
                            metadata={"model": "claude-3-7"}, status="incomplete")
    messages.switch_branch(first.id)
    messages.append_message(conv.id, "tool", '{"ok": true}', metadata={"tool_calls": [{"id": "t1", "name": "sh"}]})
    tags.add_tag(conv.id, "ops")
    tags.add_tag(conv.id, "urgent")
    conversations.set_pinned(conv.id, True)
    conversations.set_draft(conv.id, "half-written thought")
    other = conversations.create_conversation(general.id, "中文 и кириллица", metadata={"origin": {"k": 1}})
    clock.advance(86400 * 30)
    messages.append_message(other.id, "user", "你好 👋 <b>not html</b>")
    conversations.set_archived(other.id, True)
    conversations.create_conversation(general.id, "")  # an empty conversation survives too


def test_parley_json_round_trip_reproduces_every_field(store, clock, tmp_path):
    _rich_history(clock)
    original = _dump(store)
    exported = tmp_path / "history.json"
    result = export(ExportScope.everything(), "json", exported)
    assert result.conversations == 3 and result.layout == "file"
    close_database()

    fresh = tmp_path / "fresh-data"
    open_database(fresh)
    report = import_path(exported)
    assert report.error is None, report.error
    assert report.added == 3
    assert _dump(fresh) == original

    # And again: nothing changes, nothing doubles.
    assert import_path(exported).added == 0
    assert _dump(fresh) == original
    close_database()


def test_zip_of_per_conversation_json_files_round_trips(store, clock, tmp_path):
    _rich_history(clock)
    original = _dump(store)
    archive = tmp_path / "history.zip"
    export(ExportScope.everything(), "json", archive)
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
    assert "index.json" in names and len(names) == 4
    close_database()
    open_database(tmp_path / "fresh")
    report = import_path(archive)
    assert report.error is None and report.added == 3
    assert str(report.format_label) == "Parley export"
    assert _dump(tmp_path / "fresh") == original
    close_database()


def test_json_lines_round_trip_keeps_messages_branches_and_the_shown_branch(store, clock, tmp_path):
    _rich_history(clock)
    original = _dump(store)
    lines = tmp_path / "history.jsonl"
    export(ExportScope.everything(), "jsonl", lines)
    first = lines.read_text(encoding="utf-8").splitlines()[0]
    assert '"conversation_id"' in first and '"conversation_title"' in first
    close_database()
    open_database(tmp_path / "fresh")
    report = import_path(lines)
    assert report.error is None and str(report.format_label) == "Parley JSON Lines export"
    copied = _dump(tmp_path / "fresh")
    assert copied["message"] == original["message"]
    by_id = {row[0]: row for row in copied["conversation"]}
    for row in original["conversation"]:
        if row[5]:  # conversations with messages: same id, title, project and shown branch
            assert by_id[row[0]][1:3] == row[1:3] and by_id[row[0]][9] == row[9]
    close_database()


def test_a_newer_parley_export_updates_and_an_older_one_does_not(store, clock, tmp_path):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Draft title")
    messages.append_message(conv.id, "user", "first")
    old = tmp_path / "old.json"
    export([conv.id], "json", old)
    clock.advance(60)
    conversations.rename_conversation(conv.id, "Final title")
    messages.append_message(conv.id, "assistant", "second")
    new = tmp_path / "new.json"
    export([conv.id], "json", new)
    close_database()

    open_database(tmp_path / "other")
    import_path(new)
    report = import_path(old)
    assert (report.added, report.updated) == (0, 0)
    row = conversations.get_conversation(conv.id)
    assert row.title == "Final title" and row.message_count == 2
    close_database()

    open_database(tmp_path / "third")
    import_path(old)
    assert import_path(new).updated == 1
    row = conversations.get_conversation(conv.id)
    assert row.title == "Final title" and row.message_count == 2
    assert messages.active_messages(conv.id)[-1].content == "second"
    close_database()
