"""Peewee models over the schema that :mod:`app.store.migrations` creates.

The models never create tables: migrations own the schema, and
``tests/store/test_models.py`` checks that every model column exists in the migrated file.
"""

from __future__ import annotations

import json

import peewee

from app.store.database import db

ROLES = ("user", "assistant", "system", "tool")

#: Message status: complete, streaming (being written), incomplete (stream cut off), error.
STATUSES = ("complete", "streaming", "incomplete", "error")


class JSONField(peewee.TextField):
    """A dict stored as compact JSON text."""

    def db_value(self, value):
        if value is None:
            return "{}"
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value):
        if not value:
            return {}
        return json.loads(value)


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Project(BaseModel):
    id = peewee.AutoField()
    name = peewee.TextField(unique=True)
    created_at = peewee.FloatField()
    system_prompt = peewee.TextField(null=True)
    source = peewee.TextField(null=True)
    source_id = peewee.TextField(null=True)


class Conversation(BaseModel):
    id = peewee.TextField(primary_key=True)
    project = peewee.ForeignKeyField(Project, column_name="project_id", backref="conversations")
    title = peewee.TextField(default="")
    created_at = peewee.FloatField()
    updated_at = peewee.FloatField()
    message_count = peewee.IntegerField(default=0)
    preview = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False)
    pinned = peewee.BooleanField(default=False)
    active_leaf_id = peewee.TextField(null=True)
    system_prompt = peewee.TextField(null=True)
    draft = peewee.TextField(default="")
    source = peewee.TextField(null=True)
    source_id = peewee.TextField(null=True)
    metadata = JSONField(default=dict)


class Message(BaseModel):
    id = peewee.TextField(primary_key=True)
    conversation = peewee.ForeignKeyField(
        Conversation, column_name="conversation_id", backref="messages"
    )
    parent_id = peewee.TextField(null=True)
    role = peewee.TextField()
    content = peewee.TextField(default="")
    created_at = peewee.FloatField()
    status = peewee.TextField(default="complete")
    hidden = peewee.BooleanField(default=False)
    source_id = peewee.TextField(null=True)
    metadata = JSONField(default=dict)


class Tag(BaseModel):
    id = peewee.AutoField()
    name = peewee.TextField(unique=True)


class ConversationTag(BaseModel):
    conversation = peewee.ForeignKeyField(Conversation, column_name="conversation_id")
    tag = peewee.ForeignKeyField(Tag, column_name="tag_id")

    class Meta:
        primary_key = peewee.CompositeKey("conversation", "tag")
        table_name = "conversation_tag"


ALL_MODELS = (Project, Conversation, Message, Tag, ConversationTag)
