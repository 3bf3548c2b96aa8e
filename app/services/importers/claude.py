"""Claude.ai data exports: ``conversations.json`` (in the zip or on its own).

Messages form a tree through ``parent_message_uuid``; the export has no "current leaf", so
the branch shown is chosen by descending, at each fork, into the child whose subtree holds
the newest message. Every branch and orphan is kept. Content blocks become Markdown
(thinking goes to metadata as the message's reasoning, tool calls and results are shown as
such), pasted attachments keep their extracted text in metadata, and uploaded ``files``
become references (the export does not carry their bytes).
"""

from __future__ import annotations

import json
from typing import Any

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
from app.services.texts import QT_TRANSLATE_NOOP, Text, counted

SOURCE = "claude"
LABEL = QT_TRANSLATE_NOOP("Import", "Claude export")

ROOT_PARENT = "00000000-0000-4000-8000-000000000000"
_ROLES = {"human": "user", "user": "user", "assistant": "assistant"}
_CONVERSATION_COLUMNS = {"uuid", "name", "created_at", "updated_at", "chat_messages"}


def looks_like(record: Any) -> bool:
    return isinstance(record, dict) and (
        "chat_messages" in record or ("uuid" in record and "name" in record and "created_at" in record)
    )


def parse(record: Any, index: int, projects: dict[str, str]) -> ParsedConversation:
    """One Claude conversation. ``projects`` maps project uuids to names (projects.json)."""
    if not isinstance(record, dict):
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "is a %1, not a conversation object").arg(type(record).__name__))
    conv_id = text_of(record.get("uuid"))
    if not conv_id:
        raise Skipped(QT_TRANSLATE_NOOP("Import", "has no uuid; skipped"))
    chat = record.get("chat_messages")
    if chat is None:
        chat = []
    if not isinstance(chat, list):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Import", "its \u201c%1\u201d is a %2, not a list").arg("chat_messages", type(chat).__name__)
        )
    if not chat:
        raise Skipped(QT_TRANSLATE_NOOP("Import", "has no messages; skipped"))
    created = epoch(record.get("created_at"))
    updated = epoch(record.get("updated_at"))
    warnings: list[Text] = []
    messages: list[ParsedMessage] = []
    has_tree = any(isinstance(m, dict) and "parent_message_uuid" in m for m in chat)
    previous_id: str | None = None
    previous_time = created
    for position, item in enumerate(chat):
        if not isinstance(item, dict):
            raise ImportFailed(
                QT_TRANSLATE_NOOP("Import", "message %1 is a %2, not an object").arg(position + 1, type(item).__name__)
            )
        parsed = _message(item, position, warnings)
        if has_tree:
            parent = text_of(item.get("parent_message_uuid")) or None
            parsed.parent_source_id = None if parent == ROOT_PARENT else parent
        else:  # older exports: a plain list in order
            parsed.parent_source_id = previous_id
        if parsed.created_at is None:
            parsed.created_at = previous_time
        else:
            previous_time = parsed.created_at
        previous_id = parsed.source_id
        messages.append(parsed)
    known = {m.source_id for m in messages}
    orphans = [m for m in messages if m.parent_source_id and m.parent_source_id not in known]
    for orphan in orphans:
        orphan.metadata["orphan_of"] = orphan.parent_source_id
        orphan.parent_source_id = None
    if orphans:
        warnings.append(
            counted(
                len(orphans),
                QT_TRANSLATE_NOOP("Import", "%1 message whose parent is missing was kept as a separate branch"),
                QT_TRANSLATE_NOOP("Import", "%1 messages whose parent is missing were kept as separate branches"),
            )
        )
    extra = {k: v for k, v in record.items() if k not in _CONVERSATION_COLUMNS and v not in (None, "", [], {})}
    project = None
    project_id = record.get("project_uuid") or (
        record["project"].get("uuid") if isinstance(record.get("project"), dict) else None
    )
    if isinstance(project_id, str) and project_id:
        name = projects.get(project_id) or (
            text_of(record["project"].get("name")) if isinstance(record.get("project"), dict) else ""
        )
        project = ProjectRef(SOURCE, project_id, name or "Claude Project {n}")
    return ParsedConversation(
        source=SOURCE,
        source_id=conv_id,
        title=text_of(record.get("name")).strip(),
        created_at=created,
        updated_at=updated,
        messages=messages,
        active_leaf_source_id=newest_branch_leaf(messages),
        metadata={"claude": extra} if extra else {},
        project=project,
        warnings=warnings,
    )


def newest_branch_leaf(messages: list[ParsedMessage]) -> str | None:
    """The leaf reached by taking, at each fork, the child whose subtree has the newest message."""
    if not messages:
        return None
    children: dict[str | None, list[ParsedMessage]] = {}
    for message in messages:
        children.setdefault(message.parent_source_id, []).append(message)
    # Newest time in each subtree, computed bottom-up without recursion.
    newest: dict[str, float] = {}
    order: list[ParsedMessage] = []
    stack = list(children.get(None, []))
    seen: set[str] = set()
    while stack:
        node = stack.pop()
        if node.source_id in seen:
            continue
        seen.add(node.source_id)
        order.append(node)
        stack.extend(children.get(node.source_id, []))
    for node in reversed(order):
        best = node.created_at or 0.0
        for child in children.get(node.source_id, []):
            best = max(best, newest.get(child.source_id, 0.0))
        newest[node.source_id] = best

    def pick(options: list[ParsedMessage]) -> ParsedMessage:
        return max(options, key=lambda m: (newest.get(m.source_id, 0.0), m.created_at or 0.0))

    roots = children.get(None, [])
    # An orphan (its parent is not in the export) starts the view only if nothing else can.
    rooted = [m for m in roots if "orphan_of" not in m.metadata] or roots
    current = pick(rooted) if rooted else messages[-1]
    steps = 0
    while children.get(current.source_id) and steps <= len(messages):
        current = pick(children[current.source_id])
        steps += 1
    return current.source_id


def _message(item: dict, position: int, warnings: list[Text]) -> ParsedMessage:
    source_id = text_of(item.get("uuid")) or f"#{position}"
    sender = text_of(item.get("sender"))
    role = _ROLES.get(sender, "assistant")
    metadata: dict[str, Any] = {}
    if sender not in _ROLES:
        metadata["source_role"] = sender
    blocks = item.get("content")
    text = ""
    if isinstance(blocks, list) and blocks:
        text = _blocks_text(blocks, metadata, warnings, source_id)
    if not text.strip():
        text = text_of(item.get("text"))
    attachments = []
    for attachment in item.get("attachments") or []:
        if isinstance(attachment, dict):
            attachments.append(
                {
                    "kind": "text",
                    "name": text_of(attachment.get("file_name")),
                    "size": attachment.get("file_size"),
                    "type": text_of(attachment.get("file_type")),
                    "text": text_of(attachment.get("extracted_content")),
                }
            )
    for upload in item.get("files") or item.get("files_v2") or []:
        if isinstance(upload, dict):
            ref = {"kind": "file", "name": text_of(upload.get("file_name"))}
            for key in ("file_uuid", "file_kind", "created_at"):
                if upload.get(key):
                    ref[key] = upload[key]
            attachments.append(ref)
    if attachments:
        metadata["attachments"] = attachments
    if not text and attachments:
        text = "\n".join(f"[{a['kind']}: {a.get('name') or 'attachment'}]" for a in attachments)
    for key in ("stop_reason", "truncated", "input_mode", "index"):
        if item.get(key) not in (None, "", False):
            metadata.setdefault("claude", {})[key] = item[key]
    status = "incomplete" if item.get("truncated") else "complete"
    return ParsedMessage(
        source_id=source_id,
        parent_source_id=None,
        role=role,
        content=text,
        created_at=epoch(item.get("created_at")),
        status=status,
        metadata=metadata,
    )


def _blocks_text(blocks: list, metadata: dict, warnings: list[Text], message_id: str) -> str:
    texts: list[str] = []
    reasoning: list[str] = []
    tool_calls: list[dict] = []
    for block in blocks:
        if not isinstance(block, dict):
            texts.append(text_of(block))
            continue
        kind = text_of(block.get("type"))
        if kind == "text":
            texts.append(text_of(block.get("text")))
            if block.get("citations"):
                metadata.setdefault("citations", []).extend(block["citations"])
        elif kind == "thinking":
            thought = text_of(block.get("thinking"))
            if thought:
                reasoning.append(thought)
        elif kind == "tool_use":
            call = {"id": block.get("id"), "name": text_of(block.get("name")), "input": block.get("input")}
            tool_calls.append(call)
            body = json.dumps(block.get("input"), ensure_ascii=False, indent=2, default=str)
            texts.append(f"**Tool call: {call['name']}**\n\n```json\n{body}\n```")
        elif kind == "tool_result":
            texts.append(_tool_result(block))
        elif kind == "token_budget":
            continue
        elif kind == "image":
            metadata.setdefault("attachments", []).append({"kind": "image", "source": block.get("source")})
        else:
            metadata.setdefault("unknown_blocks", []).append(block)
            warnings.append(
                QT_TRANSLATE_NOOP("Import", "message %1: unknown block \u201c%2\u201d kept as it was").arg(message_id, kind)
            )
            texts.append(unknown_block(kind or "block", block))
    if reasoning:
        metadata["reasoning"] = "\n\n".join(reasoning)
    if tool_calls:
        metadata["tool_calls"] = tool_calls
    return "\n\n".join(t for t in texts if t)


def _tool_result(block: dict) -> str:
    content = block.get("content")
    if isinstance(content, list):
        pieces = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text":
                pieces.append(text_of(part.get("text")))
            elif isinstance(part, dict) and part.get("title"):
                url = text_of(part.get("url"))
                pieces.append(f"- [{text_of(part.get('title'))}]({url})" if url else f"- {text_of(part.get('title'))}")
            else:
                pieces.append(text_of(part))
        body = "\n".join(pieces)
    else:
        body = text_of(content) or text_of(block.get("display_content"))
    label = "Tool error" if block.get("is_error") else "Tool result"
    name = text_of(block.get("name"))
    heading = f"**{label}{': ' + name if name else ''}**"
    return f"{heading}\n\n{body}" if body else heading
