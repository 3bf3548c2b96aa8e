"""Reading conversations for export: a few hundred at a time, three queries per page.

Exporting a million messages one conversation at a time would cost three queries per
conversation; here a page of conversations, their tags and all their messages are read in
one query each, and the active branch is walked in Python from the parent links. Message
metadata stays JSON text until a format needs to look inside it (Parley JSON copies it
verbatim).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby
from operator import itemgetter
from typing import Iterator, NamedTuple, Sequence

from app.store.database import db

#: Conversations read per page.
PAGE = 200


class ExportMessage(NamedTuple):
    """One message row as read (a tuple: a million of them must be cheap to make; the
    fields are the columns of the query, in order, so a row becomes one without Python
    code running per message)."""

    conversation_id: str
    id: str
    parent_id: str | None
    role: str
    content: str
    created_at: float
    status: str
    hidden: int
    source_id: str | None
    metadata_json: str

    @property
    def metadata(self) -> dict:
        text = self.metadata_json
        return json.loads(text) if text and text != "{}" else {}

    @property
    def model(self) -> str:
        """The model that wrote the message (see :func:`message_model`)."""
        return message_model(self.metadata_json)


def message_model(metadata_json: str) -> str:
    """The model named at the top level of a message's metadata JSON text.

    Parley writes it as the first key, and then it is read without parsing (every message
    of a long export asks); a ``"model"`` anywhere else (inside a tool's output, say) is
    believed only once parsing shows it at the top level.
    """
    if '"model"' not in metadata_json:
        return ""
    if metadata_json.startswith('{"model":"') and metadata_json.find('"model"', 8) < 0:
        value = metadata_json[10 : metadata_json.find('"', 10)]
        if "\\" not in value:
            return value
    try:
        data = json.loads(metadata_json)
    except ValueError:
        return ""
    value = data.get("model") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


@dataclass(slots=True)
class ExportConversation:
    id: str
    project: str
    title: str
    created_at: float
    updated_at: float
    message_count: int
    preview: str
    archived: bool
    pinned: bool
    active_leaf_id: str | None
    system_prompt: str | None
    draft: str
    source: str | None
    source_id: str | None
    metadata_json: str
    tags: list[str] = field(default_factory=list)
    #: Every message, oldest first (all branches, hidden ones included).
    messages: list[ExportMessage] = field(default_factory=list)

    def active_branch(self) -> list[ExportMessage]:
        """The branch the window shows, root first, without hidden messages."""
        by_id = {m.id: m for m in self.messages}
        path: list[ExportMessage] = []
        node = by_id.get(self.active_leaf_id) if self.active_leaf_id else None
        seen: set[str] = set()
        while node is not None and node.id not in seen:
            seen.add(node.id)
            if not node.hidden:
                path.append(node)
            node = by_id.get(node.parent_id) if node.parent_id else None
        path.reverse()
        return path

    def active_ids(self) -> set[str]:
        """Ids on the active branch, hidden ones included."""
        parent = {m.id: m.parent_id for m in self.messages}
        ids: set[str] = set()
        node = self.active_leaf_id
        while node is not None and node in parent and node not in ids:
            ids.add(node)
            node = parent[node]
        return ids

    def models(self) -> list[str]:
        """The models that wrote messages here (any branch), in order of first appearance."""
        return list(dict.fromkeys(self.message_models().values()))

    def message_models(self) -> dict[str, str]:
        """The model of each message that names one, by message id, oldest first."""
        models = {}
        for message in self.messages:
            metadata_json = message[9]
            if '"model"' in metadata_json:
                model = message_model(metadata_json)
                if model:
                    models[message[1]] = model
        return models


_CONVERSATION_SQL = """
SELECT c.id, p.name, c.title, c.created_at, c.updated_at, c.message_count, c.preview,
       c.archived, c.pinned, c.active_leaf_id, c.system_prompt, c.draft, c.source,
       c.source_id, c.metadata
FROM conversation AS c JOIN project AS p ON p.id = c.project_id
WHERE c.id IN ({marks})
"""

#: The message columns each way of reading asks for, in ExportMessage's field order:
#: "text" as stored; "bytes" with every text field as its UTF-8 bytes, for a format that
#: writes bytes (nothing decoded to be encoded again; bytes sort as their text does);
#: "markdown" with only the content as bytes and no status or source id (not written).
_MESSAGE_COLUMNS = {
    "text": "conversation_id, id, parent_id, role, content, created_at, status, hidden, source_id, "
    "coalesce(nullif(metadata, ''), '{}')",
    "bytes": "conversation_id, CAST(id AS BLOB), CAST(parent_id AS BLOB), CAST(role AS BLOB), "
    "CAST(content AS BLOB), created_at, CAST(status AS BLOB), hidden, CAST(source_id AS BLOB), "
    "CAST(coalesce(nullif(metadata, ''), '{}') AS BLOB)",
    "markdown": "conversation_id, id, parent_id, role, CAST(content AS BLOB), created_at, NULL, hidden, NULL, "
    "coalesce(nullif(metadata, ''), '{}')",
}
READINGS = tuple(_MESSAGE_COLUMNS)

# ORDER BY conversation_id costs nothing: the IN list walks the message_tree index in order.
_MESSAGE_SQL = "SELECT {columns} FROM message WHERE conversation_id IN ({marks}) ORDER BY conversation_id"

_TAG_SQL = """
SELECT ct.conversation_id, t.name FROM conversation_tag AS ct JOIN tag AS t ON t.id = ct.tag_id
WHERE ct.conversation_id IN ({marks}) ORDER BY t.name
"""


#: A message's place in its conversation: (created_at, id).
_time_order = itemgetter(5, 1)
_conversation_of = itemgetter(0)
#: A row as an ExportMessage, without a Python-level call per row.
_as_message = partial(tuple.__new__, ExportMessage)


def iter_conversations(
    ids: Sequence[str], *, page: int = PAGE, reading: str = "text"
) -> Iterator[ExportConversation]:
    """The conversations with these ids, in the order given (missing ids are skipped).

    ``reading`` (see ``_MESSAGE_COLUMNS``): "text", each message an :class:`ExportMessage`;
    "markdown", the same with the content as UTF-8 ``bytes`` and no status or source id;
    "bytes", a plain tuple in ExportMessage's field order whose text fields (all but
    conversation_id, created_at and hidden) are UTF-8 ``bytes``.
    """
    convert = None if reading == "bytes" else _as_message
    message_sql = _MESSAGE_SQL.replace("{columns}", _MESSAGE_COLUMNS[reading])
    for start in range(0, len(ids), page):
        chunk = list(ids[start : start + page])
        marks = ",".join("?" * len(chunk))
        found: dict[str, ExportConversation] = {}
        for row in db.execute_sql(_CONVERSATION_SQL.format(marks=marks), chunk):
            found[row[0]] = ExportConversation(
                id=row[0],
                project=row[1],
                title=row[2],
                created_at=row[3],
                updated_at=row[4],
                message_count=row[5],
                preview=row[6],
                archived=bool(row[7]),
                pinned=bool(row[8]),
                active_leaf_id=row[9],
                system_prompt=row[10],
                draft=row[11] or "",
                source=row[12],
                source_id=row[13],
                metadata_json=row[14] or "{}",
            )
        for cid, name in db.execute_sql(_TAG_SQL.format(marks=marks), chunk):
            found[cid].tags.append(name)
        # Rows come grouped by conversation (the index scan); each group is put in time
        # order here, which is cheaper than asking SQLite to sort the whole page.
        rows = db.execute_sql(message_sql.replace("{marks}", marks), chunk)
        for cid, group in groupby(rows, _conversation_of):
            found[cid].messages.extend(group if convert is None else map(convert, group))
        for conversation in found.values():
            conversation.messages.sort(key=_time_order)
        for cid in chunk:
            conversation = found.get(cid)
            if conversation is not None:
                yield conversation


def project_rows(ids: Sequence[str]) -> list[dict]:
    """The projects these conversations belong to, for a Parley JSON header."""
    project_ids: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for (pid,) in db.execute_sql(f"SELECT DISTINCT project_id FROM conversation WHERE id IN ({marks})", chunk):
            project_ids.add(pid)
    if not project_ids:
        return []
    marks = ",".join("?" * len(project_ids))
    rows = db.execute_sql(
        f"SELECT name, created_at, system_prompt, source, source_id FROM project WHERE id IN ({marks}) ORDER BY created_at, id",
        sorted(project_ids),
    )
    return [
        {"name": name, "created_at": created, "system_prompt": prompt, "source": source, "source_id": source_id}
        for name, created, prompt, source, source_id in rows
    ]
