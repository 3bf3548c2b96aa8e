"""Chatting in the real conversation view: type, Enter, watch the answer stream in, stop, retry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.chat.endpoints import Endpoint, EndpointStore
from app.services.chat.secrets import KeyStore
from app.store import conversations, messages, projects
from app.ui.chat.controller import ChatController
from app.ui.chat.endpoint_settings import EndpointSettings
from app.ui.composer.composer import Composer
from app.ui.conversation.conversation_view import ConversationView
from app.ui.tasks import wait_for_all


class ChatWindow(QWidget):
    """The conversation view with the composer in its slot and the controller between them."""

    def __init__(self, endpoint: Endpoint | None) -> None:
        super().__init__()
        self.view = ConversationView()
        self.composer = Composer()
        self.view.set_composer(self.composer)
        self.endpoints = EndpointSettings(EndpointStore(), KeyStore())
        if endpoint is not None:
            self.endpoints.add_endpoint(endpoint)
        self.controller = ChatController(self.view, self.composer, self.endpoints, parent=self)
        QVBoxLayout(self).addWidget(self.view)

    def open(self, cid: str | None) -> None:
        self.view.show_conversation(cid)
        self.controller.show_conversation(cid)

    def rows(self) -> list[tuple[str, str, str]]:
        model = self.view.model
        return [(r.role, r.status, r.content) for r in (model.message_at(i) for i in range(model.rowCount()))]


@pytest.fixture
def make_window(qtbot, store, clock):
    """``make_window(endpoint or None)``; each is shut down as the main window does."""
    made: list[ChatWindow] = []

    def make(endpoint: Endpoint | None) -> ChatWindow:
        window = ChatWindow(endpoint)
        qtbot.addWidget(window)
        window.resize(900, 700)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.shutdown()
    wait_for_all(10_000)


@pytest.fixture
def chat(make_window, endpoint):
    return make_window(endpoint)


def new_conversation() -> str:
    return conversations.create_conversation(projects.default_project().id).id


def send(qtbot, window: ChatWindow, text: str) -> None:
    window.composer.input.setFocus()
    qtbot.keyClicks(window.composer.input, text)
    qtbot.keyClick(window.composer.input, Qt.Key.Key_Return)


def test_typing_and_enter_sends_and_the_answer_streams_into_the_view(qtbot, chat, openai_server):
    cid = new_conversation()
    chat.open(cid)
    openai_server.behaviour.hold_after = 3
    send(qtbot, chat, "Hello model")
    assert chat.composer.text() == ""
    # The user's message is on screen (and on disk) at once; the answer grows in place.
    qtbot.waitUntil(lambda: chat.rows() == [
        ("user", "complete", "Hello model"), ("assistant", "streaming", "Hello! I am")], timeout=5000)
    assert chat.composer.send_button.accessibleName() == "Stop"
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        openai_server.release.set()
    assert chat.rows() == [("user", "complete", "Hello model"),
                           ("assistant", "complete", openai_server.behaviour.answer)]
    assert chat.composer.send_button.accessibleName() == "Send"
    meta = messages.get_message(chat.view.model.message_at(1).id).metadata
    assert meta["model"] == "test-model" and meta["output_tokens"] == 10
    qtbot.waitUntil(lambda: conversations.get_conversation(cid).title == "A friendly greeting", timeout=5000)


def test_stop_keeps_the_partial_answer(qtbot, chat, openai_server):
    chat.open(new_conversation())
    openai_server.behaviour.hold_after = 2
    send(qtbot, chat, "Tell me everything")
    qtbot.waitUntil(lambda: chat.rows()[-1][2] == "Hello! I", timeout=5000)
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000) as finished:
        qtbot.mouseClick(chat.composer.send_button, Qt.MouseButton.LeftButton)
    assert finished.args[2] == "incomplete"
    assert chat.rows()[-1] == ("assistant", "incomplete", "Hello! I")
    assert openai_server.disconnected.wait(5)
    assert chat.composer.send_button.accessibleName() == "Send"


def test_error_shows_in_the_conversation_and_retry_answers(qtbot, chat, openai_server):
    chat.open(new_conversation())
    openai_server.behaviour.fail_status = 429
    openai_server.behaviour.retry_after = "12"
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        send(qtbot, chat, "Are you there?")
    user, answer = chat.view.model.message_at(0), chat.view.model.message_at(1)
    assert (user.content, answer.status) == ("Are you there?", "error")
    assert answer.metadata["error"].startswith("Rate limited (HTTP 429): try again in 12 seconds.")
    assert chat.view._actions_for(answer) == ("copy", "retry")

    openai_server.behaviour.fail_status = None
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        chat.view.message_action.emit("retry", answer.id)
    assert chat.rows() == [("user", "complete", "Are you there?"),
                           ("assistant", "complete", openai_server.behaviour.answer)]
    assert chat.view.model.message_at(1).id == answer.id  # the empty failed answer was reused


def test_regenerate_adds_a_second_version(qtbot, chat, openai_server, clock):
    chat.open(new_conversation())
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        send(qtbot, chat, "Name a colour")
    first = chat.view.model.message_at(1)
    clock.advance(10)
    openai_server.behaviour.answer = "Teal."
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        chat.view.message_action.emit("regenerate", first.id)
    qtbot.waitUntil(lambda: chat.rows()[-1] == ("assistant", "complete", "Teal."), timeout=5000)
    assert chat.view.model.versions_of(chat.view.model.message_at(1).id) == (2, 2)
    assert messages.get_message(first.id).content == "Hello! I am a test model. How can I help?"


def test_up_edits_the_last_unanswered_message(qtbot, make_window):
    window = make_window(None)  # no model: notes to self
    cid = new_conversation()
    window.open(cid)
    send(qtbot, window, "Buy mlik")
    assert window.rows() == [("user", "complete", "Buy mlik")]
    assert window.composer.setup_button.isVisible()
    qtbot.keyClick(window.composer.input, Qt.Key.Key_Up)
    assert window.composer.editing() and window.composer.text() == "Buy mlik"
    window.composer.input.setPlainText("Buy milk")
    qtbot.keyClick(window.composer.input, Qt.Key.Key_Return)
    assert window.rows() == [("user", "complete", "Buy milk")]
    assert conversations.get_conversation(cid).message_count == 1
    assert conversations.get_conversation(cid).title == "Buy milk"  # the first-words title follows
    assert window.composer.text() == "" and not window.composer.editing()


def test_drafts_follow_the_conversation_shown(qtbot, chat):
    first, second = new_conversation(), new_conversation()
    chat.open(first)
    qtbot.keyClicks(chat.composer.input, "draft for the first")
    chat.open(second)
    assert chat.composer.text() == ""
    chat.open(first)
    assert chat.composer.text() == "draft for the first"
    chat.open(second)
    qtbot.waitUntil(lambda: conversations.get_draft(first) == "draft for the first", timeout=5000)


def test_answer_keeps_streaming_while_another_conversation_is_shown(qtbot, chat, openai_server):
    busy, other = new_conversation(), new_conversation()
    chat.open(busy)
    openai_server.behaviour.hold_after = 2
    send(qtbot, chat, "Long question")
    qtbot.waitUntil(lambda: openai_server.holding.is_set(), timeout=5000)
    chat.open(other)
    assert chat.composer.send_button.accessibleName() == "Send"
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        openai_server.release.set()
    assert messages.active_messages(busy)[-1].status == "complete"
    chat.open(busy)
    assert chat.rows()[-1] == ("assistant", "complete", openai_server.behaviour.answer)


def test_an_answer_left_streaming_by_a_killed_app_is_marked_incomplete(qtbot, store, clock, make_window):
    cid = new_conversation()
    user = messages.append_message(cid, "user", "Before the crash", created_at=clock.value - 60)
    cut = messages.append_message(cid, "assistant", "Half an ans", status="streaming", parent_id=user.id,
                                  created_at=clock.value - 59)
    window = make_window(None)
    window.open(cid)
    qtbot.waitUntil(lambda: messages.get_message(cut.id).status == "incomplete", timeout=5000)
    qtbot.waitUntil(lambda: window.rows()[-1] == ("assistant", "incomplete", "Half an ans"), timeout=5000)


def test_editing_an_answered_message_branches_and_asks_again(qtbot, chat, openai_server, clock):
    chat.open(new_conversation())
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        send(qtbot, chat, "Capital of Australia?")
    first_question = chat.view.model.message_at(0)
    clock.advance(10)
    chat.view.message_action.emit("edit", first_question.id)
    assert chat.composer.editing() == first_question.id
    chat.composer.input.setPlainText("Capital of Canada?")
    openai_server.behaviour.answer = "Ottawa."
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        qtbot.keyClick(chat.composer.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.rows() == [("user", "complete", "Capital of Canada?"),
                                            ("assistant", "complete", "Ottawa.")], timeout=5000)
    assert chat.view.model.versions_of(chat.view.model.message_at(0).id) == (2, 2)
    assert messages.get_message(first_question.id).content == "Capital of Australia?"  # kept as version 1


def test_system_prompts_for_the_project_and_the_conversation(qtbot, chat, openai_server, monkeypatch):
    from app.ui import notify
    from app.ui.composer.system_prompt_dialog import SystemPromptDialog

    cid = new_conversation()
    chat.open(cid)
    answers = iter([("Answer in French.", ""), ("Answer in French.", "Answer like a pirate.")])

    def fill_and_save(dialog: SystemPromptDialog) -> int:
        project_prompt, conversation_prompt = next(answers)
        dialog.project_edit.setPlainText(project_prompt)
        dialog.conversation_edit.setPlainText(conversation_prompt)
        dialog.accept()
        return SystemPromptDialog.DialogCode.Accepted

    monkeypatch.setattr(notify, "exec_dialog", fill_and_save)
    qtbot.mouseClick(chat.composer.system_prompt_button, Qt.MouseButton.LeftButton)
    assert "Answer in French." in chat.composer.system_prompt_button.toolTip()
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        send(qtbot, chat, "Bonjour")
    assert openai_server.chat_requests()[0]["body"]["messages"][0] == {"role": "system", "content": "Answer in French."}

    qtbot.mouseClick(chat.composer.system_prompt_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(chat.controller.answer_finished, timeout=5000):
        send(qtbot, chat, "Ahoy")
    last = [r for r in openai_server.chat_requests() if r["body"].get("stream")][-1]
    assert last["body"]["messages"][0] == {"role": "system", "content": "Answer like a pirate."}
    assert projects.get_project(conversations.get_conversation(cid).project_id).system_prompt == "Answer in French."
