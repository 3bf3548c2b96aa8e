"""One Parley per database: a second launch hands over to the first and exits (real processes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.single_instance import LOCK_FILE_NAME, server_name

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("instance_probe.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")


def probe_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["XDG_ACTIVATION_TOKEN"] = "token-from-the-desktop"
    return env


def start_first(data_dir: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, str(PROBE), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=probe_env(),
    )
    line = process.stdout.readline().strip()  # the probe prints at once, or dies (EOF)
    assert line == "listening", process.stderr.read() if not line else line
    return process


def launch(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(PROBE), str(data_dir), *args],
        capture_output=True,
        text=True,
        env=probe_env(),
        timeout=30,
    )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=10)


def test_a_second_launch_hands_over_and_exits(tmp_path):
    first = start_first(tmp_path / "data")
    try:
        second = launch(tmp_path / "data", "--some", "argument")
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == "handed-over"
        out, err = first.communicate(timeout=30)
        assert first.returncode == 0, err
        kind, payload = out.strip().split(" ", 1)
        message = json.loads(payload)
        assert kind == "message"
        assert message == {
            "command": "activate",
            "args": ["--some", "argument"],
            "token": "token-from-the-desktop",
        }
    finally:
        stop(first)


def test_different_data_folders_run_side_by_side(tmp_path):
    first = start_first(tmp_path / "one")
    try:
        other = start_first(tmp_path / "two")  # asserts it became a first instance itself
        stop(other)
    finally:
        stop(first)
    assert server_name(tmp_path / "one") != server_name(tmp_path / "two")
    assert server_name(tmp_path / "one") == server_name(tmp_path / "one" / "." )


def test_a_crashed_first_instance_does_not_block_the_next_launch(tmp_path):
    crashed = start_first(tmp_path / "data")
    crashed.send_signal(signal.SIGKILL)  # leaves its lock file and socket behind
    crashed.communicate(timeout=10)
    assert (tmp_path / "data" / LOCK_FILE_NAME).exists()
    successor = start_first(tmp_path / "data")  # takes over the stale lock
    try:
        third = launch(tmp_path / "data")
        assert third.stdout.strip() == "handed-over", third.stderr
        out, _ = successor.communicate(timeout=30)
        assert out.startswith("message ")
    finally:
        stop(successor)
