"""Work off the GUI thread: results, errors, progress and cancel arrive on the GUI thread."""

import threading

from PySide6.QtCore import QThread

from app.ui.tasks import run_task


def test_result_and_progress_arrive_on_gui_thread(qtbot):
    seen = {}

    def work(ctx):
        seen["worker_thread"] = threading.get_ident()
        for n in range(3):
            ctx.progress(n + 1, 3, "step")
        return 42

    progress = []
    results = []
    handle = run_task(
        work,
        on_result=lambda v: results.append((v, QThread.currentThread())),
        on_progress=lambda d, t, s: progress.append((d, t)),
    )
    with qtbot.waitSignal(handle.signals.finished, timeout=5000):
        pass
    assert results[0][0] == 42
    assert results[0][1] is qtbot_gui_thread()
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert seen["worker_thread"] != threading.get_ident()


def qtbot_gui_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_error_is_delivered_not_swallowed(qtbot):
    errors = []

    def work(ctx):
        raise ValueError("broken file")

    handle = run_task(work, on_error=errors.append)
    with qtbot.waitSignal(handle.signals.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError)
    assert "broken file" in errors[0].__traceback_text__


def test_cancelled_task_delivers_nothing(qtbot):
    started = threading.Event()
    release = threading.Event()
    results = []

    def work(ctx):
        started.set()
        release.wait(5)
        ctx.check()
        return "late"

    handle = run_task(work, on_result=results.append)
    assert started.wait(5)
    handle.cancel()
    release.set()
    with qtbot.waitSignal(handle.signals.finished, timeout=5000):
        pass
    assert results == []
    assert handle.cancelled
