"""Fixtures for the message view: a real ConversationView over a real store."""

from __future__ import annotations

import pytest

from app.ui.conversation.conversation_view import ConversationView


@pytest.fixture
def conversation_view(qtbot, store, clock):
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.show_conversation(None)
    from app.ui.tasks import wait_for_all

    wait_for_all(5000)
