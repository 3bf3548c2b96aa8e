"""Tags on conversations."""

from __future__ import annotations

from app.store.database import write
from app.store.models import ConversationTag, Tag


def add_tag(conversation_id: str, name: str) -> None:
    name = name.strip()
    if not name:
        return
    with write():
        tag, _ = Tag.get_or_create(name=name)
        ConversationTag.insert(conversation=conversation_id, tag=tag.id).on_conflict_ignore().execute()


def remove_tag(conversation_id: str, name: str) -> None:
    with write():
        tag = Tag.get_or_none(Tag.name == name)
        if tag is not None:
            ConversationTag.delete().where(
                (ConversationTag.conversation == conversation_id) & (ConversationTag.tag == tag.id)
            ).execute()


def tags_for(conversation_id: str) -> list[str]:
    query = (
        Tag.select(Tag.name)
        .join(ConversationTag)
        .where(ConversationTag.conversation == conversation_id)
        .order_by(Tag.name)
        .tuples()
    )
    return [name for (name,) in query]


def list_tags() -> list[str]:
    return [name for (name,) in Tag.select(Tag.name).order_by(Tag.name).tuples()]
