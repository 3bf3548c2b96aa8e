"""Work off the GUI thread: results, errors, progress and cancel arrive on the GUI thread.

Each test starts its task inside ``waitSignal`` so a fast worker cannot finish before the
test listens for the end.
"""

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from app.ui.tasks import TaskSignals, run_task


def test_result_and_progress_arrive_on_gui_thread(qtbot):
    seen = {}
    progress, results = [], []

    def work(ctx):
        seen["worker_thread"] = threading.get_ident()
        for n in range(3):
            ctx.progress(n + 1, 3, "step")
        return 42

    done = []
    with qtbot.waitSignal(_Relay.signal_for(done), timeout=5000):
        run_task(
            work,
            on_result=lambda v: results.append((v, QThread.currentThread())),
            on_progress=lambda d, t, s: progress.append((d, t)),
            on_finished=_Relay.emitter(done),
        )
    assert results[0][0] == 42
    assert results[0][1] is QApplication.instance().thread()
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert seen["worker_thread"] != threading.get_ident()


def test_error_is_delivered_not_swallowed(qtbot):
    errors, done = [], []

    def work(ctx):
        raise ValueError("broken file")

    with qtbot.waitSignal(_Relay.signal_for(done), timeout=5000):
        run_task(work, on_error=errors.append, on_finished=_Relay.emitter(done))
    assert isinstance(errors[0], ValueError)
    assert "broken file" in errors[0].__traceback_text__


def test_cancelled_task_delivers_nothing(qtbot):
    started, release = threading.Event(), threading.Event()
    results, done = [], []

    def work(ctx):
        started.set()
        release.wait(5)
        ctx.check()
        return "late"

    handle = run_task(work, on_result=results.append, on_finished=_Relay.emitter(done))
    assert started.wait(5)
    handle.cancel()
    with qtbot.waitSignal(_Relay.signal_for(done), timeout=5000):
        release.set()
    assert results == []
    assert handle.cancelled


class _Relay:
    """A per-test signal fired from the task's own on_finished callback (GUI thread)."""

    _signals: dict[int, TaskSignals] = {}

    @classmethod
    def signal_for(cls, key: list):
        return cls._signals.setdefault(id(key), TaskSignals()).finished

    @classmethod
    def emitter(cls, key: list):
        relay = cls._signals.setdefault(id(key), TaskSignals())
        return lambda: (key.append(True), relay.finished.emit())
