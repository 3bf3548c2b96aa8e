"""The sidebar as the user meets it: search, projects, clicks, keys, the context menu."""

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QMenu, QPushButton

from app.store import conversations, projects
from app.ui.sidebar.list_model import ItemKind, Role

from sidebar_helpers import local

# The offscreen platform cannot raise a popup menu or grab the keyboard for it; the menu
# still works, so those notes are not failures here.
MENU_NOISE = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def titles(sidebar):
    model = sidebar.model
    return [
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.index(r, 0).data(Role.KIND) == ItemKind.CONVERSATION
    ]


def headers(sidebar):
    model = sidebar.model
    return [
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.index(r, 0).data(Role.KIND) == ItemKind.HEADER
    ]


def click_row(qtbot, sidebar, cid, modifier=Qt.KeyboardModifier.NoModifier):
    view = sidebar.list_view
    index = sidebar.model.index_for_id(cid)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


def open_menu(sidebar, cid) -> QMenu:
    view = sidebar.list_view
    index = sidebar.model.index_for_id(cid)
    view.customContextMenuRequested.emit(view.visualRect(index).center())
    menus = [m for m in sidebar.findChildren(QMenu, "conversationMenu") if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def trigger(menu: QMenu, name: str) -> None:
    action = next(a for a in menu.findChildren(type(menu.menuAction())) if a.objectName() == name)
    action.trigger()
    menu.close()


def test_parts_have_names_for_tests_and_screen_readers(sidebar_factory, make_conversation):
    make_conversation("Hello")
    sidebar = sidebar_factory()
    for name, kind in [
        ("searchField", QLineEdit),
        ("projectSelector", QComboBox),
        ("conversationList", QListView),
        ("newChatButton", QPushButton),
    ]:
        widget = sidebar.findChild(kind, name)
        assert widget is not None and widget.accessibleName(), name
    assert sidebar.findChild(QPushButton, "newChatButton").text() == "New Chat"
    assert sidebar.settings_button.objectName() == "settingsButton"
    assert sidebar.search_field.placeholderText() == "Search conversations"
    assert sidebar.search_field.isClearButtonEnabled()


def test_a_new_chat_appears_under_today(sidebar_factory, project, clock, make_conversation):
    clock.set(2026, 11, 22, 14, 30)
    make_conversation("Last week", local(2026, 11, 18, 9, 0))
    sidebar = sidebar_factory()
    assert headers(sidebar) == ["Last 7 Days"]
    new = conversations.create_conversation(project.id, "")
    sidebar.conversation_updated(new.id)
    sidebar.select_conversation(new.id)
    assert headers(sidebar) == ["Today", "Last 7 Days"]
    assert titles(sidebar) == ["New chat", "Last week"]
    assert sidebar.selected_conversation_ids() == [new.id]


def test_buttons_ask_for_a_new_chat_and_settings(qtbot, sidebar_factory):
    sidebar = sidebar_factory()
    with qtbot.waitSignal(sidebar.new_chat_requested):
        qtbot.mouseClick(sidebar.new_chat_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(sidebar.settings_requested):
        qtbot.mouseClick(sidebar.settings_button, Qt.MouseButton.LeftButton)


def test_search_field_searches_and_escape_brings_the_list_back(
    qtbot, sidebar_factory, make_conversation, wait_idle
):
    # The field searches full text (app/ui/search); titles are part of what it searches.
    for title in ("Trip to Lisbon", "Lisbon restaurants", "Tax return", "Sourdough"):
        make_conversation(title)
    sidebar = sidebar_factory()
    assert len(titles(sidebar)) == 4

    def shown():
        model = sidebar.list_view.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    qtbot.keyClicks(sidebar.search_field, "LISBON")
    qtbot.waitUntil(lambda: sorted(shown()) == ["Lisbon restaurants", "Trip to Lisbon"], timeout=3000)

    qtbot.keyClicks(sidebar.search_field, "zzz")
    qtbot.waitUntil(lambda: shown() == [] and not sidebar.search.is_busy(), timeout=3000)
    assert "LISBONzzz" in sidebar.list_view.placeholder()

    qtbot.keyClick(sidebar.search_field, Qt.Key.Key_Escape)
    assert sidebar.search_field.text() == ""
    assert sidebar.list_view.model() is sidebar.model
    assert len(shown()) == len(titles(sidebar)) + len(headers(sidebar)) and len(titles(sidebar)) == 4


def test_click_opens_and_select_conversation_is_quiet(qtbot, sidebar_factory, make_conversation):
    a = make_conversation("Alpha")
    b = make_conversation("Beta")
    sidebar = sidebar_factory()
    with qtbot.waitSignal(sidebar.conversation_activated) as opened:
        click_row(qtbot, sidebar, a.id)
    assert opened.args == [a.id]
    assert sidebar.current_conversation_id() == a.id

    with qtbot.assertNotEmitted(sidebar.conversation_activated), qtbot.assertNotEmitted(
        sidebar.selection_changed
    ):
        sidebar.select_conversation(b.id)
        qtbot.wait(20)  # let the coalesced selection signal have its chance
    assert sidebar.current_conversation_id() == b.id
    assert sidebar.selected_conversation_ids() == [b.id]


def test_ctrl_click_selects_several_without_opening(qtbot, sidebar_factory, make_conversation):
    a = make_conversation("Alpha")
    b = make_conversation("Beta")
    c = make_conversation("Gamma")
    sidebar = sidebar_factory()
    click_row(qtbot, sidebar, c.id)
    with qtbot.assertNotEmitted(sidebar.conversation_activated):
        with qtbot.waitSignal(sidebar.selection_changed) as changed:
            click_row(qtbot, sidebar, a.id, Qt.KeyboardModifier.ControlModifier)
    assert set(changed.args[0]) == {a.id, c.id}
    assert sidebar.current_conversation_id() == c.id
    assert b.id not in sidebar.selected_conversation_ids()


def test_delete_key_asks_to_delete_the_selection(qtbot, sidebar_factory, make_conversation):
    a = make_conversation("Alpha")
    b = make_conversation("Beta")
    make_conversation("Gamma")
    sidebar = sidebar_factory()
    click_row(qtbot, sidebar, b.id)
    click_row(qtbot, sidebar, a.id, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(sidebar.delete_requested) as asked:
        qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Delete)
    assert sorted(asked.args[0]) == sorted([a.id, b.id])
    # The sidebar only asks: the main window confirms and deletes.
    assert conversations.find_conversation(a.id) is not None


def test_keyboard_navigation_skips_group_headers(qtbot, sidebar_factory, clock, make_conversation):
    clock.set(2026, 11, 22, 14, 30)
    make_conversation("Today 1", local(2026, 11, 22, 10, 0))
    make_conversation("Yesterday 1", local(2026, 11, 21, 10, 0))
    make_conversation("Yesterday 2", local(2026, 11, 21, 9, 0))
    make_conversation("Older", local(2026, 11, 1, 9, 0))
    sidebar = sidebar_factory()
    view = sidebar.list_view
    view.setFocus()
    opened = []
    sidebar.conversation_activated.connect(
        lambda cid: opened.append(conversations.get_conversation(cid).title)
    )
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().data() == "Today 1"  # not the "Today" header above it
    opened.clear()
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.currentIndex().data(Role.KIND) == ItemKind.CONVERSATION
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Up)
        assert view.currentIndex().data(Role.KIND) == ItemKind.CONVERSATION
    assert opened == ["Yesterday 1", "Yesterday 2", "Older", "Yesterday 2", "Yesterday 1", "Today 1"]
    assert view.currentIndex().data() == "Today 1"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().data() == "Older"


def test_search_field_hands_focus_to_the_list(qtbot, sidebar_factory, make_conversation):
    make_conversation("Alpha")
    sidebar = sidebar_factory()
    sidebar.focus_search()
    assert sidebar.search_field.hasFocus()
    qtbot.keyClick(sidebar.search_field, Qt.Key.Key_Down)
    assert sidebar.list_view.hasFocus()
    assert sidebar.list_view.currentIndex().data() == "Alpha"


@MENU_NOISE
def test_context_menu_renames_pins_and_archives(qtbot, sidebar_factory, make_conversation, answers):
    a = make_conversation("Alpha")
    b = make_conversation("Beta")
    sidebar = sidebar_factory()
    changed = []
    sidebar.conversations_changed.connect(changed.append)

    answers.texts.append("  Alpha, renamed  ")
    trigger(open_menu(sidebar, a.id), "renameAction")
    assert conversations.get_conversation(a.id).title == "Alpha, renamed"
    assert "Alpha, renamed" in titles(sidebar)

    trigger(open_menu(sidebar, b.id), "pinAction")
    assert conversations.get_conversation(b.id).pinned
    assert headers(sidebar)[0] == "Pinned"
    assert titles(sidebar)[0] == "Beta"
    menu = open_menu(sidebar, b.id)
    assert next(a for a in menu.actions() if a.objectName() == "pinAction").text() == "Unpin"
    menu.close()

    trigger(open_menu(sidebar, a.id), "archiveAction")
    assert conversations.get_conversation(a.id).archived
    assert titles(sidebar) == ["Beta"]
    assert changed == [[a.id], [b.id], [a.id]]

    sidebar.set_showing_archived(True)
    assert titles(sidebar) == ["Alpha, renamed"]
    trigger(open_menu(sidebar, a.id), "archiveAction")  # now "Unarchive"
    assert not conversations.get_conversation(a.id).archived
    assert titles(sidebar) == []


@MENU_NOISE
def test_context_menu_acts_on_the_whole_selection(qtbot, sidebar_factory, make_conversation):
    a = make_conversation("Alpha")
    b = make_conversation("Beta")
    c = make_conversation("Gamma")
    sidebar = sidebar_factory()
    click_row(qtbot, sidebar, a.id)
    click_row(qtbot, sidebar, c.id, Qt.KeyboardModifier.ControlModifier)

    menu = open_menu(sidebar, c.id)
    rename = next(x for x in menu.actions() if x.objectName() == "renameAction")
    assert not rename.isEnabled()  # one title at a time
    with qtbot.waitSignal(sidebar.export_requested) as exported:
        trigger(menu, "exportAction")
    assert sorted(exported.args[0]) == sorted([a.id, c.id])

    with qtbot.waitSignal(sidebar.delete_requested) as asked:
        trigger(open_menu(sidebar, a.id), "deleteAction")
    assert sorted(asked.args[0]) == sorted([a.id, c.id])

    trigger(open_menu(sidebar, a.id), "pinAction")
    assert [conversations.get_conversation(x.id).pinned for x in (a, b, c)] == [True, False, True]


@MENU_NOISE
def test_right_click_outside_the_selection_acts_on_that_row(qtbot, sidebar_factory, make_conversation):
    a = make_conversation("Alpha")
    b = make_conversation("Beta")
    sidebar = sidebar_factory()
    click_row(qtbot, sidebar, a.id)
    with qtbot.waitSignal(sidebar.delete_requested) as asked:
        trigger(open_menu(sidebar, b.id), "deleteAction")
    assert asked.args[0] == [b.id]


@MENU_NOISE
def test_move_to_another_project(qtbot, sidebar_factory, project, make_conversation):
    work = projects.create_project("Work")
    a = make_conversation("Alpha")
    sidebar = sidebar_factory()
    trigger(open_menu(sidebar, a.id), f"moveToProject{work.id}")
    assert conversations.get_conversation(a.id).project_id == work.id
    assert titles(sidebar) == []
    sidebar.set_current_project(work.id)
    assert titles(sidebar) == ["Alpha"]


def test_projects_keep_separate_lists_and_new_project_switches_to_it(
    qtbot, sidebar_factory, project, make_conversation, answers
):
    work = projects.create_project("Work")
    make_conversation("Home stuff")
    make_conversation("Quarterly report", project_id=work.id)
    sidebar = sidebar_factory()
    selector = sidebar.project_selector
    assert sidebar.current_project_id() == project.id  # the first project by default
    assert [selector.itemText(i) for i in range(selector.count()) if selector.itemText(i)] == [
        project.name,
        "Work",
        "New Project\u2026",
    ]
    assert titles(sidebar) == ["Home stuff"]

    with qtbot.waitSignal(sidebar.project_changed) as changed:
        selector.activated.emit(selector.findData(work.id))
    assert changed.args == [work.id]
    assert titles(sidebar) == ["Quarterly report"]

    answers.texts.append("Side project")
    with qtbot.waitSignal(sidebar.project_changed) as changed:
        selector.activated.emit(selector.count() - 1)  # "New Project…"
    created = projects.find_project("Side project")
    assert created is not None and changed.args == [created.id]
    assert selector.currentText() == "Side project"
    assert titles(sidebar) == []


def test_empty_database_has_no_projects_and_says_so(qtbot, store, clock):
    from app.ui.sidebar.sidebar import Sidebar
    from app.ui.tasks import wait_for_all

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    assert sidebar.current_project_id() is None
    assert sidebar.model.rowCount() == 0
    assert sidebar.list_view.placeholder()
    sidebar.model.shutdown()
    wait_for_all(5000)


def test_closing_with_a_page_in_flight_is_quiet(qtbot, store, clock, many_conversations):
    from app.ui.sidebar.sidebar import Sidebar
    from app.ui.tasks import wait_for_all

    many_conversations(450, local(2026, 11, 22, 14, 0))
    sidebar = Sidebar()
    sidebar.model.fetchMore(QModelIndex())
    assert sidebar.model.is_loading()
    sidebar.deleteLater()
    qtbot.wait(1)  # deleted before the page arrives
    assert wait_for_all(5000)
    qtbot.wait(20)  # the page is delivered to nobody, without an error


def test_reload_keeps_the_place_of_a_scrolled_list(
    qtbot, sidebar_factory, clock, many_conversations, wait_idle
):
    ids = many_conversations(600, local(2026, 11, 22, 14, 0), step=900)
    sidebar = sidebar_factory(height=500)
    view, model = sidebar.list_view, sidebar.model
    while model.conversation_count() < 400:
        view.scrollToBottom()
        wait_idle(model)
    view.scrollTo(model.index_for_id(ids[300]), view.ScrollHint.PositionAtTop)
    corner = QPoint(20, 5)
    assert view.indexAt(corner).data() == "Chat 300"

    conversations.delete_conversation(ids[0])  # the main window deleted one, then reloads
    sidebar.reload()

    assert model.conversation_count() >= 400
    # Still looking at the same stretch (one row above it is gone).
    assert view.indexAt(corner).data() in {"Chat 300", "Chat 301"}
