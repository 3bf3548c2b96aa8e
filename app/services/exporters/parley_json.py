"""Parley JSON (documented in docs/parley-json-format.md) and JSON Lines, streamed.

Nothing is built in memory beyond one conversation: the header, then each conversation as
it is read, each message on its own line. Metadata is copied as the JSON text the database
holds, so it round-trips byte for byte.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _string  # the C encoder, UTF-8 kept as is
from typing import BinaryIO, TextIO

from app.identity import APP_NAME, APP_VERSION
from app.services.exporters.data import ExportConversation, ExportMessage
from app.store.models import ROLES, STATUSES

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


#: Changes exactly the control bytes: ``text`` holds none when ``text.translate(table) ==
#: text`` (one C pass; ``translate(None, delete)`` builds a table on every call).
_CONTROLS = bytes(c ^ 1 if c < 0x20 else c for c in range(256))


def _escape(text: bytes) -> bytes:
    """``text`` (UTF-8) escaped for the inside of a JSON string, exactly as
    :func:`json.encoder.encode_basestring` escapes it (UTF-8 kept as is). Whole runs of
    bytes are escaped by C calls (a few passes cost a fraction of one pass character by
    character); backslashes, quotes and newlines are common, tabs and other controls rare
    enough to leave to ``encode_basestring``."""
    escaped = text.replace(b"\\", b"\\\\").replace(b'"', b'\\"').replace(b"\n", b"\\n")
    if escaped.translate(_CONTROLS) == escaped:
        return escaped
    return _string(text.decode("utf-8"))[1:-1].encode("utf-8")


#: Also changes the quote and the backslash: nothing to escape when ``translate`` changes nothing.
_SPECIALS = bytes(c ^ 1 if c < 0x20 or c in b'"\\' else c for c in range(256))


def _escape_short(text: bytes) -> bytes:
    """:func:`_escape` for ids and such, which rarely need any escaping: one pass to see."""
    return text if text.translate(_SPECIALS) == text else _escape(text)


#: Roles and statuses escaped once (``_escape`` for any other value).
_ESCAPED_WORDS = {word.encode(): _escape(word.encode()) for word in (*ROLES, *STATUSES)}


class ParleyJsonFormat:
    name = "json"
    label = "Parley JSON"
    extension = ".json"
    all_messages = True
    binary = False
    #: Written as UTF-8 bytes to a binary stream, from messages read as bytes
    #: (``iter_conversations(reading="bytes")``): no text is decoded to be encoded again.
    encoded = True
    reading = "bytes"

    def begin(self, out: BinaryIO, info: dict) -> None:
        header = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "app": f"{APP_NAME} {APP_VERSION}",
            "exported_at": info.get("exported_at"),
            "projects": info.get("projects", []),
        }
        text = json.dumps(header, ensure_ascii=False)
        out.write((text[:-1] + ',\n"conversations":[').encode("utf-8"))
        self._first = True

    def conversation(self, out: BinaryIO, conv: ExportConversation) -> None:
        tags = ",".join(_string(t) for t in conv.tags)
        head = (
            ("\n" if self._first else ",\n")
            + f'{{"id":{_string(conv.id)},"project":{_string(conv.project)},"title":{_string(conv.title)},'
            f'"created_at":{conv.created_at!r},"updated_at":{conv.updated_at!r},'
            f'"archived":{_bool(conv.archived)},"pinned":{_bool(conv.pinned)},'
            f'"active_leaf_id":{_opt(conv.active_leaf_id)},"system_prompt":{_opt(conv.system_prompt)},'
            f'"draft":{_string(conv.draft)},"source":{_opt(conv.source)},"source_id":{_opt(conv.source_id)},'
            f'"message_count":{conv.message_count},"preview":{_string(conv.preview)},'
            f'"tags":[{tags}],"metadata":{conv.metadata_json},"messages":['
        )
        self._first = False
        escape = _escape
        short = _escape_short
        word = _ESCAPED_WORDS.get
        # A message's parent is mostly the message before it: its id, quoted, is kept.
        quoted_ids: dict[bytes, bytes] = {}
        # One bytes formatting per message (%r of a float is its repr, as in an f-string).
        messages = [
            _MESSAGE
            % (
                quoted_ids.setdefault(mid, b'"' + short(mid) + b'"'),
                b"null" if parent_id is None else quoted_ids.get(parent_id) or b'"' + short(parent_id) + b'"',
                word(role) or escape(role),
                escape(content),
                created_at,
                word(status) or escape(status),
                b"true" if hidden else b"false",
                b"null" if source_id is None else b'"' + short(source_id) + b'"',
                metadata_json,
            )
            for _, mid, parent_id, role, content, created_at, status, hidden, source_id, metadata_json in conv.messages
        ]
        out.write(head.encode("utf-8") + (b"\n" + b",\n".join(messages) + b"]}" if messages else b"]}"))

    def end(self, out: BinaryIO) -> None:
        out.write(b"\n]}\n")


_MESSAGE = (
    b'{"id":%b,"parent_id":%b,"role":"%b","content":"%b","created_at":%r,'
    b'"status":"%b","hidden":%b,"source_id":%b,"metadata":%b}'
)


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
