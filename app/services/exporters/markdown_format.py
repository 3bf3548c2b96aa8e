"""Markdown transcripts: title, dates, model, roles as headings, code fences as written."""

from __future__ import annotations

from typing import TextIO

from app.services.exporters.common import (
    ENGLISH_WORDS,
    _minute,
    attachment_lines,
    header_facts,
    reasoning_text,
    role_heading,
)
from app.services.exporters.data import ExportConversation


class MarkdownFormat:
    name = "md"
    label = "Markdown"
    extension = ".md"
    all_messages = False
    binary = False

    def begin(self, out: TextIO, info: dict) -> None:
        self._first = True
        self._words = info.get("words", ENGLISH_WORDS)
        #: "\n## Assistant (gpt-4o) · " by (role, model): a long export repeats a few.
        self._headings: dict[tuple[str, str], str] = {}

    def conversation(self, out: TextIO, conv: ExportConversation) -> None:
        """Write one conversation in one piece: a million messages are a million small
        strings, cheaper joined than written one by one."""
        words = self._words
        parts = [] if self._first else ["\n\n---\n\n"]
        self._first = False
        append = parts.append
        append(f"# {words.title(conv.title)}\n\n")
        models = conv.message_models()
        for label, value in header_facts(conv, words, list(dict.fromkeys(models.values()))):
            append(f"- **{label}:** {value}\n")
        if conv.system_prompt:
            append(f"\n> **{words.system_prompt}** " + conv.system_prompt.replace("\n", "\n> ") + "\n")
        headings = self._headings
        minute = _minute
        for message in conv.active_branch():
            _, mid, _, role, content, created_at, _, _, _, metadata_json = message
            model = models.get(mid, "")
            heading = headings.get((role, model))
            if heading is None:
                heading = headings[role, model] = f"\n## {role_heading(message, words)} \u00b7 "
                if role == "tool" and not model:
                    # The tool's name comes from this message's metadata: not shared.
                    del headings[role, model]
            append(heading)
            append(minute(int(created_at // 60)))
            append("\n\n")
            if '"reasoning"' in metadata_json:
                reasoning = reasoning_text(message)
                if reasoning:
                    append(f"> **{words.thinking}** " + reasoning.replace("\n", "\n> ") + "\n\n")
            append(content)
            if not content.endswith("\n"):
                append("\n")
            if '"attachments"' in metadata_json:
                attachments = attachment_lines(message, words)
                if attachments:
                    append(f"\n**{words.attachments}**\n\n")
                    for line in attachments:
                        append(f"- {line}\n")
        out.write("".join(parts))

    def end(self, out: TextIO) -> None:
        pass
