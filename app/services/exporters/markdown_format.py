"""Markdown transcripts: title, dates, model, roles as headings, code fences as written."""

from __future__ import annotations

from typing import TextIO

from app.services.exporters.common import (
    ENGLISH_WORDS,
    attachment_lines,
    header_facts,
    local_time,
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

    def conversation(self, out: TextIO, conv: ExportConversation) -> None:
        if not self._first:
            out.write("\n\n---\n\n")
        self._first = False
        write = out.write
        words = self._words
        write(f"# {words.title(conv.title)}\n\n")
        for label, value in header_facts(conv, words):
            write(f"- **{label}:** {value}\n")
        if conv.system_prompt:
            write(f"\n> **{words.system_prompt}** " + conv.system_prompt.replace("\n", "\n> ") + "\n")
        for message in conv.active_branch():
            write(f"\n## {role_heading(message, words)} \u00b7 {local_time(message.created_at)}\n\n")
            reasoning = reasoning_text(message)
            if reasoning:
                write(f"> **{words.thinking}** " + reasoning.replace("\n", "\n> ") + "\n\n")
            content = message.content
            write(content)
            if not content.endswith("\n"):
                write("\n")
            attachments = attachment_lines(message, words)
            if attachments:
                write(f"\n**{words.attachments}**\n\n")
                for line in attachments:
                    write(f"- {line}\n")

    def end(self, out: TextIO) -> None:
        pass
