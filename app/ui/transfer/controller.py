"""Connects the import and export dialogs to the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from typing import TYPE_CHECKING

from app.ui.transfer.drop_filter import FileDropFilter

if TYPE_CHECKING:  # the dialogs (and the import/export services) load on first use
    from app.services.importers import ImportReport
    from app.ui.transfer.export_dialog import ExportDialog
    from app.ui.transfer.import_dialog import ImportDialog


class TransferController(QObject):
    """Owns the window's import/export entry points (menus, sidebar, drag and drop)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        actions = window.actions
        actions.import_action.triggered.connect(lambda: self.show_import())
        actions.export_action.triggered.connect(lambda: self.show_export())
        actions.make_available(actions.import_action)
        actions.make_available(actions.export_action)
        window.sidebar.export_requested.connect(self.export_conversations)
        self._drop_filter = FileDropFilter(self, self.show_import)
        window.setAcceptDrops(True)
        window.installEventFilter(self._drop_filter)
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None

    def show_import(self, paths: Sequence[Path] = ()) -> ImportDialog:
        """Open the import dialog (or add ``paths`` to the one already open)."""
        from app.ui.transfer.import_dialog import ImportDialog

        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.add_paths(list(paths))
            self.import_dialog.raise_()
            return self.import_dialog
        dialog = ImportDialog(self.window, list(paths))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.destroyed.connect(lambda *_: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def show_export(self, conversation_ids: Sequence[str] | None = None, search_ids: Sequence[str] | None = None) -> ExportDialog:
        """Open the export dialog; the sidebar's selection (or ``conversation_ids``) is offered."""
        from app.ui.transfer.export_dialog import ExportDialog

        window = self.window
        selected = list(conversation_ids) if conversation_ids is not None else window.sidebar.selected_conversation_ids()
        if search_ids is None:
            # While the sidebar shows search results it may list their conversations.
            results = getattr(window.sidebar, "search_result_ids", None)
            search_ids = results() if callable(results) else None
        dialog = ExportDialog(
            window,
            current_id=window.current_conversation_id(),
            selected_ids=selected,
            search_ids=search_ids,
            project_id=window.sidebar.current_project_id(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def export_conversations(self, conversation_ids: list) -> None:
        """The sidebar's context menu: export these conversations."""
        self.show_export(list(conversation_ids))

    def _imported(self, report: ImportReport) -> None:
        # New projects, new conversations, and the welcome screen giving way to the history.
        self.window.refresh_from_store()


def install(window: QMainWindow) -> TransferController:
    """Wire import and export into ``window``; returns the controller (kept by the window)."""
    controller = TransferController(window)
    window.transfer = controller  # type: ignore[attr-defined]
    return controller
