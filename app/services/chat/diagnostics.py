""""Test connection": one precise verdict on whether an endpoint can answer.

Asks for the model list first (cheap, needs no model); if the server has no ``/models``
or the chosen model is not listed, a one-token chat request settles it. The verdict names
the one thing to fix: cannot connect, timeout, the key, the model, or a server that is not
OpenAI-compatible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.chat import errors
from app.services.chat.cancel import CancelToken
from app.services.chat.client import ChatClient
from app.services.chat.endpoints import Endpoint
from app.services.chat.errors import ChatError

#: A connection test should not wait as long as an answer may.
TEST_TIMEOUT_S = 15.0


@dataclass
class ConnectionReport:
    """The outcome of a connection test."""

    ok: bool
    #: ``"ok"`` or a :mod:`errors` kind.
    kind: str
    message: str
    models: list[str] = field(default_factory=list)
    model: str = ""
    error: ChatError | None = None


def check_connection(
    endpoint: Endpoint, api_key: str | None, model: str = "", *, token: CancelToken | None = None
) -> ConnectionReport:
    """Check that ``endpoint`` answers (and knows ``model``, if given)."""
    client = ChatClient(endpoint, api_key, token=token)
    models: list[str] = []
    listing_error: ChatError | None = None
    try:
        models = client.list_models(timeout=TEST_TIMEOUT_S)
    except ChatError as exc:
        if exc.kind in (errors.CONNECT, errors.TIMEOUT, errors.AUTH, errors.NO_ENDPOINT, errors.RATE_LIMITED):
            return _failed(exc)
        listing_error = exc  # no /models here: some servers lack it; the chat request decides

    if model and model in models:
        return ConnectionReport(
            True, "ok", f"Connected. The server offers {len(models)} models, including {model}.", models, model
        )
    if not model:
        if listing_error is not None:
            return _failed(listing_error)
        if not models:
            return ConnectionReport(True, "ok", "Connected, but the server lists no models.", models)
        return ConnectionReport(
            True, "ok", f"Connected. The server offers {len(models)} models; choose a default one.", models
        )

    try:
        client.chat([{"role": "user", "content": "Hi"}], model, stream=False, max_tokens=1, timeout=TEST_TIMEOUT_S)
    except ChatError as exc:
        if exc.kind == errors.NOT_FOUND and listing_error is not None:
            return _failed(
                errors.not_compatible(
                    "neither /models nor /chat/completions exists there", url=endpoint.root
                ),
            )
        if exc.kind == errors.MODEL_NOT_FOUND and models:
            listed = ", ".join(models[:5]) + ("\u2026" if len(models) > 5 else "")
            exc.message += f" It offers: {listed}."
        return _failed(exc, models)
    if models:
        message = f"Connected. {model} answered (it is not in the server\u2019s model list, but it works)."
    else:
        message = f"Connected. {model} answered."
    return ConnectionReport(True, "ok", message, models, model)


def _failed(error: ChatError, models: list[str] | None = None) -> ConnectionReport:
    return ConnectionReport(False, error.kind, error.message, models or [], error=error)
