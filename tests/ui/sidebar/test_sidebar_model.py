"""The grouped, paged conversation model over a real database."""

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from app.store import conversations, messages
from app.ui.sidebar.list_model import ConversationListModel, ItemKind, ListQuery, Role

from sidebar_helpers import local


def shown(model):
    """What the list shows, top to bottom: group titles and conversation titles."""
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if index.data(Role.KIND) == ItemKind.HEADER:
            out.append(f"# {text}")
        else:
            out.append(text)
    return out


def groups(model):
    """{conversation title: its group title}."""
    result, header = {}, None
    for line in shown(model):
        if line.startswith("# "):
            header = line[2:]
        else:
            result[line] = header
    return result


@pytest.fixture
def model(qtbot, project, clock):
    m = ConversationListModel()
    yield m
    m.shutdown()
    from app.ui.tasks import wait_for_all

    wait_for_all(5000)


def test_groups_by_local_day_with_pinned_on_top(model, project, clock, make_conversation):
    clock.set(2026, 11, 22, 14, 30)
    make_conversation("Lunch plans", local(2026, 11, 22, 12, 5))
    make_conversation("Late night", local(2026, 11, 21, 23, 55))
    make_conversation("Monday", local(2026, 11, 16, 9, 0))
    make_conversation("Early November", local(2026, 11, 3, 9, 0))
    make_conversation("Halloween", local(2026, 10, 20, 9, 0))
    make_conversation("Last summer", local(2025, 8, 1, 9, 0))
    make_conversation("Favourite", local(2025, 1, 5, 9, 0), pinned=True)

    model.set_query(ListQuery(project.id))

    assert shown(model) == [
        "# Pinned", "Favourite",
        "# Today", "Lunch plans",
        "# Yesterday", "Late night",
        "# Last 7 Days", "Monday",
        "# Last 30 Days", "Early November",
        "# October 2026", "Halloween",
        "# August 2025", "Last summer",
    ]  # fmt: skip
    # Today and yesterday show the time, older rows the date (en_GB in these tests: "16 Nov").
    times = {
        model.index(r, 0).data(): model.index(r, 0).data(Role.TIME_TEXT)
        for r in range(model.rowCount())
        if model.index(r, 0).data(Role.KIND) == ItemKind.CONVERSATION
    }
    assert times["Lunch plans"] == "12:05"
    assert times["Late night"] == "23:55"
    assert times["Monday"] == "16 Nov"
    assert times["Last summer"] == "1 Aug 2025"


def test_yesterday_across_a_month_boundary(model, project, clock, make_conversation):
    clock.set(2026, 12, 1, 8, 0)
    make_conversation("End of November", local(2026, 11, 30, 22, 40))
    make_conversation("Start of December", local(2026, 12, 1, 7, 30))
    model.set_query(ListQuery(project.id))
    assert groups(model) == {"Start of December": "Today", "End of November": "Yesterday"}


def test_model_passes_the_model_tester_through_every_kind_of_change(
    qtmodeltester, qtbot, model, project, clock, many_conversations, wait_idle
):
    clock.set(2026, 11, 22, 14, 30)
    ids = many_conversations(260, local(2026, 11, 22, 14, 0), step=3 * 3600)
    model.set_query(ListQuery(project.id))
    qtmodeltester.check(model)
    wait_idle(model)  # the tester calls fetchMore

    # Structural changes with the tester watching: pages, moves, inserts, removals, regroup.
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_idle(model)
    assert model.conversation_count() == 260
    clock.set(2026, 11, 22, 15, 0)
    messages.append_message(ids[200], "user", "bumped")
    model.conversation_updated(ids[200])
    conversations.set_pinned(ids[50], True)
    model.conversation_updated(ids[50])
    conversations.delete_conversation(ids[10])
    model.conversation_updated(ids[10])
    new = conversations.create_conversation(project.id, "Brand new")
    model.conversation_updated(new.id)
    clock.set(2026, 11, 24, 0, 5)
    model.set_today(dt.date(2026, 11, 24))
    model.reload()


def test_python_model_tester_checks_data_around_each_change(
    qtmodeltester, model, project, clock, make_conversation
):
    clock.set(2026, 11, 22, 14, 30)
    ids = [make_conversation(f"Chat {n}", local(2026, 11, 22, 14, 0) - n * 11 * 3600).id for n in range(40)]
    model.set_query(ListQuery(project.id))
    qtmodeltester.check(model, force_py=True)
    messages.append_message(ids[30], "user", "hello again")
    model.conversation_updated(ids[30])
    conversations.set_archived(ids[3], True)
    model.conversation_updated(ids[3])
    model.set_today(dt.date(2026, 11, 25))


def test_pages_load_lazily_and_completely_in_store_order(model, project, clock, make_conversation, wait_idle):
    from app.store import write
    from app.store.bulk import NewConversation, insert_conversations

    clock.set(2026, 11, 22, 14, 30)
    base = local(2026, 11, 22, 14, 0)
    with write():
        insert_conversations(
            NewConversation(f"{n:08d}-0000-4000-8000-000000000000", project.id, f"Chat {n}",
                            base - n * 1800, base - n * 1800, 1, "")
            for n in range(650)
        )  # fmt: skip
    model.set_query(ListQuery(project.id))
    assert model.conversation_count() == ConversationListModel.FIRST_PAGE
    assert model.canFetchMore(QModelIndex())

    pages = 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_idle(model)
        pages += 1
    assert pages >= 2
    assert not model.canFetchMore(QModelIndex())
    titles = [line for line in shown(model) if not line.startswith("# ")]
    assert titles == [f"Chat {n}" for n in range(650)]
    store_order = [row.id for row in conversations.list_conversations(project.id, limit=1000)]
    assert [row.id for row in model.loaded_rows()] == store_order
    headers = [line for line in shown(model) if line.startswith("# ")]
    assert len(headers) == len(set(headers))  # each group once, even across page edges


def long_list(qtbot, project, count: int):
    """A shown list view over ``count`` conversations (one every ten minutes, newest first),
    its model not queried yet."""
    from app.store import write
    from app.store.bulk import NewConversation, insert_conversations
    from app.ui.sidebar.list_view import ConversationListView

    base = local(2026, 11, 22, 14, 0)
    with write():
        insert_conversations(
            NewConversation(f"{n:08d}-0000-4000-8000-000000000000", project.id, f"Chat {n}",
                            base - n * 600, base - n * 600, 1, "")
            for n in range(count)
        )  # fmt: skip
    view = ConversationListView()
    qtbot.addWidget(view)
    model = ConversationListModel(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    return view, model


def test_view_fetches_more_when_scrolled_to_the_end(qtbot, project, clock, wait_idle):
    view, model = long_list(qtbot, project, 500)
    model.set_query(ListQuery(project.id))
    with qtbot.waitExposed(view):
        pass
    for _ in range(10):
        view.scrollToBottom()
        wait_idle(model)
        if not model.canFetchMore(QModelIndex()):
            break
    assert model.conversation_count() == 500
    model.shutdown()


def test_a_list_held_at_its_end_keeps_loading_until_the_last_page(qtbot, project, clock):
    """Dragging the scroll bar to the bottom and holding it there loads every page.

    The view asks for more when it reaches the end; a page that lands while the list is
    already there must not leave the next one unasked.
    """
    view, model = long_list(qtbot, project, 2000)
    model.rowsInserted.connect(lambda *_: view.scrollToBottom())  # held at the bottom
    model.set_query(ListQuery(project.id))
    with qtbot.waitExposed(view):
        pass
    view.scrollToBottom()
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()) and not model.is_loading(), timeout=10_000)
    assert model.conversation_count() == 2000
    model.shutdown()


def test_updated_conversation_moves_to_today_and_keeps_its_selection(
    qtbot, model, project, clock, make_conversation
):
    clock.set(2026, 11, 22, 14, 30)
    make_conversation("Fresh", local(2026, 11, 22, 10, 0))
    old = make_conversation("Old friend", local(2026, 9, 2, 10, 0))
    model.set_query(ListQuery(project.id))
    selection = QItemSelectionModel(model)
    selection.select(model.index_for_id(old.id), QItemSelectionModel.SelectionFlag.Select)
    assert groups(model)["Old friend"] == "September 2026"

    messages.append_message(old.id, "user", "Remember our chat about tomatoes?")
    model.conversation_updated(old.id)

    assert shown(model) == ["# Today", "Old friend", "Fresh"]  # September's header is gone
    assert [model.conversation_id(i) for i in selection.selectedRows()] == [old.id]
    assert model.index_for_id(old.id).data(Role.PREVIEW) == "Remember our chat about tomatoes?"


def test_updates_outside_the_query_take_rows_out(model, project, clock, make_conversation):
    from app.store import projects

    clock.set(2026, 11, 22, 14, 30)
    a = make_conversation("Alpha", local(2026, 11, 22, 10, 0))
    b = make_conversation("Beta", local(2026, 11, 21, 10, 0))
    c = make_conversation("Gamma", local(2026, 11, 20, 10, 0))
    model.set_query(ListQuery(project.id))
    conversations.set_archived(a.id, True)
    model.conversation_updated(a.id)
    other = projects.create_project("Other")
    conversations.move_to_project([b.id], other.id)
    model.conversation_updated(b.id)
    conversations.delete_conversation(c.id)
    model.conversation_updated(c.id)
    assert shown(model) == []


def test_new_conversation_is_inserted_under_today(model, project, clock, make_conversation):
    clock.set(2026, 11, 22, 14, 30)
    make_conversation("Earlier this week", local(2026, 11, 19, 10, 0))
    make_conversation("Pinned one", local(2026, 10, 1, 10, 0), pinned=True)
    model.set_query(ListQuery(project.id))
    new = conversations.create_conversation(project.id, "Hello")
    model.conversation_updated(new.id)
    assert shown(model) == [
        "# Pinned", "Pinned one", "# Today", "Hello", "# Last 7 Days", "Earlier this week",
    ]  # fmt: skip


def test_conversation_past_the_loaded_pages_waits_for_its_page(
    model, project, clock, make_conversation, many_conversations
):
    clock.set(2026, 11, 22, 14, 30)
    many_conversations(205, local(2026, 11, 22, 14, 0), step=60)
    model.set_query(ListQuery(project.id))
    assert model.conversation_count() == 200
    stray = make_conversation("Ancient", local(2020, 1, 1, 10, 0))
    model.conversation_updated(stray.id)
    assert model.index_for_id(stray.id).isValid() is False
    assert model.conversation_count() == 200


def test_midnight_regroups_without_losing_the_selection(qtbot, model, project, clock, make_conversation):
    from app.ui.sidebar.day_timer import DayWatcher

    clock.value = local(2026, 11, 22, 23, 59, 59) + 0.8
    late = make_conversation("Late", local(2026, 11, 22, 23, 50))
    make_conversation("Earlier", local(2026, 11, 21, 9, 0))
    model.set_query(ListQuery(project.id))
    selection = QItemSelectionModel(model)
    selection.select(model.index_for_id(late.id), QItemSelectionModel.SelectionFlag.Select)
    watcher = DayWatcher()
    watcher.day_changed.connect(model.set_today)
    assert 0 < watcher.interval_ms() <= 500  # armed for just after midnight
    assert shown(model) == ["# Today", "Late", "# Yesterday", "Earlier"]

    clock.advance(1)  # 00:00:00.8 on the 23rd, before the timer fires
    with qtbot.waitSignal(watcher.day_changed, timeout=5000):
        pass
    assert shown(model) == ["# Yesterday", "Late", "# Last 7 Days", "Earlier"]
    assert model.index_for_id(late.id).data(Role.TIME_TEXT) == "23:50"
    assert [model.conversation_id(i) for i in selection.selectedRows()] == [late.id]


def test_title_filter_reads_off_the_gui_thread(qtbot, model, project, clock, make_conversation, wait_idle):
    make_conversation("Trip to Lisbon")
    make_conversation("Lisbon restaurants")
    make_conversation("Tax return")
    model.set_query(ListQuery(project.id, title_filter="lisbon"))
    wait_idle(model)
    assert sorted(line for line in shown(model) if not line.startswith("# ")) == [
        "Lisbon restaurants",
        "Trip to Lisbon",
    ]


def test_conversations_sharing_a_timestamp_are_found_and_moved(
    qtmodeltester, model, project, clock, make_conversation
):
    from app.store import write
    from app.store.bulk import NewConversation, insert_conversations

    clock.set(2026, 11, 22, 14, 30)
    same = local(2026, 11, 20, 9, 0)  # an import stamped them all alike
    with write():
        insert_conversations(
            NewConversation(f"{n:08d}-0000-4000-8000-000000000000", project.id, f"Imported {n}",
                            same, same, 1, "")
            for n in range(30)
        )  # fmt: skip
    ids = [f"{n:08d}-0000-4000-8000-000000000000" for n in range(30)]
    model.set_query(ListQuery(project.id))
    qtmodeltester.check(model)

    conversations.rename_conversation(ids[17], "Renamed")
    model.conversation_updated(ids[17])
    messages.append_message(ids[23], "user", "newer now")
    model.conversation_updated(ids[23])
    conversations.delete_conversation(ids[5])
    model.conversation_updated(ids[5])

    expected = {row.id: row.title for row in conversations.list_conversations(project.id)}
    assert {row.id: row.title for row in model.loaded_rows()} == expected
    assert shown(model)[:2] == ["# Today", "Imported 23"]
    assert "Renamed" in shown(model)
