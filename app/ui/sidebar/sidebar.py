"""The conversations sidebar: search, project selector, grouped list, New Chat and Settings.

Composes the parts in this folder and speaks to the rest of the window only through the
signals and methods below (the contract in ``CONTRACTS.md``); the main window confirms and
carries out deletes and exports, opens conversations, and tells the sidebar what changed.
"""

from __future__ import annotations

import logging
from typing import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store import conversations, database, projects, write
from app.store.errors import StoreError
from app.store.rows import ConversationRow
from app.ui import notify
from app.ui.sidebar.context_menu import ConversationMenu
from app.ui.sidebar.day_timer import DayWatcher
from app.ui.sidebar.list_model import ConversationListModel, ListQuery
from app.ui.sidebar.list_view import ConversationListView
from app.ui.sidebar.project_selector import ProjectSelector
from app.ui.sidebar.search_field import SearchField
from app.ui.search.sidebar_search import SidebarSearch

try:
    from app.ui.icons import icon
except ImportError:  # pragma: no cover - the icon module ships with the app
    from PySide6.QtGui import QIcon

    def icon(name: str, color=None) -> QIcon:  # type: ignore[misc]
        return QIcon()


log = logging.getLogger(__name__)

#: Above this many changed conversations, re-read the list instead of placing each row.
_PLACE_LIMIT = 100


class Sidebar(QWidget):
    """The left pane of the main window (see ``CONTRACTS.md``: Sidebar)."""

    conversation_activated = Signal(str)
    new_chat_requested = Signal()
    settings_requested = Signal()
    project_changed = Signal(int)
    delete_requested = Signal(list)
    export_requested = Signal(list)
    selection_changed = Signal(list)
    #: The sidebar itself changed these conversations in the store (renamed, pinned,
    #: archived, moved): views showing them may want to refresh their header.
    conversations_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._open_id: str | None = None
        self._last_selection: list[str] = []
        self._archived = False

        self.search_field = SearchField(self)
        self.search_field.setObjectName("searchField")

        self.project_selector = ProjectSelector(self)
        self.project_selector.setObjectName("projectSelector")

        self.archived_button = QToolButton(self)
        self.archived_button.setObjectName("archivedToggle")
        self.archived_button.setCheckable(True)
        self.archived_button.setIcon(icon("archive"))
        self.archived_button.setAutoRaise(True)

        self.model = ConversationListModel(self)
        self.list_view = ConversationListView(self)
        self.list_view.setObjectName("conversationList")
        self.list_view.setModel(self.model)

        self.new_chat_button = QPushButton(self)
        self.new_chat_button.setObjectName("newChatButton")
        self.new_chat_button.setProperty("primary", True)
        self.settings_button = QToolButton(self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.settings_button.setIcon(icon("settings"))
        self.settings_button.setAutoRaise(True)

        self._build_layout()
        self._update_icons()

        # Selection signals are coalesced: one press can change the selection several times.
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._emit_selection)

        self.day_watcher = DayWatcher(self)
        self.day_watcher.day_changed.connect(self.model.set_today)

        # Full-text search: results replace the list while the field has text.
        self.search = SidebarSearch(self)
        self._connect()
        self.retranslate_ui()
        if database.current_path() is not None:
            self.reload_projects()

    # Construction ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.project_selector, 1)
        top.addWidget(self.archived_button)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(10, 8, 10, 10)
        bottom.setSpacing(6)
        bottom.addWidget(self.new_chat_button, 1)
        bottom.addWidget(self.settings_button)

        header = QVBoxLayout()
        header.setContentsMargins(10, 10, 10, 4)
        header.setSpacing(8)
        header.addWidget(self.search_field)
        header.addLayout(top)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.search_field.textChanged.connect(self._search_text_changed)
        self.search_field.returnPressed.connect(self._apply_search)
        self.search_field.leave_requested.connect(self._focus_list)
        self.project_selector.project_selected.connect(self._project_selected)
        self.project_selector.new_project_requested.connect(self._create_project)
        self.archived_button.toggled.connect(self._archived_toggled)
        self.new_chat_button.clicked.connect(self.new_chat_requested)
        self.settings_button.clicked.connect(self.settings_requested)

        view = self.list_view
        view.clicked.connect(self._clicked)
        view.open_requested.connect(self._index_activated)
        view.delete_pressed.connect(self._delete_selected)
        view.customContextMenuRequested.connect(self._show_context_menu)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_timer.start())

        model = self.model
        model.modelReset.connect(self._restore_selection)
        model.rowsInserted.connect(lambda *_: self._restore_selection())
        model.loading_changed.connect(lambda _loading: self._update_placeholder())
        model.modelReset.connect(self._update_placeholder)
        model.rowsInserted.connect(lambda *_: self._update_placeholder())
        model.rowsRemoved.connect(lambda *_: self._update_placeholder())
        model.load_failed.connect(self._load_failed)

    def retranslate_ui(self) -> None:
        """Set every visible string (again, after a language change)."""
        self.search_field.setPlaceholderText(self.tr("Search conversations"))
        self.search_field.setAccessibleName(self.tr("Search conversations"))
        self.project_selector.setAccessibleName(self.tr("Project"))
        self.project_selector.setToolTip(self.tr("Project: each keeps its own history"))
        self.project_selector.setPlaceholderText(self.tr("No projects"))
        self.project_selector.retranslate()
        self.archived_button.setToolTip(self.tr("Show archived conversations"))
        self.archived_button.setAccessibleName(self.tr("Archived conversations"))
        self.list_view.setAccessibleName(self.tr("Conversations"))
        self.new_chat_button.setText(self.tr("New Chat"))
        self.new_chat_button.setAccessibleName(self.tr("New Chat"))
        self.new_chat_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("Settings (Ctrl+,)"))
        self.model.refresh_texts()
        self._update_placeholder()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._update_icons()
        elif event.type() == QEvent.Type.LocaleChange:
            self.model.refresh_texts()
        super().changeEvent(event)

    def _update_icons(self) -> None:
        # The accent button's icon is drawn in the button's text colour, not the palette's.
        on_accent = self.palette().color(QPalette.ColorRole.HighlightedText)
        self.new_chat_button.setIcon(icon("new-chat", QColor(on_accent)))

    # Public interface (CONTRACTS.md) ------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again from the store (after an import, a delete, ...)."""
        if self.project_selector.current_project_id() is None:
            self.model.clear()
            return
        query = self._query()
        same_list = query == self.model.query
        searching = self.search.active
        if searching:
            self.search.store_changed()  # the results may have changed too
        # Re-reading the same list (after a delete, an import): keep the user's place.
        scroll = self.list_view.verticalScrollBar().value() if same_list and not searching else 0
        loaded = self.model.conversation_count() if same_list else 0
        try:
            self.model.set_query(query, at_least=loaded)
        except StoreError as exc:
            self._report(self.tr("Could not load conversations"), exc)
            return
        if scroll:
            self.list_view.doItemsLayout()
            self.list_view.verticalScrollBar().setValue(scroll)

    def reload_projects(self) -> None:
        """Read the projects again (one was created, renamed or deleted) and the list."""
        try:
            rows = projects.list_projects()
        except StoreError as exc:
            self._report(self.tr("Could not load projects"), exc)
            return
        self.project_selector.set_projects(rows, self.project_selector.current_project_id())
        self.reload()

    def select_conversation(self, cid: str | None) -> None:
        """Show ``cid`` as the open conversation, quietly (no signals); None clears."""
        self._open_id = cid
        self._restore_selection(force=True)

    def current_conversation_id(self) -> str | None:
        """The conversation the user opened (or :meth:`select_conversation` set)."""
        return self._open_id

    def selected_conversation_ids(self) -> list[str]:
        """Selected conversations, top to bottom."""
        selection = self.list_view.selectionModel()
        if selection is None:
            return []
        ids = []
        for index in sorted(selection.selectedRows(), key=lambda i: i.row()):
            cid = self.list_view.model().conversation_id(index)  # the groups or search results
            if cid is not None:
                ids.append(cid)
        return ids

    def search_result_ids(self) -> list[str] | None:
        """The conversations the search field's results list (None when not searching)."""
        return self.search.result_ids() if self.search.active else None

    def current_project_id(self) -> int | None:
        return self.project_selector.current_project_id()

    def set_current_project(self, pid: int) -> None:
        """Switch to project ``pid`` (quietly: no :attr:`project_changed`)."""
        if pid == self.project_selector.current_project_id():
            return
        if not self.project_selector.set_current_project(pid):
            self.reload_projects()
            if not self.project_selector.set_current_project(pid):
                return
        self.reload()

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected (Ctrl+F)."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def conversation_updated(self, cid: str) -> None:
        """``cid`` changed (title, preview, time, pin, project, or deleted): show it so."""
        try:
            self.model.conversation_updated(cid)
        except StoreError as exc:
            self._report(self.tr("Could not load conversations"), exc)
            return
        if cid == self._open_id:
            self._restore_selection()

    def is_showing_archived(self) -> bool:
        return self._archived

    def set_showing_archived(self, archived: bool) -> None:
        self.archived_button.setChecked(archived)

    # Query -----------------------------------------------------------------------------------

    def _query(self) -> ListQuery:
        return ListQuery(
            project_id=self.project_selector.current_project_id(),
            archived=self._archived,
        )

    def _search_text_changed(self, text: str) -> None:
        # Debounced full-text search; an emptied field (Escape) brings the groups back.
        self.search.text_changed(text)

    def _apply_search(self) -> None:
        """Search now (Enter in the field)."""
        self.search.run_now()

    def _project_selected(self, pid: int) -> None:
        self.reload()
        self.project_changed.emit(pid)

    def _archived_toggled(self, archived: bool) -> None:
        self._archived = archived
        self.reload()

    def _update_placeholder(self) -> None:
        if self.search.active:
            return  # the search says what it found
        if self.model.is_loading():
            text = ""
        elif self.search_field.text().strip():
            text = self.tr("No conversations match \u201c%1\u201d.").replace(
                "%1", self.search_field.text().strip()
            )
        elif self._archived:
            text = self.tr("No archived conversations.")
        elif self.project_selector.current_project_id() is None:
            text = self.tr("Create a project to start.")
        else:
            text = self.tr("No conversations yet.\nStart one with New Chat.")
        self.list_view.set_placeholder(text)

    # Selection and activation ------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        modifiers = QApplication.keyboardModifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return
        self._index_activated(index)

    def _index_activated(self, index: QModelIndex) -> None:
        if self.search.active and self.search.activate(index):
            return
        cid = self.model.conversation_id(index)
        if cid is None:
            return
        self._open_id = cid
        self.conversation_activated.emit(cid)

    def _emit_selection(self) -> None:
        ids = self.selected_conversation_ids()
        if ids != self._last_selection:
            self._last_selection = ids
            self.selection_changed.emit(ids)

    def _restore_selection(self, force: bool = False) -> None:
        """Select the open conversation if it is loaded (after a reload or a new page)."""
        if self.list_view.model() is not self.model:
            return  # search results are shown
        selection = self.list_view.selectionModel()
        index = self.model.index_for_id(self._open_id) if self._open_id else QModelIndex()
        if not force and (not index.isValid() or selection.isSelected(index) or selection.hasSelection()):
            return
        # Selection signals still flow (the view repaints), but _emit_selection sees no
        # change from _last_selection, and selecting never opens: no signal storm.
        self._last_selection = [self._open_id] if index.isValid() else []
        if index.isValid():
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        if index.isValid() and force:
            self.list_view.scrollTo(index)

    def _focus_list(self) -> None:
        view = self.list_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid() and view.model().rowCount():
            first = view.moveCursor(view.CursorAction.MoveHome, Qt.KeyboardModifier.NoModifier)
            view.setCurrentIndex(first)

    # Context menu and its actions ---------------------------------------------------------------

    def _selected_rows(self) -> list[ConversationRow]:
        rows = []
        for cid in self.selected_conversation_ids():
            row = self.list_view.model().row_for_id(cid)
            if row is not None:
                rows.append(row)
        return rows

    def context_menu(self) -> ConversationMenu | None:
        """A menu of actions on the selected conversations (None when nothing is selected)."""
        rows = self._selected_rows()
        if not rows:
            return None
        menu = ConversationMenu(rows, self.project_selector.project_names(), self)
        menu.rename_requested.connect(self._rename)
        menu.pin_requested.connect(self._set_pinned)
        menu.archive_requested.connect(self._set_archived)
        menu.move_requested.connect(self._move_to_project)
        menu.move_to_new_project_requested.connect(self._move_to_new_project)
        menu.export_requested.connect(self.export_requested)
        menu.delete_requested.connect(self.delete_requested)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.list_view.indexAt(position)
        if self.list_view.model().conversation_id(index) is None:
            return
        selection = self.list_view.selectionModel()
        if not selection.isSelected(index):
            # Right-clicking outside the selection acts on that row alone.
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        menu = self.context_menu()
        if menu is None:
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list_view.viewport().mapToGlobal(position))

    def _delete_selected(self) -> None:
        ids = self.selected_conversation_ids()
        if ids:
            self.delete_requested.emit(ids)

    def _rename(self, cid: str) -> None:
        row = self.list_view.model().row_for_id(cid)
        dialog = QInputDialog(self)
        dialog.setObjectName("renameDialog")
        dialog.setWindowTitle(self.tr("Rename Conversation"))
        dialog.setLabelText(self.tr("Title:"))
        dialog.setTextValue(row.title if row else "")
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        if notify.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        title = dialog.textValue().strip()
        if not title or (row is not None and title == row.title):
            return
        self._write(
            self.tr("Could not rename the conversation"),
            [cid],
            conversations.rename_conversation,
            cid,
            title,
        )

    def _set_pinned(self, ids: list, pinned: bool) -> None:
        self._write_each(self.tr("Could not pin the conversations"), ids, conversations.set_pinned, pinned)

    def _set_archived(self, ids: list, archived: bool) -> None:
        self._write_each(
            self.tr("Could not archive the conversations"), ids, conversations.set_archived, archived
        )

    def _move_to_project(self, ids: list, project_id: int) -> None:
        self._write(
            self.tr("Could not move the conversations"), ids, conversations.move_to_project, ids, project_id
        )

    def _move_to_new_project(self, ids: list) -> None:
        project = self._ask_new_project()
        if project is None:
            return
        self.reload_projects()
        self._move_to_project(ids, project.id)

    def _write_each(self, title: str, ids: Sequence[str], setter, value: bool) -> None:
        def apply() -> None:
            with write():  # one transaction for the whole selection
                for cid in ids:
                    setter(cid, value)

        self._write(title, ids, apply)

    def _write(self, title: str, ids: Sequence[str], fn, *args) -> None:
        try:
            fn(*args)
        except StoreError as exc:
            self._report(title, exc)
            return
        self._refresh(ids)
        self.conversations_changed.emit(list(ids))

    def _refresh(self, ids: Sequence[str]) -> None:
        if len(ids) > _PLACE_LIMIT:
            self.reload()
            return
        for cid in ids:
            self.conversation_updated(cid)

    # Projects --------------------------------------------------------------------------------

    def _create_project(self) -> None:
        project = self._ask_new_project()
        if project is None:
            return
        self.reload_projects()
        self.project_selector.set_current_project(project.id)
        self.reload()
        self.project_changed.emit(project.id)

    def _ask_new_project(self):
        dialog = QInputDialog(self)
        dialog.setObjectName("newProjectDialog")
        dialog.setWindowTitle(self.tr("New Project"))
        dialog.setLabelText(self.tr("Each project keeps its own conversations.\nName:"))
        dialog.setOkButtonText(self.tr("Create"))
        if notify.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        name = dialog.textValue().strip()
        if not name:
            return None
        try:
            return projects.create_project(name)
        except StoreError as exc:
            self._report(self.tr("Could not create the project"), exc)
            return None

    # Errors ------------------------------------------------------------------------------------

    def _load_failed(self, exc: BaseException) -> None:
        self._report(self.tr("Could not load conversations"), exc)

    def _report(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, StoreError):
            notify.error(self, title, notify.store_error_text(exc), str(exc))
        else:
            details = getattr(exc, "__traceback_text__", None)
            notify.error(self, title, f"{exc.__class__.__name__}: {exc}", details)
