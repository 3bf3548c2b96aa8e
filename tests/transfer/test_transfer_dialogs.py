"""The import and export dialogs, driven as a user would (file dialogs patched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.services.importers import import_path
from app.store import conversations, messages, projects
from app.ui import notify
from app.ui.tasks import wait_for_all
from app.ui.transfer.export_dialog import ExportDialog
from app.ui.transfer.import_dialog import ImportDialog
from tests.transfer.conftest import CHATGPT_JSON, database_snapshot


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(notify, "exec_dialog", lambda dialog: shown.append(dialog) or 0)
    yield shown
    wait_for_all()


def test_import_dialog_says_what_it_found_then_imports_and_reports(store, qtbot, chatgpt_zip, tmp_path, monkeypatch):
    before = database_snapshot(store)
    dialog = ImportDialog(None, [chatgpt_zip])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.scanning(), timeout=10_000)
    assert dialog.summary.text() == "Found 4 conversations, 26 messages from a ChatGPT export."
    item_text = dialog.file_list.item(0).text()
    assert "chatgpt-export.zip" in item_text and "1 entry will be skipped" in item_text
    assert dialog.import_button.isEnabled()
    assert database_snapshot(store) == before  # nothing written by looking

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = signal.args[0]
    assert report.added == 4
    assert conversations.count_conversations(None, archived=None) == 4
    report_dialog = dialog.report_dialog
    qtbot.addWidget(report_dialog)
    assert "Added 4, updated 0, skipped 1 conversations (26 new messages)" in report_dialog.findChild(
        type(report_dialog.details), "importReportText"
    ).toPlainText()

    saved = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    report_dialog.save_button.click()
    assert "Corrupted entry" in saved.read_text(encoding="utf-8")


def test_a_file_that_cannot_be_imported_is_marked_and_import_stays_off(store, qtbot, tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text('{"shopping": []}', encoding="utf-8")
    dialog = ImportDialog(None, [bad])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.scanning(), timeout=10_000)
    assert "Cannot be imported" in dialog.file_list.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Nothing here can be imported."


def test_import_into_a_chosen_project(store, qtbot, copy_fixture):
    projects.default_project()
    projects.create_project("Archive")
    dialog = ImportDialog(None, [copy_fixture(CHATGPT_JSON)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.scanning(), timeout=10_000)
    dialog.project_box.setCurrentIndex(dialog.project_box.findText("Archive"))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    qtbot.addWidget(dialog.report_dialog)
    archive = projects.find_project("Archive")
    assert conversations.count_conversations(archive.id, archived=None) == 3  # the 4th is a ChatGPT project chat


def test_export_dialog_writes_the_open_conversation_to_the_chosen_file(store, qtbot, tmp_path, monkeypatch):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Lisbon trip")
    messages.append_message(conv.id, "user", "Where to eat?")
    other = conversations.create_conversation(project.id, "Other")
    dialog = ExportDialog(None, current_id=conv.id, selected_ids=[conv.id])
    qtbot.addWidget(dialog)
    assert dialog.scope_current.isChecked() and dialog.to_file.isChecked()
    assert dialog.scope_current.text() == "The open conversation: Lisbon trip"
    target = tmp_path / "out" / "Lisbon trip.md"
    target.parent.mkdir()
    offered = {}

    def save_name(parent, caption, start, filter_):
        offered["start"] = start
        return str(target), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert offered["start"].endswith("Lisbon trip.md")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Lisbon trip") and "Where to eat?" in text and "Other" not in text
    del other


def test_export_dialog_zips_a_selection_as_pdf(store, clock, qtbot, tmp_path, monkeypatch):
    import zipfile

    project = projects.default_project()
    ids = []
    for title in ("One", "Two", "Three"):
        conv = conversations.create_conversation(project.id, title)
        messages.append_message(conv.id, "user", f"Hello from {title}")
        ids.append(conv.id)
    dialog = ExportDialog(None, selected_ids=ids[:2])
    qtbot.addWidget(dialog)
    assert dialog.scope_selected.isChecked() and dialog.to_zip.isChecked()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    target = tmp_path / "two.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        assert all(archive.read(n).startswith(b"%PDF-") for n in names if n.endswith(".pdf"))
    assert names == ["2026-11-22 One.pdf", "2026-11-22 Two.pdf", "index.md"]


def test_export_to_a_new_folder_inside_the_chosen_one(store, clock, qtbot, tmp_path, monkeypatch):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Solo")
    messages.append_message(conv.id, "user", "hi")
    dialog = ExportDialog(None, project_id=project.id)
    qtbot.addWidget(dialog)
    dialog.scope_project.setChecked(True)
    dialog.to_folder.setChecked(True)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        dialog.export_button.click()
    folder = signal.args[0].path
    assert folder.parent == tmp_path and folder.name.startswith("Parley export ")
    assert sorted(p.name for p in folder.iterdir()) == ["2026-11-22 Solo.json", "index.json"]
    assert import_path(folder).skipped == 1  # our own export, recognised and already here


def test_cancel_during_import_keeps_nothing_from_that_file(store, qtbot, tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "perf"))
    from bench_transfer import generate

    big = tmp_path / "big.json"
    generate(big, messages=20_000, per_conversation=10)
    before = database_snapshot(store)
    dialog = ImportDialog(None, [big])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.scanning(), timeout=30_000)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as signal:
        dialog.import_button.click()
        progress = dialog._progress.dialog
        progress.findChild(QPushButton).click()  # the user presses Cancel at once
    report = signal.args[0]
    assert report.files[0].cancelled
    qtbot.addWidget(dialog.report_dialog)
    assert "Cancelled" in dialog.report_dialog.findChild(type(dialog.summary), "importReportHeadline").text()
    assert database_snapshot(store) == before
