"""Find in a conversation steps through every occurrence, as a browser does.

The conversation has "zeppelin" once in the first message, twice in the third, once deep
inside a long fourth message (its top and the match cannot both be in sight) and once in
the fifth: the bar counts five, F3 visits them in order and wraps, Shift+F3 goes back, the
view scrolls to the occurrence itself, and the current one is painted apart from the rest.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QLineEdit, QListView

from app.ui.conversation.match_ranges import range_rect
from tests.search.conftest import at, write_conversation
from tests.ui.conversation.helpers import button_point

FILLER = "Paragraph {n}: the quick brown fox jumps over the lazy dog beside the quiet river bank."
DEEP = 300  # the long message's paragraph holding the match (of 360)


def long_message() -> str:
    paragraphs = [FILLER.format(n=n) for n in range(360)]
    paragraphs[DEEP] = "Deep in the log the zeppelin finally shows up."
    return "\n\n".join(paragraphs)


MESSAGES = [
    ("user", "Where did the zeppelin fly?"),
    ("assistant", "Nothing to see here."),
    ("user", "A Zeppelin, and then another zeppelin."),
    ("assistant", long_message()),
    ("user", "Thanks, the zeppelin story was great."),
    ("assistant", "You are welcome."),
]


def mid(n: int) -> str:
    return f"ships-m{n}"


@pytest.fixture
def window(qtbot, corpus, monkeypatch):
    from app.store.database import current_path
    from app.ui import notify
    from app.ui.main_window import MainWindow
    from app.ui.tasks import wait_for_all

    monkeypatch.setattr(notify, "exec_dialog", lambda dialog: 0)
    write_conversation(
        "ships",
        corpus.work,
        "Airship log",
        [(role, text, at(2026, 11, 21, 8, n), None) for n, (role, text) in enumerate(MESSAGES)],
    )
    win = MainWindow(current_path().parent)
    qtbot.addWidget(win)
    win.resize(1100, 760)
    with qtbot.waitSignal(win.view_ready, timeout=10_000):
        win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    wait_for_all(5000)


def open_at_top(qtbot, win) -> None:
    """Open the conversation, wait for its rendering and scroll to its first message."""
    view = win.conversation_view
    win.open_conversation("ships")
    delegate = view.message_list.message_delegate
    model = view.model
    qtbot.waitUntil(
        lambda: model.rowCount() == len(MESSAGES)
        and all(delegate.shows_current_rendering(model.index(r)) for r in range(model.rowCount())),
        timeout=10_000,
    )
    bar = view.message_list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)


def find(qtbot, win, text: str):
    win.conversation_view.message_list.setFocus()
    win.actions.find.trigger()
    finder = win.search.find
    qtbot.keyClicks(finder.bar.field, text)
    return finder


def match_in_viewport(view, message: str) -> QRect:
    """Where the delegate's current match is drawn, in viewport coordinates."""
    listview = view.message_list
    delegate = listview.message_delegate
    current = delegate.current_match()
    assert current is not None and current[0] == message
    index = view.model.index(view.model.row_of(message))
    document = delegate.document(index)
    rect = listview.visualRect(index)
    text = delegate.geometry(rect, index, document).text
    box = range_rect(document.document, current[1], current[2])
    return box.translated(text.topLeft()).toAlignedRect()


def share_of(image, box: QRect, colour) -> float:
    """The share of the pixels along the box's top edge (above the glyphs) in ``colour``."""
    xs = range(box.left() + 1, box.right())
    return sum(image.pixelColor(x, box.top() + 1) == colour for x in xs) / max(1, len(xs))


def current_text(view) -> str:
    mid_, start, end = view.message_list.message_delegate.current_match()
    document = view.message_list.message_delegate.document(view.model.index(view.model.row_of(mid_)))
    return document.document.toPlainText()[start:end]


def test_f3_steps_through_every_occurrence_and_scrolls_to_the_deep_one(qtbot, window):
    win, view = window, window.conversation_view
    listview = view.message_list
    open_at_top(qtbot, win)
    finder = find(qtbot, win, "zeppelin")
    qtbot.waitUntil(lambda: finder.bar.count_label.text() == "1 of 5", timeout=5000)
    assert finder.matches() == [mid(0), mid(2), mid(3), mid(4)]
    assert finder.current_occurrence() == (mid(0), 0)
    assert current_text(view) == "zeppelin"

    expected = [(mid(2), 0, "Zeppelin"), (mid(2), 1, "zeppelin"), (mid(3), 0, "zeppelin"),
                (mid(4), 0, "zeppelin"), (mid(0), 0, "zeppelin")]  # the last wraps round
    for number, (message, nth, word) in enumerate(expected, start=2):
        qtbot.keyClick(win, Qt.Key.Key_F3)
        assert finder.current_occurrence() == (message, nth)
        assert finder.bar.count_label.text() == f"{(number - 1) % 5 + 1} of 5"
        assert current_text(view) == word
        qtbot.waitUntil(lambda: listview.viewport().rect().contains(match_in_viewport(view, message)))
        if message == mid(3):
            # The match itself is in sight, not the top of its (much taller) message.
            row_rect = listview.visualRect(view.model.index(view.model.row_of(mid(3))))
            assert row_rect.top() < 0 and row_rect.height() > 3 * listview.viewport().height()

    # Shift+F3 goes back: round the start to the last one, then into the long message.
    qtbot.keyClick(win, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert finder.current_occurrence() == (mid(4), 0) and finder.bar.count_label.text() == "5 of 5"
    qtbot.keyClick(win, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert finder.current_occurrence() == (mid(3), 0) and finder.bar.count_label.text() == "4 of 5"
    qtbot.waitUntil(lambda: listview.viewport().rect().contains(match_in_viewport(view, mid(3))))
    # The bar's buttons and Enter / Shift+Enter in its field step too.
    finder.bar.previous_button.click()
    assert finder.current_occurrence() == (mid(2), 1)
    qtbot.keyClick(finder.bar.field, Qt.Key.Key_Return)
    assert finder.current_occurrence() == (mid(3), 0)
    qtbot.keyClick(finder.bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert finder.current_occurrence() == (mid(2), 1)

    qtbot.keyClick(finder.bar.field, Qt.Key.Key_Escape)
    assert listview.message_delegate.current_match() is None
    assert listview.message_delegate.highlight() == ()


def test_the_current_occurrence_is_painted_apart_from_the_others(qtbot, window):
    from app.ui.conversation.message_style import style_for

    win, view = window, window.conversation_view
    listview = view.message_list
    open_at_top(qtbot, win)
    finder = find(qtbot, win, "zeppelin")
    qtbot.waitUntil(lambda: finder.bar.count_label.text() == "1 of 5", timeout=5000)
    qtbot.keyClick(win, Qt.Key.Key_F3)  # the first of the two in the third message
    delegate = listview.message_delegate
    message, start, end = delegate.current_match()
    assert message == mid(2)
    document = delegate.document(view.model.index(view.model.row_of(mid(2)))).document
    text = document.toPlainText()
    other = text.index("zeppelin")  # the second one: normally highlighted, not current
    assert other != start and text[start:end] == "Zeppelin"
    cursor = QTextCursor(document)
    cursor.setPosition(other + 1)
    style = style_for(listview.palette())
    assert cursor.charFormat().background().color() == style.find_highlight

    # Painted: the current match's middle shows the strong colour, the other one the usual.
    image = listview.viewport().grab().toImage()
    current_box = match_in_viewport(view, mid(2))
    assert share_of(image, current_box, style.find_current) > 0.5
    index = view.model.index(view.model.row_of(mid(2)))
    text_origin = delegate.geometry(listview.visualRect(index), index, delegate.document(index)).text.topLeft()
    other_box = range_rect(document, other, other + 8).translated(text_origin).toAlignedRect()
    assert share_of(image, other_box, style.find_highlight) > 0.5


def test_the_strong_colour_differs_from_the_usual_one_in_light_and_dark(qapp):
    from PySide6.QtGui import QColor

    from app.ui.conversation.message_style import style_for

    for base, text in (("#ffffff", "#1f1f1f"), ("#1e1f22", "#e6e6e6")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        style = style_for(palette)
        assert style.find_current != style.find_highlight
        # The text on the current match stays readable: far apart in lightness.
        assert abs(style.find_current.lightness() - style.find_current_fg.lightness()) > 100


def test_typing_keeps_the_current_occurrence(qtbot, window):
    win, view = window, window.conversation_view
    open_at_top(qtbot, win)
    finder = find(qtbot, win, "zeppelin")
    qtbot.waitUntil(lambda: finder.bar.count_label.text() == "1 of 5", timeout=5000)
    for _ in range(3):
        qtbot.keyClick(win, Qt.Key.Key_F3)
    assert finder.current_occurrence() == (mid(3), 0)
    qtbot.keyClick(finder.bar.field, Qt.Key.Key_Backspace)  # "zeppeli" matches the same words
    qtbot.waitUntil(lambda: finder.bar.count_label.text() == "4 of 5", timeout=5000)
    assert finder.current_occurrence() == (mid(3), 0)
    assert finder.bar.field.text() == "zeppeli"
    assert current_text(view) == "zeppelin"  # words match as prefixes while typing


def test_opening_a_search_result_lands_on_the_first_occurrence_in_its_message(qtbot, window):
    win, view = window, window.conversation_view
    field = win.findChild(QLineEdit, "searchField")
    listing = win.findChild(QListView, "conversationList")
    qtbot.keyClicks(field, "zeppelin")
    qtbot.waitUntil(lambda: listing.model().rowCount() == 1 and listing.model() is not win.sidebar.model, timeout=5000)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    with qtbot.waitSignal(win.sidebar.search.result_activated, timeout=5000) as opened:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    _cid, hit, _query = opened.args
    finder = win.search.find
    qtbot.waitUntil(lambda: finder.occurrence_count() == 5, timeout=5000)
    assert finder.current_occurrence() == (hit, 0)
    position = [mid(0), mid(2), mid(2), mid(3), mid(4)].index(hit) + 1
    assert finder.bar.count_label.text() == f"{position} of 5"
    qtbot.waitUntil(
        lambda: view.message_list.viewport().rect().contains(match_in_viewport(view, hit)), timeout=5000
    )


def test_a_streamed_message_and_a_version_switch_update_the_count(qtbot, window):
    from app.store import messages

    win, view = window, window.conversation_view
    # Another version of the fifth message, without the word.
    messages.append_message("ships", "user", "Thanks, that was great.", parent_id=mid(3),
                            message_id="ships-m4b", created_at=at(2026, 11, 21, 9), make_active=False)
    open_at_top(qtbot, win)
    finder = find(qtbot, win, "zeppelin")
    qtbot.waitUntil(lambda: finder.bar.count_label.text() == "1 of 5", timeout=5000)
    qtbot.keyClick(win, Qt.Key.Key_F3)
    assert finder.current_occurrence() == (mid(2), 0)

    # A new answer arrives with two more: counted, and the current occurrence stays.
    added = messages.append_message("ships", "assistant", "More zeppelin facts: a zeppelin is rigid.",
                                    created_at=at(2026, 11, 21, 10))
    view.message_appended(added.id)
    qtbot.waitUntil(lambda: finder.occurrence_count() == 7, timeout=5000)
    assert finder.current_occurrence() == (mid(2), 0) and finder.bar.count_label.text() == "2 of 7"

    # Switching the fifth message to its other version (the word-less one) re-counts.
    qtbot.waitUntil(lambda: view.model.versions_of(mid(4)) == (1, 2), timeout=5000)
    listview = view.message_list
    row = view.model.row_of(mid(4))
    listview.scrollTo(view.model.index(row))
    qtbot.mouseClick(listview.viewport(), Qt.MouseButton.LeftButton, pos=button_point(view, row, "next"))
    qtbot.waitUntil(lambda: "ships-m4b" in [r.id for r in view.model.loaded_rows()], timeout=5000)
    qtbot.waitUntil(lambda: finder.occurrence_count() == 4, timeout=5000)
    assert finder.current_occurrence() == (mid(2), 0) and finder.bar.count_label.text() == "2 of 4"
