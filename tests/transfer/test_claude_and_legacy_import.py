"""Claude exports (tree via parent_message_uuid) and the old browser chat history."""

from __future__ import annotations

import json

from app.services.importers import import_path, scan_path
from app.store import conversations, messages, projects
from app.store.models import Conversation
from tests.transfer.conftest import CLAUDE_JSON, LEGACY_JSON, database_snapshot


def _by_title(title: str):
    return conversations.get_conversation(Conversation.get(Conversation.title == title).id)


def test_claude_zip_keeps_every_branch_and_shows_the_newest_subtree(store, claude_zip):
    assert scan_path(claude_zip).found_text() == "3 conversations, 12 messages from a Claude export"
    report = import_path(claude_zip)
    assert (report.added, report.skipped) == (3, 1)  # the empty chat is skipped and reported
    rust = _by_title("Rust lifetimes 🦀")
    shown = messages.active_messages(rust.id)
    # The first answer is older than its regenerated sibling, but its subtree holds the
    # newest message (the follow-up question), so the view goes through it.
    assert [m.role for m in shown] == ["user", "assistant", "user", "assistant"]
    assert shown[1].content == "It compiles: the lifetime `'a` ties input and output."
    assert len(messages.all_messages(rust.id)) == 5
    assert len(messages.siblings(shown[1].id)) == 2
    # Thinking is the message's reasoning, not its text; token_budget is dropped.
    assert shown[1].metadata["reasoning"] == "The user asks about lifetimes; explain elision."
    assert "token_budget" not in json.dumps(shown[1].metadata)
    # Pasted attachments keep their extracted text.
    attachment = shown[0].metadata["attachments"][0]
    assert attachment["name"] == "main.rs" and "println!" in attachment["text"]
    # Tool use and results are shown; an unknown block is kept and shown raw.
    answer = shown[3].content
    assert "**Tool call: web_search**" in answer and '"rust lifetime elision"' in answer
    assert "[Lifetime Elision - The Rustonomicon](https://doc.rust-lang.org/nomicon/lifetime-elision.html)" in answer
    assert "Unknown block (artifact_gallery)" in answer
    assert shown[3].metadata["tool_calls"][0]["name"] == "web_search"
    assert rust.created_at == 1772445600.0  # 2026-03-02T10:00:00Z


def test_claude_projects_take_their_names_and_orphans_are_kept(store, claude_zip):
    report = import_path(claude_zip)
    assert report.projects_created == ["Travel"]
    trip = _by_title("Trip planning")
    assert projects.get_project(trip.project_id).name == "Travel"
    # Two roots: the one whose subtree is newest is shown; the orphan is kept apart.
    assert [m.content for m in messages.active_messages(trip.id)] == ["Plan a day in Osaka", "Start at Osaka Castle."]
    orphan = next(m for m in messages.all_messages(trip.id) if m.content == "An orphaned reply.")
    assert orphan.parent_id is None and orphan.metadata["orphan_of"] == "missing-parent-uuid"
    assert any("parent is missing" in w for w in map(str, report.warnings))


def test_older_claude_layout_without_parents_is_a_plain_thread(store, copy_fixture):
    import_path(copy_fixture(CLAUDE_JSON))
    xmas = _by_title("Translate 'merry christmas' to Japanese")  # untitled: named by its prompt
    shown = messages.active_messages(xmas.id)
    assert [m.content for m in shown] == ["Translate 'merry christmas' to Japanese", "メリークリスマス (Merī Kurisumasu)"]
    assert shown[0].metadata["attachments"] == [{"kind": "file", "name": "card.png"}]


def test_claude_reimport_is_idempotent(store, claude_zip):
    import_path(claude_zip)
    before = database_snapshot(store)
    report = import_path(claude_zip)
    assert (report.added, report.updated, report.messages_added) == (0, 0, 0)
    assert database_snapshot(store) == before


def test_legacy_history_becomes_one_conversation_in_the_chosen_project(store, tmp_path, copy_fixture):
    path = copy_fixture(LEGACY_JSON)
    report = import_path(path, project_name="Old web app")
    assert report.found_text() == "1 conversation, 4 messages from a browser chat history"
    assert report.projects_created == []  # --project names it; it is made, not reported as found
    conv = _by_title("How do I write a spec?")
    assert projects.get_project(conv.project_id).name == "Old web app"
    shown = messages.active_messages(conv.id)
    assert [m.role for m in shown] == ["user", "assistant", "user", "assistant"]
    assert shown[1].content == "Start with **the why**, then the what."
    assert shown[1].metadata["reasoning"] == "Think about structure."
    assert shown[2].metadata["attachments"][0]["name"] == "notes.md"
    assert shown[2].created_at > shown[1].created_at  # no timestamp: kept in order

    # The localStorage value as saved by a browser extension: an object holding JSON text,
    # with two more messages. Only those are added.
    items = json.loads(LEGACY_JSON.read_text(encoding="utf-8"))
    items += [
        {"id": "msg-5", "role": "user", "content": "Thanks!", "createdAt": "2025-06-02T09:00:00.000Z"},
        {"id": "msg-6", "role": "assistant", "content": "You're welcome.", "createdAt": "2025-06-02T09:00:02.000Z"},
    ]
    longer = tmp_path / "storage.json"
    longer.write_text(json.dumps({"leanspec-chat-history": json.dumps(items)}), encoding="utf-8")
    report = import_path(longer, project_name="Old web app")
    assert (report.added, report.updated, report.messages_added) == (0, 1, 2)
    conv = conversations.get_conversation(conv.id)
    assert conv.message_count == 6
    assert messages.active_messages(conv.id)[-1].content == "You're welcome."
