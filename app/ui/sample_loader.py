"""Welcome › Explore Samples: sample conversations, written off the GUI thread with progress.

The samples go into the current data folder, in their own project ("Samples", translated)
and marked ``source = "demo"`` by the generator, so they are easy to tell apart and delete.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui import notify
from app.ui.tasks import TaskHandle, run_task

translate = QCoreApplication.translate

#: Enough to fill every sidebar group and show long, branched and code-heavy threads,
#: small enough to be written in a second or two.
SAMPLE_CONVERSATIONS = 80
SAMPLE_MESSAGES = 1_200
SAMPLE_SEED = 2026


def samples_project_name() -> str:
    return translate("SampleLoader", "Samples")


def load_samples(
    parent: QWidget | None,
    data_dir: Path,
    on_done: Callable[[int | None], None],
) -> TaskHandle:
    """Write the samples with a progress dialog; ``on_done`` gets the Samples project id
    (None if nothing was written)."""
    from app.services import demo
    from app.store import projects

    name = samples_project_name()
    dialog = QProgressDialog(
        translate("SampleLoader", "Creating sample conversations\u2026"),
        translate("SampleLoader", "Cancel"),
        0,
        SAMPLE_MESSAGES,
        parent,
    )
    dialog.setObjectName("sampleProgress")
    dialog.setWindowTitle(translate("SampleLoader", "Sample Conversations"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # a fast run never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def work(ctx) -> int | None:
        stats = demo.generate(
            SAMPLE_CONVERSATIONS,
            SAMPLE_MESSAGES,
            seed=SAMPLE_SEED,
            project_names=(name,),
            progress=lambda done, total: ctx.progress(done, total),
            cancel=lambda: ctx.cancelled,
        )
        if stats.conversations == 0:
            return None
        project = projects.find_project(name)
        return project.id if project else None

    def progressed(done: int, total: int, _text: str) -> None:
        if total:
            dialog.setMaximum(total)
        dialog.setValue(done)

    def finished() -> None:
        dialog.canceled.disconnect()
        dialog.hide()  # not close(): closing a QProgressDialog counts as Cancel
        dialog.deleteLater()

    def done(project_id: int | None) -> None:
        text = translate("SampleLoader", "Sample conversations added to the \u201c%1\u201d project")
        notify.status(text.replace("%1", name))
        on_done(project_id)

    def cancelled_or_failed(exc: BaseException) -> None:
        notify.error_reporter(parent, translate("SampleLoader", "Could not create the samples"))(exc)
        on_done(None)

    handle = run_task(
        work,
        on_result=done,
        on_error=cancelled_or_failed,
        on_progress=progressed,
        on_finished=finished,
    )
    # A cancelled run ends between batches; what was written stays (whole conversations).
    dialog.canceled.connect(handle.cancel)
    dialog.canceled.connect(lambda: on_done(None))
    return handle
