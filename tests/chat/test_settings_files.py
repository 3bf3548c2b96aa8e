"""Endpoints persist in a versioned JSON file; API keys go to the keyring and nowhere else."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.services.chat.endpoints import Endpoint, EndpointConfig, EndpointStore, SettingsFileError, default_path
from app.services.chat.secrets import KeyStore
from app.services.chat.session import send_message

SECRET = "sk-live-4f9a2c7e1b8d3f60a5e2"


def every_file_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_endpoints_survive_a_restart(tmp_path):
    store = EndpointStore(tmp_path / "endpoints.json")
    local = Endpoint.new("Ollama", "http://localhost:11434", "llama3.2")
    local.models = ["llama3.2", "qwen2.5"]
    remote = Endpoint.new("OpenRouter", "https://openrouter.ai/api/v1", "openai/gpt-4o-mini")
    remote.stream = False
    config = EndpointConfig([local, remote])
    config.selection.endpoint_id, config.selection.model = remote.id, "openai/gpt-4o"
    store.save(config)

    again = EndpointStore(tmp_path / "endpoints.json").load()
    assert again.endpoints == [local, remote]
    assert again.current() == (remote, "openai/gpt-4o")
    assert json.loads((tmp_path / "endpoints.json").read_text())["version"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["endpoints.json"]  # no temporary files left
    if os.name == "posix":
        assert (tmp_path / "endpoints.json").stat().st_mode & 0o077 == 0


def test_default_location_is_the_user_config_folder():
    assert default_path() == Path(os.environ["XDG_CONFIG_HOME"]) / "Parley" / "endpoints.json"


def test_damaged_file_is_set_aside_not_lost(tmp_path):
    path = tmp_path / "endpoints.json"
    path.write_text('{"version": 1, "endpoints": [')
    assert EndpointStore(path).load().endpoints == []
    assert (tmp_path / "endpoints.json.damaged").read_text() == '{"version": 1, "endpoints": ['


def test_file_from_a_newer_parley_is_left_alone(tmp_path):
    path = tmp_path / "endpoints.json"
    path.write_text('{"version": 99, "endpoints": []}')
    with pytest.raises(SettingsFileError, match="newer version"):
        EndpointStore(path).load()
    assert path.read_text() == '{"version": 99, "endpoints": []}'


def test_key_goes_to_the_keyring(memory_keyring):
    keys = KeyStore()
    assert keys.status.persistent
    assert keys.set("endpoint-1", SECRET) is True
    assert memory_keyring.passwords == {("Parley", "endpoint-1"): SECRET}
    assert KeyStore().get("endpoint-1") == SECRET  # a new session (restart) finds it
    keys.set("endpoint-1", "")
    assert memory_keyring.passwords == {}


def test_without_a_keyring_the_key_lasts_for_the_session_and_the_user_is_told():
    keys = KeyStore()  # the test suite runs with keyring's "null" backend: no keyring at all
    status = keys.status
    assert not status.persistent and "No system keyring" in status.message
    assert keys.set("endpoint-1", SECRET) is False
    assert keys.get("endpoint-1") == SECRET
    assert KeyStore().get("endpoint-1") is None  # gone after a restart, as the message says


def test_a_failing_keyring_falls_back_to_the_session(memory_keyring):
    memory_keyring.broken = True
    keys = KeyStore()
    assert keys.set("endpoint-1", SECRET) is False
    assert keys.get("endpoint-1") == SECRET
    assert not keys.status.persistent and "the keyring is locked" in keys.status.message


@pytest.mark.parametrize("with_keyring", [True, False])
def test_the_key_never_reaches_the_database_or_settings_files(
    request, openai_server, conversation, store, with_keyring
):
    if with_keyring:
        request.getfixturevalue("memory_keyring")
    openai_server.behaviour.api_key = SECRET
    endpoints = EndpointStore()
    endpoint = Endpoint.new("Private", openai_server.base_url, "test-model")
    endpoints.save(EndpointConfig([endpoint]))
    keys = KeyStore()
    keys.set(endpoint.id, SECRET)

    _, outcome = send_message(conversation, "Hello", endpoint, keys=keys)
    assert outcome.status == "complete"  # the key was used...
    openai_server.behaviour.api_key = "another"
    _, failed = send_message(conversation, "Hello again", endpoint, keys=keys)
    assert failed.status == "error"  # ...and an error message does not repeat it either

    from app.store import close_database

    close_database()  # flush the WAL into the file too
    home = Path(os.environ["HOME"])
    files = every_file_under(store, home)
    assert any(p.name == "parley.db" for p in files) and any(p.name == "endpoints.json" for p in files)
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path
