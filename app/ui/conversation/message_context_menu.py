"""The message view's right-click menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from app.services.render import is_safe_url
from app.store.rows import MessageRow
from app.ui.conversation.message_labels import action_tooltip

if TYPE_CHECKING:
    from app.ui.conversation.message_delegate import Hit
    from app.ui.conversation.message_list_view import MessageListView

# The view's own context: lupdate files these under it and tr() on the view would find them.
translate = QCoreApplication.translate


def build_context_menu(view: "MessageListView", row: MessageRow | None, hit: "Hit | None") -> QMenu:
    """Copy, Copy Message, link actions and the message's own actions, Select All."""
    menu = QMenu(view)
    copy = menu.addAction(translate("MessageListView", "Copy"), view.copy_selection)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setEnabled(view.has_selection())
    if row is not None and hit is not None:
        menu.addAction(translate("MessageListView", "Copy Message"), lambda: view.copy_message(row.id))
        if hit.kind == "link" and is_safe_url(hit.name):
            href = hit.name
            menu.addSeparator()
            menu.addAction(translate("MessageListView", "Open Link"), lambda: view.open_link(row.id, href))
            menu.addAction(
                translate("MessageListView", "Copy Link Address"), lambda: QGuiApplication.clipboard().setText(href)
            )
        extra = [name for name in view.actions_for(row) if name != "copy"]
        if extra:
            menu.addSeparator()
        for name in extra:
            menu.addAction(
                action_tooltip(name), lambda n=name, m=row.id: view.action_triggered.emit(n, m)
            )
    menu.addSeparator()
    select_all = menu.addAction(translate("MessageListView", "Select All"), view.select_all_text)
    select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
    return menu
