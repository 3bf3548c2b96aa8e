"""One channel for messages to the user (after qutebrowser's ``utils/message.py``).

Dialogs for what needs attention (:func:`error`, :func:`warning`, :func:`info`,
:func:`confirm`), the status bar for what does not (:func:`status`). Every modal dialog goes
through :func:`exec_dialog`, the single place tests patch so no test ever blocks on a modal
box.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

log = logging.getLogger(__name__)

_status_bar: QStatusBar | None = None

#: How long a status-bar message stays, in milliseconds.
STATUS_TIMEOUT_MS = 5000


def exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog and return its result; tests replace this function."""
    return dialog.exec()


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str | None = None,
    details: str | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("notifyBox")
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    return box


def error(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str | None = None,
    *,
    informative: str | None = None,
) -> None:
    """Tell the user something failed: ``text`` says what happened and what to do."""
    log.error("%s: %s%s", title, text, f"\n{details}" if details else "")
    box = _box(parent, QMessageBox.Icon.Critical, title, text, informative, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    exec_dialog(box)


def warning(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    """Something the user should know before going on."""
    log.warning("%s: %s", title, text)
    box = _box(parent, QMessageBox.Icon.Warning, title, text, None, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    exec_dialog(box)


def info(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    """A modal note (prefer :func:`status` for anything that does not need an answer)."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, None, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    exec_dialog(box)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    accept_text: str,
    *,
    informative: str | None = None,
    destructive: bool = False,
) -> bool:
    """Ask a yes/no question; the accept button says what will happen (\u201cDelete\u201d)."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        title,
        text,
        informative,
    )
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("confirmAcceptButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    # A destructive action is never the default: Enter must not delete by accident.
    box.setDefaultButton(cancel if destructive else accept)
    box.setEscapeButton(cancel)
    exec_dialog(box)
    return box.clickedButton() is accept


def set_status_bar(bar: QStatusBar | None) -> None:
    """The main window registers its status bar here."""
    global _status_bar
    _status_bar = bar


def status(text: str, timeout_ms: int = STATUS_TIMEOUT_MS) -> None:
    """A passing message in the status bar (logged when there is no window)."""
    if _status_bar is not None:
        try:
            _status_bar.showMessage(text, timeout_ms)
            return
        except RuntimeError:  # the window was closed and its C++ side deleted
            set_status_bar(None)
    log.info("%s", text)


def store_error_text(exc: BaseException, path: object | None = None) -> str:
    """A translated sentence for a store error: what happened and what to do.

    The store's own (English) message stays available as the details.
    """
    from app.services.store_errors import store_error_message
    from app.ui.transfer.texts import say

    return say(store_error_message(exc, path))


def error_reporter(parent: QWidget | None, title: str) -> Callable[[BaseException], None]:
    """An ``on_error`` callback for :func:`app.ui.tasks.run_task` that shows the failure.

    Store errors carry a sentence for the user; anything else is a bug, shown with its
    traceback in the details.
    """

    def report(exc: BaseException) -> None:
        from app.store.errors import StoreError

        details = getattr(exc, "__traceback_text__", None)
        if isinstance(exc, StoreError):
            error(parent, title, store_error_text(exc), str(exc))
        else:
            error(parent, title, f"{exc.__class__.__name__}: {exc}", details)

    return report
