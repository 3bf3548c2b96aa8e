"""The window's actions and menus: File, Edit, View, Help, with standard shortcuts.

:class:`MainActions` only creates the actions and the menus; the main window connects them
(one place for the wiring). Import and Export start disabled, with a tooltip saying so,
until the import/export part connects ``import_action`` / ``export_action`` and enables them.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from app.ui.icons import icon


class MainActions(QObject):
    """Every menu action of the main window, as attributes (``actions.new_chat`` ...)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._texts: list[tuple[QAction, Callable[[], str], Callable[[], str] | None]] = []

        # File
        self.new_chat = self._make(
            "newChatAction", "new-chat", lambda: self.tr("&New Chat"), QKeySequence.StandardKey.New,
            fallback="Ctrl+N",
        )
        self.import_action = self._make(
            "importAction", "import", lambda: self.tr("&Import\u2026"),
            tip=lambda: self.tr("Import conversations exported from ChatGPT or Claude"),
        )
        self.export_action = self._make(
            "exportAction", "export", lambda: self.tr("&Export\u2026"),
            tip=lambda: self.tr("Export the selected conversations"),
        )
        # Disabled until the import/export part connects them and calls make_available()
        # (not fake: the tooltip says why they are off).
        self._unavailable: set[QAction] = {self.import_action, self.export_action}
        for action in self._unavailable:
            action.setEnabled(False)
        self.settings = self._make(
            "settingsAction", "settings", lambda: self.tr("&Settings\u2026"), fallback="Ctrl+,"
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._make(
            "quitAction", None, lambda: self.tr("&Quit"), QKeySequence.StandardKey.Quit, fallback="Ctrl+Q"
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit
        self.copy = self._make("copyAction", "copy", lambda: self.tr("&Copy"), QKeySequence.StandardKey.Copy)
        self.find = self._make(
            "findAction", "search", lambda: self.tr("&Find\u2026"), QKeySequence.StandardKey.Find,
            fallback="Ctrl+F",
        )
        self.delete_conversation = self._make(
            "deleteConversationAction", "delete", lambda: self.tr("&Delete Conversation"),
            QKeySequence.StandardKey.Delete,
        )

        # View
        self.show_sidebar = self._make(
            "showSidebarAction", "sidebar", lambda: self.tr("Show &Sidebar"), fallback="Ctrl+Shift+S"
        )
        self.show_sidebar.setCheckable(True)
        self.show_sidebar.setChecked(True)
        self.zoom_in = self._make(
            "zoomInAction", None, lambda: self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, fallback="Ctrl++"
        )
        # Ctrl+= too: on most keyboards "+" needs Shift, and every browser accepts both.
        self.zoom_in.setShortcuts([*self.zoom_in.shortcuts(), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(
            "zoomOutAction", None, lambda: self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, fallback="Ctrl+-"
        )
        self.zoom_reset = self._make("zoomResetAction", None, lambda: self.tr("&Actual Size"), fallback="Ctrl+0")
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_system = self._make("themeSystemAction", None, lambda: self.tr("&System"))
        self.theme_light = self._make("themeLightAction", None, lambda: self.tr("&Light"))
        self.theme_dark = self._make("themeDarkAction", None, lambda: self.tr("&Dark"))
        for action, value in (
            (self.theme_system, "system"),
            (self.theme_light, "light"),
            (self.theme_dark, "dark"),
        ):
            action.setCheckable(True)
            action.setData(value)
            self.theme_group.addAction(action)

        # Help
        self.about = self._make("aboutAction", "info", lambda: self.tr("&About Parley"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.open_data_folder = self._make(
            "openDataFolderAction", "folder", lambda: self.tr("Open &Data Folder")
        )

        self.file_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.theme_menu = QMenu(window)
        self.help_menu = QMenu(window)
        for name, menu in (
            ("fileMenu", self.file_menu),
            ("editMenu", self.edit_menu),
            ("viewMenu", self.view_menu),
            ("themeMenu", self.theme_menu),
            ("helpMenu", self.help_menu),
        ):
            menu.setObjectName(name)
        self.retranslate()

    def _make(
        self,
        name: str,
        icon_name: str | None,
        text: Callable[[], str],
        standard: QKeySequence.StandardKey | None = None,
        *,
        fallback: str | None = None,
        tip: Callable[[], str] | None = None,
    ) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        shortcuts = QKeySequence.keyBindings(standard) if standard is not None else []
        if not shortcuts and fallback:
            shortcuts = [QKeySequence(fallback)]
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Added to the window so the shortcuts work even with the menu bar hidden.
        self._window.addAction(action)
        self._texts.append((action, text, tip))
        return action

    def build_menus(self, menubar: QMenuBar) -> None:
        """Fill the window's menu bar."""
        self.file_menu.addAction(self.new_chat)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu.addAction(self.copy)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_conversation)

        self.view_menu.addAction(self.show_sidebar)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        self.view_menu.addSeparator()
        self.theme_menu.addActions(self.theme_group.actions())
        self.view_menu.addMenu(self.theme_menu)

        self.help_menu.addAction(self.open_data_folder)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)

        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            menubar.addMenu(menu)

    def set_theme_checked(self, value: str) -> None:
        for action in self.theme_group.actions():
            action.setChecked(action.data() == value)

    def retranslate(self) -> None:
        """Set every text again (the window calls this on a language change)."""
        for action, text, tip in self._texts:
            action.setText(text())
            if action in self._unavailable:
                action.setToolTip(self.tr("Not available in this version yet"))
            elif tip is not None:
                action.setToolTip(tip())
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.help_menu.setTitle(self.tr("&Help"))

    def make_available(self, action: QAction, enabled: bool = True) -> None:
        """For the part that implements Import/Export: mark the action real and enable it."""
        self._unavailable.discard(action)
        for known, _text, tip in self._texts:
            if known is action:
                action.setToolTip(tip() if tip is not None else "")
        action.setEnabled(enabled)
