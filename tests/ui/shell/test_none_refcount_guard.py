"""The guard against PySide6 6.12's lost references to None keeps long sessions alive."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from app.ui import none_refcount_guard


def test_importing_the_ui_protects_the_singletons_where_pyside_leaks_them():
    if none_refcount_guard.void_calls_leak_none() or none_refcount_guard.emits_leak_true():
        assert none_refcount_guard._installed
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > none_refcount_guard.RESERVE // 2


def test_a_long_session_of_void_calls_survives(tmp_path):
    # Far more such calls than None and True have references without the guard; without it the
    # interpreter aborts ("Fatal Python error: none_dealloc").
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import app.ui
        from PySide6.QtCore import QObject, Signal

        class Probe(QObject):
            ping = Signal()

        probe = Probe()
        for _ in range(50_000):
            probe.setObjectName("probe")  # returns None
            probe.ping.emit()  # returns True
            probe.findChild(QObject, "nothing")  # returns None
        print("alive")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "alive"
