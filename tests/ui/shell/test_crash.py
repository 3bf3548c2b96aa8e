"""The crash handler logs the traceback and shows it with "Copy details"."""

from __future__ import annotations

import logging
import sys

import pytest
import threading

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from app.ui import crash


@pytest.fixture(autouse=True)
def _detach_log_files():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_parley_file", None) is not None:
            root.removeHandler(handler)
            handler.close()


def _raise_and_catch():
    try:
        raise ValueError("the flux capacitor is empty")
    except ValueError:
        return sys.exc_info()


def test_an_unhandled_exception_is_logged_and_shown(qtbot, data_dir, dialogs):
    handler = crash.CrashHandler(crash.setup_logging(data_dir))
    handler.excepthook(*_raise_and_catch())

    log_text = crash.log_path(data_dir).read_text()
    assert "ValueError: the flux capacitor is empty" in log_text
    assert "Traceback" in log_text

    (dialog,) = dialogs.shown
    details = dialog.findChild(QPlainTextEdit, "crashDetails").toPlainText()
    assert "the flux capacitor is empty" in details
    assert "Parley" in details and "Python" in details  # versions for the bug report
    shown_text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(crash.log_path(data_dir)) in shown_text  # where to find it later

    dialog.findChild(QPushButton, "copyDetailsButton").click()
    assert "the flux capacitor is empty" in QGuiApplication.clipboard().text()


def test_an_exception_in_a_worker_thread_is_shown_on_the_gui_thread(qtbot, data_dir, dialogs):
    handler = crash.CrashHandler(crash.setup_logging(data_dir))
    shown_on = []
    original = handler._show

    def record(*args):
        shown_on.append(threading.current_thread() is threading.main_thread())
        original(*args)

    handler._show = record
    handler._relay.raised.disconnect()
    handler._relay.raised.connect(record)
    worker = threading.Thread(target=lambda: handler.excepthook(*_raise_and_catch()))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    assert shown_on == [True]


def test_install_and_uninstall_restore_the_hooks(qapp, data_dir):
    before = sys.excepthook
    handler = crash.install(data_dir)
    try:
        assert sys.excepthook == handler.excepthook
    finally:
        crash.uninstall()
    assert sys.excepthook is before
