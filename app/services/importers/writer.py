"""Storing parsed conversations: new ones in bulk, known ones merged, never twice.

Runs inside the one transaction the caller holds for a file (``with write():``). New
conversations and their messages are buffered and inserted with
:mod:`app.store.bulk` (``executemany``), counters and previews computed here in the same
pass. A conversation already in the database (same id, which for ChatGPT and Claude is
derived from the source's own id) is merged:

- messages not yet stored are added (whatever the export's age);
- if the export is newer than what was imported before, the title and the branch shown
  follow it, unless the user renamed the conversation or switched branches since;
- an older export never overwrites anything.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import peewee

from app import clock
from app.services.importers.errors import ImportFailed
from app.services.importers.model import ParsedConversation, ParsedMessage, ProjectRef, stable_id, stable_id_maker
from app.services.importers.report import FileReport
from app.services.texts import QT_TRANSLATE_NOOP, counted
from app.store import bulk, messages as message_store, projects as project_store
from app.store.database import db
from app.store.messages import make_preview

#: Messages buffered before an ``executemany``.
FLUSH_MESSAGES = 5_000



class ImportWriter:
    """Writes one file's conversations; call :meth:`finish` before the transaction ends."""

    def __init__(self, report: FileReport, *, project_name: str | None = None) -> None:
        self.report = report
        self._conversations: list[bulk.NewConversation] = []
        self._messages: list[tuple] = []  # bulk.insert_message_values rows
        self._after_insert: list[tuple[str, list[str], str]] = []  # (cid, tags, draft)
        self._written: set[str] = set()
        self._projects: dict[tuple, int] = {}
        self._source_known: dict[str | None, bool] = {}
        self._leaf_ids: dict[str, str | None] = {}
        self._forced_project = project_store.ensure_project(project_name).id if project_name else None
        self._default_project: int | None = None

    # -- projects ------------------------------------------------------------------------

    def _default(self) -> int:
        if self._default_project is None:
            self._default_project = project_store.default_project().id
        return self._default_project

    def project_for(self, ref: ProjectRef | None) -> int:
        """The project a conversation goes to, created (and reported) when missing."""
        if ref is None or (ref.source is None and self._forced_project is not None):
            return self._forced_project or self._default()
        key = (ref.source, ref.source_id, ref.name)
        if key in self._projects:
            return self._projects[key]
        existing = None
        if ref.by_name:
            found = project_store.find_project(ref.name)
            existing = (found.id,) if found is not None else None
        if existing is None and ref.source and ref.source_id:
            existing = db.execute_sql(
                "SELECT id FROM project WHERE source = ? AND source_id = ? ORDER BY id LIMIT 1",
                (ref.source, ref.source_id),
            ).fetchone()
        if existing is not None:
            pid = existing[0]
        else:
            name = self._free_name(ref.name)
            pid = project_store.create_project(name, source=ref.source, source_id=ref.source_id).id
            if ref.system_prompt:
                project_store.set_project_system_prompt(pid, ref.system_prompt)
            if ref.created_at is not None:
                db.execute_sql("UPDATE project SET created_at = ? WHERE id = ?", (ref.created_at, pid))
            self.report.projects_created.append(name)
        self._projects[key] = pid
        return pid

    @staticmethod
    def _free_name(pattern: str) -> str:
        if "{n}" in pattern:
            n = 1
            while project_store.find_project(pattern.format(n=n)) is not None:
                n += 1
            return pattern.format(n=n)
        name, n = pattern, 2
        while project_store.find_project(name) is not None:
            name = f"{pattern} ({n})"
            n += 1
        return name

    # -- conversations -------------------------------------------------------------------

    def add(self, conv: ParsedConversation) -> str:
        """Store or merge one conversation; returns "added", "updated" or "skipped"."""
        source, source_id = conv.source or "", conv.source_id or ""
        cid = conv.id or stable_id(source, source_id, "conversation", at=conv.created_at)
        existing = self._existing(cid, conv)
        if existing is not None:
            cid = existing[0]
        if conv.id is None:
            self._derive_ids(cid, conv)
            if not conv.title:
                first = next((m.content for m in conv.messages if m.role == "user" and not m.hidden and m.content.strip()), "")
                conv.title = make_preview(first)[:80]
        if existing is None:
            self._insert_new(cid, conv)
            return "added"
        return self._merge(existing, conv)

    def _derive_ids(self, cid: str, conv: ParsedConversation) -> None:
        """Ids for a ChatGPT/Claude/legacy conversation's messages, from their source ids."""
        make_id = stable_id_maker(conv.source or "", conv.source_id or "")
        fallback = conv.created_at
        ids: dict[str, str] = {}
        for message in conv.messages:  # times first: the ids (and parents' ids) embed them
            if message.created_at is None:
                message.created_at = fallback
            fallback = message.created_at
            ids[message.source_id] = make_id(message.source_id, fallback)
        for message in conv.messages:
            message.id = ids[message.source_id]
            parent = message.parent_source_id
            message.parent_id = None if parent is None else ids.get(parent) or self._stored_id(cid, parent)
        self._leaf_ids[cid] = ids.get(conv.active_leaf_source_id) if conv.active_leaf_source_id else None

    def _stored_id(self, cid: str, source_id: str) -> str:
        """The id of a message stored by an earlier import (its parent in a newer export),
        or a derived id the tree check will report as missing."""
        row = db.execute_sql(
            "SELECT id FROM message WHERE conversation_id = ? AND source_id = ?", (cid, source_id)
        ).fetchone()
        return row[0] if row else stable_id(cid, source_id, "missing")

    def _existing(self, cid: str, conv: ParsedConversation) -> tuple | None:
        source = conv.source if conv.id is None else "\x00parley"
        if cid not in self._written:
            known = self._source_known.get(source)
            if known is None:
                if conv.id is None:
                    query = "SELECT EXISTS (SELECT 1 FROM conversation WHERE source = ?)"
                    known = bool(db.execute_sql(query, (conv.source,)).fetchone()[0])
                else:
                    known = bool(db.execute_sql("SELECT EXISTS (SELECT 1 FROM conversation)").fetchone()[0])
                self._source_known[source] = known
            if not known:
                return None
        else:
            self.flush()
        sql = "SELECT id, updated_at, title, active_leaf_id, metadata FROM conversation WHERE id = ?"
        row = db.execute_sql(sql, (cid,)).fetchone()
        if row is None and conv.source and conv.source_id:
            sql = sql.replace("WHERE id = ?", "WHERE source = ? AND source_id = ?")
            row = db.execute_sql(sql, (conv.source, conv.source_id)).fetchone()
        return row

    def _insert_new(self, cid: str, conv: ParsedConversation) -> None:
        by_id = _check_tree(conv, self.report)
        now = clock.now()
        times = [m.created_at for m in conv.messages if m.created_at is not None]
        created = conv.created_at or (min(times) if times else now)
        for message in conv.messages:
            if message.created_at is None:
                message.created_at = created
        newest = max(times) if times else created
        if conv.id is not None:  # Parley's own export: the stored values, exactly
            updated = conv.updated_at if conv.updated_at is not None else newest
            leaf = conv.active_leaf_id if conv.active_leaf_id in by_id else None
        else:
            updated = max(conv.updated_at or created, newest)
            leaf = self._leaf_ids.pop(cid, None)
            if leaf not in by_id:
                leaf = None
        if leaf is None and conv.messages:
            leaf = max(conv.messages, key=lambda m: m.created_at or 0.0).id
        preview = conv.preview if conv.preview is not None else _preview(by_id, leaf)
        metadata = conv.metadata
        if conv.id is None:
            metadata = {
                **conv.metadata,
                "import": {
                    "format": conv.source,
                    "updated_at": conv.updated_at,
                    "title": conv.title,
                    "leaf": leaf,
                },
            }
        visible = sum(1 for m in conv.messages if not m.hidden)
        self._conversations.append(
            bulk.NewConversation(
                id=cid,
                project_id=self.project_for(conv.project),
                title=conv.title,
                created_at=created,
                updated_at=updated,
                message_count=visible,
                preview=preview,
                archived=conv.archived,
                pinned=conv.pinned,
                active_leaf_id=leaf,
                system_prompt=conv.system_prompt,
                source=conv.source,
                source_id=conv.source_id,
                metadata=metadata,
            )
        )
        if conv.tags or conv.draft:
            self._after_insert.append((cid, conv.tags, conv.draft))
        self._messages.extend(_rows(cid, conv.messages))
        self._written.add(cid)
        self.report.messages_added += len(conv.messages)
        if len(self._messages) >= FLUSH_MESSAGES:
            self.flush()

    def _merge(self, existing: tuple, conv: ParsedConversation) -> str:
        cid, stored_updated, stored_title, stored_leaf, stored_meta_text = existing
        stored_meta = json.loads(stored_meta_text or "{}")
        leaf = self._leaf_ids.pop(cid, None)
        have = {
            mid
            for (mid,) in db.execute_sql("SELECT id FROM message WHERE conversation_id = ?", (cid,))
        }
        by_id = _check_tree(conv, self.report, have)
        new = [m for m in conv.messages if m.id not in have]
        for message in new:
            if message.created_at is None:
                message.created_at = stored_updated
        changes: dict[str, Any] = {}
        changed_messages = 0
        if conv.id is not None:
            newer = conv.updated_at is not None and conv.updated_at > stored_updated
            if newer:
                changes = {
                    "title": conv.title,
                    "archived": int(conv.archived),
                    "pinned": int(conv.pinned),
                    "system_prompt": conv.system_prompt,
                    "metadata": _dumps(conv.metadata),
                    "updated_at": conv.updated_at,
                }
                if conv.active_leaf_id in by_id or conv.active_leaf_id in have:
                    changes["active_leaf_id"] = conv.active_leaf_id
                changed_messages = self._update_messages(cid, [m for m in conv.messages if m.id in have])
        else:
            imported = stored_meta.get("import") or {}
            previous = imported.get("updated_at")
            newer = conv.updated_at is not None and (previous is None or conv.updated_at > previous)
            if newer:
                if stored_title == imported.get("title", stored_title) and conv.title != stored_title:
                    changes["title"] = conv.title
                if leaf and stored_leaf == imported.get("leaf", stored_leaf) and leaf != stored_leaf:
                    if leaf in by_id or leaf in have:
                        changes["active_leaf_id"] = leaf
                new_meta = {**stored_meta, **conv.metadata}
                new_meta["import"] = {
                    "format": conv.source,
                    "updated_at": conv.updated_at,
                    "title": conv.title,
                    "leaf": leaf or imported.get("leaf"),
                }
                changes["metadata"] = _dumps(new_meta)
        if not new and not changed_messages and set(changes) <= {"metadata"}:
            if changes and json.loads(changes["metadata"]) != stored_meta:
                # Only the export's own bookkeeping moved on: remember it, quietly.
                db.execute_sql("UPDATE conversation SET metadata = ? WHERE id = ?", (changes["metadata"], cid))
            return "skipped"
        self.flush()
        if new:
            try:
                bulk.insert_message_values(_rows(cid, new))
            except (sqlite3.IntegrityError, peewee.IntegrityError) as exc:
                text = QT_TRANSLATE_NOOP("Import", "a message id is already used by another conversation (%1)")
                raise ImportFailed(text.arg(str(exc))) from exc
            self.report.messages_added += len(new)
        if changes:
            columns = ", ".join(f"{name} = ?" for name in changes)
            db.execute_sql(f"UPDATE conversation SET {columns} WHERE id = ?", (*changes.values(), cid))
        if conv.tags:
            _add_tags(cid, conv.tags)
        message_store.recount(cid)
        return "updated"

    def _update_messages(self, cid: str, incoming: list[ParsedMessage]) -> int:
        if not incoming:
            return 0
        stored = {
            mid: (content, status, hidden, meta)
            for mid, content, status, hidden, meta in db.execute_sql(
                "SELECT id, content, status, hidden, metadata FROM message WHERE conversation_id = ?",
                (cid,),
            )
        }
        changed = 0
        for message in incoming:
            old = stored.get(message.id)
            if old is None:
                continue
            meta = _dumps(message.metadata)
            if (old[0], old[1], bool(old[2]), old[3]) != (message.content, message.status, message.hidden, meta):
                db.execute_sql(
                    "UPDATE message SET content = ?, status = ?, hidden = ?, metadata = ? WHERE id = ?",
                    (message.content, message.status, int(message.hidden), meta, message.id),
                )
                changed += 1
        return changed

    def flush(self) -> None:
        """Insert what is buffered (conversations first: messages refer to them)."""
        try:
            if self._conversations:
                bulk.insert_conversations(self._conversations)
            if self._messages:
                bulk.insert_message_values(self._messages)
        except (sqlite3.IntegrityError, peewee.IntegrityError) as exc:
            raise ImportFailed(
                QT_TRANSLATE_NOOP("Import", "some ids clash with data already in Parley under other ids (%1)").arg(str(exc))
            ) from exc
        self._conversations.clear()
        self._messages.clear()
        for cid, tag_names, draft in self._after_insert:
            if tag_names:
                _add_tags(cid, tag_names)
            if draft:
                db.execute_sql("UPDATE conversation SET draft = ? WHERE id = ?", (draft, cid))
        self._after_insert.clear()

    def finish(self) -> None:
        self.flush()


def _rows(cid: str, items: list[ParsedMessage]) -> list[tuple]:
    """The rows :func:`bulk.insert_message_values` takes."""
    dumps = bulk.dumps
    return [
        (
            m.id,
            cid,
            m.parent_id,
            m.role,
            m.content,
            m.created_at,
            m.status,
            int(m.hidden),
            m.source_id,
            dumps(m.metadata) if m.metadata else "{}",
        )
        for m in items
    ]


def _check_tree(conv: ParsedConversation, report: FileReport, stored: set[str] = frozenset()) -> dict[str, ParsedMessage]:
    """Messages by id, with parents that exist and no cycles (hostile files have both)."""
    by_id: dict[str, ParsedMessage] = {}
    for message in conv.messages:
        if message.id in by_id:
            raise ImportFailed(QT_TRANSLATE_NOOP("Import", "message id %1 appears twice").arg(str(message.id)))
        by_id[message.id] = message  # type: ignore[index]
    missing = 0
    for message in conv.messages:
        if message.parent_id is not None and message.parent_id not in by_id and message.parent_id not in stored:
            message.metadata = {**message.metadata, "missing_parent": message.parent_id}
            message.parent_id = None
            missing += 1
    if missing:
        report.warn(
            counted(
                missing,
                QT_TRANSLATE_NOOP("Import", "\u201c%2\u201d: %1 message had a missing parent and starts its own branch"),
                QT_TRANSLATE_NOOP("Import", "\u201c%2\u201d: %1 messages had a missing parent and start their own branch"),
            ).arg(conv.title or conv.id or conv.source_id or "")
        )
    # Cycle check: colour each chain once (0 unvisited, 1 on the current walk, 2 done).
    state: dict[str, int] = {}
    for message in conv.messages:
        walk: list[str] = []
        node: str | None = message.id
        while node is not None and node in by_id and state.get(node, 0) == 0:
            state[node] = 1
            walk.append(node)
            node = by_id[node].parent_id
        if node is not None and state.get(node) == 1:
            by_id[node].parent_id = None  # break the loop where it closes
            report.warn(
                QT_TRANSLATE_NOOP("Import", "\u201c%1\u201d: a loop in the message tree was broken").arg(conv.title or conv.id or "")
            )
        for done in walk:
            state[done] = 2
    return by_id


def _preview(by_id: dict[str, ParsedMessage], leaf: str | None) -> str:
    node = leaf
    steps = 0
    while node is not None and node in by_id and steps <= len(by_id):
        message = by_id[node]
        if not message.hidden:
            return make_preview(message.content)
        node = message.parent_id
        steps += 1
    return ""


def _add_tags(cid: str, names: list[str]) -> None:
    for name in names:
        name = name.strip()
        if not name:
            continue
        db.execute_sql("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
        (tag_id,) = db.execute_sql("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
        db.execute_sql(
            "INSERT OR IGNORE INTO conversation_tag (conversation_id, tag_id) VALUES (?, ?)",
            (cid, tag_id),
        )


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
