"""A real OpenAI-compatible HTTP server on 127.0.0.1, in a thread, for tests.

It speaks ``/v1/chat/completions`` (server-sent events with ``stream: true``, one JSON
document otherwise) and ``/v1/models`` with canned answers, and can misbehave on request:
refuse the key (401), rate-limit (429 with Retry-After), fail (500), die mid-stream,
send a malformed stream, stream slowly, hold the stream until released, or take too long
to answer at all. Streams use chunked transfer encoding like real servers, so a server
dying mid-answer looks to the client exactly as it would in life.

    with OpenAIServer() as server:
        server.behaviour.answer = "Hello there"
        endpoint = Endpoint.new("Local", server.base_url, "test-model")
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DEFAULT_MODELS = ["test-model", "other-model"]


@dataclass
class Behaviour:
    """What the server does; tests change fields between (or during) requests."""

    answer: str = "Hello! I am a test model. How can I help?"
    #: The answer to title requests (recognised by their instructions).
    title: str = "A friendly greeting"
    models: list[str] = field(default_factory=lambda: list(DEFAULT_MODELS))
    #: When set, requests must carry ``Authorization: Bearer <api_key>`` or get 401.
    api_key: str | None = None
    #: Answer chat requests with this HTTP status (429, 500...) and an OpenAI error body.
    fail_status: int | None = None
    retry_after: str | None = None
    #: Status for ``/v1/models`` (404: a server without the listing).
    models_status: int | None = None
    #: Send this many pieces, then cut the connection.
    die_after: int | None = None
    #: Send this many pieces, then an event that is not JSON.
    malformed_after: int | None = None
    #: Send this many pieces, then wait for :attr:`OpenAIServer.release` (or the client leaving).
    hold_after: int | None = None
    #: Seconds between pieces (a slow model).
    token_delay: float = 0.0
    #: Seconds before any response (a model loading, for timeouts).
    headers_delay: float = 0.0
    #: Answer a streaming request with one JSON document (servers that cannot stream).
    json_for_stream: bool = False
    #: Refuse ``stream_options`` with 400, as some older servers do.
    reject_stream_options: bool = False
    #: Send a ``usage`` chunk when asked to.
    usage: bool = True
    #: Send this body with status 200 for every request (a web page, not an API).
    raw_page: str | None = None


def pieces_of(text: str) -> list[str]:
    """The answer split the way models stream: words with their leading whitespace."""
    return re.findall(r"\s*\S+", text) or [text]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # keep test output clean
        pass

    # -- helpers -------------------------------------------------------------------------

    def _json(self, status: int, payload, headers: dict | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str, code: str = "", headers: dict | None = None) -> None:
        self._json(status, {"error": {"message": message, "type": "invalid_request_error", "code": code}}, headers)

    def _chunk(self, data: str) -> None:
        raw = data.encode()
        self.wfile.write(f"{len(raw):x}\r\n".encode() + raw + b"\r\n")
        self.wfile.flush()

    def _event(self, payload) -> None:
        self._chunk("data: " + (payload if isinstance(payload, str) else json.dumps(payload)) + "\n\n")

    def _client_gone(self) -> bool:
        readable, _, _ = select.select([self.connection], [], [], 0)
        if not readable:
            return False
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def _record(self, body) -> None:
        with self.server.owner.lock:
            self.server.owner.requests.append(
                {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
            )

    def _authorised(self) -> bool:
        key = self.server.owner.behaviour.api_key
        if key is None or self.headers.get("Authorization") == f"Bearer {key}":
            return True
        self._error(401, "Incorrect API key provided.", "invalid_api_key")
        return False

    def _delay(self, seconds: float) -> None:
        if seconds:
            self.server.owner.stopping.wait(seconds)

    # -- routes --------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._record(None)
        behaviour = self.server.owner.behaviour
        self._delay(behaviour.headers_delay)
        if behaviour.raw_page is not None:
            return self._page(behaviour.raw_page)
        if self.path.rstrip("/") != "/v1/models":
            return self._error(404, f"Not found: {self.path}")
        if not self._authorised():
            return
        if behaviour.models_status:
            return self._error(behaviour.models_status, "Not found")
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "test"} for m in behaviour.models]
        self._json(200, {"object": "list", "data": data})

    def _page(self, text: str) -> None:
        body = text.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            body = None
        self._record(body)
        owner = self.server.owner
        behaviour = owner.behaviour
        self._delay(behaviour.headers_delay)
        if behaviour.raw_page is not None:
            return self._page(behaviour.raw_page)
        if self.path.rstrip("/") != "/v1/chat/completions":
            return self._error(404, f"Not found: {self.path}")
        if not isinstance(body, dict):
            return self._error(400, "The body was not JSON.")
        if not self._authorised():
            return
        if body.get("model") not in behaviour.models:
            return self._error(404, f"The model `{body.get('model')}` does not exist.", "model_not_found")
        if behaviour.fail_status:
            headers = {"Retry-After": behaviour.retry_after} if behaviour.retry_after else None
            messages = {429: "Rate limit reached for requests.", 500: "The server had an error while processing your request."}
            return self._error(behaviour.fail_status, messages.get(behaviour.fail_status, "Failed."), headers=headers)
        if behaviour.reject_stream_options and "stream_options" in body:
            return self._error(400, "Unrecognized request argument supplied: stream_options")
        text = self._answer_for(body)
        if body.get("stream") and not behaviour.json_for_stream:
            self._stream(body, text)
        else:
            self._complete(body, text)

    def _answer_for(self, body: dict) -> str:
        behaviour = self.server.owner.behaviour
        last = next((m.get("content", "") for m in reversed(body.get("messages", [])) if m.get("role") == "user"), "")
        if isinstance(last, str) and last.startswith("Write a title"):
            return behaviour.title
        return behaviour.answer

    def _usage(self, body: dict, text: str) -> dict:
        prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
        return {"prompt_tokens": prompt, "completion_tokens": len(pieces_of(text)),
                "total_tokens": prompt + len(pieces_of(text))}

    def _complete(self, body: dict, text: str) -> None:
        limit = body.get("max_tokens")
        pieces = pieces_of(text)
        if limit:
            pieces = pieces[:limit]
        self._json(200, {
            "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "".join(pieces)},
                         "finish_reason": "length" if limit and len(pieces) < len(pieces_of(text)) else "stop"}],
            "usage": self._usage(body, "".join(pieces)),
        })

    def _stream(self, body: dict, text: str) -> None:
        owner = self.server.owner
        behaviour = owner.behaviour
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body["model"]}
        try:
            self._chunk(": keep-alive\n\n")
            self._event({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                              "finish_reason": None}]})
            for number, piece in enumerate(pieces_of(text)):
                if behaviour.die_after is not None and number == behaviour.die_after:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if behaviour.malformed_after is not None and number == behaviour.malformed_after:
                    self._event('{"choices": [{"delta": {"content": "oops"')
                    self._chunk("0\r\n\r\n")
                    return
                if behaviour.hold_after is not None and number == behaviour.hold_after:
                    if not self._hold():
                        return
                self._delay(behaviour.token_delay)
                self._event({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
                with owner.lock:
                    owner.pieces_sent += 1
            self._event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            if behaviour.usage and (body.get("stream_options") or {}).get("include_usage"):
                self._event({**base, "choices": [], "usage": self._usage(body, text)})
            self._event("[DONE]")
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            owner.disconnected.set()
            self.close_connection = True

    def _hold(self) -> bool:
        """Wait for the test to release the stream; False (and noted) if the client left."""
        owner = self.server.owner
        owner.holding.set()
        deadline = time.monotonic() + 30
        while not owner.release.wait(0.02):
            if self._client_gone():
                owner.disconnected.set()
                self.close_connection = True
                return False
            if owner.stopping.is_set() or time.monotonic() > deadline:
                return False
        return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, owner: "OpenAIServer") -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request, client_address) -> None:
        # A client that gave up (a timeout, a Stop) leaves a broken pipe behind: expected.
        self.owner.disconnected.set()


class OpenAIServer:
    """The server, its knobs (:attr:`behaviour`) and what it saw (:attr:`requests`)."""

    def __init__(self) -> None:
        self.behaviour = Behaviour()
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.pieces_sent = 0
        #: Set when a held stream is waiting (see ``Behaviour.hold_after``).
        self.holding = threading.Event()
        #: Set by the test to let a held stream go on.
        self.release = threading.Event()
        #: Set when the client went away in the middle of a stream.
        self.disconnected = threading.Event()
        self.stopping = threading.Event()
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="openai-server", daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """The address a user would type: ``http://127.0.0.1:PORT/v1``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> "OpenAIServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def chat_requests(self) -> list[dict]:
        with self.lock:
            return [r for r in self.requests if r["path"].startswith("/v1/chat/completions")]

    def __enter__(self) -> "OpenAIServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":  # run by hand: python -m tests.helpers.openai_server
    import sys

    server = OpenAIServer()
    server.behaviour.token_delay = float(sys.argv[1]) if len(sys.argv) > 1 else 0.05
    server.start()
    print(f"Serving an OpenAI-compatible API at {server.base_url} (models: {', '.join(server.behaviour.models)})")
    try:
        server._thread.join()
    except KeyboardInterrupt:
        server.stop()
