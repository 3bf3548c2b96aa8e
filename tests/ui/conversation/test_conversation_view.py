"""The message view as a user meets it: messages in order, rendered, switchable, copyable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QLineEdit

from app.store import close_database, conversations, messages, open_database
from app.ui.conversation.conversation_view import ConversationView
from app.ui.conversation.message_list_model import FIRST_PAGE, MessageListModel
from tests.ui.conversation.helpers import (
    all_rendered,
    button_point,
    document_text,
    message_id,
    open_and_render,
    text_point,
)
from tests.ui.conversation.sample_messages import (
    ANSWER_CHINESE,
    ANSWER_CODE,
    QUESTION,
    QUESTION_CHINESE,
    RAW_HTML,
    build_conversation,
    build_long_conversation,
)


def chat(*texts: str) -> list[tuple[str, str]]:
    return [("user" if n % 2 == 0 else "assistant", text) for n, text in enumerate(texts)]


def test_messages_appear_in_order_with_rendered_markdown(qtbot, conversation_view):
    cid, ids = build_conversation("CSV", chat(QUESTION, ANSWER_CODE, QUESTION_CHINESE, ANSWER_CHINESE))
    open_and_render(qtbot, conversation_view, cid)

    assert [message_id(conversation_view, row) for row in range(4)] == ids
    answer = document_text(conversation_view, 1)
    assert "Read it in chunks so only a slice" in answer  # **bold** became formatting
    assert "**" not in answer and "```" not in answer and "| Approach |" not in answer
    assert "polars.scan_csv" in answer  # the table's cell text
    assert "向量数据库简介" in document_text(conversation_view, 3)
    assert conversation_view.header.title() == "CSV"
    assert "4 messages" in conversation_view.header.subtitle()


def test_code_is_highlighted(qtbot, conversation_view):
    cid, _ids = build_conversation("Code", chat("Show me", ANSWER_CODE))
    open_and_render(qtbot, conversation_view, cid)
    document = conversation_view.message_list.message_delegate.document(conversation_view.model.index(1))
    keyword = document.document.find("import")
    plain = document.document.find("Read it in")
    keyword_color = keyword.charFormat().foreground().color()
    assert keyword_color != plain.charFormat().foreground().color()
    assert keyword_color != QColor(Qt.GlobalColor.black)
    assert document.code_blocks[0].startswith("import pandas as pd\n")


def test_raw_html_is_shown_as_text(qtbot, conversation_view):
    cid, _ids = build_conversation("HTML", chat(RAW_HTML, "<i>also</i> text"))
    open_and_render(qtbot, conversation_view, cid)
    shown = document_text(conversation_view, 0)
    assert "<script>alert('hi')</script>" in shown
    assert "<b>not bold</b>" in shown
    assert "pixel" in shown  # the image became a link, never an image
    assert "<i>also</i> text" in document_text(conversation_view, 1)


def test_zero_message_conversation_is_calm(qtbot, conversation_view, store):
    from app.store import projects

    row = conversations.create_conversation(projects.default_project().id, "Empty")
    conversation_view.show_conversation(row.id)
    qtbot.wait(50)
    assert conversation_view.model.rowCount() == 0
    assert conversation_view.conversation_id() == row.id
    assert "0 messages" in conversation_view.header.subtitle()


def test_show_none_clears_the_view(qtbot, conversation_view):
    cid, _ids = build_conversation("Hello", chat("Hi", "Hello!"))
    open_and_render(qtbot, conversation_view, cid)
    conversation_view.show_conversation(None)
    assert conversation_view.conversation_id() is None
    assert conversation_view.model.rowCount() == 0


def test_hidden_messages_are_never_shown(qtbot, conversation_view):
    cid, ids = build_conversation("Hidden", chat("Visible question", "Visible answer"))
    hidden = messages.append_message(cid, "system", "secret tool chatter", hidden=True)
    last = messages.append_message(cid, "assistant", "After the hidden one", parent_id=hidden.id)
    open_and_render(qtbot, conversation_view, cid)
    shown = [message_id(conversation_view, row) for row in range(conversation_view.model.rowCount())]
    assert shown == [*ids, last.id]


def branching_conversation() -> tuple[str, list[str], str]:
    cid, ids = build_conversation("Versions", chat("Tell me a joke", "First joke", "Another?", "Second joke"))
    other = messages.append_message(
        cid, "assistant", "A different first joke", parent_id=ids[0], created_at=1_790_000_500.0
    )
    messages.set_active_leaf(cid, ids[-1])
    return cid, ids, other.id


def test_branch_switcher_switches_and_the_choice_persists(qtbot, conversation_view, store):
    cid, ids, other = branching_conversation()
    open_and_render(qtbot, conversation_view, cid)
    qtbot.waitUntil(lambda: conversation_view.model.versions_of(ids[1]) == (1, 2))

    listview = conversation_view.message_list
    with qtbot.waitSignal(conversation_view.branch_switched, timeout=5000) as switched:
        qtbot.mouseClick(listview.viewport(), Qt.MouseButton.LeftButton, pos=button_point(conversation_view, 1, "next"))
    assert switched.args == [cid]
    shown = [message_id(conversation_view, row) for row in range(conversation_view.model.rowCount())]
    assert shown == [ids[0], other]
    assert conversation_view.model.versions_of(other) == (2, 2)

    # Close everything and open the same data again: the chosen version is still shown.
    conversation_view.show_conversation(None)
    close_database()
    open_database(store)
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    open_and_render(qtbot, view, cid)
    assert [message_id(view, row) for row in range(view.model.rowCount())] == [ids[0], other]
    assert "A different first joke" in document_text(view, 1)
    view.show_conversation(None)


def test_scrolling_to_the_top_loads_older_messages_in_place(qtbot, conversation_view):
    cid, ids = build_long_conversation(150)
    open_and_render(qtbot, conversation_view, cid)
    model = conversation_view.model
    listview = conversation_view.message_list
    assert FIRST_PAGE <= model.rowCount() < 150
    assert message_id(conversation_view, model.rowCount() - 1) == ids[-1]

    loaded = model.rowCount()
    listview.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: model.rowCount() > loaded, timeout=5000)
    # What the user was looking at (the old first row) stays at the top of the view.
    old_first = ids[150 - loaded]
    qtbot.waitUntil(lambda: abs(listview.visualRect(model.index(model.row_of(old_first))).top()) <= 2)
    assert listview.verticalScrollBar().value() > 0

    while model.rowCount() < 150:
        count = model.rowCount()
        listview.verticalScrollBar().setValue(0)
        qtbot.waitUntil(lambda: model.rowCount() > count, timeout=5000)
        # The view re-lays out and puts the user back where they were: not at the top.
        qtbot.waitUntil(lambda: listview.verticalScrollBar().value() > 0 or not model.has_older())
    assert [message_id(conversation_view, row) for row in range(150)] == ids
    assert not model.has_older()


def test_refresh_message_updates_only_that_row(qtbot, conversation_view):
    cid, ids = build_conversation("Stream", chat("Write a haiku", "Autumn"))
    open_and_render(qtbot, conversation_view, cid)
    messages.update_message(ids[1], content="Autumn moonlight, a **worm** digs", status="streaming")
    with qtbot.waitSignal(conversation_view.model.dataChanged) as changed:
        conversation_view.refresh_message(ids[1])
    assert changed.args[0].row() == 1 and changed.args[1].row() == 1
    qtbot.waitUntil(lambda: "a worm digs" in document_text(conversation_view, 1), timeout=5000)
    assert document_text(conversation_view, 0) == "Write a haiku"


def test_appended_message_is_followed_at_the_bottom(qtbot, conversation_view):
    cid, ids = build_long_conversation(40)
    open_and_render(qtbot, conversation_view, cid)
    listview = conversation_view.message_list
    new = messages.append_message(cid, "user", "One more question " * 30)
    conversation_view.message_appended(new.id)
    last = conversation_view.model.rowCount() - 1
    assert message_id(conversation_view, last) == new.id
    bar = listview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() and bar.maximum() > 0)
    assert "41 messages" in conversation_view.header.subtitle()


def test_scroll_to_message_far_up_the_branch(qtbot, conversation_view):
    cid, ids = build_long_conversation(300)
    open_and_render(qtbot, conversation_view, cid)
    conversation_view.scroll_to_message(ids[3])
    model = conversation_view.model
    listview = conversation_view.message_list
    row = model.row_of(ids[3])
    assert row >= 0
    qtbot.waitUntil(lambda: listview.viewport().rect().intersects(listview.visualRect(model.index(row))))


def test_copy_button_copies_the_message_markdown(qtbot, conversation_view):
    cid, _ids = build_conversation("Copy", chat("Question?", ANSWER_CODE))
    open_and_render(qtbot, conversation_view, cid)
    viewport = conversation_view.message_list.viewport()
    actions = []
    conversation_view.message_action.connect(lambda name, mid: actions.append(name))
    point = button_point(conversation_view, 1, "copy")
    qtbot.mouseMove(viewport, point)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert QGuiApplication.clipboard().text() == ANSWER_CODE
    assert actions == ["copy"]


def test_code_block_copy_link_copies_the_code(qtbot, conversation_view):
    cid, _ids = build_conversation("Copy code", chat("Question?", ANSWER_CODE))
    open_and_render(qtbot, conversation_view, cid)
    viewport = conversation_view.message_list.viewport()
    QGuiApplication.clipboard().clear()
    point = text_point(conversation_view, 1, "Copy")
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert QGuiApplication.clipboard().text().startswith("import pandas as pd\n\ntotal = 0")


def test_links_open_in_the_browser_only_when_clicked(qtbot, conversation_view, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    cid, _ids = build_conversation("Links", chat("Where?", "See [the docs](https://example.com/docs) or [x](javascript:alert(1))."))
    open_and_render(qtbot, conversation_view, cid)
    viewport = conversation_view.message_list.viewport()
    point = text_point(conversation_view, 1, "the docs") + QPoint(6, 0)
    qtbot.mouseMove(viewport, point)
    assert opened == []
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert opened == ["https://example.com/docs"]
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=text_point(conversation_view, 1, "javascript") + QPoint(6, 0))
    assert opened == ["https://example.com/docs"]


def test_drag_selects_text_and_ctrl_c_copies_it(qtbot, conversation_view):
    cid, _ids = build_conversation("Select", chat("The quick brown fox jumps over the lazy dog", "Indeed."))
    open_and_render(qtbot, conversation_view, cid)
    listview = conversation_view.message_list
    viewport = listview.viewport()
    start = text_point(conversation_view, 0, "quick")
    end = text_point(conversation_view, 0, "fox", end=True)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(20, 0))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert listview.selected_text()[0] == "quick brown fox"
    qtbot.keyClick(listview, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "quick brown fox"


def test_double_click_selects_a_word_and_selection_spans_messages(qtbot, conversation_view):
    cid, _ids = build_conversation("Words", chat("alpha beta gamma", "delta epsilon"))
    open_and_render(qtbot, conversation_view, cid)
    listview = conversation_view.message_list
    qtbot.mouseDClick(listview.viewport(), Qt.MouseButton.LeftButton, pos=text_point(conversation_view, 0, "beta") + QPoint(4, 0))
    assert listview.selected_text()[0] == "beta"
    listview.select_all_text()
    assert conversation_view.copy_selection()
    assert QGuiApplication.clipboard().text() == "alpha beta gamma\n\ndelta epsilon"


def test_highlight_marks_search_terms(qtbot, conversation_view):
    cid, _ids = build_conversation("Find", chat("Where is pandas?", ANSWER_CODE))
    open_and_render(qtbot, conversation_view, cid)
    conversation_view.set_highlight(["pandas"])
    document = conversation_view.message_list.message_delegate.document(conversation_view.model.index(0))
    found = document.document.find("pandas")
    cursor = QTextCursor(document.document)
    cursor.setPosition(found.selectionStart() + 1)
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
    conversation_view.set_highlight([])
    document = conversation_view.message_list.message_delegate.document(conversation_view.model.index(0))
    cursor = QTextCursor(document.document)
    cursor.setPosition(found.selectionStart() + 1)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush


def test_renaming_the_title_asks_for_the_new_name(qtbot, conversation_view):
    cid, _ids = build_conversation("Old title", chat("Hi", "Hello"))
    open_and_render(qtbot, conversation_view, cid)
    header = conversation_view.header
    header.start_editing()
    editor = header.findChild(QLineEdit, "conversationTitleEditor")
    editor.clear()
    qtbot.keyClicks(editor, "  New   title ")
    with qtbot.waitSignal(conversation_view.title_edited, timeout=5000) as edited:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edited.args == [cid, "New title"]
    assert header.title() == "New title"
    assert not header.is_editing()


def test_actions_appear_only_when_someone_handles_them(qtbot, conversation_view):
    cid, _ids = build_conversation("Actions", chat("Hi", "Hello"))
    open_and_render(qtbot, conversation_view, cid)
    row = conversation_view.model.message_at(1)
    assert conversation_view.message_list.actions_for(row) == ("copy",)
    seen = []
    conversation_view.message_action.connect(lambda name, mid: seen.append((name, mid)))
    assert conversation_view.message_list.actions_for(row) == ("copy", "regenerate")
    viewport = conversation_view.message_list.viewport()
    point = button_point(conversation_view, 1, "regenerate")
    qtbot.mouseMove(viewport, point)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert seen == [("regenerate", row.id)]


def test_error_message_shows_its_status(qtbot, conversation_view):
    from app.ui.conversation.message_labels import badge_text

    cid, ids = build_conversation("Errors", chat("Hi", ""))
    messages.update_message(ids[1], status="error", metadata={"error": "The server said 503"})
    open_and_render(qtbot, conversation_view, cid)
    row = conversation_view.model.message_at(1)
    assert badge_text(row) == "Error: The server said 503"


def test_model_passes_the_model_tester(qtmodeltester, store, clock, qtbot):
    cid, _ids = build_long_conversation(60)
    model = MessageListModel()
    model.load(cid)
    qtmodeltester.check(model)
    model.fetch_older()
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.tree_loaded, timeout=5000):
        model.load_tree()
    qtmodeltester.check(model)
    assert all_rendered is not None


def test_scroll_to_a_message_on_another_branch_switches_to_it(qtbot, conversation_view):
    cid, ids, other = branching_conversation()
    open_and_render(qtbot, conversation_view, cid)
    with qtbot.waitSignal(conversation_view.branch_switched, timeout=5000):
        conversation_view.scroll_to_message(other)
    assert conversation_view.model.row_of(other) == 1
    assert messages.active_leaf(cid) == other


def test_a_streaming_answer_keeps_its_formatting_and_the_bottom_in_view(qtbot, conversation_view):
    cid, ids = build_long_conversation(30)
    answer = messages.append_message(cid, "assistant", "```python\nx = 1\n```", status="streaming")
    open_and_render(qtbot, conversation_view, cid)
    listview = conversation_view.message_list
    bar = listview.verticalScrollBar()
    row = conversation_view.model.row_of(answer.id)
    text = "```python\nx = 1\n```"
    for n in range(2, 12):
        text += f"\n\nParagraph {n} of a growing answer, " + "with more words " * 12
        messages.update_message(answer.id, content=text)
        conversation_view.refresh_message(answer.id)
        # Until its new rendering arrives the row shows the previous one, never raw Markdown.
        document = listview.message_delegate.document(conversation_view.model.index(row))
        assert document.code_blocks == ("x = 1",)
        assert "```" not in document.document.toPlainText()
    qtbot.waitUntil(lambda: "Paragraph 11" in document_text(conversation_view, row), timeout=5000)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())


def test_context_menu_offers_copy_link_and_message_actions(qtbot, conversation_view):
    from app.ui.conversation.message_context_menu import build_context_menu

    cid, _ids = build_conversation("Menu", chat("Where?", "See [the docs](https://example.com/docs)."))
    open_and_render(qtbot, conversation_view, cid)
    conversation_view.message_action.connect(lambda name, mid: None)
    listview = conversation_view.message_list
    point = text_point(conversation_view, 1, "the docs") + QPoint(6, 0)
    index = listview.indexAt(point)
    hit = listview.message_delegate.hit_test(index, listview.visualRect(index), point)
    menu = build_context_menu(listview, conversation_view.model.message_at(1), hit)
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == ["Copy", "Copy Message", "Open Link", "Copy Link Address", "Regenerate answer", "Select All"]
    assert not menu.actions()[0].isEnabled()  # nothing selected yet
    menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text() == "See [the docs](https://example.com/docs)."


def test_a_narrower_window_rewraps_the_messages(qtbot, conversation_view):
    cid, _ids = build_conversation("Wrap", chat("Question?", ANSWER_CODE))
    open_and_render(qtbot, conversation_view, cid)
    listview = conversation_view.message_list
    index = conversation_view.model.index(1)
    wide = listview.visualRect(index).height()
    conversation_view.resize(480, 700)
    qtbot.waitUntil(lambda: listview.visualRect(index).height() > wide)
    document = listview.message_delegate.document(index)
    assert document.document.textWidth() < 480


def test_dark_palette_restyles_the_documents(qtbot, conversation_view):
    from PySide6.QtGui import QPalette

    cid, _ids = build_conversation("Theme", chat("Hi", "See [docs](https://example.com)"))
    open_and_render(qtbot, conversation_view, cid)
    delegate = conversation_view.message_list.message_delegate
    light_sheet = delegate.document(conversation_view.model.index(1)).document.defaultStyleSheet()
    dark = QPalette(conversation_view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1f23"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8ed"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#9aa2ff"))
    conversation_view.setPalette(dark)
    dark_sheet = delegate.document(conversation_view.model.index(1)).document.defaultStyleSheet()
    assert dark_sheet != light_sheet
    assert "#9aa2ff" in dark_sheet
