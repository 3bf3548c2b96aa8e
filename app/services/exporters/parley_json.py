"""Parley JSON (documented in docs/parley-json-format.md) and JSON Lines, streamed.

Nothing is built in memory beyond one conversation: the header, then each conversation as
it is read, each message on its own line. Metadata is copied as the JSON text the database
holds, so it round-trips byte for byte.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _string  # the C encoder, UTF-8 kept as is
from typing import TextIO

from app.identity import APP_NAME, APP_VERSION
from app.services.exporters.data import ExportConversation, ExportMessage

FORMAT_NAME = "parley"
FORMAT_VERSION = 1


def _opt(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _message_json(m: ExportMessage) -> str:
    return (
        f'{{"id":{_string(m.id)},"parent_id":{_opt(m.parent_id)},"role":{_string(m.role)},'
        f'"content":{_string(m.content)},"created_at":{m.created_at!r},"status":{_string(m.status)},'
        f'"hidden":{_bool(m.hidden)},"source_id":{_opt(m.source_id)},"metadata":{m.metadata_json}}}'
    )


class ParleyJsonFormat:
    name = "json"
    label = "Parley JSON"
    extension = ".json"
    all_messages = True
    binary = False

    def begin(self, out: TextIO, info: dict) -> None:
        header = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "app": f"{APP_NAME} {APP_VERSION}",
            "exported_at": info.get("exported_at"),
            "projects": info.get("projects", []),
        }
        text = json.dumps(header, ensure_ascii=False)
        out.write(text[:-1] + ',\n"conversations":[')
        self._first = True

    def conversation(self, out: TextIO, conv: ExportConversation) -> None:
        write = out.write
        write("\n" if self._first else ",\n")
        self._first = False
        tags = ",".join(_string(t) for t in conv.tags)
        write(
            f'{{"id":{_string(conv.id)},"project":{_string(conv.project)},"title":{_string(conv.title)},'
            f'"created_at":{conv.created_at!r},"updated_at":{conv.updated_at!r},'
            f'"archived":{_bool(conv.archived)},"pinned":{_bool(conv.pinned)},'
            f'"active_leaf_id":{_opt(conv.active_leaf_id)},"system_prompt":{_opt(conv.system_prompt)},'
            f'"draft":{_string(conv.draft)},"source":{_opt(conv.source)},"source_id":{_opt(conv.source_id)},'
            f'"message_count":{conv.message_count},"preview":{_string(conv.preview)},'
            f'"tags":[{tags}],"metadata":{conv.metadata_json},"messages":['
        )
        first = True
        for message in conv.messages:
            write("\n" if first else ",\n")
            first = False
            write(_message_json(message))
        write("]}")

    def end(self, out: TextIO) -> None:
        out.write("\n]}\n")


class JsonLinesFormat:
    name = "jsonl"
    label = "JSON Lines"
    extension = ".jsonl"
    all_messages = True
    binary = False

    def begin(self, out: TextIO, info: dict) -> None:
        pass

    def conversation(self, out: TextIO, conv: ExportConversation) -> None:
        active = conv.active_ids()
        prefix = (
            f'{{"conversation_id":{_string(conv.id)},"conversation_title":{_string(conv.title)},'
            f'"project":{_string(conv.project)},'
        )
        if conv.source:
            prefix += f'"conversation_source":{_string(conv.source)},"conversation_source_id":{_opt(conv.source_id)},'
        write = out.write
        for m in conv.messages:
            write(prefix)
            write(_message_json(m)[1:-1])
            write(f',"active":{_bool(m.id in active)}}}\n')

    def end(self, out: TextIO) -> None:
        pass
