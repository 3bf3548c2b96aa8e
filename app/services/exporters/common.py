"""Small pieces every export format shares: the words it writes, dates, attachments."""

from __future__ import annotations

import time
from functools import lru_cache

from app.services.exporters.data import ExportConversation, ExportMessage
from app.services.texts import ENGLISH, QT_TRANSLATE_NOOP, Localizer

#: A reader sees these in the exported files; contexts say so to translators.
_ROLES = {
    "user": QT_TRANSLATE_NOOP("ExportedFile", "User"),
    "assistant": QT_TRANSLATE_NOOP("ExportedFile", "Assistant"),
    "system": QT_TRANSLATE_NOOP("ExportedFile", "System"),
    "tool": QT_TRANSLATE_NOOP("ExportedFile", "Tool"),
}
_ATTACHMENT_KINDS = {
    "file": QT_TRANSLATE_NOOP("ExportedFile", "file"),
    "image": QT_TRANSLATE_NOOP("ExportedFile", "image"),
    "audio": QT_TRANSLATE_NOOP("ExportedFile", "audio"),
    "video": QT_TRANSLATE_NOOP("ExportedFile", "video"),
    "text": QT_TRANSLATE_NOOP("ExportedFile", "text"),
}


class ExportWords:
    """Every word an export writes into its files, in one language, rendered once per
    export (not per message: a long export writes a million role headings).

    Built from a :class:`~app.services.texts.Localizer`: the window passes the user's
    language, the command line writes English.
    """

    def __init__(self, localizer: Localizer = ENGLISH) -> None:
        say = self.say = localizer.render
        self.number = localizer.number
        self.roles = {role: say(label) for role, label in _ROLES.items()}
        self.attachment_kinds = {kind: say(label) for kind, label in _ATTACHMENT_KINDS.items()}
        self.attachment = say(QT_TRANSLATE_NOOP("ExportedFile", "attachment"))
        self.untitled = say(QT_TRANSLATE_NOOP("ExportedFile", "Untitled conversation"))
        #: The file name of an untitled conversation in a folder or zip export.
        self.untitled_file = say(QT_TRANSLATE_NOOP("ExportedFile", "Untitled"))
        self.default_title = say(QT_TRANSLATE_NOOP("ExportedFile", "Parley export"))
        self.system_prompt = say(QT_TRANSLATE_NOOP("ExportedFile", "System prompt:"))
        self.thinking = say(QT_TRANSLATE_NOOP("ExportedFile", "Thinking:"))
        self.attachments = say(QT_TRANSLATE_NOOP("ExportedFile", "Attachments:"))
        self.no_conversations = say(QT_TRANSLATE_NOOP("ExportedFile", "No conversations"))
        self.created = say(QT_TRANSLATE_NOOP("ExportedFile", "Created"))
        self.updated = say(QT_TRANSLATE_NOOP("ExportedFile", "Updated"))
        self.project = say(QT_TRANSLATE_NOOP("ExportedFile", "Project"))
        self.model = say(QT_TRANSLATE_NOOP("ExportedFile", "Model"))
        self.models = say(QT_TRANSLATE_NOOP("ExportedFile", "Models"))
        self.tags = say(QT_TRANSLATE_NOOP("ExportedFile", "Tags"))
        self.status = say(QT_TRANSLATE_NOOP("ExportedFile", "Status"))
        self.pinned = say(QT_TRANSLATE_NOOP("ExportedFile", "pinned"))
        self.archived = say(QT_TRANSLATE_NOOP("ExportedFile", "archived"))
        self.messages = say(QT_TRANSLATE_NOOP("ExportedFile", "Messages"))
        self.conversation_id = say(QT_TRANSLATE_NOOP("ExportedFile", "Conversation id"))
        self.date = say(QT_TRANSLATE_NOOP("ExportedFile", "Date"))
        self.conversation = say(QT_TRANSLATE_NOOP("ExportedFile", "Conversation"))

    def title(self, conv_title: str) -> str:
        return conv_title or self.untitled


#: English, for callers that do not choose (the command line, tests).
ENGLISH_WORDS = ExportWords()


@lru_cache(maxsize=65536)
def _minute(minute: int) -> str:
    """The local time of this UTC minute as "2026-11-22 14:30"."""
    offset = _hour_offset(minute // 60)
    if offset is None:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(minute * 60))
    # What localtime() + strftime() would say, from the offset: a tenth of the cost.
    day, second = divmod(minute * 60 + offset, 86400)
    return _utc_day(day) + _CLOCK[second // 60]


#: "00:00" ... "23:59", by minute of the day.
_CLOCK = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(1440))


@lru_cache(maxsize=8192)
def _hour_offset(hour: int) -> int | None:
    """The zone's offset from UTC in seconds throughout this UTC hour, or None when it
    changes within the hour (a daylight-saving change) or is not whole minutes."""
    start = time.localtime(hour * 3600).tm_gmtoff
    if start is None or start % 60 or time.localtime(hour * 3600 + 3599).tm_gmtoff != start:
        return None
    return start


@lru_cache(maxsize=8192)
def _utc_day(day: int) -> str:
    return time.strftime("%Y-%m-%d ", time.gmtime(day * 86400))


def forget_local_times() -> None:
    """Forget cached local times (after the time zone changed)."""
    for cache in (_minute, _hour_offset, _utc_day):
        cache.cache_clear()


def local_time(epoch: float) -> str:
    """"2026-11-22 14:30" in the computer's time zone (cached per minute: exports are long)."""
    return _minute(int(epoch // 60))


def local_date(epoch: float) -> str:
    return local_time(epoch)[:10]


def utc_offset() -> str:
    """The local zone as "+01:00", said once per document so local times are unambiguous."""
    offset = time.strftime("%z")
    return f"{offset[:3]}:{offset[3:]}" if len(offset) == 5 else offset


def role_heading(message: ExportMessage, words: ExportWords = ENGLISH_WORDS) -> str:
    """"Assistant (gpt-4o)", "Tool (python)"."""
    label = words.roles.get(message.role) or message.role.title()
    detail = message.model
    if not detail and message.role == "tool" and '"author_name"' in message.metadata_json:
        detail = str(message.metadata.get("author_name") or "")
    return f"{label} ({detail})" if detail else label


def attachment_lines(message: ExportMessage, words: ExportWords = ENGLISH_WORDS) -> list[str]:
    """One readable line per attachment reference: "image: chart.png (file-abc.dat)"."""
    if '"attachments"' not in message.metadata_json:
        return []
    lines = []
    for item in message.metadata.get("attachments") or []:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("kind") or "file")
        kind = words.attachment_kinds.get(kind, kind)
        name = str(item.get("name") or item.get("asset_id") or item.get("pointer") or words.attachment)
        where = item.get("file")
        lines.append(f"{kind}: {name}" + (f" ({where})" if where and where != name else ""))
    return lines


def reasoning_text(message: ExportMessage) -> str:
    if '"reasoning"' not in message.metadata_json:
        return ""
    value = message.metadata.get("reasoning")
    return value if isinstance(value, str) else ""


def header_facts(
    conv: ExportConversation, words: ExportWords = ENGLISH_WORDS, models: list[str] | None = None
) -> list[tuple[str, str]]:
    """The facts a transcript starts with, as (label, value); ``models`` as
    :meth:`ExportConversation.models` says, when the caller already has them."""
    facts = [
        (words.created, f"{local_time(conv.created_at)} (UTC{utc_offset()})"),
        (words.updated, local_time(conv.updated_at)),
        (words.project, conv.project),
    ]
    if models is None:
        models = conv.models()
    if models:
        facts.append((words.model if len(models) == 1 else words.models, ", ".join(models)))
    if conv.tags:
        facts.append((words.tags, ", ".join(conv.tags)))
    flags = [name for name, on in ((words.pinned, conv.pinned), (words.archived, conv.archived)) if on]
    if flags:
        facts.append((words.status, ", ".join(flags)))
    facts.append((words.messages, words.number(conv.message_count)))
    facts.append((words.conversation_id, conv.id))
    return facts
