"""Import and export from the real main window: the menus, the sidebar, drag and drop."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QListView

from app.store import conversations, messages, projects
from app.ui import notify
from app.ui.tasks import wait_for_all
from tests.transfer.conftest import CLAUDE_JSON


@pytest.fixture
def window(qtbot, store, monkeypatch):
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(notify, "exec_dialog", lambda dialog: 0)
    main = MainWindow(store)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.view_ready, timeout=10_000):
        main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    wait_for_all()


def _menu_action(window, object_name: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.objectName() == object_name:
                return menu_action.menu(), action
    raise AssertionError(f"no {object_name} in the menus")


def test_file_export_writes_the_open_conversation_to_disk(window, qtbot, clock, tmp_path, monkeypatch):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Kyoto itinerary")
    messages.append_message(conv.id, "user", "Plan a day in Kyoto")
    messages.append_message(conv.id, "assistant", "Start at **Fushimi Inari** at dawn.", metadata={"model": "gpt-4o"})
    window.sidebar.reload()
    window.open_conversation(conv.id)
    qtbot.waitUntil(lambda: window.current_conversation_id() == conv.id, timeout=5_000)

    menu, action = _menu_action(window, "exportAction")
    assert menu.title().replace("&", "") == "File" and action.isEnabled()
    action.trigger()
    dialog = window.transfer.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.scope_current.isChecked() and dialog.to_file.isChecked()
    target = tmp_path / "Kyoto itinerary.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Kyoto itinerary\n")
    assert "## Assistant (gpt-4o)" in text and "Start at **Fushimi Inari** at dawn." in text
    assert not list(tmp_path.glob(".*.partial"))


def test_sidebar_export_offers_the_chosen_conversations(window, qtbot, clock):
    project = projects.default_project()
    ids = [conversations.create_conversation(project.id, f"Chat {n}").id for n in range(3)]
    window.sidebar.export_requested.emit(ids[:2])
    dialog = window.transfer.export_dialog
    assert dialog.scope_selected.isChecked()
    assert dialog.scope_selected.text() == "The selected conversations (2)"
    assert dialog.scope().conversation_ids == tuple(ids[:2])
    dialog.reject()


def test_dropping_an_export_on_the_window_imports_it(window, qtbot, copy_fixture):
    export_file = copy_fixture(CLAUDE_JSON)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export_file))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(window, enter)  # as a real drag does: enter, then drop
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), *args))
    dialog = window.transfer.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.scanning(), timeout=10_000)
    assert dialog.summary.text() == "Found 3 conversations, 12 messages from a Claude export."
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    report_dialog = dialog.report_dialog
    qtbot.waitUntil(report_dialog.isVisible, timeout=5_000)
    report_dialog.close()
    listed = window.findChild(QListView, "conversationList").model()
    titles = {str(listed.index(r, 0).data(Qt.ItemDataRole.DisplayRole)) for r in range(listed.rowCount())}
    assert "Rust lifetimes 🦀" in titles
    assert projects.find_project("Claude Project 1") is not None  # projects.json was not beside it


def test_search_results_are_offered_when_the_sidebar_lists_them(window, qtbot, clock, monkeypatch):
    project = projects.default_project()
    ids = [conversations.create_conversation(project.id, f"Result {n}").id for n in range(2)]
    monkeypatch.setattr(window.sidebar, "search_result_ids", lambda: ids, raising=False)
    window.actions.export_action.trigger()
    dialog = window.transfer.export_dialog
    assert not dialog.scope_search.isHidden() and dialog.scope_search.isEnabled()
    assert dialog.scope_search.text() == "The search results (2)"
    dialog.scope_search.setChecked(True)
    assert dialog.scope().conversation_ids == tuple(ids)
    dialog.reject()
