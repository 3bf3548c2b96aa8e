"""The settings panel: a list of pages on the left, the chosen page on the right.

Other parts add their own pages (the chat engineer's model endpoints, for one) with
:meth:`SettingsPanel.add_page`. Settings apply as they are changed; there is no OK/Apply.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon

Title = str | Callable[[], str]


class SettingsPanel(QDialog):
    """objectName ``settingsPanel``; pages are added with :meth:`add_page`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPanel")
        self.resize(780, 540)
        self.setMinimumSize(620, 420)
        self._titles: list[Title] = []

        self.page_list = QListWidget()
        self.page_list.setObjectName("settingsPageList")
        self.page_list.setFixedWidth(190)
        self.page_list.setIconSize(QSize(18, 18))
        self.page_list.setUniformItemSizes(True)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.page_title = QLabel()
        self.page_title.setObjectName("settingsPageTitle")
        font = self.page_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.page_title.setFont(font)

        self.stack = QStackedWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)

        right = QVBoxLayout()
        right.setContentsMargins(24, 18, 24, 14)
        right.setSpacing(12)
        right.addWidget(self.page_title)
        right.addWidget(self.stack, 1)
        right.addWidget(self.buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.page_list)
        layout.addLayout(right, 1)

        self.page_list.currentRowChanged.connect(self._show_row)
        self._keep_icons_readable()
        self.retranslate_ui()

    def add_page(self, widget: QWidget, title: Title, icon_name: str | None = None) -> int:
        """Add a page; ``title`` is a translated string or a function returning one (so the
        title follows a language change). Returns the page's index."""
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(widget)
        index = self.stack.addWidget(scroller)
        item = QListWidgetItem(icon(icon_name) if icon_name else icon("settings"), self._text(title))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, self._text(title))
        self.page_list.addItem(item)
        self._titles.append(title)
        if self.page_list.currentRow() < 0:
            self.page_list.setCurrentRow(0)
        return index

    def page(self, index: int) -> QWidget:
        """The widget added as page ``index``."""
        scroller = self.stack.widget(index)
        assert isinstance(scroller, QScrollArea)
        return scroller.widget()

    def page_count(self) -> int:
        return self.stack.count()

    def set_current_page(self, index: int) -> None:
        self.page_list.setCurrentRow(index)

    def current_page_index(self) -> int:
        return self.stack.currentIndex()

    @staticmethod
    def _text(title: Title) -> str:
        return title() if callable(title) else title

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            self.page_title.setText(self._text(self._titles[row]))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        for row, title in enumerate(self._titles):
            text = self._text(title)
            item = self.page_list.item(row)
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self._show_row(self.page_list.currentRow())

    def _keep_icons_readable(self) -> None:
        # A selected row has a light tint, not the accent: its icon keeps the text colour.
        palette = self.page_list.palette()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.HighlightedText, text)
        self.page_list.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._keep_icons_readable()
        super().changeEvent(event)
