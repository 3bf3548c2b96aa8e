"""Chat failures in the user's language.

The services describe errors in English (for logs and the command line); the window says
the same things through ``tr()``, chosen by the error's kind, with the server's own words
appended as they came.
"""

from __future__ import annotations

import httpx
from PySide6.QtCore import QCoreApplication, QLocale

from app.services.chat import errors
from app.services.chat.errors import ChatError

_CONTEXT = "ChatError"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _host(error: ChatError) -> str:
    try:
        return httpx.URL(error.url).host or _tr("the server")
    except Exception:
        return _tr("the server")


def _wait(seconds: float | None) -> str:
    if seconds is None:
        return _tr("Wait a moment and try again.")
    if seconds < 90:
        count = max(1, round(seconds))
        text = _tr("Try again in 1 second.") if count == 1 else _tr("Try again in %1 seconds.")
    else:
        count = max(2, round(seconds / 60))
        text = _tr("Try again in %1 minutes.")
    return text.replace("%1", QLocale().toString(count))


#: Kinds whose ``detail`` is the server's own explanation (the others carry Parley's diagnosis).
_SERVER_WORDS = (
    errors.AUTH, errors.MODEL_NOT_FOUND, errors.NOT_FOUND, errors.RATE_LIMITED, errors.SERVER,
    errors.BAD_REQUEST, errors.PROVIDER, errors.HTTP,
)


def describe(error: ChatError) -> str:
    """A translated sentence for ``error``: what happened and what to do."""
    kind = error.kind
    status = QLocale().toString(error.status) if error.status else ""
    host = _host(error)
    if kind == errors.AUTH:
        text = _tr("The server refused the API key (HTTP %1). Check the key in Settings \u203a Models.").replace("%1", status)
    elif kind == errors.MODEL_NOT_FOUND:
        text = _tr("The server does not have this model. Choose another model, or install it on the server.")
    elif kind == errors.NOT_FOUND:
        text = _tr("There is no OpenAI-compatible API at this address (HTTP %1). Check the base URL; it usually ends in /v1.").replace("%1", status)
    elif kind == errors.RATE_LIMITED:
        text = _tr("The server is limiting how many requests you can make (HTTP 429).") + " " + _wait(error.retry_after)
    elif kind == errors.SERVER:
        text = _tr("The server had a problem answering (HTTP %1). Try again later.").replace("%1", status)
    elif kind == errors.BAD_REQUEST:
        text = _tr("The server refused the request (HTTP %1).").replace("%1", status)
    elif kind == errors.CONNECT:
        text = _tr("Cannot connect to %1. Check that the server is running and the base URL is right.").replace("%1", host)
    elif kind == errors.TIMEOUT:
        text = _tr("%1 did not answer in time. The model may still be loading; try again, or allow more time in Settings \u203a Models.").replace("%1", host)
    elif kind == errors.INTERRUPTED:
        text = _tr("The connection broke before the answer was finished. What arrived has been kept.")
    elif kind == errors.MALFORMED:
        text = _tr("The server\u2019s answer could not be read. What arrived has been kept.")
    elif kind == errors.NOT_COMPATIBLE:
        text = _tr("The server answered, but not like an OpenAI-compatible API. Check the base URL.")
    elif kind == errors.PROVIDER:
        text = _tr("The server reported an error while answering.")
    elif kind == errors.NO_ENDPOINT:
        text = _tr("No model is set up. Add one in Settings \u203a Models.")
    else:
        text = _tr("The server answered with an unexpected HTTP status %1.").replace("%1", status)
    if error.detail and kind in _SERVER_WORDS:
        text += " " + _tr("The server said: %1").replace("%1", error.detail)
    elif error.detail and kind in (errors.CONNECT, errors.MALFORMED, errors.NOT_COMPATIBLE):
        text += " (" + error.detail + ")"
    return text
