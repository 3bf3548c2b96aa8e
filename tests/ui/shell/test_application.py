"""Starting the app: identity, and a clear message when the database cannot be opened."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.identity import APP_NAME, DESKTOP_FILE_NAME, ORGANIZATION_NAME
from app.ui.application import create_application, open_store_or_explain


def test_the_application_carries_parleys_identity(qapp, english):
    app = create_application([])
    assert app is qapp
    assert QCoreApplication.applicationName() == APP_NAME
    assert QCoreApplication.organizationName() == ORGANIZATION_NAME
    assert QApplication.desktopFileName() == DESKTOP_FILE_NAME
    assert not app.windowIcon().isNull()


def test_a_damaged_database_is_explained_not_crashed_on(qapp, data_dir, dialogs, english):
    data_dir.mkdir(parents=True)
    (data_dir / "parley.db").write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    assert open_store_or_explain(data_dir) is False
    (box,) = dialogs.shown
    assert box.windowTitle() == "Parley cannot open your conversations"
    assert "damaged" in box.text() and "parley check" in box.text()
    assert str(data_dir / "parley.db") in box.text()
    assert "start Parley again" in box.informativeText()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_a_read_only_folder_is_explained(qapp, tmp_path, dialogs, english):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert open_store_or_explain(locked / "data") is False
    assert "--data-dir" in dialogs.shown[0].text()


def test_run_gui_exits_non_zero_when_the_store_cannot_open(tmp_path):
    """The real entry point, in its own process: the message is logged, the exit code is 1."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "parley.db").write_bytes(b"garbage" * 1000)
    script = (
        "import sys; from pathlib import Path; from app.ui import notify, application;"
        "notify.exec_dialog = lambda box: 0;"
        f"sys.exit(application.run_gui(Path({str(data)!r}), ['parley']))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    log = (data / "logs" / "parley.log").read_text()
    assert "cannot open the database" in log
