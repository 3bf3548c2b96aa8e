"""Markdown transcripts: title, dates, model, roles as headings, code fences as written."""

from __future__ import annotations

from typing import BinaryIO

from app.services.exporters.common import (
    ENGLISH_WORDS,
    _minute,
    attachment_lines,
    header_facts,
    reasoning_text,
    role_heading,
)
from app.services.exporters.data import ExportConversation

#: Local times kept per export ("2026-11-22 14:30" by epoch minute), at most this many.
_TIMES_KEPT = 65_536


class MarkdownFormat:
    name = "md"
    label = "Markdown"
    extension = ".md"
    all_messages = False
    binary = False
    #: Written as UTF-8 bytes to a binary stream; the content of each message is read as
    #: bytes and copied as it is (``iter_conversations(reading="markdown")``).
    encoded = True
    reading = "markdown"

    def begin(self, out: BinaryIO, info: dict) -> None:
        self._first = True
        self._words = info.get("words", ENGLISH_WORDS)
        #: "\n## Assistant (gpt-4o) · " by (role, model): a long export repeats a few.
        self._headings: dict[tuple[str, str], bytes] = {}
        self._times: dict[int, bytes] = {}

    def conversation(self, out: BinaryIO, conv: ExportConversation) -> None:
        """Write one conversation in one piece: a million messages are a million small
        strings, cheaper joined than written one by one."""
        words = self._words
        head = [] if self._first else ["\n\n---\n\n"]
        self._first = False
        head.append(f"# {words.title(conv.title)}\n\n")
        models = conv.message_models()
        for label, value in header_facts(conv, words, list(dict.fromkeys(models.values()))):
            head.append(f"- **{label}:** {value}\n")
        if conv.system_prompt:
            head.append(f"\n> **{words.system_prompt}** " + conv.system_prompt.replace("\n", "\n> ") + "\n")
        parts = ["".join(head).encode("utf-8")]
        append = parts.append
        headings = self._headings
        times = self._times
        for message in conv.active_branch():
            _, mid, _, role, content, created_at, _, _, _, metadata_json = message
            model = models.get(mid, "")
            heading = headings.get((role, model))
            if heading is None:
                heading = f"\n## {role_heading(message, words)} \u00b7 ".encode("utf-8")
                if role != "tool" or model:  # else the tool's name is this message's own
                    headings[role, model] = heading
            append(heading)
            minute = int(created_at // 60)
            when = times.get(minute)
            if when is None:
                if len(times) >= _TIMES_KEPT:
                    times.clear()
                when = times[minute] = (_minute(minute) + "\n\n").encode("utf-8")
            append(when)
            if '"reasoning"' in metadata_json:
                reasoning = reasoning_text(message)
                if reasoning:
                    quoted = reasoning.replace("\n", "\n> ")
                    append(f"> **{words.thinking}** {quoted}\n\n".encode("utf-8"))
            append(content)
            if not content.endswith(b"\n"):
                append(b"\n")
            if '"attachments"' in metadata_json:
                attachments = attachment_lines(message, words)
                if attachments:
                    lines = "".join(f"- {line}\n" for line in attachments)
                    append(f"\n**{words.attachments}**\n\n{lines}".encode("utf-8"))
        out.write(b"".join(parts))

    def end(self, out: BinaryIO) -> None:
        pass
