"""The context menu of selected conversations: rename, pin, archive, move, export, delete."""

from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.store.rows import ConversationRow

try:
    from app.ui.icons import icon
except ImportError:  # pragma: no cover - the icon module ships with the app
    from PySide6.QtGui import QIcon

    def icon(name: str, color=None) -> QIcon:  # type: ignore[misc]
        return QIcon()


class ConversationMenu(QMenu):
    """Actions on ``rows`` (the selection); it only asks, the sidebar carries them out.

    Each action has an objectName (``renameAction``, ``pinAction``, ``archiveAction``,
    ``moveMenu`` with ``moveToProject<ID>`` entries, ``exportAction``, ``deleteAction``).
    """

    rename_requested = Signal(str)
    pin_requested = Signal(list, bool)  # ids, pinned
    archive_requested = Signal(list, bool)  # ids, archived
    move_requested = Signal(list, int)  # ids, project id
    move_to_new_project_requested = Signal(list)
    export_requested = Signal(list)
    delete_requested = Signal(list)

    def __init__(
        self,
        rows: Sequence[ConversationRow],
        projects: Mapping[int, str],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationMenu")
        ids = [row.id for row in rows]
        single = len(rows) == 1

        rename = self._action("renameAction", self.tr("Rename\u2026"), "edit")
        rename.setEnabled(single)
        if single:
            rename.triggered.connect(lambda: self.rename_requested.emit(ids[0]))

        all_pinned = all(row.pinned for row in rows)
        pin = self._action("pinAction", self.tr("Unpin") if all_pinned else self.tr("Pin"), "pin")
        pin.triggered.connect(lambda: self.pin_requested.emit(ids, not all_pinned))

        all_archived = all(row.archived for row in rows)
        archive = self._action(
            "archiveAction", self.tr("Unarchive") if all_archived else self.tr("Archive"), "archive"
        )
        archive.triggered.connect(lambda: self.archive_requested.emit(ids, not all_archived))

        move = self.addMenu(icon("folder"), self.tr("Move to Project"))
        move.setObjectName("moveMenu")
        here = {row.project_id for row in rows}
        others = [(pid, name) for pid, name in projects.items() if {pid} != here]
        for pid, name in others:
            target = move.addAction(icon("project"), name)
            target.setObjectName(f"moveToProject{pid}")
            target.triggered.connect(lambda _checked=False, p=pid: self.move_requested.emit(ids, p))
        if others:
            move.addSeparator()
        new_project = move.addAction(icon("plus"), self.tr("New Project\u2026"))
        new_project.setObjectName("moveToNewProject")
        new_project.triggered.connect(lambda: self.move_to_new_project_requested.emit(ids))

        self.addSeparator()
        export = self._action("exportAction", self.tr("Export\u2026"), "export")
        export.triggered.connect(lambda: self.export_requested.emit(ids))

        self.addSeparator()
        delete = self._action("deleteAction", self.tr("Delete\u2026"), "delete")
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.triggered.connect(lambda: self.delete_requested.emit(ids))

    def _action(self, name: str, text: str, icon_name: str) -> QAction:
        action = self.addAction(icon(icon_name), text)
        action.setObjectName(name)
        return action
