"""Projects: separate histories (work, personal, a client...)."""

from __future__ import annotations

from app import clock
from app.store.database import write
from app.store.errors import NotFoundError, StoreError
from app.store.models import Conversation, Project
from app.store.rows import ProjectRow

_FIELDS = (Project.id, Project.name, Project.created_at, Project.system_prompt)


def list_projects() -> list[ProjectRow]:
    """All projects, oldest first (the default project comes first)."""
    query = Project.select(*_FIELDS).order_by(Project.created_at, Project.id).tuples()
    return [ProjectRow(*row) for row in query]


def get_project(project_id: int) -> ProjectRow:
    row = Project.select(*_FIELDS).where(Project.id == project_id).tuples().first()
    if row is None:
        raise NotFoundError(f"There is no project with id {project_id}.")
    return ProjectRow(*row)


def find_project(name: str) -> ProjectRow | None:
    """The project with this name (exact match), if any."""
    row = Project.select(*_FIELDS).where(Project.name == name).tuples().first()
    return ProjectRow(*row) if row else None


def create_project(name: str, *, source: str | None = None, source_id: str | None = None) -> ProjectRow:
    name = name.strip()
    if not name:
        raise StoreError("A project needs a name.")
    with write():
        if find_project(name) is not None:
            raise StoreError(f"A project named \u201c{name}\u201d already exists.")
        project = Project.create(
            name=name, created_at=clock.now(), source=source, source_id=source_id
        )
    return get_project(project.id)


def ensure_project(name: str) -> ProjectRow:
    """The project with this name, created if missing."""
    with write():
        existing = find_project(name)
        if existing is not None:
            return existing
        return create_project(name)


def default_project(fallback_name: str = "General") -> ProjectRow:
    """The first project, created with ``fallback_name`` on an empty database."""
    with write():
        projects = list_projects()
        if projects:
            return projects[0]
        return create_project(fallback_name)


def rename_project(project_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise StoreError("A project needs a name.")
    with write():
        other = find_project(name)
        if other is not None and other.id != project_id:
            raise StoreError(f"A project named \u201c{name}\u201d already exists.")
        Project.update(name=name).where(Project.id == project_id).execute()


def set_project_system_prompt(project_id: int, prompt: str | None) -> None:
    with write():
        Project.update(system_prompt=prompt or None).where(Project.id == project_id).execute()


def delete_project(project_id: int) -> int:
    """Delete a project and all its conversations. Returns the conversations deleted."""
    with write():
        count = Conversation.select().where(Conversation.project == project_id).count()
        Project.delete().where(Project.id == project_id).execute()
    return count
