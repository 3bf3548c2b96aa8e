"""The real app: launching Parley twice on one data folder leaves one window (two processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.crash import log_path

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def parley(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(data_dir)]


def app_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def log_text(data_dir: Path) -> str:
    try:
        return log_path(data_dir).read_text(encoding="utf-8")
    except OSError:
        return ""


def test_a_second_launch_brings_the_first_window_forward_and_exits(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    first = subprocess.Popen(
        parley(data_dir), cwd=ROOT, env=app_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        qtbot.waitUntil(
            lambda: "starting on" in log_text(data_dir) or first.poll() is not None, timeout=60_000
        )
        assert first.poll() is None, first.stderr.read().decode()

        second = subprocess.run(
            parley(data_dir), cwd=ROOT, env=app_env(), capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        qtbot.waitUntil(lambda: "second launch handed over" in log_text(data_dir), timeout=30_000)
        assert first.poll() is None  # the first window is still there
        assert log_text(data_dir).count("starting on") == 1  # and no second one started
    finally:
        first.kill()
        first.communicate(timeout=30)
