"""The text field of the composer: plain text that grows with what is typed.

Enter sends, Shift+Enter starts a new line, Up in an empty field asks to edit the last
message sent, Escape cancels an edit. The field grows line by line up to ``max_lines``
and scrolls after that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class PromptEdit(QPlainTextEdit):
    """objectName ``composerInput``."""

    submitted = Signal()
    edit_last_requested = Signal()
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None, *, max_lines: int = 12) -> None:
        super().__init__(parent)
        self.setObjectName("composerInput")
        self._max_lines = max_lines
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    # -- size ------------------------------------------------------------------------------

    def _lines(self) -> int:
        # QPlainTextDocumentLayout measures its height in (wrapped) lines.
        return max(1, int(self.document().documentLayout().documentSize().height()))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin()) * 2
        return lines * self.fontMetrics().lineSpacing() + doc_margin + margins.top() + margins.bottom() + 2

    def _fit_height(self, *_args) -> None:
        lines = min(self._lines(), self._max_lines)
        self.setFixedHeight(self._height_for(lines))
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self._lines() > self._max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(min(self._lines(), self._max_lines)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()  # a narrower field wraps into more lines

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                # A real new paragraph ("\n"), not Qt's default soft line separator.
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
            elif mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
                self.submitted.emit()
            else:
                super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Up and mods == Qt.KeyboardModifier.NoModifier and not self.toPlainText():
            self.edit_last_requested.emit()
            return
        if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)
