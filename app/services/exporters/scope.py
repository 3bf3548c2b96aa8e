"""What to export: some conversations, a project, or everything."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.store.database import db


@dataclass(frozen=True)
class ExportScope:
    """``kind``: "conversations" (the open one, a selection, search results), "project" or
    "all". Archived conversations are included: an export is a copy of the history."""

    kind: str
    conversation_ids: tuple[str, ...] = field(default_factory=tuple)
    project_id: int | None = None

    @classmethod
    def conversations(cls, ids) -> "ExportScope":
        # Keep the caller's order, drop repeats.
        return cls("conversations", tuple(dict.fromkeys(ids)))

    @classmethod
    def project(cls, project_id: int) -> "ExportScope":
        return cls("project", project_id=project_id)

    @classmethod
    def everything(cls) -> "ExportScope":
        return cls("all")


def resolve(scope: ExportScope) -> list[str]:
    """Conversation ids in export order: as given, or oldest first for a project or all."""
    if scope.kind == "conversations":
        return list(scope.conversation_ids)
    if scope.kind == "project":
        rows = db.execute_sql(
            "SELECT id FROM conversation WHERE project_id = ? ORDER BY created_at, id", (scope.project_id,)
        )
    elif scope.kind == "all":
        rows = db.execute_sql("SELECT id FROM conversation ORDER BY created_at, id")
    else:
        raise ValueError(f"unknown export scope {scope.kind!r}")
    return [cid for (cid,) in rows]
