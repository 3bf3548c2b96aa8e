"""Settings › Models against a real loopback server: models listed, exact test verdicts, keys kept safe."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.chat.endpoints import EndpointStore
from app.services.chat.secrets import KeyStore
from app.ui.chat.endpoint_settings import EndpointSettings
from app.ui.settings.endpoints_page import EndpointsPage


@pytest.fixture
def settings(qtbot):
    endpoints = EndpointSettings(EndpointStore(), KeyStore())
    yield endpoints
    qtbot.waitUntil(lambda: not endpoints._writer.busy, timeout=5000)


@pytest.fixture
def page(qtbot, settings):
    widget = EndpointsPage(settings)
    qtbot.addWidget(widget)
    widget.resize(720, 520)
    widget.show()
    return widget


def models_in(page: EndpointsPage) -> list[str]:
    return [page.model_combo.itemText(i) for i in range(page.model_combo.count())]


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field commits it (editingFinished)


def test_empty_page_explains_what_to_do(page):
    assert page.right.currentWidget() is page.empty_label
    assert "No model is set up yet" in page.empty_label.text()
    assert [a.text() for a in page.add_menu.actions() if a.text()][:2] == ["Ollama", "LM Studio"]


def test_adding_an_endpoint_fetches_its_models(qtbot, page, settings, openai_server):
    page.add_endpoint("Local", openai_server.base_url)
    qtbot.waitUntil(lambda: models_in(page) == ["other-model", "test-model"], timeout=5000)
    assert page.models_label.text() == "2 models available."
    assert page.model_combo.currentText() == "other-model"  # the first one, as nothing was chosen
    endpoint, model = settings.current()
    assert (endpoint.name, endpoint.models, model) == ("Local", ["other-model", "test-model"], "other-model")


def test_test_connection_names_the_outcome(qtbot, page, openai_server):
    page.add_endpoint("Local", openai_server.base_url, "test-model")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_result.text().startswith("\u2713"), timeout=5000)
    assert page.test_result.text() == "\u2713 Connected. test-model is available."

    page.model_combo.setEditText("missing-model")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_result.text().startswith("\u26a0"), timeout=5000)
    assert page.test_result.text().startswith("\u26a0 Model not found on the server")
    assert "missing-model" in page.test_result.text()

    openai_server.behaviour.api_key = "the-right-key"
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "API key" in page.test_result.text(), timeout=5000)
    assert page.test_result.text().startswith("\u26a0 API key refused (HTTP 401): check it in Settings")
    assert "Incorrect API key provided." in page.test_result.text()  # the server's own words


def test_cannot_connect_and_not_compatible_are_told_apart(qtbot, page, openai_server):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    page.add_endpoint("Nothing there", f"http://127.0.0.1:{free_port}/v1", "m")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_result.text().startswith("\u26a0"), timeout=5000)
    assert page.test_result.text().startswith("\u26a0 Cannot connect to 127.0.0.1: is the server running")

    openai_server.behaviour.raw_page = "<html>router login</html>"
    type_into(qtbot, page.url_edit, openai_server.base_url)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "OpenAI-compatible" in page.test_result.text(), timeout=5000)
    assert page.test_result.text().startswith("\u26a0 Not an OpenAI-compatible server: check the base URL.")


def test_key_goes_to_the_keyring_not_the_settings_file(qtbot, memory_keyring, openai_server):
    settings = EndpointSettings(EndpointStore(), KeyStore())
    page = EndpointsPage(settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "system keyring" in page.keyring_label.text() and "kept in" in page.keyring_label.text())
    openai_server.behaviour.api_key = "sk-page-secret-991"
    endpoint = page.add_endpoint("Hosted", openai_server.base_url, "test-model")
    type_into(qtbot, page.key_edit, "sk-page-secret-991")
    qtbot.waitUntil(lambda: memory_keyring.passwords.get(("Parley", endpoint.id)) == "sk-page-secret-991", timeout=5000)
    # With the key, the model list arrives.
    qtbot.waitUntil(lambda: models_in(page) == ["test-model", "other-model"], timeout=5000)
    qtbot.waitUntil(lambda: not settings._writer.busy, timeout=5000)
    saved = Path(os.environ["XDG_CONFIG_HOME"]) / "Parley" / "endpoints.json"
    assert json.loads(saved.read_text())["endpoints"][0]["name"] == "Hosted"
    assert b"sk-page-secret-991" not in saved.read_bytes()

    # Shown again later (a restart), the key is read back from the keyring.
    again = EndpointsPage(EndpointSettings(EndpointStore(), KeyStore()))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.key_edit.text() == "sk-page-secret-991", timeout=5000)
    assert again.key_edit.echoMode() == again.key_edit.EchoMode.Password


def test_without_a_keyring_the_page_says_the_key_is_kept_for_this_session(qtbot, page):
    qtbot.waitUntil(lambda: "No system keyring" in page.keyring_label.text(), timeout=5000)
    assert "only until Parley closes" in page.keyring_label.text()


def test_edits_are_saved_and_removing_forgets(qtbot, page, settings, openai_server):
    page.add_endpoint("Local", openai_server.base_url, "test-model")
    type_into(qtbot, page.name_edit, "My laptop")
    page.stream_check.setChecked(False)
    page.timeout_spin.setValue(300)
    qtbot.waitUntil(lambda: not settings._writer.busy, timeout=5000)
    (saved,) = EndpointStore().load().endpoints
    assert (saved.name, saved.stream, saved.timeout_s) == ("My laptop", False, 300.0)
    assert page.endpoint_list.item(0).text() == "My laptop"
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not settings._writer.busy, timeout=5000)
    assert EndpointStore().load().endpoints == []
    assert page.right.currentWidget() is page.empty_label
