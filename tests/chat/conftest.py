"""Chat fixtures: a loopback OpenAI-compatible server, an endpoint on it, a conversation."""

from __future__ import annotations

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.openai_server import OpenAIServer


@pytest.fixture
def openai_server():
    with OpenAIServer() as server:
        yield server


@pytest.fixture
def endpoint(openai_server):
    from app.services.chat.endpoints import Endpoint

    return Endpoint.new("Test server", openai_server.base_url, "test-model")


@pytest.fixture
def conversation(store, clock):
    """An empty conversation in the default project of a fresh database; its id."""
    from app.store import conversations, projects

    project = projects.default_project()
    return conversations.create_conversation(project.id).id


@pytest.fixture
def memory_keyring():
    """A working keyring (the suite otherwise runs with keyring's "null" backend: none)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
