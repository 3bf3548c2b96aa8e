"""The older web app's chat history: the ``leanspec-chat-history`` localStorage value.

A JSON array of messages (``id``, ``role``, and ``content`` or AI-SDK style ``parts``), or an
object holding that array (or its JSON text) under the key ``leanspec-chat-history``. It
becomes one conversation; re-importing a longer copy adds only the new messages.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.services.importers.errors import ImportFailed
from app.services.importers.model import ParsedConversation, ParsedMessage, epoch, text_of, unknown_block
from app.services.texts import QT_TRANSLATE_NOOP

SOURCE = "legacy-browser"
LABEL = QT_TRANSLATE_NOOP("Import", "browser chat history")
STORAGE_KEY = "leanspec-chat-history"

_ROLES = {"user": "user", "assistant": "assistant", "system": "system", "tool": "tool", "data": "tool"}


def looks_like_message(record: Any) -> bool:
    return isinstance(record, dict) and "role" in record and ("content" in record or "parts" in record)


def unwrap(value: Any) -> list:
    """The message list from the raw array, or the storage object, or its JSON text."""
    if isinstance(value, dict) and STORAGE_KEY in value:
        value = value[STORAGE_KEY]
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise ImportFailed(QT_TRANSLATE_NOOP("Import", "the stored history is not valid JSON (%1)").arg(str(exc))) from exc
    if not isinstance(value, list):
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "the stored history is not a list of messages"))
    return value


def parse(items: list, fallback_time: float, title_hint: str = "") -> ParsedConversation:
    """The whole history as one conversation (times missing from old entries are made
    up from ``fallback_time``, one millisecond apart, so the order is kept)."""
    messages: list[ParsedMessage] = []
    previous: str | None = None
    previous_time = fallback_time
    for position, item in enumerate(items):
        if not isinstance(item, dict):
            raise ImportFailed(
                QT_TRANSLATE_NOOP("Import", "message %1 is a %2, not an object").arg(position + 1, type(item).__name__)
            )
        source_id = text_of(item.get("id")) or f"#{position}"
        role_in = text_of(item.get("role"))
        metadata: dict[str, Any] = {}
        if role_in not in _ROLES:
            metadata["source_role"] = role_in
        text = _text(item, metadata)
        stamp = epoch(item.get("createdAt") or item.get("created_at") or item.get("timestamp"))
        if stamp is None:
            stamp = previous_time + 0.001
        previous_time = stamp
        meta_in = item.get("metadata")
        model = item.get("model") or (meta_in.get("model") if isinstance(meta_in, dict) else None)
        if model:
            metadata["model"] = text_of(model)
        messages.append(
            ParsedMessage(
                source_id=source_id,
                parent_source_id=previous,
                role=_ROLES.get(role_in, "assistant"),
                content=text,
                created_at=stamp,
                metadata=metadata,
            )
        )
        previous = source_id
    if not messages:
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "the history holds no messages"))
    first_user = next((m.content for m in messages if m.role == "user" and m.content.strip()), "")
    title = " ".join(first_user.split())[:80] or title_hint or "Browser chat history"
    key = hashlib.sha256(messages[0].source_id.encode("utf-8")).hexdigest()[:32]
    return ParsedConversation(
        source=SOURCE,
        source_id=key,
        title=title,
        created_at=messages[0].created_at,
        updated_at=messages[-1].created_at,
        messages=messages,
        active_leaf_source_id=messages[-1].source_id,
    )


def _text(item: dict, metadata: dict) -> str:
    parts = item.get("parts")
    if isinstance(parts, list) and parts:
        texts: list[str] = []
        for part in parts:
            if isinstance(part, str):
                texts.append(part)
                continue
            if not isinstance(part, dict):
                continue
            kind = text_of(part.get("type"))
            if kind == "text":
                texts.append(text_of(part.get("text")))
            elif kind == "reasoning":
                metadata["reasoning"] = (metadata.get("reasoning", "") + text_of(part.get("text") or part.get("reasoning"))).strip()
            elif kind in ("step-start", "source-url", "source"):
                if kind != "step-start":
                    metadata.setdefault("sources", []).append(part)
            elif kind == "file":
                metadata.setdefault("attachments", []).append(
                    {"kind": "file", "name": text_of(part.get("filename") or part.get("name")), "type": text_of(part.get("mediaType") or part.get("mimeType"))}
                )
            elif kind.startswith("tool") or kind == "dynamic-tool":
                metadata.setdefault("tool_calls", []).append(part)
                name = text_of(part.get("toolName") or kind.removeprefix("tool-"))
                body = json.dumps(part.get("input") or part.get("args") or {}, ensure_ascii=False, indent=2)
                texts.append(f"**Tool call: {name}**\n\n```json\n{body}\n```")
            else:
                metadata.setdefault("unknown_parts", []).append(part)
                texts.append(unknown_block(kind or "part", part))
        text = "\n\n".join(t for t in texts if t)
        if text:
            return text
    content = item.get("content")
    if isinstance(content, list):  # content as blocks
        return "\n\n".join(text_of(c.get("text")) if isinstance(c, dict) else text_of(c) for c in content)
    return text_of(content)
