"""Helpers for driving the message view in tests (points of buttons and text, waits)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from app.ui.conversation.conversation_view import ConversationView
from app.ui.conversation.message_list_model import MessageRoles


def open_and_render(qtbot, view: ConversationView, cid: str) -> None:
    """Show a conversation and wait until every loaded message shows rendered Markdown."""
    view.show_conversation(cid)
    qtbot.waitUntil(lambda: all_rendered(view), timeout=10_000)


def all_rendered(view: ConversationView) -> bool:
    model = view.model
    delegate = view.message_list.message_delegate
    rows = range(model.rowCount())
    return bool(rows) and all(delegate.shows_current_rendering(model.index(row)) for row in rows)


def document_text(view: ConversationView, row: int) -> str:
    document = view.message_list.message_delegate.document(view.model.index(row))
    return document.document.toPlainText()


def row_rect(view: ConversationView, row: int) -> QRect:
    return view.message_list.visualRect(view.model.index(row))


def button_point(view: ConversationView, row: int, name: str) -> QPoint:
    """The centre of a footer button of a row, in viewport coordinates."""
    listview = view.message_list
    index = view.model.index(row)
    delegate = listview.message_delegate
    geometry = delegate.geometry(listview.visualRect(index), index, delegate.document(index))
    for button, rect in geometry.buttons:
        if button == name:
            return rect.center()
    raise AssertionError(f"row {row} has no {name} button")


def text_point(view: ConversationView, row: int, text: str, *, end: bool = False) -> QPoint:
    """Viewport coordinates of the start (or end) of ``text`` in a row's document."""
    listview = view.message_list
    index = view.model.index(row)
    delegate = listview.message_delegate
    document = delegate.document(index)
    geometry = delegate.geometry(listview.visualRect(index), index, document)
    cursor = document.document.find(text)
    assert not cursor.isNull(), f"{text!r} not in row {row}"
    position = cursor.selectionEnd() if end else cursor.selectionStart()
    block = document.document.findBlock(position)
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position())
    origin = document.document.documentLayout().blockBoundingRect(block).topLeft()
    x = origin.x() + line.cursorToX(position - block.position())[0]
    y = origin.y() + line.y() + line.height() / 2
    # Text inside table cells (code blocks) is positioned by the table, which
    # blockBoundingRect already accounts for.
    return QPoint(geometry.text.left() + round(x) + (-1 if end else 1), geometry.text.top() + round(y))


def message_id(view: ConversationView, row: int) -> str:
    return view.model.index(row).data(MessageRoles.Id)
