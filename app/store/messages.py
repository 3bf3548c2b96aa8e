"""Messages and the message tree.

Each message has a parent; a conversation's ``active_leaf_id`` ends the branch on screen.
Editing a prompt or regenerating an answer adds a sibling (same parent) and makes the new
branch active; the other branches stay, and :func:`switch_branch` brings one back.
"""

from __future__ import annotations

import re
import uuid
from typing import NamedTuple, Sequence

from app import clock
from app.store.database import db, write
from app.store.errors import NotFoundError, StoreError
from app.store.models import ROLES, STATUSES, Conversation, Message
from app.store.rows import MessageRow

PREVIEW_CHARS = 160
_CHUNK = 500


class _ActiveLeaf:
    """Sentinel: append under the conversation's active leaf."""


ACTIVE_LEAF = _ActiveLeaf()

_FIELDS = (
    Message.id,
    Message.conversation,
    Message.parent_id,
    Message.role,
    Message.content,
    Message.created_at,
    Message.status,
    Message.hidden,
    Message.metadata,
)


def _row(values: tuple) -> MessageRow:
    row = MessageRow(*values)
    return row._replace(hidden=bool(row.hidden))


_MARKUP = [
    (re.compile(r"```[^\n]*"), " "),  # code fence lines (the code itself stays)
    (re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", re.M), ""),  # headings, quotes, bullets
    (re.compile(r"^\s*\|?[\s:|-]*-{3,}[\s:|-]*$", re.M), ""),  # table rule lines
    (re.compile(r"^\s*\||\|\s*$", re.M), ""),  # a table row's outer pipes
    (re.compile(r"\s*\|\s*"), " \u00b7 "),  # inner pipes: cells read as a list
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"(\*\*|__|~~)(.+?)\1"), r"\2"),  # bold, strike-through
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"`+([^`]*)`+"), r"\1"),  # inline code
]


#: A character (or digit before "." or ")") that one of the ``_MARKUP`` patterns needs in
#: order to match: text without any (most prose) skips the nine substitutions.
_MARKUP_HINT = re.compile(r"[`#>*+|\[_~-]|\d[.)]")


def make_preview(content: str) -> str:
    """The sidebar's one-line preview: Markdown markup dropped, whitespace folded, cut at a word."""
    text = content[: PREVIEW_CHARS * 4]
    if _MARKUP_HINT.search(text) is not None:
        for pattern, replacement in _MARKUP:
            text = pattern.sub(replacement, text)
    text = " ".join(text.split()).strip(" \u00b7")
    if len(text) <= PREVIEW_CHARS:
        return text
    cut = text[:PREVIEW_CHARS].rsplit(" ", 1)[0]
    return cut + "\u2026"


def get_message(message_id: str) -> MessageRow:
    values = Message.select(*_FIELDS).where(Message.id == message_id).tuples().first()
    if values is None:
        raise NotFoundError(f"There is no message with id {message_id}.")
    return _row(values)


def append_message(
    conversation_id: str,
    role: str,
    content: str,
    *,
    parent_id: str | None | _ActiveLeaf = ACTIVE_LEAF,
    metadata: dict | None = None,
    created_at: float | None = None,
    status: str = "complete",
    message_id: str | None = None,
    hidden: bool = False,
    make_active: bool = True,
) -> MessageRow:
    """Add a message and keep the conversation's counters, preview and leaf right.

    ``parent_id`` defaults to the active leaf (a plain reply); pass the parent of an
    existing message to add a sibling (an edit or a regenerated answer).
    """
    if role not in ROLES:
        raise StoreError(f"Unknown role {role!r}; expected one of {', '.join(ROLES)}.")
    if status not in STATUSES:
        raise StoreError(f"Unknown status {status!r}.")
    stamp = clock.now() if created_at is None else created_at
    mid = message_id or str(uuid.uuid4())
    with write():
        conv = Conversation.get_or_none(Conversation.id == conversation_id)
        if conv is None:
            raise NotFoundError(f"There is no conversation with id {conversation_id}.")
        parent = conv.active_leaf_id if isinstance(parent_id, _ActiveLeaf) else parent_id
        Message.insert(
            id=mid,
            conversation=conversation_id,
            parent_id=parent,
            role=role,
            content=content,
            created_at=stamp,
            status=status,
            hidden=hidden,
            metadata=metadata or {},
        ).execute()
        changes = {Conversation.updated_at: max(conv.updated_at, stamp)}
        if not hidden:
            changes[Conversation.message_count] = Conversation.message_count + 1
        if make_active:
            changes[Conversation.active_leaf_id] = mid
            if not hidden:
                changes[Conversation.preview] = make_preview(content)
        Conversation.update(changes).where(Conversation.id == conversation_id).execute()
    return get_message(mid)


def update_message(
    message_id: str,
    *,
    content: str | None = None,
    metadata: dict | None = None,
    status: str | None = None,
) -> None:
    """Change a message in place (a streaming answer growing, its final metadata).

    ``metadata`` is merged into what is stored. The preview follows if the message ends the
    active branch.
    """
    if status is not None and status not in STATUSES:
        raise StoreError(f"Unknown status {status!r}.")
    with write():
        msg = Message.get_or_none(Message.id == message_id)
        if msg is None:
            raise NotFoundError(f"There is no message with id {message_id}.")
        changes: dict = {}
        if content is not None:
            changes[Message.content] = content
        if metadata:
            changes[Message.metadata] = {**msg.metadata, **metadata}
        if status is not None:
            changes[Message.status] = status
        if changes:
            Message.update(changes).where(Message.id == message_id).execute()
        if content is not None:
            Conversation.update(preview=make_preview(content)).where(
                (Conversation.id == msg.conversation_id)
                & (Conversation.active_leaf_id == message_id)
            ).execute()


class BranchView(NamedTuple):
    """The branch on screen and where the tree forks, from one read of the tree."""

    path: list[str]  # visible message ids, root first
    forks: dict[str | None, list[str]]  # parent id -> visible children, oldest first


_TREE_SQL = """
SELECT id, parent_id, hidden, created_at FROM message
WHERE conversation_id = ? ORDER BY parent_id, created_at, id
"""


def active_leaf(conversation_id: str) -> str | None:
    return (
        Conversation.select(Conversation.active_leaf_id)
        .where(Conversation.id == conversation_id)
        .scalar()
    )


def branch_view(conversation_id: str, *, include_hidden: bool = False) -> BranchView:
    """The active branch and the forks of a conversation (one covering-index scan)."""
    leaf = active_leaf(conversation_id)
    rows = db.execute_sql(_TREE_SQL, (conversation_id,)).fetchall()
    parent_of: dict[str, str | None] = {}
    hidden: set[str] = set()
    children: dict[str | None, list[str]] = {}
    for mid, parent, is_hidden, _created in rows:
        parent_of[mid] = parent
        if is_hidden:
            hidden.add(mid)
        else:
            children.setdefault(parent, []).append(mid)
    path: list[str] = []
    seen: set[str] = set()
    node = leaf
    while node is not None and node in parent_of and node not in seen:
        seen.add(node)  # a cycle in corrupt data must not hang the window
        if include_hidden or node not in hidden:
            path.append(node)
        node = parent_of[node]
    path.reverse()
    forks = {parent: kids for parent, kids in children.items() if len(kids) > 1}
    return BranchView(path, forks)


def path_to(message_id: str, *, include_hidden: bool = False) -> list[str]:
    """Ids from the root down to ``message_id``, following parent links."""
    conversation_id = (
        Message.select(Message.conversation).where(Message.id == message_id).scalar()
    )
    if conversation_id is None:
        return []
    rows = db.execute_sql(
        "SELECT id, parent_id, hidden FROM message WHERE conversation_id = ?", (conversation_id,)
    ).fetchall()
    parent_of = {mid: parent for mid, parent, _ in rows}
    hidden = {mid for mid, _, is_hidden in rows if is_hidden}
    path: list[str] = []
    node: str | None = message_id
    while node is not None and node in parent_of and node not in path:
        path.append(node)
        node = parent_of[node]
    path.reverse()
    return [mid for mid in path if include_hidden or mid not in hidden]


def active_path(conversation_id: str, *, include_hidden: bool = False) -> list[str]:
    """Ids of the branch on screen, root first. Hidden messages are left out by default."""
    return branch_view(conversation_id, include_hidden=include_hidden).path


_LOAD_SQL = (
    "SELECT id, conversation_id, parent_id, role, content, created_at, status, hidden, metadata"
    " FROM message WHERE id IN ({})"
)


def load_messages(message_ids: Sequence[str]) -> list[MessageRow]:
    """Rows for these ids, in the order given (ids that no longer exist are skipped).

    Plain SQL, not a Peewee query: opening a search hit at the top of a 10,000-message
    branch loads every row below it on the GUI thread, and Peewee's query building and row
    conversion cost ~5x the read itself there.
    """
    found: dict[str, MessageRow] = {}
    ids = list(message_ids)
    metadata_value = Message.metadata.python_value  # "" or NULL -> {}, as everywhere
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cursor = db.execute_sql(_LOAD_SQL.format(",".join("?" * len(chunk))), chunk)
        for mid, cid, parent, role, content, created, status, hidden, metadata in cursor:
            found[mid] = MessageRow(
                mid, cid, parent, role, content, float(created), status, bool(hidden), metadata_value(metadata)
            )
    return [found[mid] for mid in ids if mid in found]


def active_messages(
    conversation_id: str, *, offset: int = 0, limit: int | None = None
) -> list[MessageRow]:
    """A page of the active branch, root first (``offset`` counts from the root)."""
    ids = active_path(conversation_id)
    end = None if limit is None else offset + limit
    return load_messages(ids[offset:end])


def all_messages(conversation_id: str) -> list[MessageRow]:
    """Every message of a conversation, every branch and hidden ones, oldest first."""
    query = (
        Message.select(*_FIELDS)
        .where(Message.conversation == conversation_id)
        .order_by(Message.created_at, Message.id)
        .tuples()
    )
    return [_row(values) for values in query]


def forks(conversation_id: str) -> dict[str | None, list[str]]:
    """Where the tree branches: parent id (None for several roots) -> children, oldest first."""
    return branch_view(conversation_id).forks


def siblings(message_id: str) -> list[str]:
    """The versions of this message (itself included), oldest first."""
    msg = get_message(message_id)
    query = Message.select(Message.id).where(
        (Message.conversation == msg.conversation_id) & (Message.hidden == False)  # noqa: E712
    )
    if msg.parent_id is None:
        query = query.where(Message.parent_id.is_null())
    else:
        query = query.where(Message.parent_id == msg.parent_id)
    return [mid for (mid,) in query.order_by(Message.created_at, Message.id).tuples()]


def _newest_leaf_under(message_id: str) -> str:
    """Follow the newest child down to a leaf: the natural end of a branch."""
    current = message_id
    while True:
        child = (
            Message.select(Message.id)
            .where(Message.parent_id == current)
            .order_by(Message.created_at.desc(), Message.id.desc())
            .scalar()
        )
        if child is None:
            return current
        current = child


def switch_branch(message_id: str) -> str:
    """Show the branch through ``message_id``; returns and saves the new active leaf."""
    msg = get_message(message_id)
    with write():
        leaf = _newest_leaf_under(message_id)
        leaf_row = get_message(leaf)
        Conversation.update(
            active_leaf_id=leaf, preview=make_preview(leaf_row.content)
        ).where(Conversation.id == msg.conversation_id).execute()
    return leaf


def set_active_leaf(conversation_id: str, leaf_id: str | None) -> None:
    with write():
        changes: dict = {Conversation.active_leaf_id: leaf_id}
        if leaf_id:
            changes[Conversation.preview] = make_preview(get_message(leaf_id).content)
        Conversation.update(changes).where(Conversation.id == conversation_id).execute()


def recount(conversation_id: str) -> None:
    """Recompute a conversation's counters and preview from its messages (after bulk work)."""
    with write():
        count = (
            Message.select()
            .where((Message.conversation == conversation_id) & (Message.hidden == False))  # noqa: E712
            .count()
        )
        newest = (
            Message.select(Message.created_at)
            .where(Message.conversation == conversation_id)
            .order_by(Message.created_at.desc())
            .scalar()
        )
        conv = Conversation.get_by_id(conversation_id)
        changes: dict = {Conversation.message_count: count}
        if newest is not None:
            changes[Conversation.updated_at] = max(conv.updated_at, newest)
        if conv.active_leaf_id:
            visible = path_to(conv.active_leaf_id)
            if visible:
                changes[Conversation.preview] = make_preview(get_message(visible[-1]).content)
        Conversation.update(changes).where(Conversation.id == conversation_id).execute()
