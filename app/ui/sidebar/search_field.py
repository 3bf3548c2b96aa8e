"""The sidebar's search field: a search icon, a clear button, Escape to clear."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

try:
    from app.ui.icons import icon
except ImportError:  # pragma: no cover - the icon module ships with the app
    from PySide6.QtGui import QIcon

    def icon(name: str, color=None) -> QIcon:  # type: ignore[misc]
        return QIcon()


class SearchField(QLineEdit):
    """A ``QLineEdit`` that clears on Escape and hands focus to the list on Escape/Down."""

    #: Escape on an empty field, or Down: the list should take the focus.
    leave_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        search_icon = icon("search")
        if not search_icon.isNull():
            self.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)

    def event(self, event: QEvent) -> bool:
        # Escape clears the field even when the window binds Escape to something else.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.text()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.leave_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Down:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
