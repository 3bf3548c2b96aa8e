"""What can go wrong talking to a model, named precisely enough to act on.

Every failure of the chat client becomes a :class:`ChatError` with a ``kind`` (stable, for
code and translations), the HTTP status when there was one, the server's own words when it
gave any, and ``Retry-After`` for rate limits. ``str(error)`` is a complete English sentence;
the window translates by ``kind`` (``app/ui/chat/error_text.py``).
"""

from __future__ import annotations

import email.utils
import json
import time
from dataclasses import dataclass

import httpx

#: The kinds of failure, in the words the settings page and the conversation use.
CONNECT = "connect"  # nothing listening, DNS failure, TLS failure, network down
TIMEOUT = "timeout"  # connected but no answer in time
AUTH = "auth"  # 401/403: the key is missing, wrong or lacks access
MODEL_NOT_FOUND = "model_not_found"  # the server does not know this model
NOT_FOUND = "not_found"  # 404 on the API path itself: wrong base URL
NOT_COMPATIBLE = "not_compatible"  # answered, but not like an OpenAI-compatible API
RATE_LIMITED = "rate_limited"  # 429
SERVER = "server"  # 5xx
BAD_REQUEST = "bad_request"  # 400/413/422: the server refused this request (context too long...)
INTERRUPTED = "interrupted"  # the stream stopped before the answer was finished
MALFORMED = "malformed"  # the stream was not valid server-sent events / JSON
PROVIDER = "provider"  # the server reported an error inside an otherwise good stream
NO_ENDPOINT = "no_endpoint"  # nothing is set up to send to
NO_MODEL = "no_model"  # an endpoint, but no model chosen for it
HTTP = "http"  # any other unexpected status

KINDS = (
    CONNECT, TIMEOUT, AUTH, MODEL_NOT_FOUND, NOT_FOUND, NOT_COMPATIBLE, RATE_LIMITED, SERVER,
    BAD_REQUEST, INTERRUPTED, MALFORMED, PROVIDER, NO_ENDPOINT, NO_MODEL, HTTP,
)

#: Longest piece of a server's error text we keep (some send whole HTML pages).
_DETAIL_CHARS = 300


@dataclass
class ChatError(Exception):
    """A failure talking to a model. ``str()`` is a sentence a person can act on."""

    kind: str
    message: str
    status: int | None = None
    detail: str = ""
    retry_after: float | None = None
    url: str = ""

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _DETAIL_CHARS else text[: _DETAIL_CHARS - 1] + "\u2026"


def server_detail(body: bytes | str) -> str:
    """The server's own explanation from an error body (OpenAI, Ollama, vLLM and plain text)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        data = json.loads(text)
    except ValueError:
        stripped = text.strip()
        return "" if stripped.startswith("<") else _short(stripped)  # an HTML error page says nothing useful
    if isinstance(data, dict):
        error = data.get("error", data)
        if isinstance(error, dict):
            for key in ("message", "detail", "error", "msg"):
                if isinstance(error.get(key), str) and error[key].strip():
                    return _short(error[key])
        elif isinstance(error, str) and error.strip():
            return _short(error)
        if isinstance(data.get("detail"), str):
            return _short(data["detail"])
    return ""


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _mentions_model(detail: str) -> bool:
    lowered = detail.lower()
    return "model" in lowered and any(
        word in lowered for word in ("not found", "does not exist", "not exist", "unknown", "no such", "pull")
    )


def _wait_phrase(seconds: float | None) -> str:
    if seconds is None:
        return "Wait a moment and try again."
    if seconds < 90:
        return f"Try again in {max(1, round(seconds))} seconds."
    return f"Try again in {max(2, round(seconds / 60))} minutes."


def error_from_status(
    status: int, body: bytes | str, headers: httpx.Headers | dict, *, url: str = "", model: str = ""
) -> ChatError:
    """The ChatError for an HTTP error response."""
    detail = server_detail(body)
    suffix = f" The server said: {detail}" if detail else ""
    if status in (401, 403):
        return ChatError(
            AUTH,
            f"The server refused the API key (HTTP {status}). Check the key in Settings \u203a Models.{suffix}",
            status, detail, url=url,
        )
    if status == 404 and (_mentions_model(detail) or "model_not_found" in str(body)):
        name = f" \u201c{model}\u201d" if model else ""
        return ChatError(
            MODEL_NOT_FOUND,
            f"The server has no model{name}. Choose another model or install it on the server.{suffix}",
            status, detail, url=url,
        )
    if status in (404, 405):
        return ChatError(
            NOT_FOUND,
            f"The server has no OpenAI-compatible API at {url} (HTTP {status}). "
            "Check the base URL; it usually ends in /v1.",
            status, detail, url=url,
        )
    if status == 429:
        headers = httpx.Headers(headers)
        wait = parse_retry_after(headers.get("retry-after"))
        return ChatError(
            RATE_LIMITED,
            f"The server is limiting how many requests you can make (HTTP 429). {_wait_phrase(wait)}{suffix}",
            status, detail, retry_after=wait, url=url,
        )
    if status in (400, 413, 422):
        if _mentions_model(detail):
            name = f" \u201c{model}\u201d" if model else ""
            return ChatError(
                MODEL_NOT_FOUND,
                f"The server has no model{name}. Choose another model or install it on the server.{suffix}",
                status, detail, url=url,
            )
        return ChatError(
            BAD_REQUEST,
            f"The server refused the request (HTTP {status}).{suffix or ' It gave no reason.'}",
            status, detail, url=url,
        )
    if status >= 500:
        phrase = _reason(status)
        return ChatError(
            SERVER,
            f"The server had a problem answering (HTTP {status}{phrase}). Try again later.{suffix}",
            status, detail, url=url,
        )
    return ChatError(
        HTTP, f"The server answered with an unexpected HTTP status {status}.{suffix}", status, detail, url=url
    )


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return f" {HTTPStatus(status).phrase}"
    except ValueError:
        return ""


def error_from_exception(exc: BaseException, *, url: str = "", timeout: float | None = None) -> ChatError:
    """The ChatError for a transport failure raised by httpx."""
    host = httpx.URL(url).host if url else "the server"
    if isinstance(exc, httpx.ConnectTimeout):
        return ChatError(
            TIMEOUT,
            f"Connecting to {host} took too long. Check the address and your network.",
            detail=str(exc), url=url,
        )
    if isinstance(exc, httpx.TimeoutException):
        within = f" within {timeout:g} seconds" if timeout else ""
        return ChatError(
            TIMEOUT,
            f"{host} did not answer{within}. The model may still be loading; try again, "
            "or allow more time in Settings \u203a Models.",
            detail=str(exc), url=url,
        )
    if isinstance(exc, httpx.ConnectError):
        reason = _connect_reason(exc)
        return ChatError(
            CONNECT,
            f"Cannot connect to {host}{reason}. Check that the server is running and the base URL is right.",
            detail=str(exc), url=url,
        )
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
        return ChatError(
            INTERRUPTED,
            f"The connection to {host} broke before the answer was finished. What arrived has been kept.",
            detail=str(exc), url=url,
        )
    if isinstance(exc, httpx.UnsupportedProtocol):
        return ChatError(
            NOT_COMPATIBLE,
            f"\u201c{url}\u201d is not a web address Parley can use; it should start with http:// or https://.",
            detail=str(exc), url=url,
        )
    if isinstance(exc, httpx.HTTPError):
        return ChatError(CONNECT, f"Talking to {host} failed: {exc}", detail=str(exc), url=url)
    return ChatError(CONNECT, f"Talking to {host} failed: {exc}", detail=repr(exc), url=url)


def _connect_reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "refused" in text:
        return " (connection refused: nothing is listening there)"
    if "name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return " (the host name could not be found)"
    if "certificate" in text or "ssl" in text:
        return " (the secure connection could not be verified)"
    if "unreachable" in text:
        return " (the network is unreachable)"
    return ""


def malformed(what: str, *, url: str = "") -> ChatError:
    """The stream was not what an OpenAI-compatible server sends."""
    return ChatError(
        MALFORMED,
        f"The server's answer could not be read ({what}). What arrived has been kept.",
        detail=what, url=url,
    )


def not_compatible(what: str, *, url: str = "") -> ChatError:
    return ChatError(
        NOT_COMPATIBLE,
        f"The server at {url} answered, but not like an OpenAI-compatible API ({what}). "
        "Check the base URL.",
        detail=what, url=url,
    )
