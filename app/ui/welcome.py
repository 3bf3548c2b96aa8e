"""The first-run screen: shown while the database has no conversations.

Three choices, each a large card: start a chat, import history (follows the File > Import
action, so it is disabled exactly as long as that is), or explore sample conversations.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.identity import APP_NAME
from app.ui.icons import icon

CARD_WIDTH = 210
CARD_SPACING = 14
#: Below this width the three cards stack instead of sitting side by side.
SIDE_BY_SIDE_WIDTH = 3 * CARD_WIDTH + 2 * CARD_SPACING + 2 * 32
ICON_SIZE = 26


class ChoiceCard(QPushButton):
    """A large button: an icon, a title and a line of explanation."""

    def __init__(self, icon_name: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceCard")
        self.setProperty("card", name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedWidth(CARD_WIDTH)

        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon(icon_name).pixmap(QSize(ICON_SIZE, ICON_SIZE)))
        self._icon_name = icon_name
        self.title_label = QLabel()
        self.title_label.setObjectName("choiceCardTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setObjectName("choiceCardText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for label in (self.icon_label, self.title_label, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(8)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label, 1)

    def set_texts(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        # Wrapped text: the height follows from the card's fixed width.
        self.setFixedHeight(max(150, self.layout().totalHeightForWidth(CARD_WIDTH)))

    def changeEvent(self, event: QEvent) -> None:
        # Themed icons in a QLabel are pixmaps: re-render them when the palette or the
        # enabled state changes.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.EnabledChange):
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            self.icon_label.setPixmap(icon(self._icon_name).pixmap(QSize(ICON_SIZE, ICON_SIZE), mode))
        super().changeEvent(event)


class WelcomeScreen(QScrollArea):
    """objectName ``welcomeScreen``. Emits what the user chose; the window acts on it.

    A scroll area, so a small window never has to grow to fit it: the cards sit side by side
    when there is room and stack when there is not.
    """

    start_chat_requested = Signal()
    samples_requested = Signal()

    def __init__(self, data_dir: Path, import_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("welcomeContent")
        self.setWidget(content)
        self._data_dir = data_dir
        self._import_action = import_action

        self.logo = QLabel()
        self.logo.setPixmap(icon("app").pixmap(QSize(88, 88)))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = QLabel()
        self.headline.setObjectName("welcomeHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.headline.setFont(font)
        self.intro = QLabel()
        self.intro.setObjectName("welcomeText")
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro.setWordWrap(True)
        self.intro.setMaximumWidth(560)
        self.intro.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        intro_row = QHBoxLayout()
        intro_row.addStretch(1)
        intro_row.addWidget(self.intro, 10)  # takes the room first, up to its maximum width
        intro_row.addStretch(1)

        self.start_card = ChoiceCard("new-chat", "start")
        self.start_card.clicked.connect(self.start_chat_requested)
        self.import_card = ChoiceCard("import", "import")
        self.import_card.clicked.connect(import_action.trigger)
        self.samples_card = ChoiceCard("project", "samples")
        self.samples_card.clicked.connect(self.samples_requested)
        import_action.changed.connect(self._sync_import_card)

        self.cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.cards.setSpacing(CARD_SPACING)
        self.cards.addStretch(1)
        for card in (self.start_card, self.import_card, self.samples_card):
            self.cards.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        self.cards.addStretch(1)

        self.footnote = QLabel()
        self.footnote.setObjectName("welcomeFootnote")
        self.footnote.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footnote.setWordWrap(True)
        self.footnote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 32, 32, 32)
        column.addStretch(3)
        column.addWidget(self.logo)
        column.addSpacing(10)
        column.addWidget(self.headline)
        column.addSpacing(4)
        column.addLayout(intro_row)
        column.addSpacing(28)
        column.addLayout(self.cards)
        column.addSpacing(24)
        column.addWidget(self.footnote)
        column.addStretch(4)

        self.retranslate_ui()
        self._sync_import_card()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        side_by_side = self.viewport().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.cards.direction() != direction:
            self.cards.setDirection(direction)

    def _sync_import_card(self) -> None:
        self.import_card.setEnabled(self._import_action.isEnabled())
        enabled = self._import_action.isEnabled()
        self.import_card.setToolTip("" if enabled else self._import_action.toolTip())

    def retranslate_ui(self) -> None:
        self.headline.setText(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.intro.setText(
            self.tr(
                "A home for your AI conversations, kept on this computer. Chat with any "
                "OpenAI-compatible model, bring in your ChatGPT and Claude history, and find "
                "anything you ever discussed."
            )
        )
        self.start_card.set_texts(
            self.tr("Start a Chat"), self.tr("Open a new conversation and talk to a model.")
        )
        self.import_card.set_texts(
            self.tr("Import History"), self.tr("Bring in conversations exported from ChatGPT or Claude.")
        )
        self.samples_card.set_texts(
            self.tr("Explore Samples"),
            self.tr("Load sample conversations, in their own \u201cSamples\u201d project, to look around."),
        )
        self.footnote.setText(
            self.tr("Your conversations are stored in %1 and never leave this computer unless you send them to a model.")
            .replace("%1", str(self._data_dir))
        )
        self._sync_import_card()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
