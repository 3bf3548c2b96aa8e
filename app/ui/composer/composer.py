"""The composer under the message view: write, send, stop, pick a model.

It knows nothing of HTTP or the message tree: it emits what the user asked for
(``send_requested``, ``stop_requested``, ``edit_submitted``...) and the chat controller
(``app/ui/chat/controller.py``) answers by calling :meth:`message_sent`,
:meth:`set_streaming`, :meth:`begin_edit`. Drafts are its own business: each
conversation's text is saved shortly after typing stops and comes back on return.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.chat.endpoints import EndpointConfig
from app.ui.composer.drafts import DraftKeeper
from app.ui.composer.model_picker import ModelPicker
from app.ui.composer.prompt_edit import PromptEdit
from app.ui import theme
from app.ui.icons import icon

#: Milliseconds after the last keystroke before the draft is written.
DRAFT_DELAY_MS = 600
#: The composer stays readable on wide windows, like the message column above it.
MAX_WIDTH = 860


class Composer(QWidget):
    """objectName ``composer``. Place it with ``ConversationView.set_composer``."""

    send_requested = Signal(str)
    #: (message id, new text): the user edited a message they had sent.
    edit_submitted = Signal(str, str)
    stop_requested = Signal()
    edit_last_requested = Signal()
    setup_requested = Signal()
    system_prompt_requested = Signal()
    #: (endpoint id, model)
    model_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._conversation_id: str | None = None
        self._streaming = False
        self._editing: str | None = None
        self._text_before_edit = ""
        self._new_chat_text = ""  # typed before the conversation exists
        self._has_endpoints = False
        self._system_prompt = ""
        self.drafts = DraftKeeper(self)

        self.input = PromptEdit()
        self.input.textChanged.connect(self._text_changed)
        self.input.submitted.connect(self.submit)
        self.input.edit_last_requested.connect(self.edit_last_requested)
        self.input.escape_pressed.connect(self._escape)

        self.edit_banner = QFrame()
        self.edit_banner.setObjectName("composerEditBanner")
        self.edit_label = QLabel()
        self.edit_label.setObjectName("composerEditLabel")
        self.cancel_edit_button = QToolButton()
        self.cancel_edit_button.setObjectName("cancelEditButton")
        self.cancel_edit_button.setAutoRaise(True)
        self.cancel_edit_button.setIcon(icon("close"))
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        banner = QHBoxLayout(self.edit_banner)
        banner.setContentsMargins(10, 2, 4, 2)
        banner.addWidget(QLabel(pixmap=icon("edit").pixmap(14, 14)))
        banner.addWidget(self.edit_label, 1)
        banner.addWidget(self.cancel_edit_button)
        self.edit_banner.hide()

        self.picker = ModelPicker()
        self.picker.model_chosen.connect(self.model_chosen)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("setupModelButton")
        self.setup_button.setFlat(True)
        self.setup_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setup_button.clicked.connect(self.setup_requested)
        self.system_prompt_button = QToolButton()
        self.system_prompt_button.setObjectName("systemPromptButton")
        self.system_prompt_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.system_prompt_button.clicked.connect(self.system_prompt_requested)
        self.hint = QLabel()
        self.hint.setObjectName("composerHint")
        # The hint never widens the window: it shows only where there is room (resizeEvent).
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.send_button = QToolButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setIconSize(QSize(18, 18))
        self.send_button.setFixedSize(QSize(34, 34))
        self.send_button.clicked.connect(self._send_clicked)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(6)
        tools.addWidget(self.picker)
        tools.addWidget(self.setup_button)
        tools.addWidget(self.system_prompt_button)
        tools.addWidget(self.hint, 1)
        tools.addWidget(self.send_button)
        self._tools = tools

        self.frame = QFrame()
        self.frame.setObjectName("composerFrame")
        self.frame.setMaximumWidth(MAX_WIDTH)
        self.frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(12, 10, 8, 8)
        inner.setSpacing(6)
        inner.addWidget(self.edit_banner)
        inner.addWidget(self.input)
        inner.addLayout(tools)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 6, 16, 14)
        outer.addStretch(0)
        outer.addWidget(self.frame, 1)
        outer.addStretch(0)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.input.installEventFilter(self)
        self.setFocusProxy(self.input)
        self.set_endpoints(EndpointConfig())
        self.retranslate_ui()

    # -- what the controller drives ----------------------------------------------------------

    def conversation_id(self) -> str | None:
        return self._conversation_id

    def set_conversation(self, conversation_id: str | None) -> None:
        """Show this conversation's draft (saving the one being left)."""
        if conversation_id == self._conversation_id and conversation_id is not None:
            return
        self.save_draft()
        self._leave_edit()
        self._conversation_id = conversation_id
        text = self.drafts.load(conversation_id) if conversation_id else self._new_chat_text
        self._set_text(text)
        self._update_send_button()

    def set_streaming(self, streaming: bool) -> None:
        """An answer is streaming into this conversation: Send becomes Stop."""
        self._streaming = streaming
        self._update_send_button()

    def is_streaming(self) -> bool:
        return self._streaming

    def set_endpoints(self, config: EndpointConfig) -> None:
        """The models to choose from; none set up shows "Set up a model…" instead."""
        self._has_endpoints = bool(config.endpoints)
        self.picker.set_config(config)
        self.picker.setVisible(self._has_endpoints)
        self.setup_button.setVisible(not self._has_endpoints)
        self._update_placeholder()
        self._fit_hint()

    def set_system_prompt(self, prompt: str) -> None:
        """The prompt in effect for the shown conversation (shown on the button)."""
        self._system_prompt = prompt or ""
        self._update_system_prompt_button()

    def begin_edit(self, message_id: str, text: str) -> None:
        """Put a sent message back in the field for editing; Enter saves, Escape cancels."""
        if self._editing is None:
            self._text_before_edit = self.text()
        self._editing = message_id
        self.edit_banner.show()
        self._set_text(text)
        self.input.setFocus()

    def cancel_edit(self) -> None:
        if self._editing is None:
            return
        before = self._text_before_edit
        self._leave_edit()
        self._set_text(before)

    def editing(self) -> str | None:
        """The id of the message being edited, if any."""
        return self._editing

    def message_sent(self, conversation_id: str | None = None) -> None:
        """What was in the field has been committed: clear it (and its draft)."""
        cid = conversation_id or self._conversation_id
        self._draft_timer.stop()
        if self._editing is not None:
            before = self._text_before_edit
            self._leave_edit()
            self._set_text(before)  # what was being typed before the edit comes back
            return
        if cid:
            self.drafts.clear(cid)
        if self._conversation_id is None:
            self._new_chat_text = ""
        self._set_text("")

    def text(self) -> str:
        return self.input.toPlainText()

    def set_text(self, text: str) -> None:
        self.input.setPlainText(text)
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)

    def focus_input(self) -> None:
        self.input.setFocus()

    # -- sending -----------------------------------------------------------------------------

    def submit(self) -> None:
        """Enter: send (or save the edit). Ignored while an answer streams or when empty."""
        if self._streaming:
            return
        text = self.text()
        if not text.strip():
            return
        if self._editing is not None:
            self.edit_submitted.emit(self._editing, text)
        else:
            self.send_requested.emit(text)

    def _send_clicked(self) -> None:
        if self._streaming:
            self.stop_requested.emit()
        else:
            self.submit()

    def _escape(self) -> None:
        if self._editing is not None:
            self.cancel_edit()
        elif self._streaming:
            self.stop_requested.emit()

    # -- drafts ------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._update_send_button()
        if self._editing is not None:
            return  # the edited message is not a draft
        if self._conversation_id is None:
            self._new_chat_text = self.text()
            return
        self._draft_timer.start()

    def save_draft(self) -> None:
        """Write the shown conversation's draft now (debounced typing ends here)."""
        self._draft_timer.stop()
        if self._conversation_id is None or self._editing is not None:
            return
        text = self.text()
        if text != self.drafts.load(self._conversation_id):
            self.drafts.save(self._conversation_id, text)

    def flush_drafts(self) -> None:
        """Save everything synchronously (the window is closing)."""
        self.save_draft()
        self.drafts.flush()

    def _set_text(self, text: str) -> None:
        self.input.blockSignals(True)
        self.set_text(text)
        self.input.blockSignals(False)
        self._update_send_button()

    def _leave_edit(self) -> None:
        self._editing = None
        self._text_before_edit = ""
        self.edit_banner.hide()

    # -- looks -------------------------------------------------------------------------------

    def _update_send_button(self) -> None:
        if self._streaming:
            self.send_button.setIcon(icon("stop", QColor(theme.token("window"))))
            self.send_button.setToolTip(self.tr("Stop the answer (Esc)"))
            self.send_button.setAccessibleName(self.tr("Stop"))
            self.send_button.setEnabled(True)
            self.send_button.setProperty("mode", "stop")
        else:
            glyph = "accent_text" if self.text().strip() else "muted"
            self.send_button.setIcon(icon("send", QColor(theme.token(glyph))))
            self.send_button.setToolTip(self.tr("Send (Enter)"))
            self.send_button.setAccessibleName(self.tr("Send"))
            self.send_button.setEnabled(bool(self.text().strip()))
            self.send_button.setProperty("mode", "send")
        # The stylesheet colours the button by mode: re-polish after the property changed.
        self.send_button.style().unpolish(self.send_button)
        self.send_button.style().polish(self.send_button)

    def _update_placeholder(self) -> None:
        if self._has_endpoints:
            self.input.setPlaceholderText(self.tr("Message the model\u2026"))
        else:
            self.input.setPlaceholderText(self.tr("Write a note\u2026 (no model is set up yet)"))

    def _update_system_prompt_button(self) -> None:
        if self._system_prompt:
            self.system_prompt_button.setText(self.tr("System prompt \u2713"))
            preview = self._system_prompt if len(self._system_prompt) < 300 else self._system_prompt[:300] + "\u2026"
            self.system_prompt_button.setToolTip(self.tr("System prompt in effect:\n%1").replace("%1", preview))
        else:
            self.system_prompt_button.setText(self.tr("System prompt"))
            self.system_prompt_button.setToolTip(self.tr("Instructions the model gets before the conversation"))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Composer"))
        self.input.setAccessibleName(self.tr("Message"))
        self.edit_label.setText(self.tr("Editing your message \u2014 Enter saves, Esc cancels"))
        self.cancel_edit_button.setToolTip(self.tr("Cancel editing"))
        self.cancel_edit_button.setAccessibleName(self.tr("Cancel editing"))
        self.setup_button.setText(self.tr("Set up a model\u2026"))
        self.setup_button.setToolTip(self.tr("Connect Parley to Ollama, LM Studio, OpenAI or any OpenAI-compatible server"))
        self.hint.setText(self.tr("Shift+Enter for a new line"))
        self._update_placeholder()
        self._update_system_prompt_button()
        self._update_send_button()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_hint()

    def _fit_hint(self) -> None:
        """Show "Shift+Enter for a new line" only when it fits beside the buttons."""
        used = sum(
            w.sizeHint().width() + self._tools.spacing()
            for w in (self.picker, self.setup_button, self.system_prompt_button, self.send_button)
            if not w.isHidden()
        )
        margins = self.frame.contentsMargins()
        room = self.frame.width() - margins.left() - margins.right() - used
        self.hint.setVisible(room >= self.hint.sizeHint().width() + 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The frame, not the bare text field, shows the focus ring.
        if watched is self.input and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.frame.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            self.frame.style().unpolish(self.frame)
            self.frame.style().polish(self.frame)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_send_button()  # the glyph colours follow the theme
        super().changeEvent(event)
