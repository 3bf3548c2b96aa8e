"""Plain text transcripts, for anything that reads text."""

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


class TextFormat:
    name = "txt"
    label = "Plain text"
    extension = ".txt"
    all_messages = False
    binary = False

    def begin(self, out: TextIO, info: dict) -> None:
        self._first = True
        self._words = info.get("words", ENGLISH_WORDS)

    def conversation(self, out: TextIO, conv: ExportConversation) -> None:
        write = out.write
        if not self._first:
            write("\n\n" + "=" * 72 + "\n\n")
        self._first = False
        words = self._words
        title = words.title(conv.title)
        write(f"{title}\n{'=' * min(len(title), 72)}\n\n")
        for label, value in header_facts(conv, words):
            write(f"{label}: {value}\n")
        if conv.system_prompt:
            write(f"{words.system_prompt} {conv.system_prompt}\n")
        for message in conv.active_branch():
            write(f"\n[{role_heading(message, words)}] {local_time(message.created_at)}\n")
            reasoning = reasoning_text(message)
            if reasoning:
                write(f"{words.thinking} {reasoning}\n\n")
            content = message.content
            write(content)
            if not content.endswith("\n"):
                write("\n")
            for line in attachment_lines(message, words):
                write(f"  {words.attachment}: {line}\n")

    def end(self, out: TextIO) -> None:
        pass
