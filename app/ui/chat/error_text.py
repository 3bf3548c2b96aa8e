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

# Called by this name with literal arguments so that lupdate finds every string.
translate = QCoreApplication.translate


def _host(error: ChatError) -> str:
    try:
        return httpx.URL(error.url).host or translate("ChatError", "the server")
    except Exception:
        return translate("ChatError", "the server")


def _wait(seconds: float | None) -> str:
    if seconds is None:
        return translate("ChatError", "wait a moment and try again.")
    if seconds < 90:
        count = max(1, round(seconds))
        if count == 1:
            text = translate("ChatError", "try again in 1 second.")
        else:
            text = translate("ChatError", "try again in %1 seconds.")
    else:
        count = max(2, round(seconds / 60))
        text = translate("ChatError", "try again in %1 minutes.")
    return text.replace("%1", QLocale().toString(count))


#: Kinds whose ``detail`` is the server's own explanation (the others carry Parley's diagnosis).
_SERVER_WORDS = (
    errors.AUTH, errors.MODEL_NOT_FOUND, errors.NOT_FOUND, errors.RATE_LIMITED, errors.SERVER,
    errors.BAD_REQUEST, errors.PROVIDER, errors.HTTP,
)


def headline(error: ChatError) -> str:
    """The short, translated verdict: what went wrong and what to do, key words first.

    It leads the stored error text, so the conversation's error pill shows it even when it
    has to cut the rest.
    """
    kind = error.kind
    status = QLocale().toString(error.status) if error.status else ""
    host = _host(error)
    if kind == errors.AUTH:
        return translate("ChatError", "API key refused (HTTP %1): check it in Settings \u203a Models.").replace("%1", status)
    if kind == errors.MODEL_NOT_FOUND:
        return translate("ChatError", "Model not found on the server: choose another, or install it there.")
    if kind == errors.NOT_FOUND:
        return translate("ChatError", "No OpenAI-compatible API at this address (HTTP %1): check the base URL; it usually ends in /v1.").replace("%1", status)
    if kind == errors.RATE_LIMITED:
        return translate("ChatError", "Rate limited (HTTP 429): %1").replace("%1", _wait(error.retry_after))
    if kind == errors.SERVER:
        return translate("ChatError", "Server error (HTTP %1): try again later.").replace("%1", status)
    if kind == errors.BAD_REQUEST:
        return translate("ChatError", "Request refused by the server (HTTP %1).").replace("%1", status)
    if kind == errors.CONNECT:
        return translate("ChatError", "Cannot connect to %1: is the server running, and is the base URL right?").replace("%1", host)
    if kind == errors.TIMEOUT:
        return translate("ChatError", "No answer from %1 in time: the model may still be loading. Try again, or allow more time in Settings \u203a Models.").replace("%1", host)
    if kind == errors.INTERRUPTED:
        return translate("ChatError", "Connection lost before the answer was finished; what arrived is kept.")
    if kind == errors.MALFORMED:
        return translate("ChatError", "Unreadable answer from the server; what arrived is kept.")
    if kind == errors.NOT_COMPATIBLE:
        return translate("ChatError", "Not an OpenAI-compatible server: check the base URL.")
    if kind == errors.PROVIDER:
        return translate("ChatError", "The server reported an error while answering.")
    if kind == errors.NO_MODEL:
        return translate("ChatError", "No model chosen: pick one in the composer or in Settings \u203a Models.")
    if kind == errors.NO_ENDPOINT:
        return translate("ChatError", "No model is set up: add one in Settings \u203a Models.")
    return translate("ChatError", "Unexpected answer from the server (HTTP %1).").replace("%1", status)


def describe(error: ChatError) -> str:
    """The translated headline, then the server's own words (or Parley's diagnosis)."""
    text = headline(error)
    if error.detail and error.kind in _SERVER_WORDS:
        text += " " + translate("ChatError", "The server said: %1").replace("%1", error.detail)
    elif error.detail and error.kind in (errors.CONNECT, errors.MALFORMED, errors.NOT_COMPATIBLE):
        text += " (" + error.detail + ")"
    return text
