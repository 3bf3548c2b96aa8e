"""ChatGPT data exports: ``conversations.json`` or ``conversations-NNN.json`` records.

Each record holds a message tree (``mapping`` of nodes with ``parent``/``children``) and
``current_node``, the leaf of the branch the user last saw. The whole tree is kept; the
active branch is found by walking ``parent`` links up from ``current_node`` (newer exports
miss some ``children`` links). Nodes without a message (the root) are not stored: their
children hang from the nearest stored ancestor. Context nodes (custom instructions,
memories, visually hidden or zero-weight ones) are stored hidden. Every ``content_type`` is
turned into readable Markdown; one Parley does not know is kept raw and shown as such.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any, Iterable

from app.services.importers.errors import ImportFailed
from app.services.importers.model import (
    ParsedConversation,
    ParsedMessage,
    ProjectRef,
    Skipped,
    epoch,
    text_of,
    unknown_block,
)
from app.services.texts import QT_TRANSLATE_NOOP, Text

SOURCE = "chatgpt"
LABEL = QT_TRANSLATE_NOOP("Import", "ChatGPT export")

_ROLES = {"user": "user", "assistant": "assistant", "system": "system", "tool": "tool", "function": "tool"}
_HIDDEN_TYPES = {"user_editable_context", "model_editable_context"}
_ASSET_ID = re.compile(r"(file[-_][A-Za-z0-9]+)")
#: Fields of a conversation that Parley stores in columns; the rest is kept in metadata.
_CONVERSATION_COLUMNS = {"id", "conversation_id", "title", "create_time", "update_time", "mapping", "current_node"}


class AssetIndex:
    """Finds the file in the export that an ``asset_pointer`` refers to.

    Older exports name files ``file-<id>-<original name>``; since 2026 they are
    ``file-*.dat`` with ``conversation_asset_file_names.json`` mapping them to the names the
    user uploaded.
    """

    def __init__(self, member_names: Iterable[str] = (), name_map: Any = None, archive: str = "") -> None:
        self.archive = archive
        self._members: dict[str, str] = {}
        for name in member_names:
            base = PurePosixPath(name).name
            match = _ASSET_ID.match(base)
            if match:
                self._members.setdefault(match.group(1), name)
        self._names: dict[str, str] = {}
        for key, value in _pairs(name_map):
            for candidate in (key, value):
                match = _ASSET_ID.match(PurePosixPath(candidate).name)
                if match:
                    other = value if candidate is key else key
                    self._names.setdefault(match.group(1), PurePosixPath(other).name)

    def reference(self, pointer: str) -> dict[str, Any]:
        """What Parley stores about an attachment: where it is and what it was called."""
        ref: dict[str, Any] = {"pointer": pointer}
        match = _ASSET_ID.match((pointer or "").split("://", 1)[-1])
        if match:
            asset = match.group(1)
            ref["asset_id"] = asset
            member = self._members.get(asset)
            if member:
                ref["file"] = member
                if self.archive:
                    ref["archive"] = self.archive
            name = self._names.get(asset) or (PurePosixPath(member).name if member else None)
            if name:
                ref["name"] = name
        return ref


def _pairs(name_map: Any) -> Iterable[tuple[str, str]]:
    if isinstance(name_map, dict):
        for key, value in name_map.items():
            if isinstance(value, str):
                yield str(key), value
            elif isinstance(value, dict):
                for inner in value.values():
                    if isinstance(inner, str):
                        yield str(key), inner
    elif isinstance(name_map, list):
        for item in name_map:
            if isinstance(item, dict):
                strings = [v for v in item.values() if isinstance(v, str)]
                if len(strings) >= 2:
                    yield strings[0], strings[1]


def looks_like(record: Any) -> bool:
    return isinstance(record, dict) and "mapping" in record


def parse(record: Any, index: int, assets: AssetIndex) -> ParsedConversation:
    """One ChatGPT conversation record. Raises :class:`Skipped` for records to report and
    pass over, :class:`ImportFailed` for structurally wrong ones."""
    if not isinstance(record, dict):
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "is a %1, not a conversation object").arg(type(record).__name__))
    conv_id = text_of(record.get("conversation_id") or record.get("id"))
    title = text_of(record.get("title")).strip()
    if "mapping" not in record or record.get("mapping") is None:
        raise Skipped(QT_TRANSLATE_NOOP("Import", "has no messages (no \u201c%1\u201d); skipped").arg("mapping"))
    mapping = record["mapping"]
    if not isinstance(mapping, dict):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Import", "its \u201c%1\u201d is a %2, not an object").arg("mapping", type(mapping).__name__)
        )
    if not conv_id:
        raise Skipped(QT_TRANSLATE_NOOP("Import", "has no id; skipped"))
    created = epoch(record.get("create_time"))
    updated = epoch(record.get("update_time"))
    warnings: list[Text] = []
    messages = _messages(mapping, created, assets, warnings)
    if not messages:
        raise Skipped(QT_TRANSLATE_NOOP("Import", "has no messages; skipped"))
    leaf = _active_leaf(mapping, record.get("current_node"), messages, warnings)
    extra = {k: v for k, v in record.items() if k not in _CONVERSATION_COLUMNS and v not in (None, [], {})}
    project = None
    for key in ("gizmo_id", "conversation_template_id"):
        gizmo = record.get(key)
        if isinstance(gizmo, str) and gizmo.startswith("g-p-"):
            project = ProjectRef(SOURCE, gizmo, "ChatGPT Project {n}")
            break
    return ParsedConversation(
        source=SOURCE,
        source_id=conv_id,
        title=title,
        created_at=created,
        updated_at=updated,
        messages=messages,
        active_leaf_source_id=leaf,
        archived=bool(record.get("is_archived")),
        pinned=bool(record.get("is_starred")),
        metadata={"chatgpt": extra} if extra else {},
        project=project,
        warnings=warnings,
    )


def _messages(
    mapping: dict, created: float | None, assets: AssetIndex, warnings: list[Text]
) -> list[ParsedMessage]:
    # Nodes without a message are not stored; their children hang from the nearest
    # ancestor that has one. ``resolved`` remembers that answer for message-less nodes.
    resolved: dict[str, str | None] = {}

    def parent_of(node_id: str) -> str | None:
        parent = mapping[node_id].get("parent")
        chain: list[str] = []
        result: str | None = None
        while isinstance(parent, str):
            if parent in resolved:
                result = resolved[parent]
                break
            node = mapping.get(parent)
            if not isinstance(node, dict):
                break
            if node.get("message"):
                result = parent
                break
            chain.append(parent)
            if len(chain) > len(mapping):  # a cycle of empty nodes
                break
            parent = node.get("parent")
        for empty in chain:
            resolved[empty] = result
        return result

    result: list[ParsedMessage] = []
    previous_time = created
    get_node = mapping.get
    for node_id, node in mapping.items():
        if not isinstance(node, dict):
            raise ImportFailed(
                QT_TRANSLATE_NOOP("Import", "node %1 is a %2, not an object").arg(repr(node_id), type(node).__name__)
            )
        message = node.get("message")
        if not message:
            continue
        if not isinstance(message, dict):
            raise ImportFailed(QT_TRANSLATE_NOOP("Import", "node %1 has a message that is not an object").arg(repr(node_id)))
        node_id = str(node_id)
        parsed = _message(node_id, message, assets, warnings)
        # The common case first: the parent is a node with a message (such a node is
        # never in ``resolved``, which only holds message-less ones).
        parent = node.get("parent")
        parent_node = get_node(parent) if type(parent) is str else None
        if type(parent_node) is dict and parent_node.get("message"):
            parsed.parent_source_id = parent
        else:
            parsed.parent_source_id = parent_of(node_id)
        if parsed.created_at is None:
            parsed.created_at = previous_time
        else:
            previous_time = parsed.created_at
        result.append(parsed)
    return result


def _has_message(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get("message"))


def _message(node_id: str, message: dict, assets: AssetIndex, warnings: list[Text]) -> ParsedMessage:
    get = message.get
    author = get("author")
    if not isinstance(author, dict):
        author = {}
    raw_role = author.get("role")
    if type(raw_role) is not str:
        raw_role = text_of(raw_role)
    raw_role = raw_role or "assistant"
    role = _ROLES.get(raw_role, "assistant")
    meta_in = get("metadata")
    if not isinstance(meta_in, dict):
        meta_in = {}
    content = get("content")
    if not isinstance(content, dict):
        content = {}
    content_type = content.get("content_type")
    if type(content_type) is not str:
        content_type = text_of(content_type)
    content_type = content_type or "text"
    attachments: list[dict] = []
    metadata: dict[str, Any] = {}
    parts = content.get("parts") if content_type == "text" else None
    if type(parts) is list and len(parts) == 1 and type(parts[0]) is str:
        text = parts[0]  # the common case: what _parts_text gives for one string part
    else:
        text = _content_text(content_type, content, assets, attachments, metadata, warnings, node_id)
    uploads = meta_in.get("attachments")
    for upload in uploads or ():
        if not isinstance(upload, dict):
            continue
        details = {k: upload[k] for k in ("name", "size", "mime_type", "mimeType") if k in upload}
        same = [a for a in attachments if upload.get("id") and a.get("asset_id") == upload.get("id")]
        if same:  # the uploaded file behind an image part: one attachment, with its name
            same[0].update(details)
            continue
        ref = assets.reference(text_of(upload.get("id")))
        ref.update(details)
        ref.setdefault("kind", "file")
        attachments.append(ref)
    # Only these top-level keys name the message's model; a "model" anywhere else in the
    # metadata (a tool's output, say) is not it.
    model = meta_in.get("model_slug") or meta_in.get("default_model_slug")
    if model:
        metadata["model"] = text_of(model)
    name = author.get("name")
    if name:
        metadata["author_name"] = text_of(name)
    if raw_role not in _ROLES:
        metadata["source_role"] = raw_role
    recipient = get("recipient")
    if recipient and recipient != "all":
        metadata["recipient"] = text_of(recipient)
    channel = get("channel")
    if channel:
        metadata["channel"] = text_of(channel)
    if content_type != "text":
        metadata["content_type"] = content_type
    if attachments:
        metadata["attachments"] = attachments
    if meta_in:
        metadata["chatgpt"] = meta_in
    status_in = get("status")
    status = "complete"
    if status_in and status_in != "finished_successfully":
        metadata["source_status"] = text_of(status_in)
        if status_in == "in_progress":
            status = "incomplete"
    hidden = (
        content_type in _HIDDEN_TYPES
        or bool(meta_in.get("is_visually_hidden_from_conversation"))
        or bool(meta_in.get("is_user_system_message"))
        or get("weight") == 0
        or (role == "system" and not text.strip())
    )
    if not text and attachments:
        text = "\n".join(f"[{a.get('kind', 'file')}: {a.get('name') or a.get('asset_id') or 'attachment'}]" for a in attachments)
    created = get("create_time")
    if type(created) is not float or not 0.0 < created <= 1e11:
        created = epoch(created)  # the plain case (a float of seconds) is its own value
    return ParsedMessage(node_id, None, role, text, created, hidden, status, metadata)


def _content_text(
    content_type: str,
    content: dict,
    assets: AssetIndex,
    attachments: list[dict],
    metadata: dict,
    warnings: list[Text],
    node_id: str,
) -> str:
    if content_type in ("text", "multimodal_text"):
        return _parts_text(content.get("parts"), assets, attachments)
    if content_type == "code":
        language = text_of(content.get("language"))
        language = "" if language in ("unknown", "") else language
        return f"```{language}\n{text_of(content.get('text'))}\n```"
    if content_type == "execution_output":
        return f"```\n{text_of(content.get('text'))}\n```"
    if content_type == "tether_browsing_display":
        summary = text_of(content.get("summary"))
        result = text_of(content.get("result"))
        return "\n\n".join(part for part in (summary, result) if part)
    if content_type == "tether_quote":
        quoted = "\n".join(f"> {line}" for line in text_of(content.get("text")).splitlines())
        title = text_of(content.get("title")) or text_of(content.get("domain"))
        url = text_of(content.get("url"))
        source = f"[{title or url}]({url})" if url else title
        return f"{quoted}\n\n\u2014 {source}" if source else quoted
    if content_type == "user_editable_context":
        parts = [text_of(content.get("user_profile")), text_of(content.get("user_instructions"))]
        return "\n\n".join(p for p in parts if p)
    if content_type == "model_editable_context":
        return text_of(content.get("model_set_context"))
    if content_type == "thoughts":
        blocks = []
        for thought in content.get("thoughts") or []:
            if isinstance(thought, dict):
                summary = text_of(thought.get("summary"))
                body = text_of(thought.get("content"))
                blocks.append(f"**{summary}**\n\n{body}" if summary else body)
        metadata["reasoning"] = True
        return "\n\n".join(blocks)
    if content_type == "reasoning_recap":
        metadata["reasoning"] = True
        return text_of(content.get("content"))
    if content_type == "system_error":
        name = text_of(content.get("name"))
        return f"**{name}**: {text_of(content.get('text'))}" if name else text_of(content.get("text"))
    if content_type == "sonic_webpage":
        title = text_of(content.get("title"))
        url = text_of(content.get("url"))
        return "\n\n".join(p for p in (f"[{title or url}]({url})" if url else title, text_of(content.get("text"))) if p)
    # Unknown: keep the payload in metadata and show it, never drop it.
    payload = {k: v for k, v in content.items() if k != "content_type"}
    metadata["unknown_content"] = content
    warnings.append(
        QT_TRANSLATE_NOOP("Import", "message %1: unknown content type \u201c%2\u201d kept as it was").arg(node_id, content_type)
    )
    return unknown_block(content_type, payload)


def _parts_text(parts: Any, assets: AssetIndex, attachments: list[dict]) -> str:
    if parts is None:
        return ""
    if not isinstance(parts, list):
        parts = [parts]
    texts: list[str] = []
    for part in parts:
        if isinstance(part, str):
            texts.append(part)
        elif isinstance(part, dict):
            kind = text_of(part.get("content_type"))
            if kind == "audio_transcription":
                texts.append(text_of(part.get("text")))
            elif kind.endswith("asset_pointer"):
                attachments.append(_asset(part, kind, assets))
            elif kind == "real_time_user_audio_video_asset_pointer":
                attachments.append(_asset(part, kind, assets))
            elif "text" in part and isinstance(part.get("text"), str):
                texts.append(part["text"])
            else:
                texts.append(unknown_block(kind or "part", part))
        elif part is not None:
            texts.append(text_of(part))
    return "\n".join(t for t in texts if t)


def _asset(part: dict, kind: str, assets: AssetIndex) -> dict:
    pointer = text_of(part.get("asset_pointer"))
    inner = part.get("audio_asset_pointer") or part.get("video_container_asset_pointer")
    if not pointer and isinstance(inner, dict):
        pointer = text_of(inner.get("asset_pointer"))
    ref = assets.reference(pointer)
    ref["kind"] = "audio" if "audio" in kind else "video" if "video" in kind else "image"
    for key in ("size_bytes", "width", "height", "format"):
        if part.get(key) is not None:
            ref[key] = part[key]
    dalle = (part.get("metadata") or {}).get("dalle") if isinstance(part.get("metadata"), dict) else None
    if isinstance(dalle, dict) and dalle.get("prompt"):
        ref["prompt"] = text_of(dalle.get("prompt"))
    return ref


def _active_leaf(mapping: dict, current: Any, messages: list[ParsedMessage], warnings: list[Text]) -> str | None:
    # A node is stored (is one of ``messages``) exactly when it has a message.
    node_id = current if isinstance(current, str) else None
    steps = 0
    while node_id is not None and steps < 100_000:
        node = mapping.get(node_id)
        if isinstance(node, dict) and node.get("message"):
            return node_id
        node_id = node.get("parent") if isinstance(node, dict) else None
        steps += 1
    if node_id is not None and _has_message(mapping.get(node_id)):
        return node_id
    if current is not None:
        warnings.append(QT_TRANSLATE_NOOP("Import", "its current message is missing; showing the newest branch"))
    newest = max(messages, key=lambda m: m.created_at or 0.0)
    return newest.source_id
