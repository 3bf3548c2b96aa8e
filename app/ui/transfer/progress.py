"""A progress dialog with Cancel for one background import or export."""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.tasks import TaskHandle, run_task

#: The dialog's bar counts in these steps (Qt's range is int; byte counts are not).
_STEPS = 1000


class TransferProgress(QObject):
    """Runs ``fn(progress, cancelled)`` off the GUI thread behind a window-modal dialog.

    Cancel does not kill the task: it sets a flag the service checks between records, so
    the service rolls back or removes what it was writing and still returns (or raises
    its own ``Cancelled``) normally.
    """

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, _STEPS, parent)
        self.dialog.setObjectName("transferProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self._cancel)
        self.handle: TaskHandle | None = None

    def _cancel(self) -> None:
        self.cancel_event.set()
        self.dialog.setLabelText(self.tr("Cancelling\u2026"))

    def start(
        self,
        fn: Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> TaskHandle:
        def work(ctx) -> Any:
            return fn(ctx.progress, self.cancel_event.is_set)

        self.handle = run_task(
            work,
            on_result=on_result,
            on_error=on_error,
            on_progress=self._progress,
            on_finished=self._finished,
        )
        return self.handle

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.cancel_event.is_set():
            return
        if total > 0:
            self.dialog.setMaximum(_STEPS)
            self.dialog.setValue(min(_STEPS, int(done * _STEPS / total)))
        else:
            self.dialog.setMaximum(0)  # busy indicator
        if text:
            self.dialog.setLabelText(text)

    def _finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
