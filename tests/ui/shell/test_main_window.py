"""The real window over a real store: what a user sees when they start, chat, delete, restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QWidget

from app.store import close_database, conversations, messages, open_database, projects
from app.ui.main_window import MainWindow
from app.ui.settings_registry import settings


@pytest.fixture
def open_window(qtbot, dialogs, english, styled_app):
    """``open_window(data_dir)``: a shown MainWindow whose conversation view is ready."""
    windows: list[MainWindow] = []

    def make(data_dir: Path) -> MainWindow:
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.view_ready, timeout=10_000):
            window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def list_rows(window: MainWindow) -> list[str]:
    """Every row the conversation list shows, group headers included, as display text."""
    model = window.findChild(QListView, "conversationList").model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


def group_of(window: MainWindow, title: str) -> str | None:
    """The group header above the row titled ``title`` in the conversation list."""
    model = window.findChild(QListView, "conversationList").model()
    header = None
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if model.is_header(index):
            header = text
        elif text == title:
            return header
    return None


def seed(title: str, when: float, *, n_messages: int = 2) -> str:
    project = projects.default_project()
    row = conversations.create_conversation(project.id, title, created_at=when)
    for n in range(n_messages):
        messages.append_message(
            row.id, "user" if n % 2 == 0 else "assistant", f"message {n} of {title}", created_at=when + n
        )
    return row.id


def test_welcome_screen_on_an_empty_database(open_window, store):
    window = open_window(store)
    assert window.right_pane.currentWidget() is window.welcome
    assert window.welcome.isVisible()
    titles = {card.accessibleName() for card in window.welcome.findChildren(QPushButton, "choiceCard")}
    assert titles == {"Start a Chat", "Import History", "Explore Samples"}
    assert window.windowTitle() == "Parley"


def test_main_widgets_have_stable_names(open_window, store):
    window = open_window(store)
    for name in ("conversationList", "searchField", "messageView", "newChatButton"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_a_new_chat_appears_under_today(open_window, store, clock, qtbot):
    window = open_window(store)
    qtbot.mouseClick(window.findChild(QPushButton, "newChatButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_conversation_id() is not None, timeout=5000)
    cid = window.current_conversation_id()
    assert conversations.count_conversations() == 1
    assert window.sidebar.current_conversation_id() == cid
    assert "Today" in list_rows(window)
    assert window.right_pane.currentWidget() is window.conversation_view


def test_new_chat_from_the_menu_does_not_pile_up_empty_chats(open_window, store, clock, qtbot):
    window = open_window(store)
    window.actions.new_chat.trigger()
    qtbot.waitUntil(lambda: window.current_conversation_id() is not None, timeout=5000)
    window.actions.new_chat.trigger()  # still empty: the same chat stays open
    assert conversations.count_conversations() == 1


def test_a_chat_from_yesterday_is_under_yesterday(open_window, store, clock):
    yesterday = dt.datetime(2026, 11, 21, 9, 15).timestamp()
    seed("Planning the garden", yesterday)
    seed("This morning", dt.datetime(2026, 11, 22, 8, 0).timestamp())
    window = open_window(store)
    assert group_of(window, "Planning the garden") == "Yesterday"
    assert group_of(window, "This morning") == "Today"
    assert window.right_pane.currentWidget() is window.empty_state


def test_opening_a_conversation_shows_it(open_window, store, clock, qtbot):
    cid = seed("Rust lifetimes", clock.value - 60)
    window = open_window(store)
    window.sidebar.select_conversation(cid)
    window.open_conversation(cid)
    assert window.conversation_view.conversation_id() == cid
    assert window.windowTitle() == "Rust lifetimes \u2014 Parley"
    view = window.findChild(QListView, "messageView")
    qtbot.waitUntil(lambda: view.model() is not None and view.model().rowCount() >= 2, timeout=5000)


def test_delete_asks_first_and_cancel_keeps_it(open_window, store, clock, dialogs):
    cid = seed("Keep me", clock.value - 60)
    window = open_window(store)
    window.sidebar.select_conversation(cid)
    window.open_conversation(cid)
    dialogs.answers.append("reject")
    window.actions.delete_conversation.trigger()
    assert dialogs.texts[-1][1] == "Delete \u201cKeep me\u201d?"
    assert conversations.find_conversation(cid) is not None
    assert "Keep me" in list_rows(window)


def test_delete_removes_it_from_the_list_and_the_store(open_window, store, clock, dialogs, qtbot):
    keep = seed("Keep me", clock.value - 120)
    gone = seed("Delete me", clock.value - 60)
    window = open_window(store)
    window.sidebar.select_conversation(gone)
    window.open_conversation(gone)
    dialogs.answers.append("accept")
    window.sidebar.delete_requested.emit([gone])
    qtbot.waitUntil(lambda: "Delete me" not in list_rows(window), timeout=5000)
    assert conversations.find_conversation(gone) is None
    assert conversations.find_conversation(keep) is not None
    assert window.right_pane.currentWidget() is window.empty_state  # the open one went
    assert window.windowTitle() == "Parley"


def test_everything_is_still_there_after_a_restart(open_window, store, clock, qtbot):
    window = open_window(store)
    window.actions.new_chat.trigger()
    qtbot.waitUntil(lambda: window.current_conversation_id() is not None, timeout=5000)
    cid = window.current_conversation_id()
    messages.append_message(cid, "user", "Remember the milk")
    older = seed("An older chat", clock.value - 3 * 86400)
    window.resize(720, 520)
    window.splitter.setSizes([260, 459])
    sizes = window.splitter.sizes()
    window.close()
    close_database()

    open_database(store)
    again = open_window(store)
    assert again.size() == QSize(720, 520)
    assert again.splitter.sizes() == sizes
    rows = list_rows(again)
    assert "An older chat" in rows
    assert again.current_conversation_id() == cid  # the last open conversation reopens
    assert again.sidebar.current_conversation_id() == cid
    assert conversations.find_conversation(older) is not None
    assert [m.content for m in messages.active_messages(cid)] == ["Remember the milk"]


def test_hidden_sidebar_stays_hidden_after_a_restart(open_window, store):
    window = open_window(store)
    window.actions.show_sidebar.setChecked(False)
    assert not window.sidebar.isVisible()
    window.close()
    again = open_window(store)
    assert not again.sidebar.isVisible()
    again.actions.show_sidebar.setChecked(True)
    assert again.sidebar.isVisible()


def test_settings_panel_shows_the_data_path(open_window, store, qtbot):
    window = open_window(store)
    window.actions.settings.trigger()
    panel = window.findChild(QWidget, "settingsPanel")
    qtbot.waitExposed(panel)
    assert panel.findChild(QLabel, "dataPathLabel").text() == str(store)
    panel.close()


def test_find_focuses_the_search_field(open_window, store, qtbot):
    window = open_window(store)
    window.activateWindow()
    window.actions.find.trigger()
    search = window.findChild(QLineEdit, "searchField")
    qtbot.waitUntil(search.hasFocus)


def test_import_and_export_are_disabled_until_they_exist(open_window, store):
    window = open_window(store)
    for action in (window.actions.import_action, window.actions.export_action):
        if action.isEnabled():
            continue  # the import/export part has connected it
        assert action.toolTip() == "Not available in this version yet"


def test_the_menus_and_buttons_speak_chinese(open_window, store, qapp, qtbot):
    from app.ui import i18n

    window = open_window(store)
    i18n.apply_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: window.actions.file_menu.title() == "文件(&F)")
    assert window.actions.new_chat.text() == "新对话(&N)"
    assert window.welcome.headline.text() == "欢迎使用 Parley"
    new_chat = window.findChild(QPushButton, "newChatButton")
    qtbot.waitUntil(lambda: new_chat.text() == "新对话")


def test_the_stored_language_applies_at_start(qapp, english):
    from PySide6.QtCore import QCoreApplication, QSettings

    from app.ui.application import create_application
    from app.ui.settings_registry import settings_path

    raw = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    raw.setValue("appearance/language", "zh_CN")
    raw.sync()
    assert create_application([]) is qapp
    assert QCoreApplication.translate("MainActions", "&File") == "文件(&F)"


def test_explore_samples_fills_a_samples_project(open_window, store, clock, qtbot):
    window = open_window(store)
    cards = {card.accessibleName(): card for card in window.welcome.findChildren(QPushButton, "choiceCard")}
    cards["Explore Samples"].click()
    qtbot.waitUntil(lambda: window.right_pane.currentWidget() is window.empty_state, timeout=20_000)
    samples = projects.find_project("Samples")
    assert samples is not None
    assert conversations.count_conversations(samples.id, archived=None) > 0
    assert window.sidebar.current_project_id() == samples.id
    assert len(list_rows(window)) > 10
    assert "Today" in list_rows(window)


def test_renaming_in_the_view_saves_and_retitles(open_window, store, clock, qtbot):
    cid = seed("Old name", clock.value - 60)
    window = open_window(store)
    window.sidebar.select_conversation(cid)
    window.open_conversation(cid)
    window.conversation_view.title_edited.emit(cid, "Trip to Kyoto")
    qtbot.waitUntil(lambda: conversations.get_conversation(cid).title == "Trip to Kyoto", timeout=5000)
    qtbot.waitUntil(lambda: window.windowTitle() == "Trip to Kyoto \u2014 Parley")
    assert "Trip to Kyoto" in list_rows(window)


def test_a_rename_from_the_sidebar_retitles_the_window(open_window, store, clock):
    cid = seed("Old name", clock.value - 60)
    window = open_window(store)
    window.sidebar.select_conversation(cid)
    window.open_conversation(cid)
    conversations.rename_conversation(cid, "Better name")
    window.sidebar.conversations_changed.emit([cid])
    assert window.windowTitle() == "Better name \u2014 Parley"


def test_the_view_menu_switches_the_theme_at_once(open_window, store):
    from PySide6.QtGui import QPalette

    window = open_window(store)
    window.actions.theme_dark.trigger()
    assert settings.get("theme") == "dark"
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 60
    window.actions.theme_light.trigger()
    assert window.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert window.actions.theme_light.isChecked() and not window.actions.theme_dark.isChecked()


def test_a_new_chat_goes_into_the_project_on_screen(open_window, store, clock, qtbot):
    work = projects.create_project("Work")
    window = open_window(store)
    window.sidebar.set_current_project(work.id)
    window.actions.new_chat.trigger()
    qtbot.waitUntil(lambda: window.current_conversation_id() is not None, timeout=5000)
    assert conversations.get_conversation(window.current_conversation_id()).project_id == work.id
    assert window.sidebar.current_project_id() == work.id


def test_the_first_window_fits_the_screen(open_window, store):
    window = open_window(store)
    available = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= available.width()
    assert window.height() <= available.height()
    assert available.contains(window.geometry().center())


def test_zoom_enlarges_the_messages_and_is_remembered(open_window, store, clock, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QGuiApplication, QWheelEvent

    cid = seed("Zoom me", clock.value - 60, n_messages=2)
    messages.append_message(cid, "assistant", "A long answer. " * 60, created_at=clock.value - 50)
    window = open_window(store)
    window.open_conversation(cid)
    listview = window.findChild(QListView, "messageView")
    qtbot.waitUntil(lambda: listview.model().rowCount() == 3, timeout=5000)
    index = listview.model().index(2, 0)
    qtbot.waitUntil(lambda: listview.visualRect(index).height() > 60, timeout=5000)
    normal = listview.visualRect(index).height()
    base = QGuiApplication.font().pointSizeF()
    assert not window.actions.zoom_reset.isEnabled()

    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert listview.font().pointSizeF() == pytest.approx(base * 1.25)
    qtbot.waitUntil(lambda: listview.visualRect(index).height() > normal * 1.15, timeout=5000)
    assert window.statusBar().currentMessage() == "Text size 125%"
    composer_input = window.findChild(QWidget, "composerInput")
    assert composer_input.font().pointSizeF() == pytest.approx(base * 1.25)  # what you write grows too
    assert composer_input.viewport().font().pointSizeF() == pytest.approx(base * 1.25)  # its placeholder too
    assert window.sidebar.font().pointSizeF() == pytest.approx(base)  # the sidebar keeps its size
    window.close()

    again = open_window(store)  # the last conversation reopens, at the zoom it was left at
    listview = again.findChild(QListView, "messageView")
    assert listview.font().pointSizeF() == pytest.approx(base * 1.25)
    qtbot.waitUntil(lambda: listview.model().rowCount() == 3, timeout=5000)

    # Ctrl+wheel over the messages zooms out, one step a notch; it does not scroll.
    viewport = listview.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre, QPointF(viewport.mapToGlobal(QPoint(centre.toPoint()))), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QGuiApplication.sendEvent(viewport, wheel)
    assert listview.font().pointSizeF() == pytest.approx(base * 1.10)

    again.actions.zoom_reset.trigger()
    assert listview.font().pointSizeF() == pytest.approx(base)
    index = listview.model().index(2, 0)
    qtbot.waitUntil(lambda: listview.visualRect(index).height() == normal, timeout=5000)
    for _ in range(10):
        again.actions.zoom_out.trigger()
    assert not again.actions.zoom_out.isEnabled()  # 67% is the smallest
    assert settings.get("view/text_zoom") == 67
