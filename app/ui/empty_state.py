"""What the right pane shows when no conversation is open: a quiet hint and New Chat."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import icon


class EmptyState(QWidget):
    """objectName ``emptyState``: "Select a conversation or start a new one"."""

    new_chat_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setPixmap(icon("app").pixmap(QSize(64, 64)))
        self.headline = QLabel()
        self.headline.setObjectName("emptyStateHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("emptyStateText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.new_chat_button = QPushButton()
        self.new_chat_button.setObjectName("emptyStateNewChatButton")
        self.new_chat_button.setProperty("primary", True)
        self.new_chat_button.setIconSize(QSize(16, 16))
        self.new_chat_button.clicked.connect(self.new_chat_requested)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.logo)
        layout.addSpacing(10)
        layout.addWidget(self.headline)
        layout.addWidget(self.text)
        layout.addSpacing(16)
        layout.addWidget(self.new_chat_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate_ui()
        self._update_icon()

    def retranslate_ui(self) -> None:
        self.headline.setText(self.tr("No conversation open"))
        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        self.text.setText(
            self.tr("Pick one from the list, or start a new chat (%1).").replace("%1", shortcut)
        )
        self.new_chat_button.setText(self.tr("New Chat"))

    def _update_icon(self) -> None:
        # The button is accent-coloured: its icon takes the text colour drawn on the accent.
        color = self.palette().color(QPalette.ColorRole.HighlightedText)
        self.new_chat_button.setIcon(icon("new-chat", color))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_icon()
        super().changeEvent(event)
