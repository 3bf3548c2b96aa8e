"""Recognising an export by its content, never by its file name.

Only the start of each file is read: the first record of a JSON array, the first key of an
object, the first line of JSON Lines. Inside a zip or an unpacked folder, the conversation
files (``conversations.json``, ``conversations-NNN.json``) are found by name, but what they
are is still decided by what they hold.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from app.services.importers import chatgpt, claude, legacy, parley_format
from app.services.importers.errors import ImportFailed, UnknownFormat
from app.services.importers.jsonstream import JsonStream, JsonStreamError
from app.services.importers.sources import Document, Source
from app.services.texts import QT_TRANSLATE_NOOP, Message

#: Sniffing reads at most one record; one larger than this is not worth guessing about.
SNIFF_RECORD_CHARS = 256 * 1024 * 1024
#: Records of an array looked at before giving up on recognising it.
_SNIFF_RECORDS = 5

CHATGPT = "chatgpt"
CLAUDE = "claude"
PARLEY = "parley"
PARLEY_JSONL = "parley-jsonl"
LEGACY = "legacy"

LABELS = {
    CHATGPT: chatgpt.LABEL,
    CLAUDE: claude.LABEL,
    PARLEY: parley_format.LABEL,
    PARLEY_JSONL: parley_format.JSONL_LABEL,
    LEGACY: legacy.LABEL,
}

_CONVERSATIONS_FILE = re.compile(r"^conversations(?:[-_](\d+))?\.json$", re.IGNORECASE)


@dataclass(frozen=True)
class Sniffed:
    """What one document holds. ``layout``: "array", "object" (one record), "lines"."""

    format: str
    layout: str


@dataclass
class Plan:
    """What to read from a source, in order, and how."""

    source: Source
    format: str
    items: list[tuple[Document, Sniffed]]
    assets: chatgpt.AssetIndex = field(default_factory=chatgpt.AssetIndex)
    claude_projects: dict[str, str] = field(default_factory=dict)
    #: Filled from a Parley export's header while it is read.
    parley_projects: dict = field(default_factory=dict)

    @property
    def label(self) -> Message:
        return LABELS[self.format]

    @property
    def total_size(self) -> int:
        return sum(doc.size for doc, _ in self.items)


def _classify(record: Any) -> str | None:
    if chatgpt.looks_like(record):
        return CHATGPT
    if claude.looks_like(record):
        return CLAUDE
    if parley_format.looks_like_jsonl_line(record):
        return PARLEY_JSONL
    if legacy.looks_like_message(record):
        return LEGACY
    return None


def sniff(doc: Document) -> Sniffed | None:
    """What ``doc`` holds, or None if it is not a format Parley reads (or is empty)."""
    try:
        with doc.open() as raw:
            stream = JsonStream(raw, max_record_chars=SNIFF_RECORD_CHARS)
            first = stream.peek()
            if first == "[":
                stream.expect("[")
                if stream.peek() in ("]", ""):
                    return None
                # A corrupt first record (no "mapping") must not hide a good export: look
                # at a few records before deciding.
                for _attempt in range(_SNIFF_RECORDS):
                    kind = _classify(stream.read_value())
                    if kind is not None:
                        return Sniffed(kind, "array") if kind != PARLEY_JSONL else None
                    if stream.peek() != ",":
                        return None
                    stream.expect(",")
                return None
            if first != "{":
                return None
            for key in stream.iter_object():
                if key == "format":
                    value = stream.read_value()
                    return Sniffed(PARLEY, "object") if value == parley_format.FORMAT_NAME else None
                if key == legacy.STORAGE_KEY:
                    return Sniffed(LEGACY, "object")
                break
        with doc.open() as raw:
            stream = JsonStream(raw, max_record_chars=SNIFF_RECORD_CHARS)
            record = stream.read_value()
            following = stream.peek()
            kind = _classify(record)
            if kind is None:
                return None
            if following == "{":
                return Sniffed(kind, "lines") if kind != LEGACY else None
            if following == "" and kind in (CHATGPT, CLAUDE):
                return Sniffed(kind, "object")
            if following == "" and kind == PARLEY_JSONL:
                return Sniffed(kind, "lines")
            return None
    except JsonStreamError as exc:
        if "truncated" in str(exc):
            # It is JSON, cut short before its first record ended: say so, not "unknown".
            text = QT_TRANSLATE_NOOP("Import", "%1; the file may be incomplete (download the export again)")
            raise ImportFailed(text.arg(exc.text), file=doc.label) from exc
        return None
    except ImportFailed:
        raise
    except OSError as exc:
        raise ImportFailed(QT_TRANSLATE_NOOP("Import", "cannot be read (%1)").arg(str(exc)), file=doc.label) from exc


def _conversation_files(source: Source) -> list[Document]:
    found = []
    for doc in source.documents:
        match = _CONVERSATIONS_FILE.match(PurePosixPath(doc.name).name)
        if match:
            found.append((int(match.group(1) or -1), doc.name, doc))
    return [doc for _, _, doc in sorted(found)]


def _small_json(doc: Document | None, limit: int = 64 * 1024 * 1024) -> Any:
    if doc is None or doc.size > limit:
        return None
    try:
        with doc.open() as handle:
            return json.loads(handle.read().decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return None


def make_plan(source: Source) -> Plan:
    """Decide what ``source`` is. Raises :class:`UnknownFormat` if nothing in it is."""
    if source.kind == "file":
        doc = source.documents[0]
        sniffed = sniff(doc)
        if sniffed is None:
            raise UnknownFormat(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "is not a chat export Parley recognises (ChatGPT, Claude, Parley JSON or "
                    "JSON Lines, or the browser chat history)",
                ),
                file=doc.label,
            )
        plan = Plan(source, sniffed.format, [(doc, sniffed)])
        if sniffed.format == CHATGPT:
            _attach_chatgpt_assets(plan, sibling_names=_siblings(source))
        elif sniffed.format == CLAUDE:
            plan.claude_projects = _claude_projects_file(source.path.parent / "projects.json")
        return plan

    conversation_docs = _conversation_files(source)
    for doc in conversation_docs:
        sniffed = sniff(doc)
        if sniffed and sniffed.format in (CHATGPT, CLAUDE):
            items = [(doc, sniffed)]
            for other in conversation_docs:
                if other is doc:
                    continue
                other_sniffed = sniff(other)
                if other_sniffed and other_sniffed.format == sniffed.format:
                    items.append((other, other_sniffed))
            items.sort(key=lambda pair: conversation_docs.index(pair[0]))
            plan = Plan(source, sniffed.format, items)
            if sniffed.format == CHATGPT:
                _attach_chatgpt_assets(plan)
            else:
                plan.claude_projects = _claude_projects(source)
            return plan

    items = []
    for doc in source.documents:
        if PurePosixPath(doc.name).suffix.lower() not in (".json", ".jsonl", ".ndjson"):
            continue
        sniffed = sniff(doc)
        if sniffed is not None:
            items.append((doc, sniffed))
    if not items:
        if conversation_docs:
            text = QT_TRANSLATE_NOOP("Import", "holds no conversations (its conversation files are empty)")
            raise UnknownFormat(text, file=str(source.path))
        raise UnknownFormat(QT_TRANSLATE_NOOP("Import", "holds no chat export Parley recognises"), file=str(source.path))
    formats = {sniffed.format for _, sniffed in items}
    main = PARLEY if PARLEY in formats else sorted(formats)[0]
    return Plan(source, main, items)


def _siblings(source: Source) -> list[str]:
    folder = source.path.parent
    try:
        return [p.name for p in folder.iterdir() if p.name.startswith("file")]
    except OSError:
        return []


def _attach_chatgpt_assets(plan: Plan, sibling_names: list[str] | None = None) -> None:
    source = plan.source
    if sibling_names is not None:
        name_map_path = source.path.parent / "conversation_asset_file_names.json"
        name_map = None
        if name_map_path.is_file() and name_map_path.stat().st_size < 64 * 1024 * 1024:
            try:
                name_map = json.loads(name_map_path.read_text(encoding="utf-8-sig"))
            except (ValueError, OSError):
                name_map = None
        plan.assets = chatgpt.AssetIndex(sibling_names, name_map, archive=str(source.path.parent))
        return
    name_map = _small_json(source.find("conversation_asset_file_names.json"))
    plan.assets = chatgpt.AssetIndex(source.member_names(), name_map, archive=str(source.path))


def _claude_projects(source: Source) -> dict[str, str]:
    return _project_names(_small_json(source.find("projects.json")))


def _project_names(projects: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    if isinstance(projects, list):
        for item in projects:
            if isinstance(item, dict) and isinstance(item.get("uuid"), str) and isinstance(item.get("name"), str):
                names[item["uuid"]] = item["name"]
    return names


def _claude_projects_file(path) -> dict[str, str]:
    """projects.json beside a loose Claude conversations.json, if the user kept it."""
    try:
        if not path.is_file() or path.stat().st_size > 64 * 1024 * 1024:
            return {}
        projects = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return _project_names(projects)
