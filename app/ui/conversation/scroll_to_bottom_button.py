"""The round "newest message" button floating over the message list when scrolled up."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QToolButton, QWidget

from app.ui.conversation.message_style import style_for

SIZE = 34
MARGIN = 14


class ScrollToBottomButton(QToolButton):
    """Hidden until the user scrolls away from the newest message."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scrollToBottomButton")
        self.setArrowType(Qt.ArrowType.DownArrow)
        self.setToolTip(self.tr("Scroll to the newest message"))
        self.setAccessibleName(self.tr("Scroll to the newest message"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedSize(SIZE, SIZE)
        self.hide()
        self.restyle()

    def restyle(self) -> None:
        """Follow the palette (called when the theme changes)."""
        style = style_for(self.palette())
        self.setStyleSheet(
            "QToolButton#scrollToBottomButton {"
            f" background: {style.base.name()}; border: 1px solid {style.card_border.name()};"
            f" border-radius: {SIZE // 2}px; }}"
            f"QToolButton#scrollToBottomButton:hover {{ background: {style.hover.name()}; }}"
        )

    def place(self, area: QRect) -> None:
        """Centre the button near the bottom of ``area`` (the list's viewport)."""
        self.move(area.center().x() - self.width() // 2, area.bottom() - self.height() - MARGIN)
