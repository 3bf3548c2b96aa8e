"""The message tree: edits and regenerated answers are branches the user can switch."""

from app.store import conversations, messages, projects


def _conversation():
    project = projects.default_project()
    return conversations.create_conversation(project.id, "Branches")


def test_regenerated_answer_becomes_a_sibling_and_the_active_branch(store, clock):
    conv = _conversation()
    question = messages.append_message(conv.id, "user", "Name a colour")
    clock.advance(1)
    first = messages.append_message(conv.id, "assistant", "Red")
    clock.advance(1)
    second = messages.append_message(conv.id, "assistant", "Blue", parent_id=question.id)

    assert messages.active_path(conv.id) == [question.id, second.id]
    assert messages.siblings(second.id) == [first.id, second.id]
    assert messages.forks(conv.id) == {question.id: [first.id, second.id]}
    assert conversations.get_conversation(conv.id).preview == "Blue"


def test_switching_branch_is_saved_and_follows_the_newest_reply(store, clock):
    conv = _conversation()
    q = messages.append_message(conv.id, "user", "Hi")
    clock.advance(1)
    a1 = messages.append_message(conv.id, "assistant", "Hello")
    clock.advance(1)
    follow = messages.append_message(conv.id, "user", "Tell me more")
    clock.advance(1)
    a2 = messages.append_message(conv.id, "assistant", "Hey", parent_id=q.id)

    leaf = messages.switch_branch(a1.id)
    assert leaf == follow.id
    assert messages.active_path(conv.id) == [q.id, a1.id, follow.id]
    assert conversations.get_conversation(conv.id).preview == "Tell me more"
    messages.switch_branch(a2.id)
    assert messages.active_path(conv.id) == [q.id, a2.id]


def test_hidden_messages_stay_in_the_tree_but_not_on_screen(store):
    conv = _conversation()
    system = messages.append_message(conv.id, "system", "", hidden=True)
    user = messages.append_message(conv.id, "user", "visible")
    assert messages.active_path(conv.id) == [user.id]
    assert messages.active_path(conv.id, include_hidden=True) == [system.id, user.id]
    assert conversations.get_conversation(conv.id).message_count == 1


def test_streaming_update_changes_content_status_and_preview(store):
    conv = _conversation()
    messages.append_message(conv.id, "user", "Write a haiku")
    answer = messages.append_message(conv.id, "assistant", "", status="streaming")
    messages.update_message(answer.id, content="Autumn moonlight", metadata={"model": "m"})
    messages.update_message(answer.id, status="incomplete", metadata={"error": "stopped"})

    row = messages.get_message(answer.id)
    assert (row.content, row.status) == ("Autumn moonlight", "incomplete")
    assert row.metadata == {"model": "m", "error": "stopped"}
    assert conversations.get_conversation(conv.id).preview == "Autumn moonlight"


def test_paging_the_active_branch_of_a_long_conversation(store, clock):
    conv = _conversation()
    for n in range(120):
        clock.advance(1)
        messages.append_message(conv.id, "user" if n % 2 == 0 else "assistant", f"message {n}")
    last_page = messages.active_messages(conv.id, offset=80, limit=50)
    assert [m.content for m in last_page] == [f"message {n}" for n in range(80, 120)]
    assert conversations.get_conversation(conv.id).message_count == 120
