"""Parley's own JSON and JSON Lines exports, read back exactly.

The format is documented in ``docs/parley-json-format.md``. Ids, timestamps, metadata,
tags, flags and every branch are restored as they were written.
"""

from __future__ import annotations

from typing import Any, Iterator

from app.services.importers.errors import ImportFailed
from app.services.importers.model import ParsedConversation, ParsedMessage, ProjectRef, text_of
from app.services.texts import QT_TRANSLATE_NOOP
from app.store.models import ROLES, STATUSES

FORMAT_NAME = "parley"
JSONL_FORMAT_NAME = "parley-jsonl"
#: The newest version this Parley reads (and writes).
FORMAT_VERSION = 1
LABEL = QT_TRANSLATE_NOOP("Import", "Parley export")
JSONL_LABEL = QT_TRANSLATE_NOOP("Import", "Parley JSON Lines export")
#: "message 3f2a…: “content” is not a string" (the key and its JSON type stay as they are).
_NOT_A = QT_TRANSLATE_NOOP("Import", "message %1: \u201c%2\u201d is not a %3")


def check_header(header: dict) -> None:
    version = header.get("version")
    if not isinstance(version, int) or version < 1:
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "is a Parley export without a valid format version"))
    if version > FORMAT_VERSION:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "Import",
                "was written by a newer Parley (format version %1; this one reads up to %2). "
                "Update Parley to import it.",
            ).arg(version, FORMAT_VERSION)
        )


def project_refs(projects: Any) -> dict[str, ProjectRef]:
    """Projects listed in the header, by name."""
    refs: dict[str, ProjectRef] = {}
    if not isinstance(projects, list):
        return refs
    for item in projects:
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            refs[item["name"]] = ProjectRef(
                item.get("source"),
                item.get("source_id"),
                item["name"],
                item.get("system_prompt"),
                by_name=True,
                created_at=item.get("created_at") if isinstance(item.get("created_at"), (int, float)) else None,
            )
    return refs


def _require(record: dict, key: str, kind: type | tuple, message: int | None = None) -> Any:
    """``record[key]`` if it is a ``kind``; ``message`` numbers the message it belongs to."""
    value = record.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float, (int, float)):
        # JSON type names ("string", "number") are technical words: they stay as they are.
        if message is None:
            text = QT_TRANSLATE_NOOP("Import", "the field \u201c%1\u201d is missing or not a %2")
            raise ImportFailed(text.arg(key, _kind_name(kind)))
        text = QT_TRANSLATE_NOOP("Import", "message %1: \u201c%2\u201d is missing or not a %3")
        raise ImportFailed(text.arg(message, key, _kind_name(kind)))
    return value


def _kind_name(kind: type | tuple) -> str:
    if kind == (int, float):
        return "number"
    return {str: "string", list: "list", dict: "object", bool: "true/false"}.get(kind, str(kind))


def _message(item: Any, position: int) -> ParsedMessage:
    if not isinstance(item, dict):
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "message %1 is not an object").arg(position + 1))
    number = position + 1
    mid = _require(item, "id", str, number)
    role = _require(item, "role", str, number)
    if role not in ROLES:
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "message %1 has an unknown role \u201c%2\u201d").arg(mid, role))
    status = item.get("status") or "complete"
    if status not in STATUSES:
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "message %1 has an unknown status \u201c%2\u201d").arg(mid, status))
    metadata = item.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise ImportFailed(_NOT_A.arg(mid, "metadata", "object"))
    parent = item.get("parent_id")
    if parent is not None and not isinstance(parent, str):
        raise ImportFailed(_NOT_A.arg(mid, "parent_id", "string"))
    content = item.get("content", "")
    if not isinstance(content, str):
        raise ImportFailed(_NOT_A.arg(mid, "content", "string"))
    return ParsedMessage(
        source_id=item.get("source_id") if isinstance(item.get("source_id"), str) else None,
        parent_source_id=None,
        role=role,
        content=content,
        created_at=float(_require(item, "created_at", (int, float), number)),
        hidden=bool(item.get("hidden", False)),
        status=status,
        metadata=metadata,
        id=mid,
        parent_id=parent,
    )


def parse(record: Any, index: int, projects: dict[str, ProjectRef]) -> ParsedConversation:
    """One conversation of a Parley JSON export."""
    if not isinstance(record, dict):
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "is a %1, not a conversation object").arg(type(record).__name__))
    cid = _require(record, "id", str)
    raw_messages = _require(record, "messages", list)
    messages = [_message(item, n) for n, item in enumerate(raw_messages)]
    metadata = record.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "\u201c%1\u201d is not an object").arg("metadata"))
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "\u201c%1\u201d is not a list of strings").arg("tags"))
    project_name = record.get("project")
    project = None
    if isinstance(project_name, str) and project_name.strip():
        project = projects.get(project_name) or ProjectRef(None, None, project_name, by_name=True)
    return ParsedConversation(
        source=record.get("source") if isinstance(record.get("source"), str) else None,
        source_id=record.get("source_id") if isinstance(record.get("source_id"), str) else None,
        title=text_of(record.get("title")),
        created_at=float(_require(record, "created_at", (int, float))),
        updated_at=float(_require(record, "updated_at", (int, float))),
        messages=messages,
        archived=bool(record.get("archived", False)),
        pinned=bool(record.get("pinned", False)),
        metadata=metadata,
        project=project,
        tags=tags,
        system_prompt=record.get("system_prompt") if isinstance(record.get("system_prompt"), str) else None,
        draft=record.get("draft") if isinstance(record.get("draft"), str) else "",
        id=cid,
        active_leaf_id=record.get("active_leaf_id") if isinstance(record.get("active_leaf_id"), str) else None,
        preview=record.get("preview") if isinstance(record.get("preview"), str) else None,
    )


def looks_like_jsonl_line(record: Any) -> bool:
    return isinstance(record, dict) and "conversation_id" in record and "role" in record


def group_lines(lines: Iterator[Any]) -> Iterator[tuple[int, ParsedConversation]]:
    """Parley JSON Lines: consecutive lines of one conversation become one conversation."""
    current: dict | None = None
    first_line = 0
    line_no = 0
    for line_no, line in enumerate(lines, start=1):
        if not isinstance(line, dict) or not isinstance(line.get("conversation_id"), str):
            raise ImportFailed(QT_TRANSLATE_NOOP("Import", "line %1 is not a Parley message line").arg(line_no))
        if current is None or line["conversation_id"] != current["id"]:
            if current is not None:
                yield first_line, _from_lines(current)
            current = {"id": line["conversation_id"], "lines": []}
            first_line = line_no
        current["lines"].append(line)
    if current is not None:
        yield first_line, _from_lines(current)


def _from_lines(group: dict) -> ParsedConversation:
    lines = group["lines"]
    messages = [_message(line, n) for n, line in enumerate(lines)]
    first = lines[0]
    active = [m for m, line in zip(messages, lines) if line.get("active")]
    project_name = first.get("project")
    project = ProjectRef(None, None, project_name, by_name=True) if isinstance(project_name, str) and project_name else None
    times = [m.created_at for m in messages if m.created_at is not None]
    return ParsedConversation(
        source=first.get("conversation_source") if isinstance(first.get("conversation_source"), str) else None,
        source_id=first.get("conversation_source_id") if isinstance(first.get("conversation_source_id"), str) else None,
        title=text_of(first.get("conversation_title")),
        created_at=min(times) if times else None,
        updated_at=max(times) if times else None,
        messages=messages,
        project=project,
        id=group["id"],
        active_leaf_id=active[-1].id if active else (messages[-1].id if messages else None),
    )
