"""The project selector: one entry per project, then "New Project…"."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy

from app.store.rows import ProjectRow

try:
    from app.ui.icons import icon
except ImportError:  # pragma: no cover - the icon module ships with the app
    from PySide6.QtGui import QIcon

    def icon(name: str, color=None) -> QIcon:  # type: ignore[misc]
        return QIcon()


#: Item data marking the "New Project…" entry (project entries hold the project id).
NEW_PROJECT = "new-project"


class ProjectSelector(QComboBox):
    """Lists projects; emits :attr:`project_selected` or :attr:`new_project_requested`.

    Only the user's choices emit; :meth:`set_projects` and :meth:`set_current_project` are
    quiet, so the owner can restore a state without a signal storm.
    """

    project_selected = Signal(int)
    new_project_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._current_id: int | None = None
        self.activated.connect(self._on_activated)

    def set_projects(self, projects: Sequence[ProjectRow], current_id: int | None) -> None:
        """Fill the list; select ``current_id`` (or the first project if it is gone)."""
        blocked = self.blockSignals(True)
        try:
            self.clear()
            project_icon = icon("project")
            for project in projects:
                self.addItem(project_icon, project.name, project.id)
                self.setItemData(self.count() - 1, project.name, Qt.ItemDataRole.ToolTipRole)
            if projects:
                self.insertSeparator(self.count())
            self.addItem(icon("plus"), self.tr("New Project\u2026"), NEW_PROJECT)
            ids = [project.id for project in projects]
            if current_id not in ids:
                current_id = ids[0] if ids else None
            self._current_id = current_id
            self.setCurrentIndex(self.findData(current_id) if current_id is not None else -1)
        finally:
            self.blockSignals(blocked)

    def current_project_id(self) -> int | None:
        return self._current_id

    def set_current_project(self, project_id: int) -> bool:
        """Select a project without emitting; False if there is no such project listed."""
        row = self.findData(project_id)
        if row < 0:
            return False
        blocked = self.blockSignals(True)
        self.setCurrentIndex(row)
        self.blockSignals(blocked)
        self._current_id = project_id
        return True

    def project_names(self) -> dict[int, str]:
        """Listed projects, id to name."""
        names = {}
        for row in range(self.count()):
            data = self.itemData(row)
            if isinstance(data, int):
                names[data] = self.itemText(row)
        return names

    def _on_activated(self, row: int) -> None:
        data = self.itemData(row)
        if data == NEW_PROJECT:
            # Keep showing the current project; the owner asks for a name.
            self._restore_current()
            self.new_project_requested.emit()
            return
        if isinstance(data, int) and data != self._current_id:
            self._current_id = data
            self.project_selected.emit(data)

    def _restore_current(self) -> None:
        blocked = self.blockSignals(True)
        self.setCurrentIndex(self.findData(self._current_id) if self._current_id is not None else -1)
        self.blockSignals(blocked)

    def retranslate(self) -> None:
        row = self.findData(NEW_PROJECT)
        if row >= 0:
            self.setItemText(row, self.tr("New Project\u2026"))
