"""Conversation queries: list, create, rename, pin, archive, delete."""

from __future__ import annotations

import uuid
from typing import Iterable, Sequence

import peewee

from app import clock
from app.store.database import write
from app.store.errors import NotFoundError
from app.store.models import Conversation
from app.store.rows import ConversationRow

_FIELDS = (
    Conversation.id,
    Conversation.project,
    Conversation.title,
    Conversation.created_at,
    Conversation.updated_at,
    Conversation.message_count,
    Conversation.preview,
    Conversation.archived,
    Conversation.pinned,
)

_ROWID_DESC = peewee.SQL("rowid DESC")

#: SQLite's default limit on bound variables is high here, but stay well under it.
_CHUNK = 500


def _row(values: tuple) -> ConversationRow:
    row = ConversationRow(*values)
    return row._replace(archived=bool(row.archived), pinned=bool(row.pinned))


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def new_id() -> str:
    return str(uuid.uuid4())


def create_conversation(
    project_id: int,
    title: str = "",
    *,
    conversation_id: str | None = None,
    created_at: float | None = None,
    system_prompt: str | None = None,
    source: str | None = None,
    source_id: str | None = None,
    metadata: dict | None = None,
) -> ConversationRow:
    stamp = clock.now() if created_at is None else created_at
    cid = conversation_id or new_id()
    with write():
        Conversation.insert(
            id=cid,
            project=project_id,
            title=title.strip(),
            created_at=stamp,
            updated_at=stamp,
            system_prompt=system_prompt,
            source=source,
            source_id=source_id,
            metadata=metadata or {},
        ).execute()
    return get_conversation(cid)


def find_conversation(conversation_id: str) -> ConversationRow | None:
    values = Conversation.select(*_FIELDS).where(Conversation.id == conversation_id).tuples().first()
    return _row(values) if values else None


def get_conversation(conversation_id: str) -> ConversationRow:
    row = find_conversation(conversation_id)
    if row is None:
        raise NotFoundError(f"There is no conversation with id {conversation_id}.")
    return row


def resolve_conversation_id(prefix: str) -> str:
    """A full id from a unique prefix (as `git` does), for the CLI."""
    prefix = prefix.strip().lower()
    if len(prefix) < 4:
        raise NotFoundError("Give at least 4 characters of the conversation id.")
    matches = [
        cid
        for (cid,) in Conversation.select(Conversation.id)
        .where((Conversation.id >= prefix) & (Conversation.id < prefix + "\uffff"))
        .limit(2)
        .tuples()
    ]
    if not matches:
        raise NotFoundError(f"There is no conversation with id {prefix}.")
    if len(matches) > 1:
        raise NotFoundError(f"The id {prefix} matches several conversations; give more of it.")
    return matches[0]


def _filtered(project_id: int | None, archived: bool | None, title_filter: str | None):
    query = Conversation.select(*_FIELDS)
    if project_id is not None:
        query = query.where(Conversation.project == project_id)
    if archived is not None:
        query = query.where(Conversation.archived == archived)
    if title_filter:
        # instr() matches literally: no LIKE wildcards to escape in what the user typed.
        query = query.where(peewee.fn.instr(peewee.fn.lower(Conversation.title), title_filter.lower()) > 0)
    return query


def list_conversations(
    project_id: int | None = None,
    *,
    archived: bool | None = False,
    limit: int = 200,
    offset: int = 0,
    title_filter: str | None = None,
) -> list[ConversationRow]:
    """One page of conversations: pinned first, then newest activity first."""
    query = (
        _filtered(project_id, archived, title_filter)
        # Ties break on rowid, which the list indexes already carry: ordering by id instead
        # costs a table lookup per skipped row (150-300 ms for a page 100,000 rows deep).
        .order_by(Conversation.pinned.desc(), Conversation.updated_at.desc(), _ROWID_DESC)
        .limit(limit)
        .offset(offset)
        .tuples()
    )
    return [_row(values) for values in query]


def count_conversations(
    project_id: int | None = None, *, archived: bool | None = False, title_filter: str | None = None
) -> int:
    return _filtered(project_id, archived, title_filter).count()


def rename_conversation(conversation_id: str, title: str) -> None:
    with write():
        updated = (
            Conversation.update(title=title.strip())
            .where(Conversation.id == conversation_id)
            .execute()
        )
    if not updated:
        raise NotFoundError(f"There is no conversation with id {conversation_id}.")


def set_pinned(conversation_id: str, pinned: bool) -> None:
    with write():
        Conversation.update(pinned=pinned).where(Conversation.id == conversation_id).execute()


def set_archived(conversation_id: str, archived: bool) -> None:
    with write():
        Conversation.update(archived=archived).where(Conversation.id == conversation_id).execute()


def move_to_project(conversation_ids: Sequence[str], project_id: int) -> None:
    with write():
        for chunk in _chunks(list(conversation_ids)):
            Conversation.update(project=project_id).where(Conversation.id.in_(chunk)).execute()


def get_draft(conversation_id: str) -> str:
    value = Conversation.select(Conversation.draft).where(Conversation.id == conversation_id).scalar()
    return value or ""


def set_draft(conversation_id: str, text: str) -> None:
    with write():
        Conversation.update(draft=text).where(Conversation.id == conversation_id).execute()


def get_system_prompt(conversation_id: str) -> str | None:
    return (
        Conversation.select(Conversation.system_prompt)
        .where(Conversation.id == conversation_id)
        .scalar()
    )


def set_system_prompt(conversation_id: str, prompt: str | None) -> None:
    with write():
        Conversation.update(system_prompt=prompt or None).where(
            Conversation.id == conversation_id
        ).execute()


def get_metadata(conversation_id: str) -> dict:
    conv = Conversation.get_or_none(Conversation.id == conversation_id)
    return dict(conv.metadata) if conv else {}


def delete_conversation(conversation_id: str) -> bool:
    """Delete one conversation and its messages. Returns whether it existed."""
    return delete_conversations([conversation_id]) == 1


def delete_conversations(conversation_ids: Sequence[str]) -> int:
    """Delete several conversations in one transaction. Returns how many were deleted."""
    deleted = 0
    with write():
        for chunk in _chunks(list(conversation_ids)):
            deleted += Conversation.delete().where(Conversation.id.in_(chunk)).execute()
    return deleted


def clear_project(project_id: int) -> int:
    """Delete every conversation of a project (the project stays). Returns the count."""
    with write():
        return Conversation.delete().where(Conversation.project == project_id).execute()
