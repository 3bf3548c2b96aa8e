"""The strip above the messages: the conversation's title (renamable in place) and a quiet
line with its project and message count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.conversation.message_style import style_for
from app.ui.icons import icon


class ElidedLabel(QLabel):
    """A one-line label that ends in an ellipsis instead of widening the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = QFontMetrics(self.font()).elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(self.contentsRect(), int(self.alignment()), text)


class ConversationHeader(QWidget):
    """Title and subtitle; double-click the title (or the pencil) to rename."""

    #: The user finished renaming: the new title (stripped, never empty).
    title_committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self._title = ""
        self._details: tuple[str, int] | None = None  # (project, message count) once set

        self._title_label = ElidedLabel(self)
        self._title_label.setObjectName("conversationTitle")
        self._title_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        title_font = QFont(self.font())
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title_label.setFont(title_font)
        self._title_label.installEventFilter(self)

        self._editor = QLineEdit(self)
        self._editor.setObjectName("conversationTitleEditor")
        self._editor.setFont(title_font)
        self._editor.editingFinished.connect(self._commit)
        self._editor.installEventFilter(self)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._title_label)
        self._stack.addWidget(self._editor)
        self._stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._stack.setFixedHeight(QFontMetrics(title_font).height() + 10)

        self._rename = QToolButton(self)
        self._rename.setObjectName("renameConversationButton")
        self._rename.setIcon(icon("edit"))
        self._rename.setAutoRaise(True)
        self._rename.clicked.connect(self.start_editing)

        self._subtitle = ElidedLabel(self)
        self._subtitle.setObjectName("conversationSubtitle")
        self._subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self._stack, 1)
        top.addWidget(self._rename)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 10, 16, 10)
        column.setSpacing(0)
        column.addLayout(top)
        column.addWidget(self._subtitle)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text the header shows, in the current language."""
        self._title_label.setAccessibleName(self.tr("Conversation title"))
        self._title_label.setToolTip(self.tr("Double-click to rename"))
        self._editor.setAccessibleName(self.tr("New conversation title"))
        self._rename.setToolTip(self.tr("Rename conversation"))
        self._rename.setAccessibleName(self.tr("Rename conversation"))
        if self._details is not None:
            if not self._title:
                self._title_label.setText(self.tr("New chat"))
            self.set_details(*self._details)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_conversation(self, title: str, project: str, message_count: int) -> None:
        self.cancel_editing()
        self._title = title
        self._title_label.setText(title or self.tr("New chat"))
        self.set_details(project, message_count)

    def set_details(self, project: str, message_count: int) -> None:
        self._details = (project, message_count)
        if message_count == 1:
            count = self.tr("1 message")
        else:
            count = self.tr("%1 messages").replace("%1", QLocale().toString(message_count))
        self._subtitle.setText(" \u00b7 ".join(part for part in (project, count) if part))

    def title(self) -> str:
        return self._title

    def subtitle(self) -> str:
        return self._subtitle.text()

    def is_editing(self) -> bool:
        return self._stack.currentWidget() is self._editor

    def start_editing(self) -> None:
        self._editor.setText(self._title)
        self._editor.selectAll()
        self._stack.setCurrentWidget(self._editor)
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_editing(self) -> None:
        self._stack.setCurrentWidget(self._title_label)

    def _commit(self) -> None:
        if not self.is_editing():
            return
        title = " ".join(self._editor.text().split())
        self.cancel_editing()
        if title and title != self._title:
            self._title = title
            self._title_label.setText(title)
            self.title_committed.emit(title)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self._title_label and event.type() == event.Type.MouseButtonDblClick:
            self.start_editing()
            return True
        if watched is self._editor and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.cancel_editing()
                return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(style_for(self.palette()).card_border)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
