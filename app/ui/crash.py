"""The crash handler: log every unhandled exception and show it, with "Copy details".

:func:`install` sets ``sys.excepthook`` and ``threading.excepthook``. The traceback goes to a
rotating log file in the data folder (``logs/parley.log``); the dialog is always shown on the
GUI thread (an exception in a worker is handed over through a queued signal). The app keeps
running after the dialog: most exceptions in a slot leave the window usable, and the user's
data is safe in the database either way.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.identity import APP_NAME, APP_VERSION

log = logging.getLogger("app.crash")

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "parley.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR_NAME / LOG_FILE_NAME


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the app's log to a rotating file in the data folder; returns its path.

    Returns None (and logs to stderr only) when the folder cannot be written.
    """
    path = log_path(data_dir)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in root.handlers:
        if getattr(handler, "_parley_file", None) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, exc)
        return None
    handler._parley_file = path  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def format_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text "Copy details" puts on the clipboard: versions, then the traceback."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    header = (
        f"{APP_NAME} {APP_VERSION}\n"
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}\n"
        f"{platform.platform()}\n\n"
    )
    return header + "".join(traceback.format_exception(exc_type, exc, tb))


class CrashDialog(QDialog):
    """Says that something went wrong, what it was, and lets the user copy the details."""

    def __init__(self, summary: str, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Parley ran into a problem"))
        self.setMinimumWidth(520)
        self._details = details

        headline = QLabel(self.tr("Something went wrong inside Parley."))
        headline.setObjectName("crashHeadline")
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        headline.setFont(font)

        explanation = self.tr(
            "Your conversations are safe: everything saved before this is still in the "
            "database. You can keep working, or restart Parley if something looks wrong."
        )
        if log_file is not None:
            explanation += " " + self.tr("The details were written to %1.").replace("%1", str(log_file))
        body = QLabel(explanation)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        error_label = QLabel(summary)
        error_label.setObjectName("crashSummary")
        error_label.setWordWrap(True)
        error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setObjectName("crashDetails")
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setMinimumHeight(180)

        self.copy_button = QPushButton(self.tr("Copy Details"))
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(body)
        layout.addWidget(error_label)
        layout.addWidget(self.details_view, 1)
        layout.addLayout(row)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Copied"))


class _Relay(QObject):
    """Carries an exception from any thread to the GUI thread (queued connection)."""

    raised = Signal(object, object, object)


class CrashHandler:
    """Installed once per process by :func:`install`."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._relay = _Relay()
        self._relay.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if app is None:
            self._previous_hook(exc_type, exc, tb)
            return
        if QThread.currentThread() is app.thread():
            self._show(exc_type, exc, tb)
        else:
            self._relay.raised.emit(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, exc_type, exc, tb) -> None:
        # An exception raised while the dialog is open (or by the dialog) is only logged:
        # a cascade of dialogs would hide the first, most useful one.
        if self._showing:
            return
        self._showing = True
        try:
            from app.ui import notify

            summary = f"{exc_type.__name__}: {exc}"
            dialog = CrashDialog(summary, format_report(exc_type, exc, tb), self.log_file, QApplication.activeWindow())
            notify.exec_dialog(dialog)
            dialog.deleteLater()
        except Exception:  # never let the crash handler itself crash the app
            log.exception("the crash dialog failed")
        finally:
            self._showing = False

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook


_handler: CrashHandler | None = None


def install(data_dir: Path) -> CrashHandler:
    """Log to the data folder and show unhandled exceptions in a dialog."""
    global _handler
    if _handler is not None:
        return _handler
    log_file = setup_logging(data_dir)
    _handler = CrashHandler(log_file)
    sys.excepthook = _handler.excepthook
    threading.excepthook = _handler.thread_excepthook
    return _handler


def uninstall() -> None:
    global _handler
    if _handler is not None:
        _handler.uninstall()
        _handler = None
