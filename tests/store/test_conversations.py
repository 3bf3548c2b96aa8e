"""Conversations and messages: counters, previews, paging, deletes."""

from app.store import conversations, messages, projects


def test_new_conversation_counts_and_previews_its_messages(store, clock):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Trip to Lisbon")
    messages.append_message(conv.id, "user", "Where should I eat?")
    clock.advance(5)
    messages.append_message(conv.id, "assistant", "Try   the\n pastéis de nata in Belém.")

    row = conversations.get_conversation(conv.id)
    assert row.message_count == 2
    assert row.preview == "Try the pastéis de nata in Belém."
    assert row.updated_at == clock.value
    assert [m.role for m in messages.active_messages(conv.id)] == ["user", "assistant"]


def test_list_is_newest_first_with_pinned_on_top_and_pages(store, clock):
    project = projects.default_project()
    ids = []
    for n in range(25):
        clock.advance(60)
        ids.append(conversations.create_conversation(project.id, f"Chat {n}").id)
    conversations.set_pinned(ids[3], True)

    first = conversations.list_conversations(project.id, limit=10)
    assert first[0].id == ids[3]
    assert [r.id for r in first[1:]] == list(reversed(ids))[:10][:9]
    everything = []
    offset = 0
    while page := conversations.list_conversations(project.id, limit=10, offset=offset):
        everything.extend(page)
        offset += len(page)
    assert sorted(r.id for r in everything) == sorted(ids)
    assert conversations.count_conversations(project.id) == 25


def test_archived_conversations_are_listed_apart(store):
    project = projects.default_project()
    kept = conversations.create_conversation(project.id, "kept")
    old = conversations.create_conversation(project.id, "old")
    conversations.set_archived(old.id, True)
    assert [r.id for r in conversations.list_conversations(project.id)] == [kept.id]
    assert [r.id for r in conversations.list_conversations(project.id, archived=True)] == [old.id]


def test_delete_removes_conversation_and_its_messages(store):
    project = projects.default_project()
    a = conversations.create_conversation(project.id, "a")
    b = conversations.create_conversation(project.id, "b")
    messages.append_message(a.id, "user", "hello")
    assert conversations.delete_conversations([a.id, b.id, "missing"]) == 2
    assert conversations.list_conversations(project.id) == []
    assert messages.all_messages(a.id) == []


def test_projects_keep_histories_apart_and_clear_only_their_own(store):
    work = projects.create_project("Work")
    home = projects.create_project("Home")
    conversations.create_conversation(work.id, "standup")
    conversations.create_conversation(home.id, "recipes")
    assert projects.find_project("Work") == work
    assert conversations.clear_project(work.id) == 1
    assert [r.title for r in conversations.list_conversations(None)] == ["recipes"]


def test_title_filter_matches_case_insensitively_and_literally(store):
    project = projects.default_project()
    conversations.create_conversation(project.id, "Rust lifetimes")
    conversations.create_conversation(project.id, "100% done")
    assert [r.title for r in conversations.list_conversations(title_filter="rust")] == [
        "Rust lifetimes"
    ]
    assert [r.title for r in conversations.list_conversations(title_filter="%")] == ["100% done"]


def test_preview_reads_as_plain_text_not_markdown(store):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "md")
    messages.append_message(
        conv.id, "assistant", "## Plan\n- **Bake** the `dough` at 2*3 [hot](http://x)\n\n| a | b |\n|---|---|"
    )
    assert conversations.get_conversation(conv.id).preview == "Plan Bake the dough at 2*3 hot a · b"
