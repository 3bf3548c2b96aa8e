"""The find bar above a conversation: a field, "3 of 12", previous/next, close.

Only a widget: it says what the user asked for through signals, and
:class:`app.ui.search.conversation_find.ConversationFind` does the finding.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.ui.icons import icon


class FindBar(QFrame):
    """Find in the open conversation."""

    text_edited = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("888 of 888") + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.previous_button = self._button("chevron-left", "findPrevious", self.previous_requested)
        self.next_button = self._button("chevron-right", "findNext", self.next_requested)
        self.close_button = self._button("close", "findClose", self.close_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(4)
        layout.addWidget(self.close_button)

        self.field.textEdited.connect(self.text_edited)
        self.field.installEventFilter(self)
        self.retranslate_ui()
        self.set_count(None, 0)

    def _button(self, icon_name: str, name: str, signal) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(icon(icon_name))
        button.setAutoRaise(True)
        button.clicked.connect(signal)
        return button

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in conversation"))
        self.field.setAccessibleName(self.tr("Find in conversation"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_count(self, current: int | None, total: int, *, busy: bool = False, hint: str = "") -> None:
        """Show "3 of 12" (current is 0-based), "No matches", or nothing while typing."""
        locale = QLocale()
        if hint:
            text = hint
        elif busy or not self.field.text().strip():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        elif current is None:
            text = self.tr("%n match(es)", "", total)
        else:
            text = self.tr("%1 of %2").replace("%1", locale.toString(current + 1)).replace(
                "%2", locale.toString(total)
            )
        self.count_label.setText(text)
        self.count_label.setToolTip(hint)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_requested.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
        return super().eventFilter(watched, event)
