"""The Qt binding we run on survives a long session.

PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call (and to True on
every emit), so the interpreter aborts after a few thousand calls. pyproject.toml keeps us
off it; this test fails loudly if a release with that fault is ever installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_long_session_of_void_calls_survives():
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QObject, Signal

        class Probe(QObject):
            ping = Signal()

        probe = Probe()
        before = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(50_000):
            probe.setObjectName("probe")  # returns None
            probe.ping.emit()  # returns True
            probe.findChild(QObject, "nothing")  # returns None
        after = sys.getrefcount(None), sys.getrefcount(True)
        print("alive", before[0] - after[0] < 1000, before[1] - after[1] < 1000)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["alive", "True", "True"]
