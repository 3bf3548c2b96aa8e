"""The conversation list view: keyboard navigation over headers, an empty-state message."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView

from app.ui.sidebar.delegate import ConversationDelegate
from app.ui.sidebar.list_model import ItemKind, Role

_NAVIGATION_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}

_BACKWARD = {
    QAbstractItemView.CursorAction.MoveUp,
    QAbstractItemView.CursorAction.MovePageUp,
    QAbstractItemView.CursorAction.MovePrevious,
    QAbstractItemView.CursorAction.MoveLeft,
}


class ConversationListView(QListView):
    """A ``QListView`` tuned for 100,000 uniform rows with group headers in between."""

    #: The keyboard asks to open a conversation: Enter, or moving the cursor to it (no
    #: Shift/Ctrl, which extend the selection instead).
    open_requested = Signal(QModelIndex)
    #: Delete or Backspace (macOS) pressed with conversations selected.
    delete_pressed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        self.setItemDelegate(ConversationDelegate(self))
        # Every row, header included, has one height: the view lays out without asking.
        self.setUniformItemSizes(True)
        # Layout in one pass is a ~15 ms C++ loop even at 100,000 rows (row count in C++,
        # uniform sizes); batched layout would only make the scroll bar grow in steps.
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)  # hover highlight
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # The sidebar pane behind shows through.
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QListView { background: transparent; border: none; }")

    def set_placeholder(self, text: str) -> None:
        """The muted sentence shown while the list is empty."""
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder

    # Keyboard ------------------------------------------------------------------------------

    def _is_header(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and index.data(Role.KIND) == ItemKind.HEADER

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if not self._is_header(index):
            return index
        model = self.model()
        step = -1 if action in _BACKWARD else 1
        for direction in (step, -step):
            row = index.row() + direction
            while 0 <= row < model.rowCount():
                candidate = model.index(row, 0)
                if not self._is_header(candidate):
                    return candidate
                row += direction
        return self.currentIndex()

    def _is_delete_key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            return True
        # The Mac keyboard's "delete" key is Backspace to Qt.
        return sys.platform == "darwin" and event.key() == Qt.Key.Key_Backspace

    def _has_selection(self) -> bool:
        selection = self.selectionModel()
        return selection is not None and selection.hasSelection()

    def event(self, event: QEvent) -> bool:
        # Take Delete before a window-wide shortcut does, so it acts on this list's selection.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self._is_delete_key(event)
            and self._has_selection()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._is_delete_key(event) and self._has_selection():
            self.delete_pressed.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        before = QPersistentModelIndex(self.currentIndex())
        super().keyPressEvent(event)
        plain = not (
            event.modifiers()
            & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        )
        current = self.currentIndex()
        if key in _NAVIGATION_KEYS and plain and current.isValid() and current != QModelIndex(before):
            self.open_requested.emit(current)

    # Painting ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            palette = self.palette()
            color = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            area = self.viewport().rect().adjusted(24, 0, -24, 0)
            area = QRect(area.left(), area.top() + 24, area.width(), max(0, area.height() - 48))
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self._placeholder,
            )
            painter.end()
