"""Text out of the message view: the selected fragments, whole messages, the clipboard."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication, QTextCursor

from app.ui.conversation.message_list_model import MessageListModel
from app.ui.conversation.text_selection import TextSelection

if TYPE_CHECKING:
    from app.ui.conversation.message_delegate import MessageDelegate


def selection_text(
    model: MessageListModel, delegate: "MessageDelegate", selection: TextSelection
) -> tuple[str, str]:
    """The selected text across messages as (plain text, HTML); ("", "") when none."""
    ends = selection.ordered(model.row_of)
    if ends is None:
        return "", ""
    (first, _), (last, _) = ends
    plain, rich = [], []
    for row in range(first, last + 1):
        document = delegate.document(model.index(row))
        if document is None:
            continue
        doc = document.document
        span = selection.range_in(row, doc.characterCount() - 1, model.row_of)
        if span is None:
            continue
        cursor = QTextCursor(doc)
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        fragment = cursor.selection()
        plain.append(fragment.toPlainText())
        rich.append(fragment.toHtml())
    return "\n\n".join(plain), "".join(rich)


def messages_text(model: MessageListModel, rows: Iterable[int]) -> str:
    """Whole messages as their Markdown, separated by blank lines."""
    found = (model.message_at(row) for row in rows)
    return "\n\n".join(message.content for message in found if message is not None)


def put_on_clipboard(text: str, html: str = "", *, primary: bool = False) -> None:
    """Copy ``text`` (with an HTML flavour for rich paste), or set the X11 selection."""
    clipboard = QGuiApplication.clipboard()
    if primary:
        if clipboard.supportsSelection():
            clipboard.setText(text, QClipboard.Mode.Selection)
        return
    data = QMimeData()
    data.setText(text)
    if html:
        data.setHtml(html)
    clipboard.setMimeData(data)
