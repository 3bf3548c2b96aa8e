"""The system prompt: one for the project (all its conversations), one for this conversation.

A conversation's own prompt replaces its project's; leaving it empty uses the project's.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class SystemPromptDialog(QDialog):
    """objectName ``systemPromptDialog``; read :meth:`prompts` after it is accepted."""

    def __init__(
        self,
        project_name: str,
        project_prompt: str,
        conversation_prompt: str,
        *,
        has_conversation: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("systemPromptDialog")
        self.setWindowTitle(self.tr("System Prompt"))
        self.resize(560, 480)

        self.conversation_group = QGroupBox(self.tr("This conversation"))
        self.conversation_edit = QPlainTextEdit(conversation_prompt)
        self.conversation_edit.setObjectName("conversationPromptEdit")
        self.conversation_edit.setAccessibleName(self.tr("System prompt for this conversation"))
        self.conversation_edit.setPlaceholderText(self.tr("Empty: the project\u2019s prompt below is used."))
        conv_layout = QVBoxLayout(self.conversation_group)
        conv_layout.addWidget(self.conversation_edit)
        self.conversation_group.setVisible(has_conversation)

        self.project_group = QGroupBox(self.tr("Every conversation in \u201c%1\u201d").replace("%1", project_name))
        self.project_edit = QPlainTextEdit(project_prompt)
        self.project_edit.setObjectName("projectPromptEdit")
        self.project_edit.setAccessibleName(self.tr("System prompt for the project"))
        self.project_edit.setPlaceholderText(self.tr("For example: Answer briefly. Use metric units."))
        proj_layout = QVBoxLayout(self.project_group)
        proj_layout.addWidget(self.project_edit)

        hint = QLabel(
            self.tr(
                "The model reads the system prompt before every message. A conversation\u2019s own "
                "prompt replaces the project\u2019s."
            )
        )
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.conversation_group, 1)
        layout.addWidget(self.project_group, 1)
        layout.addWidget(buttons)
        (self.conversation_edit if has_conversation else self.project_edit).setFocus()

    def prompts(self) -> tuple[str, str]:
        """(project prompt, conversation prompt), stripped."""
        return self.project_edit.toPlainText().strip(), self.conversation_edit.toPlainText().strip()
