"""Titles for new conversations: the model's summary of the first exchange, or its first words."""

from __future__ import annotations

import logging
import re

from app.services.chat.client import ChatClient
from app.services.chat.errors import ChatError

log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 60
FALLBACK_WORDS = 10
_EXCERPT_CHARS = 1500

_THINK = re.compile(r"<think>.*?(</think>|$)", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"```.*?(```|$)", re.DOTALL)
_LEAD = re.compile(r"^[\s#>*_\-`~+\d.)]+")
_MARKUP = re.compile(r"[*_`~]+")
_LABEL = re.compile(r"^(title|titel|titre|t[ií]tulo)\s*[:：]\s*", re.IGNORECASE)
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u300c\u300d\u300e\u300f"

TITLE_INSTRUCTIONS = (
    "Write a title of at most six words for the conversation below, in the language the "
    "user wrote in. Reply with the title only: no quotes, no trailing punctuation."
)


def _cut(text: str, limit: int = MAX_TITLE_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-\u2013\u2014 ")
    return (cut or text[:limit]) + "\u2026"


def fallback_title(text: str) -> str:
    """A title from the first words of the first message (markup and code left out)."""
    text = _FENCE.sub(" ", text)
    for line in text.splitlines():
        line = _MARKUP.sub("", _LEAD.sub("", line)).strip()
        if any(ch.isalnum() for ch in line):
            words = line.split()
            title = " ".join(words[:FALLBACK_WORDS])
            if len(title) > MAX_TITLE_CHARS:
                return _cut(title)
            return title + ("\u2026" if len(words) > FALLBACK_WORDS else "")
    return ""


def clean_model_title(raw: str) -> str:
    """The model's reply reduced to a one-line title (thinking, labels, quotes removed)."""
    text = _THINK.sub("", raw or "")
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = _LABEL.sub("", _MARKUP.sub("", line.lstrip("# ")))
    line = line.strip().strip(_QUOTES).strip().rstrip(".\u3002!\uff01").strip().strip(_QUOTES).strip()
    return _cut(" ".join(line.split()))


def ask_model_for_title(client: ChatClient, model: str, user_text: str, answer_text: str) -> str:
    """A title written by the model, or "" if it could not give one."""
    prompt = (
        f"{TITLE_INSTRUCTIONS}\n\nUser: {user_text[:_EXCERPT_CHARS]}\n\n"
        f"Assistant: {_THINK.sub('', answer_text)[:_EXCERPT_CHARS]}"
    )
    try:
        result = client.chat(
            [{"role": "user", "content": prompt}], model, stream=False, max_tokens=32, timeout=30.0
        )
    except ChatError as exc:
        log.info("no title from the model: %s", exc)
        return ""
    return clean_model_title(result.text)
