"""About, delete confirmation, welcome screen and settings panel, as the user sees them."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTextBrowser, QWidget

from app.identity import APP_VERSION
from app.ui.dialogs.about import AboutDialog
from app.ui.dialogs.confirm_delete import confirm_delete, delete_question
from app.ui.settings.general_page import GeneralPage
from app.ui.settings.panel import SettingsPanel
from app.ui.settings_registry import settings
from app.ui.welcome import WelcomeScreen


def test_about_shows_version_data_folder_and_licences(qtbot, data_dir, english):
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert APP_VERSION in labels
    assert str(data_dir) in labels
    credits = dialog.findChild(QTextBrowser, "aboutCredits").toPlainText()
    for component, licence in [
        ("PySide6", "LGPL-3.0"),
        ("Peewee", "MIT"),
        ("Python-Markdown", "BSD-3-Clause"),
        ("Pygments", "BSD-2-Clause"),
        ("platformdirs", "MIT"),
        ("HTTPX", "BSD-3-Clause"),
        ("keyring", "MIT"),
    ]:
        assert component in credits and licence in credits


def test_delete_question_names_one_or_counts_many(english):
    question, detail = delete_question(["Trip to Kyoto"])
    assert question == "Delete \u201cTrip to Kyoto\u201d?"
    assert "cannot be undone" in detail
    question, detail = delete_question(["A", "B", ""], total=12)
    assert question == "Delete 12 conversations?"
    assert "\u2022 A" in detail and "Untitled conversation" in detail
    assert "and 9 more" in detail


def test_confirm_delete_defaults_to_cancel(qtbot, dialogs, english):
    assert confirm_delete(None, ["Trip to Kyoto"]) is False
    (box,) = dialogs.shown
    assert box.defaultButton() is not box.findChild(QPushButton, "confirmAcceptButton")
    dialogs.answers.append("accept")
    assert confirm_delete(None, ["Trip to Kyoto"]) is True


def test_welcome_screen_offers_three_choices(qtbot, data_dir, english):
    import_action = QAction()
    import_action.setEnabled(False)
    import_action.setToolTip("Not available in this version yet")
    screen = WelcomeScreen(data_dir, import_action)
    qtbot.addWidget(screen)
    cards = {card.accessibleName(): card for card in screen.findChildren(QPushButton, "choiceCard")}
    assert set(cards) == {"Start a Chat", "Import History", "Explore Samples"}
    assert not cards["Import History"].isEnabled()
    assert cards["Import History"].toolTip() == "Not available in this version yet"
    import_action.setEnabled(True)  # the import part lands: the card follows the action
    assert cards["Import History"].isEnabled()
    with qtbot.waitSignal(import_action.triggered):
        cards["Import History"].click()
    with qtbot.waitSignal(screen.start_chat_requested):
        cards["Start a Chat"].click()
    with qtbot.waitSignal(screen.samples_requested):
        cards["Explore Samples"].click()


def test_settings_panel_shows_where_the_data_lives_and_its_size(qtbot, store, english):
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.add_page(GeneralPage(store), GeneralPage.page_title, "settings")
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.objectName() == "settingsPanel"
    assert panel.findChild(QLabel, "dataPathLabel").text() == str(store)
    size_label = panel.findChild(QLabel, "dataSizeLabel")
    qtbot.waitUntil(lambda: any(unit in size_label.text() for unit in ("kB", "MB", "bytes")))
    assert size_label.text()[0].isdigit()


def test_settings_panel_accepts_other_parts_pages(qtbot, english):
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    page = QWidget()
    index = panel.add_page(page, "Models", "project")
    panel.set_current_page(index)
    assert panel.page(index) is page
    assert panel.findChild(QLabel, "settingsPageTitle").text() == "Models"


def test_theme_and_language_selectors_change_the_settings(qtbot, store, styled_app, english):
    page = GeneralPage(store)
    qtbot.addWidget(page)
    theme_box = page.findChild(QComboBox, "themeSelector")
    theme_box.setCurrentIndex(theme_box.findData("dark"))
    assert settings.get("theme") == "dark"
    settings.set("theme", "light")  # e.g. from the View menu: the selector follows
    assert theme_box.currentData() == "light"
    language_box = page.findChild(QComboBox, "languageSelector")
    assert language_box.findData("zh_CN") >= 0
    language_box.setCurrentIndex(language_box.findData("zh_CN"))
    assert settings.get("language") == "zh_CN"
    qtbot.waitUntil(lambda: page.findChild(QLabel, "dataSizeLabel") is not None and page.appearance_group.title() == "外观")
