"""Settings > General: where the data lives and how big it is, theme and language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.ui.icons import icon
from app.ui.settings_registry import settings
from app.ui.tasks import TaskHandle, run_task


class GeneralPage(QWidget):
    """Data folder (with Open Folder), space used, theme and language."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalSettingsPage")
        self._data_dir = data_dir
        self._size_task: TaskHandle | None = None
        self._size_bytes: int | None = None

        # -- Your data
        self.data_group = QGroupBox()
        self.data_path_label = QLabel(str(data_dir))
        self.data_path_label.setObjectName("dataPathLabel")
        self.data_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path_label.setWordWrap(True)
        self.open_folder_button = QPushButton(icon("folder"), "")
        self.open_folder_button.setObjectName("openDataFolderButton")
        self.open_folder_button.setAutoDefault(False)  # Enter closes the dialog, not opens a folder
        self.open_folder_button.clicked.connect(self.open_data_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(self.data_path_label, 1)
        path_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.size_label = QLabel()
        self.size_label.setObjectName("dataSizeLabel")
        self.data_hint = QLabel()
        self.data_hint.setObjectName("settingsHint")
        self.data_hint.setWordWrap(True)
        self.data_form = QFormLayout(self.data_group)
        self.data_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.location_caption = QLabel()
        self.size_caption = QLabel()
        self.data_form.addRow(self.location_caption, path_row)
        self.data_form.addRow(self.size_caption, self.size_label)
        self.data_form.addRow(self.data_hint)

        # -- Appearance
        self.appearance_group = QGroupBox()
        self.theme_selector = QComboBox()
        self.theme_selector.setObjectName("themeSelector")
        for value in ("system", "light", "dark"):
            self.theme_selector.addItem("", value)
        self.language_selector = QComboBox()
        self.language_selector.setObjectName("languageSelector")
        self.language_hint = QLabel()
        self.language_hint.setObjectName("settingsHint")
        self.language_hint.setWordWrap(True)
        self.appearance_form = QFormLayout(self.appearance_group)
        self.appearance_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.theme_caption = QLabel()
        self.theme_caption.setBuddy(self.theme_selector)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language_selector)
        self.appearance_form.addRow(self.theme_caption, self.theme_selector)
        self.appearance_form.addRow(self.language_caption, self.language_selector)
        self.appearance_form.addRow(self.language_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.data_group)
        layout.addWidget(self.appearance_group)
        layout.addStretch(1)

        self._fill_languages()
        self._select(self.theme_selector, settings.get("theme"))
        self._select(self.language_selector, settings.get("language"))
        self.theme_selector.currentIndexChanged.connect(self._theme_chosen)
        self.language_selector.currentIndexChanged.connect(self._language_chosen)
        settings.changed.connect(self._setting_changed)
        self.retranslate_ui()

    @staticmethod
    def page_title() -> str:
        """The page's name in the settings list (translated when called)."""
        return QCoreApplication.translate("GeneralPage", "General")

    # -- data folder ------------------------------------------------------------------------

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def refresh_size(self) -> None:
        """Measure the data folder off the GUI thread (a network folder can be slow)."""
        from app.store.location import data_size_bytes

        if self._size_task is not None and not self._size_task.done:
            return
        data_dir = self._data_dir
        self._size_task = run_task(lambda ctx: data_size_bytes(data_dir), on_result=self._size_measured)

    def _size_measured(self, size: int) -> None:
        self._size_bytes = int(size)
        self._show_size()

    def _show_size(self) -> None:
        if self._size_bytes is None:
            self.size_label.setText(self.tr("Measuring\u2026"))
            return
        formatted = QLocale().formattedDataSize(
            self._size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )
        self.size_label.setText(formatted)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_size()

    # -- appearance -------------------------------------------------------------------------

    def _fill_languages(self) -> None:
        current = self.language_selector.currentData()
        self.language_selector.blockSignals(True)
        self.language_selector.clear()
        for value, label in i18n.language_choices():
            self.language_selector.addItem(label, value)
        self.language_selector.blockSignals(False)
        if current is not None:
            self._select(self.language_selector, current)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _theme_chosen(self, index: int) -> None:
        settings.set("theme", self.theme_selector.itemData(index))

    def _language_chosen(self, index: int) -> None:
        settings.set("language", self.language_selector.itemData(index))

    def _setting_changed(self, key: str, value: object) -> None:
        # The View menu changes the theme too: keep the selector in step.
        if key == "appearance/theme":
            self._select(self.theme_selector, str(value))
        elif key == "appearance/language":
            self._select(self.language_selector, str(value))

    # -- translation ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.data_group.setTitle(self.tr("Your Data"))
        self.location_caption.setText(self.tr("Location:"))
        self.size_caption.setText(self.tr("Space used:"))
        self.open_folder_button.setText(self.tr("Open Folder"))
        self.open_folder_button.setToolTip(self.tr("Show the data folder in your file manager"))
        self.data_hint.setText(
            self.tr(
                "Everything Parley keeps is in this folder: the database, its backups and the "
                "log. Start Parley with --data-dir to use another folder."
            )
        )
        self._show_size()

        self.appearance_group.setTitle(self.tr("Appearance"))
        self.theme_caption.setText(self.tr("&Theme:"))
        self.language_caption.setText(self.tr("&Language:"))
        for index, text in enumerate((self.tr("System"), self.tr("Light"), self.tr("Dark"))):
            self.theme_selector.setItemText(index, text)
        self.theme_selector.setAccessibleName(self.tr("Theme"))
        self.language_selector.setAccessibleName(self.tr("Language"))
        self.language_selector.setItemText(0, i18n.language_choices()[0][1])
        self.language_hint.setText(
            self.tr("The window switches language at once; a few texts follow after a restart.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
