"""ChatGPT exports: the zip, its conversations.json, the split layout; the whole tree kept."""

from __future__ import annotations

import json

from app.services.importers import import_path, scan_path
from app.store import conversations, messages, projects
from app.store.models import Conversation
from tests.transfer.conftest import CHATGPT_JSON, chatgpt_records, database_snapshot, write_zip


def _by_title(title: str):
    row = Conversation.get(Conversation.title == title)
    return conversations.get_conversation(row.id)


def _visible(cid: str) -> list:
    return messages.active_messages(cid)


def test_scan_says_what_is_in_the_zip_and_writes_nothing(store, chatgpt_zip):
    before = database_snapshot(store)
    report = scan_path(chatgpt_zip)
    assert report.error is None
    assert report.found_text() == "4 conversations, 26 messages from a ChatGPT export"
    assert report.skipped == 1  # the corrupted entry with no mapping
    assert database_snapshot(store) == before


def test_zip_import_keeps_the_tree_and_shows_the_current_branch(store, chatgpt_zip):
    report = import_path(chatgpt_zip)
    assert report.error is None, report.error
    assert (report.added, report.updated, report.skipped) == (4, 0, 1)
    assert any("Corrupted entry" in w and "no \u201cmapping\u201d" in w for w in map(str, report.warnings))

    nata = _by_title("Pastéis de nata 🥐")
    shown = _visible(nata.id)
    assert [m.content for m in shown] == [
        "Where should I eat pastéis de nata? 🥐",
        "Try **Pastéis de Belém**.",
        "And in 北京?",
        "在北京，试试 *Lord Stow's* 风格的葡式蛋挞。",
    ]
    assert shown[1].metadata["model"] == "gpt-4o"
    assert shown[0].created_at == chatgpt_records()[0]["mapping"]["u-1"]["message"]["create_time"]
    # Every branch is stored: the regenerated answer and the edited prompt (whose parent
    # lists no child link, as in newer exports) are siblings the user can switch to.
    everything = messages.all_messages(nata.id)
    assert len(everything) == 9
    contents = {m.content for m in everything}
    assert "Manteigaria in Chiado is my pick." in contents
    assert "What about Porto?" in contents
    assert len(messages.siblings(shown[1].id)) == 2
    # Hidden context (system root, custom instructions) is kept, not shown, not counted.
    hidden = [m for m in everything if m.hidden]
    assert {m.role for m in hidden} == {"system", "user"}
    assert any("Answer briefly." in m.content for m in hidden)
    assert nata.message_count == 7
    assert nata.pinned is True
    assert nata.preview.startswith("在北京")


def test_every_content_type_is_readable_and_unknown_ones_are_kept(store, chatgpt_zip):
    import_path(chatgpt_zip)
    chart = _by_title("Chart analysis 📊")
    shown = _visible(chart.id)
    by_type = {m.metadata.get("content_type", "text"): m for m in shown}
    assert by_type["code"].content.startswith("```python\nimport pandas")
    assert by_type["execution_output"].role == "tool" and "6" in by_type["execution_output"].content
    assert "Quarterly sales rose 12%" in by_type["tether_browsing_display"].content
    assert by_type["tether_quote"].content.startswith("> Sales rose 12% in Q4.")
    assert "[Annual report](https://example.com/report)" in by_type["tether_quote"].content
    assert "Reading the chart" in by_type["thoughts"].content
    assert by_type["reasoning_recap"].content == "Thought for 4 seconds"
    unknown = by_type["holographic_widget"]
    assert "Unknown block (holographic_widget)" in unknown.content and '"lat": 38.7' in unknown.content
    assert unknown.metadata["unknown_content"]["widget"]["kind"] == "map"
    # Images and audio become references to the files inside the zip.
    user_image = shown[0].metadata["attachments"][0]
    assert user_image["kind"] == "image"
    assert user_image["name"] == "sales-chart.png"
    assert user_image["file"] == "file-AbC123-sales-chart.dat"
    assert user_image["archive"] == str(chatgpt_zip)
    dalle = next(m for m in shown if m.metadata.get("author_name") == "dalle.text2im")
    assert dalle.role == "tool"
    assert dalle.metadata["attachments"][0]["prompt"] == "a bar chart drawn as a watercolor"
    voice = shown[-1]
    assert voice.content == "Thanks, that helps!"
    assert voice.metadata["attachments"][0]["kind"] == "audio"
    # The memory node (model_editable_context) is stored hidden.
    assert any(m.hidden and "Likes charts" in m.content for m in messages.all_messages(chart.id))


def test_project_chats_go_to_a_renamable_chatgpt_project(store, chatgpt_zip):
    report = import_path(chatgpt_zip)
    assert report.projects_created == ["ChatGPT Project 1"]
    chart = _by_title("Chart analysis 📊")
    project = projects.get_project(chart.project_id)
    assert project.name == "ChatGPT Project 1"
    assert chart.archived is True
    projects.rename_project(project.id, "Sales analysis")
    import_path(chatgpt_zip)  # the renamed project is found again by its gizmo id
    assert [p.name for p in projects.list_projects()] == ["General", "Sales analysis"]


def test_missing_fields_are_tolerated(store, copy_fixture):
    import_path(copy_fixture(CHATGPT_JSON))
    untitled = _by_title("Untitled question with no times")  # title from the first prompt
    shown = _visible(untitled.id)
    assert [m.content for m in shown] == ["Untitled question with no times", "Answer ✓\nsecond part"]
    assert all(m.created_at > 0 for m in shown)
    acorda = _by_title("Açorda")
    last = _visible(acorda.id)[-1]
    assert last.status == "incomplete"
    assert "GetDownloadLinkError" in last.content
    assert acorda.project_id == projects.default_project().id  # a custom GPT is not a project


def test_reimport_adds_nothing_twice(store, chatgpt_zip):
    import_path(chatgpt_zip)
    before = database_snapshot(store)
    report = import_path(chatgpt_zip)
    assert (report.added, report.updated, report.messages_added) == (0, 0, 0)
    assert report.skipped == 5
    assert database_snapshot(store) == before


def test_newer_export_adds_what_grew_and_older_never_overwrites(store, tmp_path):
    records = chatgpt_records()
    old = tmp_path / "old.json"
    old.write_text(json.dumps(records), encoding="utf-8")
    newer = json.loads(json.dumps(records))
    nata = newer[0]
    nata["title"] = "Pastéis de nata, revisited"
    nata["update_time"] += 1000
    nata["mapping"]["a-2"]["children"] = ["u-3"]
    nata["mapping"]["u-3"] = {
        "id": "u-3", "parent": "a-2", "children": [],
        "message": {"id": "u-3", "author": {"role": "user"}, "create_time": nata["update_time"],
                    "content": {"content_type": "text", "parts": ["One more question"]}},
    }
    nata["current_node"] = "u-3"
    new_path = tmp_path / "new.json"
    new_path.write_text(json.dumps(newer), encoding="utf-8")

    import_path(old)
    report = import_path(new_path)
    assert (report.added, report.updated, report.messages_added) == (0, 1, 1)
    row = _by_title("Pastéis de nata, revisited")
    assert _visible(row.id)[-1].content == "One more question"
    assert row.message_count == 8

    # The older export again: nothing it holds is newer, so nothing changes.
    before = database_snapshot(store)
    report = import_path(old)
    assert (report.added, report.updated) == (0, 0)
    assert database_snapshot(store) == before


def test_a_rename_in_parley_survives_a_newer_export(store, tmp_path):
    records = chatgpt_records()[:1]
    first = tmp_path / "first.json"
    first.write_text(json.dumps(records), encoding="utf-8")
    import_path(first)
    cid = _by_title("Pastéis de nata 🥐").id
    conversations.rename_conversation(cid, "My favourite pastries")
    records[0]["title"] = "Something ChatGPT named it"
    records[0]["update_time"] += 50
    second = tmp_path / "second.json"
    second.write_text(json.dumps(records), encoding="utf-8")
    import_path(second)
    assert conversations.get_conversation(cid).title == "My favourite pastries"


def test_split_layout_in_a_zip_and_in_a_folder(store, tmp_path):
    records = chatgpt_records()
    members = {
        "conversations-000.json": json.dumps(records[:2]),
        "conversations-001.json": json.dumps(records[2:]),
        "conversation_asset_file_names.json": "{}",
    }
    archive = write_zip(tmp_path / "split.zip", members)
    report = scan_path(archive)
    assert report.found_text() == "4 conversations, 26 messages from a ChatGPT export"
    folder = tmp_path / "unpacked"
    folder.mkdir()
    for name, text in members.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert import_path(folder).added == 4
    assert import_path(archive).added == 0  # same conversations, whichever way they came
    assert conversations.count_conversations(None, archived=None) == 4
