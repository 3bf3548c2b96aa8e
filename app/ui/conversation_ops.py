"""The window's writes to the store, each run off the GUI thread.

A write can wait on the database (another writer, a busy disk with synchronous=FULL): run
on the GUI thread it would freeze the window, so every one goes through
:func:`app.ui.tasks.run_task`. Failures are shown to the user through :mod:`app.ui.notify`.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.store.rows import ConversationRow
from app.ui import notify
from app.ui.tasks import TaskHandle, run_task

translate = QCoreApplication.translate


def create_conversation(
    parent: QWidget | None,
    project_id: int | None,
    on_created: Callable[[ConversationRow], None],
) -> TaskHandle:
    """Create an empty conversation in ``project_id`` (the first project when None)."""
    from app.store import conversations, projects

    default_name = translate("ConversationOps", "General")

    def work(ctx) -> ConversationRow:
        pid = project_id
        if pid is None:
            pid = projects.default_project(default_name).id
        return conversations.create_conversation(pid)

    return run_task(
        work,
        on_result=on_created,
        on_error=notify.error_reporter(parent, translate("ConversationOps", "Could not start a new chat")),
    )


def delete_conversations(
    parent: QWidget | None, conversation_ids: Sequence[str], on_deleted: Callable[[int], None]
) -> TaskHandle:
    """Delete conversations in one transaction; ``on_deleted`` gets how many went."""
    from app.store import conversations

    ids = list(conversation_ids)
    return run_task(
        lambda ctx: conversations.delete_conversations(ids),
        on_result=on_deleted,
        on_error=notify.error_reporter(parent, translate("ConversationOps", "Could not delete")),
    )


def rename_conversation(
    parent: QWidget | None, conversation_id: str, title: str, on_renamed: Callable[[str], None]
) -> TaskHandle:
    """Rename a conversation; ``on_renamed`` gets its id."""
    from app.store import conversations

    def work(ctx) -> str:
        conversations.rename_conversation(conversation_id, title)
        return conversation_id

    return run_task(
        work,
        on_result=on_renamed,
        on_error=notify.error_reporter(parent, translate("ConversationOps", "Could not rename")),
    )
