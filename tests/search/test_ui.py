"""Search in the real window: typing, results, opening one, the highlighted message, F3, Ctrl+F."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListView

from app.services.search import search
from app.ui.search.results_model import ResultRole, SearchResultsModel
from tests.search.conftest import at, write_conversation


@pytest.fixture
def window(qtbot, corpus, monkeypatch):
    """A shown main window over the fixture history; no modal dialog can block."""
    from app.ui import notify
    from app.ui.main_window import MainWindow
    from app.ui.tasks import wait_for_all

    monkeypatch.setattr(notify, "exec_dialog", lambda dialog: 0)
    write_conversation(
        "airships",
        corpus.work,
        "Airships",
        [
            ("user" if n % 2 == 0 else "assistant",
             f"Note {n}: the zeppelin flew over the lake" if n in (3, 12, 25) else f"Note {n}: nothing here",
             at(2026, 11, 21, 8, n), None)
            for n in range(30)
        ],
    )
    from app.store.database import current_path

    win = MainWindow(current_path().parent)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    with qtbot.waitSignal(win.view_ready, timeout=10_000):
        win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    wait_for_all(5000)


def shown_results(win) -> list[str]:
    model = win.findChild(QListView, "conversationList").model()
    if not isinstance(model, SearchResultsModel):
        return []
    return [model.index(r, 0).data(ResultRole.CONVERSATION_ID) for r in range(model.rowCount())]


def test_results_model_passes_the_model_tester(qtmodeltester, corpus):
    model = SearchResultsModel()
    model.set_outcome(search("café"))
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    model.remove_conversations({"paris"})
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_typing_shows_results_and_opening_one_lands_on_the_highlighted_message(qtbot, window):
    win = window
    field = win.findChild(QLineEdit, "searchField")
    listing = win.findChild(QListView, "conversationList")
    qtbot.keyClicks(field, "zeppelin")
    qtbot.waitUntil(lambda: shown_results(win) == ["airships"], timeout=5000)

    index = listing.model().index(0, 0)
    snippet = index.data(ResultRole.SNIPPET)
    start, length = snippet.matches[0]
    assert snippet.text[start : start + length].lower() == "zeppelin"
    assert index.data(ResultRole.MATCH_COUNT) == 3
    assert not listing.grab().isNull()  # the delegate paints (bold matches, count, date)

    # Down from the field moves into the results; Enter opens the one under the cursor.
    qtbot.keyClick(field, Qt.Key.Key_Down)
    with qtbot.waitSignal(win.sidebar.search.result_activated, timeout=5000) as opened:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    cid, mid, query = opened.args
    assert (cid, query) == ("airships", "zeppelin") and mid == "airships-m25"  # the newest hit
    assert win.conversation_view.conversation_id() == "airships"

    find = win.search.find
    qtbot.waitUntil(lambda: find.matches() == ["airships-m3", "airships-m12", "airships-m25"], timeout=5000)
    assert find.is_open() and find.bar.field.text() == "zeppelin"
    assert find.current_message_id() == "airships-m25"
    assert win.conversation_view.message_list.message_delegate.highlight() == ("zeppelin",)
    assert find.bar.count_label.text() == "3 of 3"
    # The view brought the message into sight (its row is the current one).
    view = win.conversation_view
    qtbot.waitUntil(lambda: view.message_list.currentIndex().row() == view.model.row_of("airships-m25"))

    # F3 / Shift+F3 go round the matches across the conversation.
    qtbot.keyClick(win, Qt.Key.Key_F3)
    assert find.current_message_id() == "airships-m3"
    qtbot.waitUntil(lambda: view.message_list.currentIndex().row() == view.model.row_of("airships-m3"))
    qtbot.keyClick(win, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert find.current_message_id() == "airships-m25"
    find.bar.next_button.click()
    assert find.bar.count_label.text() == "1 of 3"

    # Escape in the search field brings the grouped list back.
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and listing.model() is win.sidebar.model


def test_ctrl_f_in_a_conversation_finds_within_it(qtbot, window):
    win = window
    win.sidebar.select_conversation("python")
    win.open_conversation("python")
    view = win.conversation_view
    view.message_list.setFocus()
    win.actions.find.trigger()
    find = win.search.find
    assert find.is_open() and find.bar.field.hasFocus()
    qtbot.keyClicks(find.bar.field, "retr")  # while typing, words match as prefixes
    qtbot.waitUntil(lambda: find.matches() == ["python-m2", "python-m3"], timeout=5000)
    assert set(view.message_list.message_delegate.highlight()) == {"retries", "retrying"}
    assert find.bar.count_label.text() == "1 of 2"
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Return)
    assert find.current_message_id() == "python-m3"
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Escape)
    assert not find.is_open()
    assert view.message_list.message_delegate.highlight() == ()


def test_ctrl_f_with_the_sidebar_focused_goes_to_the_search_field(qtbot, window):
    win = window
    win.findChild(QListView, "conversationList").setFocus()
    win.actions.find.trigger()
    assert win.findChild(QLineEdit, "searchField").hasFocus()
    assert win.search.find is None or not win.search.find.is_open()


def test_a_newer_keystroke_cancels_the_older_query(qtbot, window):
    searcher = window.sidebar.search
    shown: list[str] = []
    searcher.results_shown.connect(lambda outcome: shown.append(outcome.query))
    searcher.text_changed("zeppel")
    searcher.run_now()
    older = searcher._task
    searcher.text_changed("zeppelin")
    searcher.run_now()
    assert older.cancelled
    qtbot.waitUntil(lambda: shown == ["zeppelin"], timeout=5000)
    assert shown_results(window) == ["airships"]


def test_hints_show_in_the_list_when_nothing_matches(qtbot, window):
    listing = window.findChild(QListView, "conversationList")
    qtbot.keyClicks(window.findChild(QLineEdit, "searchField"), "role:robot -x")
    qtbot.waitUntil(lambda: "Unknown role" in listing.placeholder(), timeout=5000)


def test_deleting_a_result_drops_it_from_the_results(qtbot, window):
    from app.store import conversations

    window.findChild(QLineEdit, "searchField").setText("café")  # QTest types ASCII only
    qtbot.waitUntil(lambda: sorted(shown_results(window)) == ["paris", "sqlite"], timeout=5000)
    conversations.delete_conversation("paris")
    window.sidebar.reload()
    qtbot.waitUntil(lambda: shown_results(window) == ["sqlite"], timeout=5000)


def test_results_from_another_project_say_so_and_opening_one_switches_to_it(qtbot, window, corpus):
    listing = window.findChild(QListView, "conversationList")
    window.sidebar.set_current_project(corpus.work)
    qtbot.keyClicks(window.findChild(QLineEdit, "searchField"), "louvre")
    qtbot.waitUntil(lambda: shown_results(window) == ["paris"], timeout=5000)
    index = listing.model().index(0, 0)
    assert index.data(ResultRole.OTHER_PROJECT) == "Home Life"
    with qtbot.waitSignal(window.sidebar.conversation_activated, timeout=5000):
        window.sidebar.search.activate(index)
    assert window.sidebar.current_project_id() == corpus.home
    assert index.data(ResultRole.OTHER_PROJECT) == ""
