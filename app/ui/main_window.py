"""The main window: composes the sidebar, the conversation view and the shell's screens.

It wires signals between the parts in one place and implements none of them. The right pane
is a stack: the first-run welcome screen (empty database), the "no conversation open" state,
and the conversation view. The view (and with it Markdown and Pygments) is created only after
the window has painted for the first time, so start-up stays fast.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from app.identity import APP_NAME
from app.store import conversations, projects
from app.store.rows import ConversationRow
from app.ui import conversation_ops, notify
from app.ui.actions import MainActions
from app.ui.dialogs.confirm_delete import MAX_TITLES_LISTED, confirm_delete, display_title
from app.ui.empty_state import EmptyState
from app.ui.icons import icon
from app.ui.settings_registry import settings
from app.ui.sidebar.sidebar import Sidebar
from app.ui.text_zoom import DEFAULT as TEXT_ZOOM_DEFAULT
from app.ui.text_zoom import TextZoom
from app.ui.welcome import WelcomeScreen

if TYPE_CHECKING:
    from app.ui.chat.chat_feature import ChatFeature
    from app.ui.conversation.conversation_view import ConversationView
    from app.ui.settings.panel import SettingsPanel

log = logging.getLogger(__name__)

SIDEBAR_WIDTH = 300
DEFAULT_SIZE = (1240, 800)


class MainWindow(QMainWindow):
    """Parley's window. ``window.actions`` holds the menu actions (see :mod:`app.ui.actions`)."""

    #: Emitted once, after the window has painted for the first time.
    first_painted = Signal()
    #: Emitted when the conversation view has been created (after the first paint).
    view_ready = Signal()
    #: The conversation on the right changed (id, or "" for none).
    conversation_opened = Signal(str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self._view: ConversationView | None = None
        self._settings_panel: SettingsPanel | None = None
        #: Chat (composer, model endpoints), built with the conversation view.
        self.chat: ChatFeature | None = None
        self._painted = False
        self._closing = False
        self._pending_open: str | None = None
        self._welcome: WelcomeScreen | None = None

        if not projects.list_projects():
            # A first run: one project to put chats in, so the sidebar can offer New Chat.
            projects.default_project(self.tr("General"))

        self.actions = MainActions(self)
        self.text_zoom = TextZoom(self)
        self.actions.build_menus(self.menuBar())

        self.sidebar = Sidebar()
        # The stylesheet gives the sidebar its own surface colour (a plain QWidget paints
        # a stylesheet background only when asked to).
        self.sidebar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.empty_state = EmptyState()
        self.right_pane = QStackedWidget()
        self.right_pane.setObjectName("rightPane")
        self.right_pane.addWidget(self.empty_state)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.right_pane)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        notify.set_status_bar(self.statusBar())
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().hide()
        self.statusBar().messageChanged.connect(lambda text: self.statusBar().setVisible(bool(text)))

        self._wire()
        self._restore_window_state()
        self._show_start_screen()
        self.retranslate_ui()

    # -- wiring -----------------------------------------------------------------------------

    def _wire(self) -> None:
        a = self.actions
        a.new_chat.triggered.connect(self.new_chat)
        a.settings.triggered.connect(self.open_settings)
        a.quit.triggered.connect(self.close)
        a.copy.triggered.connect(self.copy)
        a.find.triggered.connect(self.sidebar.focus_search)
        a.delete_conversation.triggered.connect(self.delete_selected)
        a.show_sidebar.toggled.connect(self._set_sidebar_visible)
        a.zoom_in.triggered.connect(self.text_zoom.zoom_in)
        a.zoom_out.triggered.connect(self.text_zoom.zoom_out)
        a.zoom_reset.triggered.connect(self.text_zoom.reset)
        self.text_zoom.changed.connect(self._zoom_changed)
        self._zoom_changed(self.text_zoom.level(), announce=False)
        a.theme_group.triggered.connect(lambda action: settings.set("theme", action.data()))
        a.about.triggered.connect(self.show_about)
        a.open_data_folder.triggered.connect(self.open_data_folder)
        a.set_theme_checked(settings.get("theme"))
        settings.changed.connect(self._setting_changed)

        self.sidebar.conversation_activated.connect(self.open_conversation)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.settings_requested.connect(self.open_settings)
        self.sidebar.delete_requested.connect(self.delete_conversations)
        self.sidebar.project_changed.connect(lambda pid: settings.set("session/last_project", int(pid)))
        self.sidebar.conversations_changed.connect(self._conversations_changed)

        self.empty_state.new_chat_requested.connect(self.new_chat)

        from app.ui.transfer import install as install_transfer

        # File > Import…/Export…, the sidebar's Export, files dropped on the window.
        self.transfer = install_transfer(self)

        from app.ui.search import install as install_search

        # Full-text search results in the sidebar, Find in a conversation, F3 / Shift+F3.
        self.search = install_search(self)

    def _wire_view(self, view: ConversationView) -> None:
        view.branch_switched.connect(self.sidebar.conversation_updated)
        view.title_edited.connect(self.rename_conversation)
        from app.ui.chat.chat_feature import ChatFeature

        self.chat = ChatFeature(self, view)
        # What you read and what you write grow with View > Zoom; the bars around them do not.
        self.text_zoom.attach(view.message_list, wheel=view.message_list.viewport())
        self.text_zoom.attach(self.chat.composer.input)
        self.chat.controller.conversation_changed.connect(lambda _cid: self._update_title())

    def _zoom_changed(self, percent: int, *, announce: bool = True) -> None:
        self.actions.zoom_in.setEnabled(self.text_zoom.can_zoom_in())
        self.actions.zoom_out.setEnabled(self.text_zoom.can_zoom_out())
        self.actions.zoom_reset.setEnabled(percent != TEXT_ZOOM_DEFAULT)
        if announce:
            notify.status(self.tr("Text size %1%").replace("%1", self.locale().toString(percent)))

    def _setting_changed(self, key: str, value: object) -> None:
        if key == "appearance/theme":
            self.actions.set_theme_checked(str(value))

    # -- the conversation view, created after the first paint ----------------------------------

    @property
    def conversation_view(self) -> ConversationView:
        """The conversation view (created on first use)."""
        if self._view is None:
            from app.ui.conversation.conversation_view import ConversationView

            self._view = ConversationView()
            self.right_pane.addWidget(self._view)
            self._wire_view(self._view)
            self.view_ready.emit()
        return self._view

    def has_view(self) -> bool:
        return self._view is not None

    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            # Queued: runs after this paint has reached the screen.
            QTimer.singleShot(0, self._after_first_paint)
        return result

    def _after_first_paint(self) -> None:
        if self._closing:
            return
        self.first_painted.emit()
        self.conversation_view  # noqa: B018 - builds the view (and imports Markdown) now
        cid = self._pending_open
        self._pending_open = None
        if cid and conversations.find_conversation(cid) is not None:
            self.sidebar.select_conversation(cid)
            self._show_in_view(cid)

    # -- opening, creating, deleting ------------------------------------------------------------

    def open_conversation(self, conversation_id: str) -> None:
        """Show a conversation on the right (the sidebar's selection is left alone)."""
        if not conversation_id:
            self.close_conversation()
            return
        if self._view is None and not self._painted:
            self._pending_open = conversation_id  # opened once the window has painted
            return
        self._show_in_view(conversation_id)

    def _show_in_view(self, conversation_id: str) -> None:
        view = self.conversation_view
        view.show_conversation(conversation_id)
        self.right_pane.setCurrentWidget(view)
        settings.set("session/data_dir", str(self.data_dir))
        settings.set("session/last_conversation", conversation_id)
        self._update_title()
        self.conversation_opened.emit(conversation_id)

    def close_conversation(self) -> None:
        """Show the empty state (or the welcome screen if nothing is left)."""
        if self._view is not None:
            self._view.show_conversation(None)
        settings.set("session/last_conversation", "")
        self._show_start_screen()
        self._update_title()
        self.conversation_opened.emit("")

    def current_conversation_id(self) -> str | None:
        """The conversation shown on the right, if any."""
        if self._view is None or self.right_pane.currentWidget() is not self._view:
            return None
        return self._view.conversation_id()

    def new_chat(self) -> None:
        """Start a conversation in the current project, list it under Today and open it."""
        current = self.current_conversation_id()
        if current:
            row = conversations.find_conversation(current)
            if row is not None and row.message_count == 0 and not row.title:
                # Already looking at an empty new chat: do not pile up another one.
                self._focus_composer()
                return
        project_id = self.sidebar.current_project_id()
        conversation_ops.create_conversation(self, project_id, self._chat_created)

    def _chat_created(self, row: ConversationRow) -> None:
        if self._closing:
            return
        if self.sidebar.current_project_id() != row.project_id:
            # The chat went into a project the sidebar is not showing (or did not know).
            self.sidebar.reload_projects()
            self.sidebar.set_current_project(row.project_id)
        self.sidebar.conversation_updated(row.id)
        self.sidebar.select_conversation(row.id)
        self._show_in_view(row.id)
        self._focus_composer()

    def _focus_composer(self) -> None:
        if self._view is None:
            return
        composer = self._view.findChild(QWidget, "composer")
        if composer is not None:
            composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        """Edit > Delete Conversation: the sidebar's selection, else the open conversation."""
        ids = self.sidebar.selected_conversation_ids()
        if not ids:
            current = self.current_conversation_id()
            ids = [current] if current else []
        if ids:
            self.delete_conversations(ids)

    def delete_conversations(self, conversation_ids: Sequence[str]) -> None:
        """Ask, then delete; the sidebar and the right pane follow."""
        ids = list(dict.fromkeys(conversation_ids))
        if not ids:
            return
        titles = []
        for cid in ids[:MAX_TITLES_LISTED]:
            row = conversations.find_conversation(cid)
            titles.append(row.title if row else "")
        if not confirm_delete(self, titles, len(ids)):
            return
        conversation_ops.delete_conversations(
            self, ids, lambda count: self._conversations_deleted(ids, count, titles)
        )

    def _conversations_deleted(self, ids: list[str], count: int, titles: list[str]) -> None:
        if self._closing:
            return
        self.sidebar.reload()
        if self.current_conversation_id() in ids:
            self.close_conversation()
        elif self.right_pane.currentWidget() is not self._view or self._view is None:
            self._show_start_screen()
        if count == 1:
            notify.status(self.tr("Deleted \u201c%1\u201d").replace("%1", display_title(titles[0])))
        else:
            notify.status(self.tr("Deleted %1 conversations").replace("%1", self.locale().toString(count)))

    def _conversations_changed(self, conversation_ids: list) -> None:
        """The sidebar renamed, pinned, archived or moved these: refresh what shows them."""
        current = self.current_conversation_id()
        if current in conversation_ids and self._view is not None:
            self._view.reload()
            self._update_title()

    def refresh_from_store(self) -> None:
        """Re-read projects and conversations after the store changed behind the window's
        back (an import, samples): the sidebar, and the welcome or empty state."""
        self.sidebar.reload_projects()
        if self.current_conversation_id() is None:
            self._show_start_screen()

    def rename_conversation(self, conversation_id: str, title: str) -> None:
        conversation_ops.rename_conversation(self, conversation_id, title, self._renamed)

    def _renamed(self, conversation_id: str) -> None:
        if self._closing:
            return
        self.sidebar.conversation_updated(conversation_id)
        self._update_title()

    # -- the right pane's resting states ---------------------------------------------------------

    @property
    def welcome(self) -> WelcomeScreen:
        """The first-run screen, built only when a database is empty."""
        if self._welcome is None:
            self._welcome = WelcomeScreen(self.data_dir, self.actions.import_action)
            self._welcome.start_chat_requested.connect(self.new_chat)
            self._welcome.samples_requested.connect(self.load_samples)
            self.right_pane.addWidget(self._welcome)
        return self._welcome

    def _show_start_screen(self) -> None:
        """Welcome on an empty database, otherwise the "no conversation open" state."""
        if self._has_conversations():
            self.right_pane.setCurrentWidget(self.empty_state)
        else:
            self.right_pane.setCurrentWidget(self.welcome)

    @staticmethod
    def _has_conversations() -> bool:
        # Two index probes (< 1 ms): listing "archived or not" in one query would sort the
        # whole table, ~0.1 s at 100,000 conversations, on the way to the first paint.
        return bool(
            conversations.list_conversations(archived=False, limit=1)
            or conversations.list_conversations(archived=True, limit=1)
        )

    def load_samples(self) -> None:
        """Fill the database with sample conversations (in a "Samples" project)."""
        from app.ui.sample_loader import load_samples

        load_samples(self, self.data_dir, self._samples_loaded)

    def _samples_loaded(self, project_id: int | None) -> None:
        if self._closing:
            return
        self.sidebar.reload_projects()
        if project_id is not None:
            self.sidebar.set_current_project(project_id)
        self.sidebar.reload()
        self._show_start_screen()

    # -- menus ------------------------------------------------------------------------------

    def copy(self) -> None:
        """Edit > Copy: the focused text field's selection, else the message view's."""
        focused = QApplication.focusWidget()
        if isinstance(focused, (QLineEdit, QTextEdit, QPlainTextEdit)):
            focused.copy()
        elif self._view is not None:
            self._view.copy_selection()

    def open_settings(self) -> None:
        panel = self.settings_panel
        if panel.isVisible():
            panel.raise_()
            panel.activateWindow()
        else:
            panel.show()

    @property
    def settings_panel(self) -> SettingsPanel:
        """The settings dialog (``settingsPanel``), built on first use with its General page.

        Other parts add pages with ``window.settings_panel.add_page(widget, title, icon)``.
        """
        if self._settings_panel is None:
            from app.ui.settings.general_page import GeneralPage
            from app.ui.settings.panel import SettingsPanel

            panel = SettingsPanel(self)
            panel.add_page(GeneralPage(self.data_dir), GeneralPage.page_title, "settings")
            self._settings_panel = panel
            if self.chat is not None:
                self.chat.add_settings_page(panel)
        return self._settings_panel

    def show_about(self) -> None:
        from app.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notify.exec_dialog(dialog)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def _set_sidebar_visible(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)
        settings.set("window/sidebar_visible", visible)

    # -- title, state, language -------------------------------------------------------------

    def _update_title(self) -> None:
        cid = self.current_conversation_id()
        row = conversations.find_conversation(cid) if cid else None
        if row is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{display_title(row.title)} \u2014 {APP_NAME}")

    def _restore_window_state(self) -> None:
        geometry = settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._place_first_time()
        state = settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.get("window/splitter")
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([SIDEBAR_WIDTH, max(400, self.width() - SIDEBAR_WIDTH)])
        visible = settings.get("window/sidebar_visible")
        self.actions.show_sidebar.setChecked(visible)
        self.sidebar.setVisible(visible)
        project = settings.get("session/last_project")
        if project:
            self.sidebar.set_current_project(project)
        if settings.get("session/data_dir") == str(self.data_dir):
            last = settings.get("session/last_conversation")
            if last:
                self._pending_open = last

    def _place_first_time(self) -> None:
        """A first start: a comfortable size that fits the screen, centred on it."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(*DEFAULT_SIZE)
            return
        available = screen.availableGeometry()
        width = min(DEFAULT_SIZE[0], int(available.width() * 0.9))
        height = min(DEFAULT_SIZE[1], int(available.height() * 0.9))
        self.resize(width, height)
        self.move(
            available.x() + (available.width() - width) // 2,
            available.y() + (available.height() - height) // 2,
        )

    def save_window_state(self) -> None:
        """Remember size, position, splitter and sidebar (the open conversation is saved as
        it changes)."""
        settings.set("window/geometry", self.saveGeometry())
        settings.set("window/state", self.saveState())
        settings.set("window/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self._closing = True
        if self.chat is not None:
            self.chat.shutdown()  # answers stop and are saved as incomplete; drafts written
        if self._settings_panel is not None:
            self._settings_panel.close()
        notify.set_status_bar(None)
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions.retranslate()
        self._update_title()
        self.setWindowIcon(icon("app"))

    def changeEvent(self, event: QEvent) -> None:
        # A closed window may outlive its database (until Qt deletes it): leave it as it is.
        if event.type() == QEvent.Type.LanguageChange and not self._closing:
            self.retranslate_ui()
        super().changeEvent(event)
