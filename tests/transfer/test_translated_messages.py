"""Import and export speak the user's language in the window, and English on the command line.

The services' messages (why a file cannot be imported, the report, the words inside exported
files) are translated by the window; numbers inside them follow the locale ("12.345").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.services.importers import import_paths
from app.store import close_database, conversations, messages, projects
from app.ui import i18n, notify
from app.ui.tasks import wait_for_all
from app.ui.transfer.export_dialog import ExportDialog
from app.ui.transfer.import_dialog import ImportDialog
from app.ui.transfer.report_dialog import ImportReportDialog
from tests.transfer.conftest import chatgpt_records

pytestmark = pytest.mark.skipif(i18n.lrelease_command() is None, reason="needs Qt's lrelease")

#: "ungültiges JSON (…) bei Zeichen 12.345": a German number, thousands grouped with a dot.
GERMAN_OFFSET = re.compile(r"bei Zeichen \d{1,3}(?:\.\d{3})+\b")


@pytest.fixture
def german(qapp):
    """The window's language is German for this test (translations and number format)."""
    saved = QLocale()
    assert i18n.apply_language(qapp, "de") == "de"
    QApplication.processEvents()
    yield
    i18n.apply_language(qapp, "en")
    QLocale.setDefault(saved)
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(notify, "exec_dialog", lambda dialog: shown.append(dialog) or 0)
    yield shown
    wait_for_all()


@pytest.fixture
def broken_export(tmp_path) -> Path:
    """A ChatGPT export whose second record is broken JSON, thousands of characters in."""
    records = chatgpt_records()
    good = json.dumps(records[0], ensure_ascii=False)
    assert len(good) > 1500  # the error lies beyond character 1,000
    text = "[" + good + ', {"title": "Broken" "mapping": {}}, ' + json.dumps(records[1]) + "]"
    path = tmp_path / "conversations.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_file_is_explained_in_german_in_the_import_dialog(store, qtbot, german, broken_export, tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text('{"shopping": []}', encoding="utf-8")
    dialog = ImportDialog(None, [bad, broken_export])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.scanning(), timeout=10_000)

    unknown = dialog.file_list.item(0).text()
    assert unknown.startswith("notes.json\nKann nicht importiert werden: ")
    assert "ist kein Chat-Export, den Parley erkennt" in unknown
    assert str(bad) not in unknown  # the list already names the file

    broken = dialog.file_list.item(1).text()
    assert "nach Unterhaltung 1: ung\u00fcltiges JSON" in broken, broken
    assert GERMAN_OFFSET.search(broken), broken
    assert dialog.summary.text() == "Hier l\u00e4sst sich nichts importieren."


def test_the_import_report_window_and_saved_report_are_german(store, clock, qtbot, german, broken_export, chatgpt_zip, tmp_path, monkeypatch):
    report = import_paths([chatgpt_zip, broken_export])
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.details.toPlainText()
    assert text.startswith("Parley-Importbericht 2026-11-22 14:30\n")
    assert "\nUnterhaltungen: 4 hinzugef\u00fcgt, 0 aktualisiert, 1 \u00fcbersprungen (26 neue Nachrichten); 3 Warnungen; 1 Datei nicht importiert\n" in text
    assert "gefunden: 4 Unterhaltungen, 26 Nachrichten aus einem ChatGPT-Export" in text
    assert "neues Projekt: ChatGPT Project 1" in text  # the project's name is data, kept as it is
    # A skipped record: the record, the reason and the JSON key it lacks ("mapping" stays).
    assert "Warnung: Unterhaltung 3 (\u201eCorrupted entry\u201c): enth\u00e4lt keine Nachrichten (kein \u201emapping\u201c); \u00fcbersprungen" in text
    failure = next(line for line in text.splitlines() if "nicht importiert:" in line)
    # The file is named on the line above: the reason starts with the record.
    assert failure.startswith("  Ergebnis: nicht importiert: nach Unterhaltung 1: ung\u00fcltiges JSON"), failure
    assert GERMAN_OFFSET.search(failure), failure
    assert "Expecting ',' delimiter" in failure  # the JSON decoder's own words, as they came
    assert not re.search(r"\b(warning|found|result|conversation|messages)\b", text), text

    saved = tmp_path / "bericht.txt"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(saved), ""))
    dialog.save_button.click()
    assert saved.read_text(encoding="utf-8") == text


def test_an_export_from_the_german_window_writes_german_words(store, clock, qtbot, german, tmp_path, monkeypatch):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "")
    messages.append_message(conv.id, "user", "Wo essen wir?")
    messages.append_message(conv.id, "assistant", "Im Tasca.", metadata={"model": "gpt-4o"})
    dialog = ExportDialog(None, current_id=conv.id, selected_ids=[conv.id])
    qtbot.addWidget(dialog)
    target = tmp_path / "lisboa.md"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Unbenannte Unterhaltung\n")
    assert "- **Erstellt:** 2026-11-22 14:30" in text and "- **Nachrichten:** 2\n" in text
    assert "\n## Benutzer \u00b7 2026-11-22 14:30\n" in text
    assert "\n## Assistent (gpt-4o) \u00b7 2026-11-22 14:30\n" in text
    assert "User" not in text and "Assistant" not in text

    zipped = tmp_path / "alles.zip"
    dialog = ExportDialog(None, selected_ids=[conv.id, conv.id])
    qtbot.addWidget(dialog)
    dialog.scope_all.setChecked(True)
    dialog.to_zip.setChecked(True)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(zipped), ""))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    import zipfile

    with zipfile.ZipFile(zipped) as archive:
        assert sorted(archive.namelist()) == ["2026-11-22 Unbenannt.html", "index.html"]
        index = archive.read("index.html").decode("utf-8")
        page = archive.read("2026-11-22 Unbenannt.html").decode("utf-8")
    assert "<h1>Parley-Export</h1>" in index and "<th>Datum</th><th>Unterhaltung</th>" in index
    assert "1 Unterhaltung, exportiert am 2026-11-22 14:30." in index
    assert "<footer>Exportiert aus Parley</footer>" in page and "Benutzer \u00b7" in page


def test_an_export_failure_is_explained_in_german(store, qtbot, german, tmp_path, _no_modal_boxes):
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Solo")
    messages.append_message(conv.id, "user", "hi")
    occupied = tmp_path / "voll"
    occupied.mkdir()
    (occupied / "etwas.txt").write_text("x", encoding="utf-8")
    dialog = ExportDialog(None, current_id=conv.id)
    qtbot.addWidget(dialog)
    dialog.start_export(occupied, "folder")
    qtbot.waitUntil(lambda: bool(_no_modal_boxes), timeout=10_000)
    box = _no_modal_boxes[0]
    assert f"{occupied} existiert bereits und ist kein leerer Ordner" in box.informativeText() + box.text()


def test_the_command_line_stays_english_whatever_the_window_speaks(german, broken_export, tmp_path, capsys):
    from app.cli.main import main

    data = tmp_path / "data"
    try:
        code = main(["--data-dir", str(data), "import", str(broken_export)])
    finally:
        close_database()
    out, err = capsys.readouterr()
    assert code == 1
    assert "after conversation 1: invalid JSON (Expecting ',' delimiter) near character" in err
    assert re.search(r"near character \d{1,3}(?:,\d{3})+\b", err), err
    assert "Added 0, updated 0, skipped 0 conversations (0 new messages); 1 file not imported" in out


def test_store_failures_read_in_the_windows_language(german):
    """A locked, full or failing database is explained in German, in dialogs and the report."""
    from app.services.store_errors import store_error_message
    from app.store import errors
    from app.ui.transfer.texts import say

    kinds = [cls for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.StoreError)]
    assert {cls.kind for cls in kinds} >= {"locked", "corrupt", "read_only", "disk_full", "io_error"}
    for cls in kinds:
        if cls is errors.StoreError:
            continue
        english = str(store_error_message(cls("x"), "/data/parley.db"))
        german_text = notify.store_error_text(cls("x"), "/data/parley.db")
        assert german_text == say(store_error_message(cls("x"), "/data/parley.db"))
        assert german_text != english and "/data/parley.db" in german_text or cls.kind == "not_found"
    full = notify.store_error_text(errors.DiskIOError("disk I/O error"))
    assert full.startswith("Die Datenbank konnte nicht geschrieben werden")
