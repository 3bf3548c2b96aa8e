"""Talking to an OpenAI-compatible server: chat completions (streamed or not) and models.

One :class:`ChatClient` per request (it owns the :class:`CancelToken` that can stop it).
Every failure comes out as a :class:`ChatError` naming what went wrong, or as
:class:`Cancelled` when the user stopped it; a stream cut short raises after the pieces
that did arrive were handed to ``on_delta``, so the caller keeps them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

import httpx

from app.identity import APP_NAME, APP_VERSION
from app.services.chat import errors
from app.services.chat.cancel import Cancelled, CancelToken
from app.services.chat.endpoints import Endpoint
from app.services.chat.errors import ChatError
from app.services.chat.sse import SSEParser
from app.services.chat.transport import CancellableTransport, environment_proxy

CONNECT_TIMEOUT_S = 10.0
WRITE_TIMEOUT_S = 30.0
#: Error bodies past this are cut: a wrong URL can return a whole web page.
_ERROR_BODY_LIMIT = 64 * 1024
_SSE_FIELDS = ("data", "event", "id", "retry")


@dataclass
class ChatResult:
    """A finished answer and what the server said about it."""

    text: str = ""
    reasoning: str = ""
    finish_reason: str | None = None
    #: The model the server says answered (may differ from the one asked for: aliases).
    model: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    streamed: bool = True


class _RetryWithoutStreamOptions(Exception):
    """An older server refused ``stream_options``: ask again without it."""


class ChatClient:
    """Requests to one endpoint with one key; :meth:`cancel` (any thread) stops them."""

    def __init__(
        self, endpoint: Endpoint, api_key: str | None = None, *, token: CancelToken | None = None
    ) -> None:
        self.endpoint = endpoint
        self.token = token or CancelToken()
        self._api_key = api_key or None

    def cancel(self) -> None:
        self.token.cancel()

    # -- plumbing -----------------------------------------------------------------------

    def _url(self, path: str) -> str:
        root = self.endpoint.root
        if not root:
            raise ChatError(errors.NO_ENDPOINT, "This endpoint has no base URL. Set one in Settings \u203a Models.")
        return root + path

    def _http(self, url: str, read_timeout: float | None = None) -> httpx.Client:
        headers = {"User-Agent": f"{APP_NAME}/{APP_VERSION}"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        timeout = httpx.Timeout(
            connect=CONNECT_TIMEOUT_S,
            read=read_timeout or self.endpoint.timeout_s,
            write=WRITE_TIMEOUT_S,
            pool=CONNECT_TIMEOUT_S,
        )
        try:
            proxy = environment_proxy(url)
        except (httpx.InvalidURL, ValueError):
            proxy = None
        return httpx.Client(
            transport=CancellableTransport(self.token, proxy=proxy),
            timeout=timeout,
            headers=headers,
            follow_redirects=True,
        )

    def _failed(self, exc: BaseException, url: str, timeout: float | None = None) -> ChatError:
        """The error to raise for a transport failure (or Cancelled, if that caused it)."""
        if self.token.cancelled:
            raise Cancelled() from exc
        if isinstance(exc, httpx.InvalidURL):
            return ChatError(
                errors.NOT_COMPATIBLE,
                f"\u201c{self.endpoint.base_url}\u201d is not a usable web address. "
                "It should look like http://localhost:11434/v1.",
                detail=str(exc), url=url,
            )
        return errors.error_from_exception(exc, url=url, timeout=timeout or self.endpoint.timeout_s)

    def _send(self, client: httpx.Client, request: httpx.Request) -> httpx.Response:
        self.token.check()
        try:
            return client.send(request, stream=True)
        except Cancelled:
            raise
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise self._failed(exc, str(request.url)) from exc

    @staticmethod
    def _read_limited(response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= _ERROR_BODY_LIMIT:
                break
        return b"".join(chunks)[:_ERROR_BODY_LIMIT]

    def _json_body(self, response: httpx.Response, url: str, what: str):
        raw = self._read_limited(response)
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            kind = response.headers.get("content-type", "").split(";")[0] or "no content type"
            raise errors.not_compatible(f"{what} was not JSON but {kind}", url=url) from None

    # -- models -------------------------------------------------------------------------

    def list_models(self, *, timeout: float | None = None) -> list[str]:
        """Model ids the server offers (``GET /models``), sorted."""
        url = self._url("/models")
        with self._http(url, timeout) as client:
            response = self._send(client, client.build_request("GET", url))
            try:
                if response.status_code >= 400:
                    raise errors.error_from_status(
                        response.status_code, self._read_limited(response), response.headers, url=url
                    )
                data = self._json_body(response, url, "the model list")
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise self._failed(exc, url, timeout) from exc
            finally:
                response.close()
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise errors.not_compatible("the model list had no \u201cdata\u201d list", url=url)
        ids = {str(item["id"]) for item in items if isinstance(item, dict) and item.get("id")}
        return sorted(ids, key=str.casefold)

    # -- chat ---------------------------------------------------------------------------

    def chat(
        self,
        messages: list[dict],
        model: str,
        *,
        on_delta: Callable[[str], None] | None = None,
        stream: bool | None = None,
        max_tokens: int | None = None,
        timeout: float | None = None,
    ) -> ChatResult:
        """Ask ``model`` to answer ``messages``; pieces of the answer go to ``on_delta``.

        Streams (server-sent events) unless the endpoint or ``stream`` says not to, or the
        server answers a streaming request with one JSON document, which is accepted too.
        """
        if not model:
            raise ChatError(
                errors.NO_MODEL, "No model is chosen. Pick one in the composer or in Settings \u203a Models."
            )
        stream = self.endpoint.stream if stream is None else stream
        body: dict = {"model": model, "messages": messages}
        if max_tokens:
            body["max_tokens"] = max_tokens
        if stream:
            body["stream"] = True
            body["stream_options"] = {"include_usage": True}
        url = self._url("/chat/completions")
        with self._http(url, timeout) as client:
            try:
                return self._post(client, url, body, on_delta, timeout)
            except _RetryWithoutStreamOptions:
                body.pop("stream_options", None)
                return self._post(client, url, body, on_delta, timeout)

    def _post(self, client, url, body, on_delta, timeout) -> ChatResult:
        headers = {"Accept": "text/event-stream"} if body.get("stream") else {}
        response = self._send(client, client.build_request("POST", url, json=body, headers=headers))
        try:
            if response.status_code >= 400:
                raw = self._read_limited(response)
                if response.status_code in (400, 422) and "stream_options" in body and b"stream_options" in raw:
                    raise _RetryWithoutStreamOptions()
                raise errors.error_from_status(
                    response.status_code, raw, response.headers, url=url, model=body["model"]
                )
            content_type = response.headers.get("content-type", "").lower()
            if body.get("stream") and "json" not in content_type:
                return self._read_stream(response, url, on_delta or _ignore)
            data = self._json_body(response, url, "the answer")
            return self._parse_completion(data, url, on_delta or _ignore)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise self._failed(exc, url, timeout) from exc
        finally:
            response.close()

    def _read_stream(self, response: httpx.Response, url: str, on_delta) -> ChatResult:
        parser = SSEParser()
        result = ChatResult()
        pieces: list[str] = []
        reasoning: list[str] = []
        done = False
        checked = False
        for line in response.iter_lines():
            self.token.check()
            if not checked and line.strip():
                checked = True
                if not (line.startswith(":") or line.partition(":")[0] in _SSE_FIELDS):
                    raise errors.not_compatible(
                        f"expected server-sent events, got \u201c{line[:60]}\u201d", url=url
                    )
            data = parser.feed(line)
            if data is not None and self._on_event(data, result, pieces, reasoning, on_delta, url):
                done = True
                break
        else:
            tail = parser.finish()
            if tail is not None:
                done = self._on_event(tail, result, pieces, reasoning, on_delta, url)
        self.token.check()
        result.text = "".join(pieces)
        result.reasoning = "".join(reasoning)
        if not done and result.finish_reason is None:
            raise ChatError(
                errors.INTERRUPTED,
                "The server stopped sending before the answer was finished. What arrived has been kept.",
                url=url,
            )
        return result

    def _on_event(self, data: str, result: ChatResult, pieces, reasoning, on_delta, url) -> bool:
        """Apply one event's data; True when it ends the stream."""
        if data.strip() == "[DONE]":
            return True
        try:
            event = json.loads(data)
        except ValueError:
            raise errors.malformed(f"an event was not valid JSON: \u201c{data[:60]}\u201d", url=url) from None
        if not isinstance(event, dict):
            raise errors.malformed("an event was not a JSON object", url=url)
        if event.get("error"):
            detail = errors.server_detail(json.dumps(event))
            raise ChatError(
                errors.PROVIDER,
                f"The server reported an error while answering: {detail or 'no details given'}",
                detail=detail, url=url,
            )
        if isinstance(event.get("model"), str) and event["model"]:
            result.model = event["model"]
        _apply_usage(event.get("usage"), result)
        choices = event.get("choices") or []
        if not isinstance(choices, list):
            raise errors.malformed("\u201cchoices\u201d was not a list", url=url)
        for choice in choices:
            if not isinstance(choice, dict):
                raise errors.malformed("a choice was not a JSON object", url=url)
            if choice.get("index", 0) != 0:
                continue  # only one answer is asked for
            delta = choice.get("delta") or {}
            if not isinstance(delta, dict):
                raise errors.malformed("a delta was not a JSON object", url=url)
            text = _text_of(delta.get("content"))
            if text:
                pieces.append(text)
                on_delta(text)
            thought = delta.get("reasoning_content") or delta.get("reasoning")
            if isinstance(thought, str):
                reasoning.append(thought)
            if choice.get("finish_reason"):
                result.finish_reason = str(choice["finish_reason"])
        return False

    def _parse_completion(self, data, url: str, on_delta) -> ChatResult:
        if isinstance(data, dict) and data.get("error"):
            detail = errors.server_detail(json.dumps(data))
            raise ChatError(errors.PROVIDER, f"The server reported an error: {detail or 'no details given'}",
                            detail=detail, url=url)
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise errors.not_compatible("the answer had no \u201cchoices\u201d", url=url)
        choice = choices[0]
        message = choice.get("message") or {}
        if not isinstance(message, dict):
            raise errors.not_compatible("the answer\u2019s message was not a JSON object", url=url)
        result = ChatResult(streamed=False)
        result.text = _text_of(message.get("content"))
        thought = message.get("reasoning_content") or message.get("reasoning")
        result.reasoning = thought if isinstance(thought, str) else ""
        result.finish_reason = str(choice["finish_reason"]) if choice.get("finish_reason") else "stop"
        if isinstance(data.get("model"), str):
            result.model = data["model"]
        _apply_usage(data.get("usage"), result)
        if result.text:
            on_delta(result.text)
        return result


def _ignore(_piece: str) -> None:
    pass


def _text_of(content) -> str:
    """Text of a message's content: a string, or a list of parts (``{"type": "text"}``)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part.get("text", "") for part in content if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


def _apply_usage(usage, result: ChatResult) -> None:
    if not isinstance(usage, dict):
        return
    prompt = usage.get("prompt_tokens", usage.get("input_tokens"))
    completion = usage.get("completion_tokens", usage.get("output_tokens"))
    if isinstance(prompt, int):
        result.input_tokens = prompt
    if isinstance(completion, int):
        result.output_tokens = completion
