"""The HTTP client against a real OpenAI-compatible server on loopback."""

from __future__ import annotations

import threading

import pytest

from app.services.chat import errors
from app.services.chat.cancel import Cancelled, CancelToken
from app.services.chat.client import ChatClient
from app.services.chat.endpoints import Endpoint, api_root
from app.services.chat.errors import ChatError

HELLO = [{"role": "user", "content": "Hello"}]


def chat(endpoint, **kwargs):
    pieces: list[str] = []
    result = ChatClient(endpoint, kwargs.pop("key", None)).chat(HELLO, "test-model", on_delta=pieces.append, **kwargs)
    return result, pieces


def failure(endpoint, **kwargs) -> tuple[ChatError, list[str]]:
    pieces: list[str] = []
    with pytest.raises(ChatError) as caught:
        ChatClient(endpoint, kwargs.pop("key", None)).chat(HELLO, "test-model", on_delta=pieces.append, **kwargs)
    return caught.value, pieces


def test_streamed_answer_arrives_in_pieces_with_usage(openai_server, endpoint):
    openai_server.behaviour.answer = "Bonjour, je suis là. 你好！"
    result, pieces = chat(endpoint)
    assert len(pieces) > 1 and "".join(pieces) == "Bonjour, je suis là. 你好！"
    assert result.text == "Bonjour, je suis là. 你好！"
    assert (result.finish_reason, result.model, result.streamed) == ("stop", "test-model", True)
    assert result.input_tokens == 1 and result.output_tokens == 5
    body = openai_server.chat_requests()[0]["body"]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["messages"] == HELLO


def test_endpoint_without_streaming_gets_one_document(openai_server, endpoint):
    endpoint.stream = False
    result, pieces = chat(endpoint)
    assert pieces == [openai_server.behaviour.answer]
    assert result.streamed is False and result.output_tokens == 10
    assert "stream" not in openai_server.chat_requests()[0]["body"]


def test_server_that_cannot_stream_answers_with_json(openai_server, endpoint):
    openai_server.behaviour.json_for_stream = True
    result, pieces = chat(endpoint)
    assert result.text == openai_server.behaviour.answer and result.streamed is False


def test_older_server_refusing_stream_options_is_asked_again_without(openai_server, endpoint):
    openai_server.behaviour.reject_stream_options = True
    result, _ = chat(endpoint)
    assert result.text == openai_server.behaviour.answer
    first, second = openai_server.chat_requests()
    assert "stream_options" in first["body"] and "stream_options" not in second["body"]


def test_key_is_sent_as_bearer_token(openai_server, endpoint):
    openai_server.behaviour.api_key = "sk-test-123"
    result, _ = chat(endpoint, key="sk-test-123")
    assert result.text
    assert openai_server.chat_requests()[0]["headers"]["Authorization"] == "Bearer sk-test-123"


def test_models_are_listed(openai_server, endpoint):
    openai_server.behaviour.models = ["zeta", "Alpha", "beta"]
    assert ChatClient(endpoint).list_models() == ["Alpha", "beta", "zeta"]


def test_wrong_key_is_named(openai_server, endpoint):
    openai_server.behaviour.api_key = "right"
    error, _ = failure(endpoint, key="wrong")
    assert error.kind == errors.AUTH and error.status == 401
    assert "refused the API key" in str(error) and "Incorrect API key" in str(error)


def test_rate_limit_says_when_to_try_again(openai_server, endpoint):
    openai_server.behaviour.fail_status = 429
    openai_server.behaviour.retry_after = "20"
    error, _ = failure(endpoint)
    assert error.kind == errors.RATE_LIMITED and error.retry_after == 20
    assert "Try again in 20 seconds" in str(error)


def test_server_error(openai_server, endpoint):
    openai_server.behaviour.fail_status = 500
    error, _ = failure(endpoint)
    assert error.kind == errors.SERVER
    assert "HTTP 500 Internal Server Error" in str(error)


def test_unknown_model(openai_server, endpoint):
    with pytest.raises(ChatError) as caught:
        ChatClient(endpoint).chat(HELLO, "no-such-model")
    assert caught.value.kind == errors.MODEL_NOT_FOUND
    assert "\u201cno-such-model\u201d" in str(caught.value)


def test_server_dying_mid_stream_keeps_what_arrived(openai_server, endpoint):
    openai_server.behaviour.die_after = 3
    error, pieces = failure(endpoint)
    assert error.kind == errors.INTERRUPTED
    assert "".join(pieces) == "Hello! I am"


def test_malformed_stream_is_named(openai_server, endpoint):
    openai_server.behaviour.malformed_after = 2
    error, pieces = failure(endpoint)
    assert error.kind == errors.MALFORMED and "not valid JSON" in str(error)
    assert "".join(pieces) == "Hello! I"


def test_web_page_instead_of_api_is_not_compatible(openai_server, endpoint):
    openai_server.behaviour.raw_page = "<html><body>Welcome to my router</body></html>"
    error, _ = failure(endpoint)
    assert error.kind == errors.NOT_COMPATIBLE
    with pytest.raises(ChatError) as caught:
        ChatClient(endpoint).list_models()
    assert caught.value.kind == errors.NOT_COMPATIBLE


def test_wrong_path_is_named(openai_server):
    endpoint = Endpoint.new("Wrong", f"http://127.0.0.1:{openai_server.port}/api", "test-model")
    error, _ = failure(endpoint)
    assert error.kind == errors.NOT_FOUND and "/v1" in str(error)


def test_nothing_listening_cannot_connect():
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error, _ = failure(Endpoint.new("Gone", f"http://127.0.0.1:{port}", "m"))
    assert error.kind == errors.CONNECT and "Cannot connect" in str(error)


def test_slow_server_times_out(openai_server, endpoint):
    openai_server.behaviour.headers_delay = 5
    endpoint.timeout_s = 0.3
    error, _ = failure(endpoint)
    assert error.kind == errors.TIMEOUT and "did not answer within 0.3 seconds" in str(error)


def test_cancel_mid_stream_closes_the_connection(openai_server, endpoint):
    openai_server.behaviour.hold_after = 2
    token = CancelToken()
    pieces: list[str] = []

    def on_delta(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 2:  # the server is now holding the rest of the answer back
            threading.Thread(target=token.cancel, daemon=True).start()

    with pytest.raises(Cancelled):
        ChatClient(endpoint, token=token).chat(HELLO, "test-model", on_delta=on_delta)
    assert "".join(pieces) == "Hello! I"
    # The server notices the client left while it was still holding the answer.
    assert openai_server.disconnected.wait(10)


def test_cancel_while_waiting_for_the_first_byte(openai_server, endpoint):
    openai_server.behaviour.headers_delay = 30
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    with pytest.raises(Cancelled):
        ChatClient(endpoint, token=token).chat(HELLO, "test-model")


def test_cancel_while_connecting_to_a_host_that_does_not_answer(monkeypatch):
    """Stop works before the connection exists (a LAN model server that is switched off)."""
    import socket

    from app.services.chat import client as client_module

    monkeypatch.setattr(client_module, "CONNECT_TIMEOUT_S", 120.0)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        port = server.getsockname()[1]
        # Nothing is ever accepted: once the queue is full the kernel ignores new SYNs, so a
        # connect hangs until its timeout, as it does towards a host that is down.
        queued = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            queued.append(filler)
        token = CancelToken()
        outcome: list[BaseException] = []

        def run() -> None:
            try:
                ChatClient(Endpoint.new("Off", f"http://127.0.0.1:{port}", "m"), token=token).chat(HELLO, "m")
            except BaseException as exc:  # noqa: BLE001 - the test inspects it
                outcome.append(exc)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        worker.join(0.5)
        assert worker.is_alive()  # still connecting
        token.cancel()
        worker.join(30)  # far less than the 120 s connect timeout
        for filler in queued:
            filler.close()
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)


@pytest.mark.parametrize(
    ("typed", "root"),
    [
        ("http://localhost:11434", "http://localhost:11434/v1"),
        ("localhost:1234/", "http://localhost:1234/v1"),
        ("http://127.0.0.1:8080/v1/", "http://127.0.0.1:8080/v1"),
        ("https://openrouter.ai/api/v1", "https://openrouter.ai/api/v1"),
        ("", ""),
    ],
)
def test_base_url_forms(typed, root):
    assert api_root(typed) == root
