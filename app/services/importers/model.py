"""What every format's reader produces, and the writer stores.

Readers turn a record of their format into a :class:`ParsedConversation`; they never touch
the database. Ids are either given (Parley's own format) or derived from the source's ids
with :func:`stable_id`, so importing the same export twice, or into another data folder,
yields the same conversation and message ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from app.services.texts import Text

#: Namespace for ids derived from a source's own ids (uuid5).
_NAMESPACE = uuid.UUID("4f1c2a4e-8d0b-5a53-9b7e-5061726c6579")
_NAMESPACE_BYTES = _NAMESPACE.bytes
_sha1 = hashlib.sha1


#: The RFC 4122 variant digit (10xx) for a hash's hex digit: its two low bits kept.
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_MILLIS_MASK = 0xFFFF_FFFF_FFFF


def _format_id(digest: str, at: float | None) -> str:
    stamp = "%012x" % (int(at * 1000) & _MILLIS_MASK if at and at > 0 else 0)
    # Version 8 in the 13th hex digit, the RFC 4122 variant (10xx) in the 17th.
    return f"{stamp[:8]}-{stamp[8:]}-8{digest[1:4]}-{_VARIANT[digest[4]]}{digest[5:8]}-{digest[8:20]}"


def stable_id(*parts: str, at: float | None = None) -> str:
    """A UUID string that is always the same for the same source, conversation, message.

    With ``at`` (the record's own time) the id starts with that time in milliseconds, as
    a UUIDv7 does (RFC 9562's version 8 layout: time, then a hash of ``parts``). Ids that
    sort by time keep every index the importer fills append-mostly: random UUIDs would
    touch a random page of each index per row, which at a million messages is the
    difference between minutes and seconds.
    """
    return _format_id(_sha1(_NAMESPACE_BYTES + "\x1f".join(parts).encode("utf-8")).hexdigest(), at)


def stable_id_maker(*prefix: str) -> Callable[[str, float | None], str]:
    """``make(last, at)`` giving ``stable_id(*prefix, last, at=at)``, for many ids that
    share ``prefix`` (a conversation's messages): the prefix is hashed once."""
    if not prefix:
        raise ValueError("stable_id_maker needs a prefix")
    copy = _sha1(_NAMESPACE_BYTES + ("\x1f".join(prefix) + "\x1f").encode("utf-8")).copy

    def make(last: str, at: float | None = None) -> str:
        digest = copy()
        digest.update(last.encode("utf-8"))
        return _format_id(digest.hexdigest(), at)

    return make


@dataclass(slots=True)
class ParsedMessage:
    source_id: str
    parent_source_id: str | None
    role: str
    content: str
    created_at: float | None
    hidden: bool = False
    status: str = "complete"
    metadata: dict[str, Any] = field(default_factory=dict)
    #: Parley's own format carries the real ids; other formats leave these None.
    id: str | None = None
    parent_id: str | None = None


@dataclass(slots=True)
class ProjectRef:
    """Which project a conversation belongs to in its source."""

    source: str | None  # ("chatgpt", "g-p-...") identifies it; None: by name only
    source_id: str | None
    name: str  # the name to create it with ("ChatGPT Project {n}" is numbered)
    system_prompt: str | None = None
    #: Parley's own exports name projects: an existing project of that name is the one.
    by_name: bool = False
    created_at: float | None = None


@dataclass(slots=True)
class ParsedConversation:
    source: str | None
    source_id: str | None
    title: str
    created_at: float | None
    updated_at: float | None
    messages: list[ParsedMessage]
    active_leaf_source_id: str | None = None
    archived: bool = False
    pinned: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)
    project: ProjectRef | None = None
    tags: list[str] = field(default_factory=list)
    system_prompt: str | None = None
    draft: str = ""
    #: Parley's own format: the real ids and stored counters.
    id: str | None = None
    active_leaf_id: str | None = None
    preview: str | None = None
    warnings: list[Text] = field(default_factory=list)


class Skipped(Exception):
    """A record that is not a conversation worth importing (reported, not fatal).

    ``text`` says why (a translatable message); ``str()`` is it in English.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def epoch(value: Any) -> float | None:
    """Seconds since the epoch from a number, numeric string or ISO-8601 text; else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            try:
                parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return None
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=dt.timezone.utc)
            return parsed.timestamp()
    else:
        return None
    if not math.isfinite(number) or number <= 0:
        return None
    if number > 1e11:  # milliseconds
        number /= 1000.0
    return number


def text_of(value: Any) -> str:
    """A string from whatever a loosely typed field holds."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, bool)):
        return str(value)
    import json

    return json.dumps(value, ensure_ascii=False)


def unknown_block(kind: str, payload: Any) -> str:
    """How a block Parley does not understand is shown: readable, never dropped."""
    import json

    body = json.dumps(payload, ensure_ascii=False, indent=2, default=str)
    if len(body) > 4000:
        body = body[:4000] + "\n\u2026"
    return f"*Unknown block ({kind}), kept as it was:*\n\n```json\n{body}\n```"
