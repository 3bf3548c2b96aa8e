"""``parley --self-test``: prove this installation (source or frozen bundle) works end to end.

Runs offscreen on a temporary data folder, never touching the user's data or settings:

1. Qt starts (the platform plugin, fonts) and the bundled resources are found: the icon set,
   the application icon, the stylesheets, and compiled translations when frozen;
2. the database is created, a conversation is written, the database is closed, reopened and
   the conversation read back unchanged (SQLite, FTS5 and the migrations all work);
3. Markdown with a code block renders to HTML with highlighted code (Markdown and Pygments
   with their dynamically loaded extensions and lexers are present);
4. the main window opens on that data folder, shows the conversation and its messages, and
   paints; then it closes and the database closes.

Prints one line per step. Exits 0 when everything passed, otherwise 1 with the failing step
and the reason on stderr. A watchdog ends a hung run after :data:`TIMEOUT_S` seconds.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

TIMEOUT_S = 120
_TITLE = "Self-test: Ünïcödé & 中文 conversation"
_QUESTION = "How do I reverse a list in Python?"
_ANSWER = (
    "Use **slicing** or `reversed()`:\n\n"
    "```python\nnumbers = [1, 2, 3]\nprint(numbers[::-1])\n```\n\n"
    "| way | copies |\n| --- | --- |\n| `[::-1]` | yes |\n| `reversed()` | no |\n"
)


class SelfTestFailure(Exception):
    """A step found something wrong; the message says what, for the person reading the log."""


def _say(text: str, *, error: bool = False) -> None:
    # A windowed Windows build has no console: sys.stdout/stderr are None there.
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        print(text, file=stream, flush=True)


def _isolate(home: Path) -> None:
    """Point every per-user folder (settings, caches, data) at ``home``, a temporary folder.

    Environment variables cover Linux and macOS; replacing platformdirs' functions in this
    process covers Windows too, where the folders come from the shell API, not the environment.
    """
    import platformdirs

    os.environ.pop("PARLEY_DATA_DIR", None)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "share")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    def folder(kind: str):
        def user_dir(appname: str | None = None, *args: object, **kwargs: object) -> str:
            return str(home / kind / (appname or ""))

        return user_dir

    for kind in ("config", "cache", "data", "state", "log"):
        setattr(platformdirs, f"user_{kind}_dir", folder(kind))


def _check(condition: object, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


# ---------------------------------------------------------------------------------- steps


def _quiet_offscreen_noise() -> None:
    """Drop the offscreen platform's "does not support" notices; print every other message."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if "This plugin does not support" not in message:
            _say(message, error=True)

    qInstallMessageHandler(handler)


def step_qt() -> object:
    from app.ui.application import create_application

    _quiet_offscreen_noise()
    # The same start-up as `parley` (identity, style, theme, translations), offscreen.
    app = create_application([sys.argv[0], "-platform", "offscreen"])
    _check(app.platformName() == "offscreen", f"Qt started on {app.platformName()!r}, not offscreen")
    return app


def step_resources() -> str:
    from PySide6.QtCore import QSize

    from app.resources import i18n_dir, is_frozen, resource_path
    from app.ui.icons import ICON_NAMES, icon

    for name in ICON_NAMES:
        pixmap = icon(name).pixmap(QSize(24, 24))
        _check(not pixmap.isNull(), f"the icon {name!r} did not load from {resource_path('icons')}")
    _check(not icon("app").isNull(), "the application icon is missing")
    styles = resource_path("styles")
    _check(styles.is_dir() and any(styles.iterdir()), f"no stylesheets in {styles}")
    from app.ui.i18n import qm_for, translation_names

    languages = translation_names()
    if is_frozen():
        _check(languages, f"no compiled translations (.qm) in {i18n_dir()}")
    for name in languages:  # from source this compiles the .ts, as a first start would
        _check(qm_for(name) is not None, f"the {name} translation cannot be loaded")
    return f"{len(ICON_NAMES)} icons, styles, translations: {', '.join(languages) or 'none'}"


def step_database(data_dir: Path) -> tuple[str, list[str]]:
    from app.store import close_database, open_database
    from app.store.conversations import create_conversation, get_conversation
    from app.store.messages import active_messages, append_message
    from app.store.projects import default_project

    open_database(data_dir)
    try:
        project = default_project()
        conversation = create_conversation(project.id, _TITLE)
        append_message(conversation.id, "user", _QUESTION)
        append_message(conversation.id, "assistant", _ANSWER, metadata={"model": "self-test"})
    finally:
        close_database()
    open_database(data_dir)  # read back through a fresh connection, as after a restart
    try:
        row = get_conversation(conversation.id)
        messages = active_messages(conversation.id)
    finally:
        close_database()
    _check(row.title == _TITLE, f"the title came back as {row.title!r}")
    contents = [m.content for m in messages]
    _check(contents == [_QUESTION, _ANSWER], f"the messages came back as {contents!r}")
    return conversation.id, [m.id for m in messages]


def step_render() -> str:
    from app.services.render import render_markdown

    html = render_markdown(_ANSWER)
    _check("<table" in html, "the Markdown table was not rendered")
    _check("numbers" in html and "<pre" in html, "the code block was not rendered")
    _check("style=" in html or "class=" in html, "the code was not syntax-highlighted")
    return f"{len(html):,} characters of HTML"


def step_window(app, data_dir: Path, conversation_id: str) -> str:
    from PySide6.QtCore import QDeadlineTimer
    from PySide6.QtWidgets import QListView, QWidget

    from app.store import close_database, open_database
    from app.ui.main_window import MainWindow
    from app.ui.tasks import wait_for_all

    open_database(data_dir)
    window = MainWindow(data_dir)
    try:
        window.resize(1100, 720)
        window.show()
        app.processEvents()
        window.open_conversation(conversation_id)
        deadline = QDeadlineTimer(30_000)
        while True:  # the message view is built after the first paint, rows load in a worker
            view = window.findChild(QListView, "messageView")
            if view is not None and view.model() is not None and view.model().rowCount() >= 2:
                break
            _check(not deadline.hasExpired(), "the conversation's messages never appeared")
            app.processEvents()
            time.sleep(0.01)
        shown = view.model().rowCount()
        title = window.windowTitle()
        _check(title, "the window has no title")
        _check(window.findChild(QWidget, "conversationList"), "the window has no conversation list")
        image = window.grab().toImage()
        _check(not image.isNull() and image.width() > 0, "the window did not paint")
        step = 6  # a grid of samples: text, code and icons give many shades, a blank area one
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
        _check(len(colours) > 20, "the window painted as a blank area")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        wait_for_all(10_000)
        close_database()
    return f"{image.width()}x{image.height()} painted, {shown} messages shown, title {title!r}"


# ---------------------------------------------------------------------------------- runner


def run_self_test() -> int:
    """Run every step; returns the process exit code (0 when all passed)."""
    faulthandler.enable()
    faulthandler.dump_traceback_later(TIMEOUT_S, exit=True)  # a hang fails instead of blocking
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="parley-self-test-") as temp:
            home = Path(temp)
            _isolate(home)
            data_dir = home / "data"
            from app.identity import APP_NAME, APP_VERSION
            from app.resources import is_frozen

            kind = "frozen" if is_frozen() else "from source"
            _say(f"{APP_NAME} {APP_VERSION} self-test ({kind}, Python {sys.version.split()[0]})")
            state: dict[str, object] = {}

            def start_qt() -> str:
                state["app"] = step_qt()
                return "offscreen platform"

            def write_and_read() -> str:
                state["ids"] = step_database(data_dir)
                return "written, reopened, read back"

            steps: list[tuple[str, Callable[[], object]]] = [
                ("Qt", start_qt),
                ("resources", step_resources),
                ("database", write_and_read),
                ("rendering", step_render),
                ("main window", lambda: step_window(state["app"], data_dir, state["ids"][0])),
            ]
            for name, step in steps:
                try:
                    detail = step()
                except SelfTestFailure as exc:
                    _say(f"FAIL {name}: {exc}", error=True)
                    return 1
                except Exception as exc:  # anything else is a failure too, with its traceback
                    _say(f"FAIL {name}: {exc.__class__.__name__}: {exc}", error=True)
                    _say(traceback.format_exc(), error=True)
                    return 1
                _say(f"  ok {name}: {detail}")
            _say(f"Self-test passed in {time.monotonic() - started:.1f} s")
            return 0
    finally:
        faulthandler.cancel_dump_traceback_later()
