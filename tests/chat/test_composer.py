"""The composer on its own: keys, growing, Send/Stop, drafts across switching and restarts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.chat.endpoints import Endpoint, EndpointConfig
from app.store import close_database, conversations, open_database, projects
from app.ui.composer.composer import Composer
from app.ui.tasks import wait_for_all


@pytest.fixture
def composer(qtbot, store):
    widget = Composer()
    qtbot.addWidget(widget)
    widget.resize(700, 200)
    widget.show()
    yield widget
    widget.flush_drafts()  # as the window does when it closes, before the database goes
    wait_for_all(5000)


def new_conversation(title: str = "") -> str:
    return conversations.create_conversation(projects.default_project().id, title).id


def wait_for_drafts(qtbot, composer: Composer) -> None:
    qtbot.waitUntil(lambda: not composer.drafts.busy, timeout=5000)


def test_typing_and_enter_sends(qtbot, composer):
    composer.set_conversation(new_conversation())
    qtbot.keyClicks(composer.input, "Hello there")
    with qtbot.waitSignal(composer.send_requested, timeout=1000) as sent:
        qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    assert sent.args == ["Hello there"]


def test_shift_enter_adds_a_line_and_the_field_grows(qtbot, composer):
    composer.set_conversation(new_conversation())
    one_line = composer.input.height()
    qtbot.keyClicks(composer.input, "first line")
    qtbot.keyClick(composer.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(composer.input, "second line")
    assert composer.text() == "first line\nsecond line"
    assert composer.input.height() > one_line
    for _ in range(30):  # it stops growing at its maximum and scrolls instead
        qtbot.keyClick(composer.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    tall = composer.input.height()
    qtbot.keyClick(composer.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert composer.input.height() == tall


def test_empty_or_streaming_does_not_send(qtbot, composer):
    composer.set_conversation(new_conversation())
    sent = []
    composer.send_requested.connect(sent.append)
    qtbot.keyClicks(composer.input, "   ")
    qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    assert not composer.send_button.isEnabled()
    composer.set_streaming(True)
    qtbot.keyClicks(composer.input, "next question")
    qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    assert sent == []


def test_send_button_becomes_stop_while_streaming(qtbot, composer):
    composer.set_conversation(new_conversation())
    assert composer.send_button.accessibleName() == "Send"
    composer.set_streaming(True)
    assert composer.send_button.accessibleName() == "Stop" and composer.send_button.isEnabled()
    with qtbot.waitSignal(composer.stop_requested, timeout=1000):
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    composer.set_streaming(False)
    assert composer.send_button.accessibleName() == "Send"


def test_up_in_an_empty_field_asks_to_edit_the_last_message(qtbot, composer):
    composer.set_conversation(new_conversation())
    with qtbot.waitSignal(composer.edit_last_requested, timeout=1000):
        qtbot.keyClick(composer.input, Qt.Key.Key_Up)
    composer.begin_edit("message-1", "what I sent")
    assert composer.edit_banner.isVisible() and composer.text() == "what I sent"
    with qtbot.waitSignal(composer.edit_submitted, timeout=1000) as edited:
        qtbot.keyClicks(composer.input, ", corrected")
        qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    assert edited.args == ["message-1", "what I sent, corrected"]
    qtbot.keyClick(composer.input, Qt.Key.Key_Escape)
    assert not composer.edit_banner.isVisible() and composer.text() == ""


def test_without_a_model_the_composer_offers_to_set_one_up(qtbot, composer):
    assert composer.setup_button.isVisible() and not composer.picker.isVisible()
    assert "no model" in composer.input.placeholderText()
    with qtbot.waitSignal(composer.setup_requested, timeout=1000):
        qtbot.mouseClick(composer.setup_button, Qt.MouseButton.LeftButton)
    local = Endpoint.new("Local", "http://localhost:11434", "llama3.2")
    local.models = ["llama3.2", "qwen2.5"]
    composer.set_endpoints(EndpointConfig([local]))
    assert composer.picker.isVisible() and not composer.setup_button.isVisible()
    assert [composer.picker.itemText(i) for i in range(composer.picker.count())] == ["llama3.2", "qwen2.5"]
    with qtbot.waitSignal(composer.model_chosen, timeout=1000) as chosen:
        composer.picker.setCurrentIndex(1)  # what choosing from the popup does
        composer.picker.activated.emit(1)
    assert chosen.args == [local.id, "qwen2.5"]


def test_drafts_survive_switching_conversations(qtbot, composer):
    first, second = new_conversation("First"), new_conversation("Second")
    composer.set_conversation(first)
    qtbot.keyClicks(composer.input, "half-written thought")
    composer.set_conversation(second)
    assert composer.text() == ""
    qtbot.keyClicks(composer.input, "another idea")
    composer.set_conversation(first)
    assert composer.text() == "half-written thought"
    composer.set_conversation(second)
    assert composer.text() == "another idea"


def test_drafts_survive_a_restart(qtbot, composer, store):
    cid = new_conversation()
    composer.set_conversation(cid)
    composer.input.insertPlainText("保存してね — draft with ünïcödé")  # as an input method would
    qtbot.waitUntil(lambda: conversations.get_draft(cid) == "保存してね — draft with ünïcödé", timeout=5000)
    wait_for_drafts(qtbot, composer)

    close_database()
    open_database(store)
    again = Composer()
    qtbot.addWidget(again)
    again.set_conversation(cid)
    assert again.text() == "保存してね — draft with ünïcödé"
    again.flush_drafts()


def test_closing_saves_the_draft_at_once(qtbot, composer, store):
    cid = new_conversation()
    composer.set_conversation(cid)
    composer.input.setPlainText("typed just before quitting")
    composer.flush_drafts()
    wait_for_drafts(qtbot, composer)
    assert conversations.get_draft(cid) == "typed just before quitting"


def test_sent_text_does_not_come_back_as_a_draft(qtbot, composer):
    cid = new_conversation()
    composer.set_conversation(cid)
    qtbot.keyClicks(composer.input, "on its way")
    composer.save_draft()
    composer.message_sent(cid)
    wait_for_drafts(qtbot, composer)
    assert conversations.get_draft(cid) == "" and composer.text() == ""
