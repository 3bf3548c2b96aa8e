"""Chat in the real main window: set up, send, watch it stream, and find it all after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListView

from app.services.chat.endpoints import Endpoint, EndpointConfig, EndpointStore
from app.store import close_database, conversations, messages, open_database
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_for_all


@pytest.fixture
def no_modal_dialogs(monkeypatch):
    """Every modal dialog is recorded and dismissed instead of blocking."""
    from app.ui import notify

    shown: list[QDialog] = []

    def dismiss(dialog: QDialog) -> int:
        shown.append(dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(notify, "exec_dialog", dismiss)
    return shown


@pytest.fixture
def open_window(qtbot, qapp, no_modal_dialogs):
    from app.ui import i18n

    i18n.apply_language(qapp, "en")
    windows: list[MainWindow] = []

    def make(data_dir: Path) -> MainWindow:
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.view_ready, timeout=10_000):
            window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    wait_for_all(10_000)


def new_chat(qtbot, window: MainWindow) -> str:
    window.actions.new_chat.trigger()
    qtbot.waitUntil(lambda: window.current_conversation_id() is not None, timeout=5000)
    return window.current_conversation_id()


def shown_messages(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.conversation_view.model
    return [(r.role, r.status, r.content) for r in (model.message_at(i) for i in range(model.rowCount()))]


def sidebar_titles(window: MainWindow) -> list[str]:
    model = window.findChild(QListView, "conversationList").model()
    return [str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


def test_set_up_send_and_stream_in_the_window(qtbot, open_window, store, openai_server):
    window = open_window(store)
    cid = new_chat(qtbot, window)
    composer = window.chat.composer
    assert composer.setup_button.isVisible()

    # "Set up a model…" opens Settings at the Models page; add the local server there.
    qtbot.mouseClick(composer.setup_button, Qt.MouseButton.LeftButton)
    panel = window.settings_panel
    assert panel.isVisible() and panel.page_title.text() == "Models"
    page = panel.page(panel.current_page_index())
    page.add_endpoint("Local test server", openai_server.base_url)
    qtbot.waitUntil(lambda: composer.picker.isVisible() and composer.picker.count() == 2, timeout=5000)
    panel.close()

    openai_server.behaviour.hold_after = 4
    composer.input.setFocus()
    qtbot.keyClicks(composer.input, "What can you do?")
    qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_messages(window) == [
        ("user", "complete", "What can you do?"), ("assistant", "streaming", "Hello! I am a")], timeout=5000)
    with qtbot.waitSignal(window.chat.controller.title_generated, timeout=5000):
        openai_server.release.set()
    assert shown_messages(window)[-1] == ("assistant", "complete", openai_server.behaviour.answer)
    assert window.conversation_view.model.message_at(1).metadata["model"] == "other-model"
    qtbot.waitUntil(lambda: "A friendly greeting" in sidebar_titles(window), timeout=5000)
    assert conversations.get_conversation(cid).title == "A friendly greeting"
    assert window.windowTitle().startswith("A friendly greeting")


def test_closing_mid_answer_keeps_it_and_drafts_survive_a_restart(qtbot, open_window, store, openai_server):
    endpoint = Endpoint.new("Local", openai_server.base_url, "test-model")
    EndpointStore().save(EndpointConfig([endpoint]))
    window = open_window(store)
    busy = new_chat(qtbot, window)
    composer = window.chat.composer
    assert composer.picker.currentText() == "test-model"

    openai_server.behaviour.hold_after = 2
    composer.input.setFocus()
    qtbot.keyClicks(composer.input, "Start a long answer")
    qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_messages(window)[-1:] == [("assistant", "streaming", "Hello! I")], timeout=5000)
    qtbot.keyClicks(composer.input, "my next question, not sent yet")

    window.close()  # mid-answer
    wait_for_all(10_000)
    close_database()

    open_database(store)
    again = open_window(store)
    qtbot.waitUntil(lambda: again.current_conversation_id() == busy, timeout=5000)
    user, answer = messages.active_messages(busy)
    assert user.content == "Start a long answer"
    assert (answer.status, answer.content) == ("incomplete", "Hello! I")
    assert again.chat.composer.text() == "my next question, not sent yet"
    assert shown_messages(again)[-1] == ("assistant", "incomplete", "Hello! I")
