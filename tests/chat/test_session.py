"""Every word in the database: exchanges, stops and failures against a real loopback server."""

from __future__ import annotations

import threading

import pytest

from app.services.chat import errors
from app.services.chat.cancel import CancelToken
from app.services.chat.session import ChatSession, recover_interrupted, send_message
from app.store import close_database, conversations, messages, open_database, projects


def branch(cid):
    return messages.active_messages(cid)


def reopen(data_dir):
    """What a restarted app would read."""
    close_database()
    open_database(data_dir)


def test_full_exchange_lands_in_the_database_with_metadata(openai_server, endpoint, conversation, store):
    exchange, outcome = send_message(conversation, "What is the capital of France?", endpoint)
    assert outcome.status == "complete"
    reopen(store)
    user, answer = branch(conversation)
    assert (user.role, user.content, user.status) == ("user", "What is the capital of France?", "complete")
    assert (answer.role, answer.content, answer.status) == ("assistant", openai_server.behaviour.answer, "complete")
    assert answer.parent_id == user.id
    meta = answer.metadata
    assert meta["model"] == "test-model" and meta["endpoint"] == "Test server"
    assert meta["input_tokens"] == 6 and meta["output_tokens"] == 10
    assert meta["finish_reason"] == "stop"
    assert meta["latency_ms"] >= 0 and meta["duration_ms"] >= meta["latency_ms"]
    assert not meta.get("error")
    conv = conversations.get_conversation(conversation)
    assert conv.message_count == 2 and conv.preview == openai_server.behaviour.answer
    # The model was asked for a title after the first exchange.
    assert conv.title == "A friendly greeting"


def test_conversation_history_and_system_prompt_are_sent(openai_server, endpoint, conversation):
    project = projects.get_project(conversations.get_conversation(conversation).project_id)
    projects.set_project_system_prompt(project.id, "Answer in French.")
    send_message(conversation, "First question", endpoint)
    send_message(conversation, "Second question", endpoint)
    sent = openai_server.chat_requests()[-1]["body"]["messages"]
    assert sent == [
        {"role": "system", "content": "Answer in French."},
        {"role": "user", "content": "First question"},
        {"role": "assistant", "content": openai_server.behaviour.answer},
        {"role": "user", "content": "Second question"},
    ]
    conversations.set_system_prompt(conversation, "Answer like a pirate.")
    send_message(conversation, "Third", endpoint)
    assert openai_server.chat_requests()[-1]["body"]["messages"][0]["content"] == "Answer like a pirate."


def test_without_a_model_the_message_is_kept_as_a_note(conversation, store):
    exchange, outcome = send_message(conversation, "Remember to buy milk and eggs tomorrow", None)
    assert outcome is None and exchange.answer is None
    reopen(store)
    (note,) = branch(conversation)
    assert note.content == "Remember to buy milk and eggs tomorrow"
    assert conversations.get_conversation(conversation).title == "Remember to buy milk and eggs tomorrow"


def test_user_message_is_committed_before_the_request_is_sent(openai_server, endpoint, conversation):
    openai_server.behaviour.hold_after = 0
    seen = {}
    session = ChatSession(conversation, endpoint)
    exchange = session.begin_exchange("Is this saved already?")
    token = CancelToken()

    def look_while_held():
        openai_server.holding.wait(10)
        # A second connection (another thread) sees both rows committed while the answer streams.
        from app.store.database import release_thread_connection

        seen["rows"] = [(m.role, m.status, m.content) for m in messages.active_messages(conversation)]
        release_thread_connection()
        token.cancel()

    watcher = threading.Thread(target=look_while_held)
    watcher.start()
    session.run_answer(exchange.answer.id, token)
    watcher.join()
    assert seen["rows"] == [("user", "complete", "Is this saved already?"), ("assistant", "streaming", "")]


def test_partial_answer_is_saved_while_it_streams(openai_server, endpoint, conversation):
    openai_server.behaviour.hold_after = 4
    saved = threading.Event()
    snapshot = {}
    token = CancelToken()

    def on_saved(answer_id, text):
        if not saved.is_set():
            snapshot["row"] = messages.get_message(answer_id)
            saved.set()
            token.cancel()

    _, outcome = send_message(conversation, "Tell me a story", endpoint, token=token, on_saved=on_saved,
                              save_interval=0.05)
    assert saved.is_set()
    assert snapshot["row"].content == "Hello! I am a"
    assert snapshot["row"].status == "streaming"


def test_stop_mid_stream_keeps_the_partial_answer_as_incomplete(openai_server, endpoint, conversation, store):
    openai_server.behaviour.hold_after = 3
    token = CancelToken()

    def stop_once_three_words_are_saved(answer_id, text):
        if text == "Hello! I am":
            token.cancel()  # the user presses Stop

    _, outcome = send_message(conversation, "Tell me a story", endpoint, token=token,
                              on_saved=stop_once_three_words_are_saved, save_interval=0.02)
    assert outcome.status == "incomplete"
    assert openai_server.disconnected.wait(10)  # the request really stopped
    reopen(store)
    user, answer = branch(conversation)
    assert user.content == "Tell me a story"
    assert answer.status == "incomplete" and answer.content == "Hello! I am"  # what arrived is kept
    assert answer.metadata["finish_reason"] == "cancelled"
    assert not answer.metadata.get("error")


@pytest.mark.parametrize(
    ("setup", "kind", "words", "kept"),
    [
        ({"die_after": 3}, errors.INTERRUPTED, "broke before the answer was finished", "Hello! I am"),
        ({"malformed_after": 2}, errors.MALFORMED, "could not be read", "Hello! I"),
        ({"fail_status": 401}, errors.AUTH, "refused the API key", ""),
        ({"fail_status": 429, "retry_after": "30"}, errors.RATE_LIMITED, "Try again in 30 seconds", ""),
        ({"fail_status": 500}, errors.SERVER, "HTTP 500", ""),
    ],
)
def test_failures_give_the_right_message_and_keep_the_data(
    openai_server, endpoint, conversation, store, setup, kind, words, kept
):
    for name, value in setup.items():
        setattr(openai_server.behaviour, name, value)
    _, outcome = send_message(conversation, "Please answer", endpoint)
    assert outcome.status == "error" and outcome.error.kind == kind
    reopen(store)
    user, answer = branch(conversation)
    assert user.content == "Please answer" and user.status == "complete"
    assert answer.status == "error" and answer.content == kept
    assert words in answer.metadata["error"]
    assert answer.metadata["error_kind"] == kind
    if kind == errors.RATE_LIMITED:
        assert answer.metadata["retry_after_s"] == 30


def test_retry_after_an_error_reuses_the_empty_answer(openai_server, endpoint, conversation):
    openai_server.behaviour.fail_status = 500
    exchange, failed = send_message(conversation, "Hi", endpoint)
    openai_server.behaviour.fail_status = None
    session = ChatSession(conversation, endpoint)
    again = session.restart_answer(failed.message_id)
    assert again.id == failed.message_id and again.status == "streaming"
    outcome = session.run_answer(again.id)
    assert outcome.status == "complete"
    user, answer = branch(conversation)
    assert answer.id == failed.message_id and answer.content == openai_server.behaviour.answer
    assert not answer.metadata["error"]


def test_retry_after_a_broken_stream_keeps_the_partial_answer_as_a_version(
    openai_server, endpoint, conversation, clock
):
    openai_server.behaviour.die_after = 2
    exchange, failed = send_message(conversation, "Hi", endpoint)
    clock.advance(5)
    openai_server.behaviour.die_after = None
    session = ChatSession(conversation, endpoint)
    again = session.restart_answer(failed.message_id)
    assert again.id != failed.message_id
    session.run_answer(again.id)
    assert messages.siblings(again.id) == [failed.message_id, again.id]
    assert messages.get_message(failed.message_id).content == "Hello! I"


def test_regenerate_adds_a_sibling_answer(openai_server, endpoint, conversation, clock):
    exchange, first = send_message(conversation, "Give me a name", endpoint)
    clock.advance(5)
    original = first.text
    openai_server.behaviour.answer = "Another answer"
    session = ChatSession(conversation, endpoint)
    second = session.start_answer(exchange.user.id)
    session.run_answer(second.id)
    assert messages.siblings(second.id) == [first.message_id, second.id]
    assert [m.content for m in branch(conversation)] == ["Give me a name", "Another answer"]
    # The first version is one click away.
    messages.switch_branch(first.message_id)
    assert branch(conversation)[-1].content == original


def test_user_edited_title_is_not_replaced(openai_server, endpoint, conversation):
    conversations.rename_conversation(conversation, "My own title")
    send_message(conversation, "Hello", endpoint)
    assert conversations.get_conversation(conversation).title == "My own title"


def test_title_from_first_words_when_the_model_gives_none(openai_server, endpoint, conversation):
    endpoint.generate_titles = False
    send_message(conversation, "## How do I *parse* JSON in Rust without serde?", endpoint)
    assert conversations.get_conversation(conversation).title == "How do I parse JSON in Rust without serde?"


def test_recovery_marks_abandoned_streaming_answers_incomplete(conversation):
    user = messages.append_message(conversation, "user", "hi")
    messages.append_message(conversation, "assistant", "half an ans", status="streaming", parent_id=user.id)
    assert recover_interrupted() == 1
    assert branch(conversation)[-1].status == "incomplete"
    assert branch(conversation)[-1].content == "half an ans"
    assert recover_interrupted() == 0


def test_deleting_the_conversation_mid_answer_stops_the_request(openai_server, endpoint, conversation):
    from app.services.chat.session import GONE

    openai_server.behaviour.answer = " ".join(["word"] * 300)
    openai_server.behaviour.token_delay = 0.005

    def delete_on_first_save(answer_id, text):
        conversations.delete_conversation(conversation)

    _, outcome = send_message(conversation, "Hi", endpoint, on_saved=delete_on_first_save, save_interval=0.02)
    assert outcome.status == GONE
    assert openai_server.disconnected.wait(10)
    assert conversations.find_conversation(conversation) is None


def test_finding_abandoned_answers_uses_the_small_index_not_a_table_scan(store):
    from app.store.database import db

    plan = db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM message WHERE status = 'streaming' AND created_at < ?", (0,)
    ).fetchall()
    assert any("message_streaming" in str(step) for step in plan), plan
