"""Chat in the main window: the composer in the conversation view, its controller, Settings › Models.

The main window creates one :class:`ChatFeature` when its conversation view exists and
calls :meth:`ChatFeature.shutdown` when it closes; everything else is wired here so the
window only composes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.chat.controller import ChatController
from app.ui.chat.endpoint_settings import EndpointSettings
from app.ui.composer.composer import Composer

if TYPE_CHECKING:
    from app.ui.conversation.conversation_view import ConversationView
    from app.ui.main_window import MainWindow
    from app.ui.settings.panel import SettingsPanel


class ChatFeature(QObject):
    """Owns the composer, the endpoint settings and the chat controller of one window."""

    def __init__(self, window: MainWindow, view: ConversationView) -> None:
        super().__init__(window)
        self._window = window
        self._models_page_index: int | None = None
        self.endpoints = EndpointSettings(parent=self)
        self.composer = Composer()
        view.set_composer(self.composer)
        self.controller = ChatController(
            view,
            self.composer,
            self.endpoints,
            project_for_new_chat=window.sidebar.current_project_id,
            parent=self,
        )
        window.conversation_opened.connect(lambda cid: self.controller.show_conversation(cid or None))
        self.controller.conversation_changed.connect(window.sidebar.conversation_updated)
        self.controller.title_generated.connect(lambda cid, _title: self._title_generated(view, cid))
        self.controller.conversation_created.connect(self._conversation_created)
        self.controller.setup_requested.connect(self.open_models_page)
        if view.conversation_id():
            self.controller.show_conversation(view.conversation_id())

    def add_settings_page(self, panel: SettingsPanel) -> None:
        """Add Settings › Models to the settings panel (once)."""
        from app.ui.settings.endpoints_page import EndpointsPage

        if self._models_page_index is None:
            page = EndpointsPage(self.endpoints)
            self._models_page_index = panel.add_page(page, EndpointsPage.page_title, "project")

    @staticmethod
    def _title_generated(view: ConversationView, cid: str) -> None:
        if view.conversation_id() == cid:
            view.refresh_header()

    def open_models_page(self) -> None:
        """Open Settings at the Models page (the composer's "Set up a model…")."""
        panel = self._window.settings_panel
        if self._models_page_index is None:
            self.add_settings_page(panel)
        panel.set_current_page(self._models_page_index)
        self._window.open_settings()

    def _conversation_created(self, cid: str) -> None:
        self._window.sidebar.conversation_updated(cid)
        self._window.sidebar.select_conversation(cid)
        self._window.open_conversation(cid)

    def shutdown(self) -> None:
        """The window is closing: stop answers (saved as incomplete), write drafts and settings."""
        self.controller.shutdown()
