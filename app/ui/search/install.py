"""Wires search into the main window: one call from ``MainWindow``.

- The sidebar's search field searches all history (the sidebar owns a
  :class:`~app.ui.search.sidebar_search.SidebarSearch`); opening a result opens the
  conversation at the matching message with every match highlighted and the find bar open.
- Edit › Find (Ctrl+F) finds in the open conversation, or puts the cursor in the sidebar's
  search field when no conversation is open or the sidebar has the focus;
  Edit › Search All Conversations (Ctrl+Shift+F) always does the latter.
- F3 / Shift+F3 move to the next / previous match.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from app.store.search_index import optimize_index
from app.ui.search.conversation_find import ConversationFind
from app.ui.tasks import TaskHandle, run_task

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: The index is merged this long after the window first paints (start-up work comes first).
OPTIMIZE_AFTER_MS = 20_000


class SearchFeature(QObject):
    """Search's part of the main window."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self.sidebar_search = window.sidebar.search
        self.find: ConversationFind | None = None
        self._pending_hit: tuple[str, str, str] | None = None

        actions = window.actions
        try:
            actions.find.triggered.disconnect(window.sidebar.focus_search)
        except (RuntimeError, TypeError):  # pragma: no cover - wired differently
            pass
        actions.find.triggered.connect(self.find_requested)
        self.search_all = QAction(window)
        self.search_all.setObjectName("searchAllAction")
        self.search_all.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_all.triggered.connect(window.sidebar.focus_search)
        window.addAction(self.search_all)
        menu = getattr(actions, "edit_menu", None)
        if menu is not None:
            menu_actions = menu.actions()
            position = menu_actions.index(actions.find) + 1 if actions.find in menu_actions else len(menu_actions)
            menu.insertAction(menu_actions[position] if position < len(menu_actions) else None, self.search_all)
        self.find_next = self._shortcut("findNextAction", QKeySequence.StandardKey.FindNext, self._next)
        self.find_previous = self._shortcut(
            "findPreviousAction", QKeySequence.StandardKey.FindPrevious, self._previous
        )
        self.retranslate_ui()
        window.installEventFilter(self)  # a QObject gets no LanguageChange of its own

        # Keep the index merged: a long import leaves many segments (background, in short
        # write transactions; nothing to do costs one statement).
        self._optimizing: TaskHandle | None = None
        window.first_painted.connect(lambda: QTimer.singleShot(OPTIMIZE_AFTER_MS, self, self.optimize_index))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_optimizing)
        window.destroyed.connect(self._stop_optimizing)

        self.sidebar_search.result_activated.connect(self._open_result)
        window.conversation_opened.connect(self._conversation_opened)
        if window.has_view():
            self._view_ready()
        else:
            window.view_ready.connect(self._view_ready)

    def optimize_index(self) -> None:
        """Merge the search index's segments in the background (after start-up, imports)."""
        if self._optimizing is not None and not self._optimizing.done:
            return
        self._optimizing = run_task(
            lambda ctx: optimize_index(pages=500, should_stop=lambda: ctx.cancelled),
            on_error=lambda exc: log.warning("optimizing the search index failed: %s", exc),
        )

    def _stop_optimizing(self, *_args) -> None:
        if self._optimizing is not None:
            self._optimizing.cancel()

    def _shortcut(self, name: str, key: QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.search_all.setText(self.tr("Search All Conversations\u2026"))
        self.search_all.setToolTip(self.tr("Search every conversation (Ctrl+Shift+F)"))
        self.find_next.setText(self.tr("Find Next"))
        self.find_previous.setText(self.tr("Find Previous"))

    # -- the conversation view ---------------------------------------------------------------

    def _view_ready(self) -> None:
        if self.find is not None:
            return
        self.find = ConversationFind(self._window.conversation_view)
        if self._pending_hit is not None:
            cid, mid, query = self._pending_hit
            self._pending_hit = None
            self._open_result(cid, mid, query)

    def _conversation_opened(self, conversation_id: str) -> None:
        if self.find is not None:
            self.find.conversation_shown(conversation_id or None)

    def _open_result(self, conversation_id: str, message_id: str, query: str) -> None:
        """The sidebar opened a result (the window already shows its conversation)."""
        if self.find is None:
            self._pending_hit = (conversation_id, message_id, query)
            return
        if self._window.current_conversation_id() != conversation_id:
            self._window.open_conversation(conversation_id)
        self.find.open_hit(message_id, query)

    # -- actions -----------------------------------------------------------------------------

    def _sidebar_has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self._window.sidebar.isAncestorOf(focus)

    def find_requested(self) -> None:
        """Ctrl+F: in the open conversation, unless the sidebar has the focus."""
        if self.find is not None and self._window.current_conversation_id() and not self._sidebar_has_focus():
            self.find.open()
        else:
            self._window.sidebar.focus_search()

    def _next(self) -> None:
        if self.find is not None and self._window.current_conversation_id():
            self.find.next()

    def _previous(self) -> None:
        if self.find is not None and self._window.current_conversation_id():
            self.find.previous()


def install(window: "MainWindow") -> SearchFeature:
    """Add search to the main window (called once, from its constructor)."""
    return SearchFeature(window)
