"""Small pieces every export format shares: labels, dates, attachments."""

from __future__ import annotations

import time
from functools import lru_cache

from app.services.exporters.data import ExportConversation, ExportMessage

ROLE_LABELS = {"user": "User", "assistant": "Assistant", "system": "System", "tool": "Tool"}


@lru_cache(maxsize=65536)
def _minute(minute: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(minute * 60))


def local_time(epoch: float) -> str:
    """"2026-11-22 14:30" in the computer's time zone (cached per minute: exports are long)."""
    return _minute(int(epoch // 60))


def local_date(epoch: float) -> str:
    return local_time(epoch)[:10]


def utc_offset() -> str:
    """The local zone as "+01:00", said once per document so local times are unambiguous."""
    offset = time.strftime("%z")
    return f"{offset[:3]}:{offset[3:]}" if len(offset) == 5 else offset


def role_heading(message: ExportMessage) -> str:
    """"Assistant (gpt-4o)", "Tool (python)"."""
    label = ROLE_LABELS.get(message.role, message.role.title())
    detail = message.model
    if not detail and message.role == "tool" and '"author_name"' in message.metadata_json:
        detail = str(message.metadata.get("author_name") or "")
    return f"{label} ({detail})" if detail else label


def attachment_lines(message: ExportMessage) -> list[str]:
    """One readable line per attachment reference: "image: chart.png (file-abc.dat)"."""
    if '"attachments"' not in message.metadata_json:
        return []
    lines = []
    for item in message.metadata.get("attachments") or []:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("kind") or "file")
        name = str(item.get("name") or item.get("asset_id") or item.get("pointer") or "attachment")
        where = item.get("file")
        lines.append(f"{kind}: {name}" + (f" ({where})" if where and where != name else ""))
    return lines


def reasoning_text(message: ExportMessage) -> str:
    if '"reasoning"' not in message.metadata_json:
        return ""
    value = message.metadata.get("reasoning")
    return value if isinstance(value, str) else ""


def header_facts(conv: ExportConversation) -> list[tuple[str, str]]:
    """The facts a transcript starts with, as (label, value)."""
    facts = [
        ("Created", f"{local_time(conv.created_at)} (UTC{utc_offset()})"),
        ("Updated", local_time(conv.updated_at)),
        ("Project", conv.project),
    ]
    models = conv.models()
    if models:
        facts.append(("Model" if len(models) == 1 else "Models", ", ".join(models)))
    if conv.tags:
        facts.append(("Tags", ", ".join(conv.tags)))
    flags = [name for name, on in (("pinned", conv.pinned), ("archived", conv.archived)) if on]
    if flags:
        facts.append(("Status", ", ".join(flags)))
    facts.append(("Messages", f"{conv.message_count:,}"))
    facts.append(("Conversation id", conv.id))
    return facts
