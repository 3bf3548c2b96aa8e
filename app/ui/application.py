"""Starting the window: ``run_gui(data_dir, argv)``, called by ``parley`` with no subcommand.

Order matters for a fast first paint: the application's identity, style, theme and
translators are set up, the database is opened (with a clear dialog when it cannot be), and
the main window is shown. Nothing heavy (Markdown, Pygments, the chat services) is imported
before that paint; the window builds the conversation view right after it.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.identity import APP_NAME, APP_VERSION, DESKTOP_FILE_NAME, ORGANIZATION_DOMAIN, ORGANIZATION_NAME
from app.ui import i18n, notify, theme
from app.ui.settings_registry import settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_STORE_ERROR = 1

translate = QCoreApplication.translate


def _set_identity() -> None:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(APP_VERSION)
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setDesktopFileName(DESKTOP_FILE_NAME)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with Parley's identity, icon, style, theme and language."""
    _set_identity()
    app = QApplication.instance() or QApplication(argv)
    from app.ui.icons import icon

    app.setWindowIcon(icon("app"))
    app.setStyle("Fusion")
    i18n.apply_language(app, settings.get("language"))
    theme.apply_theme(app, settings.get("theme"))
    install_live_settings(app)
    return app


def install_live_settings(app: QApplication) -> None:
    """Apply theme and language changes from Settings (or the View menu) as they happen."""

    def changed(key: str, value: object) -> None:
        if key == "appearance/theme":
            theme.apply_theme(app, str(value))
        elif key == "appearance/language":
            i18n.apply_language(app, str(value))

    if not getattr(app, "_parley_live_settings", False):
        settings.changed.connect(changed)
        app._parley_live_settings = True  # type: ignore[attr-defined]


def open_store_or_explain(data_dir: Path) -> bool:
    """Open the database; on failure tell the user what happened and what to do."""
    from app.store import StoreError, open_database
    from app.store.location import database_path

    try:
        open_database(data_dir)
        return True
    except StoreError as exc:
        log.error("cannot open the database in %s: %s", data_dir, exc)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Application", "Parley cannot open your conversations"),
            notify.store_error_text(exc, database_path(data_dir)),
            QMessageBox.StandardButton.Close,
        )
        box.setObjectName("storeErrorBox")
        box.setInformativeText(
            translate(
                "Application",
                "Nothing was changed. Once the problem is fixed, start Parley again.",
            )
        )
        box.setDetailedText(str(exc))
        notify.exec_dialog(box)
        return False


def run_gui(data_dir: Path, argv: list[str]) -> int:
    """Open the window on ``data_dir``; returns the process exit code."""
    app = create_application(argv)

    from app.store.location import ensure_data_dir
    from app.ui import crash

    try:
        ensure_data_dir(data_dir)
    except OSError:
        pass  # open_store_or_explain reports it properly
    from app.ui.single_instance import SingleInstance, bring_to_front

    # One Parley per database: a second launch raises the running window and exits.
    instance = SingleInstance(data_dir, app)
    if instance.hand_over(argv[1:]):
        log.info("%s is already running on %s: handed over to it", APP_NAME, data_dir)
        return EXIT_OK
    instance.listen()
    crash.install(data_dir)
    log.info("%s %s starting on %s", APP_NAME, APP_VERSION, data_dir)

    if not open_store_or_explain(data_dir):
        return EXIT_STORE_ERROR

    from app.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    if os.environ.get(BENCH_EXIT_AFTER_PAINT_ENV):
        _exit_after_first_paint(app, window)
    window.show()
    instance.message_received.connect(lambda message: bring_to_front(window, message))
    app.aboutToQuit.connect(_shutdown)
    return app.exec()


#: Set by tests/perf/bench_foundation.py: print when the window first painted, then quit.
BENCH_EXIT_AFTER_PAINT_ENV = "PARLEY_BENCH_EXIT_AFTER_PAINT"


def _exit_after_first_paint(app: QApplication, window) -> None:
    """Benchmark hook: report the first paint's wall-clock time on stdout and quit."""
    import time

    def painted() -> None:
        print(f"parley-bench first-paint {time.time():.6f}", flush=True)
        app.quit()

    window.first_painted.connect(painted)


def _shutdown() -> None:
    """Let running tasks end (they hold database connections), then close the store."""
    from app.store import close_database
    from app.ui.tasks import wait_for_all

    settings.sync()
    if not wait_for_all(10_000):
        log.warning("background tasks still running at exit")
    close_database()


if __name__ == "__main__":  # pragma: no cover - `python -m app` is the entry point
    from app.store.location import resolve_data_dir

    sys.exit(run_gui(resolve_data_dir(), sys.argv))
