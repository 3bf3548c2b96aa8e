"""Killing the app mid-answer leaves the partial answer in the database after restart."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.chat.session import recover_interrupted
from app.store import close_database, messages, open_database

REPO = Path(__file__).resolve().parents[2]


def _read_line(proc: subprocess.Popen, deadline: float) -> str:
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], deadline - time.monotonic())
        if ready:
            return proc.stdout.readline().decode().strip()
    raise AssertionError("the child process said nothing in time")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and select() on pipes are POSIX")
def test_killing_the_app_mid_stream_leaves_the_partial_answer(openai_server, data_dir):
    openai_server.behaviour.answer = " ".join(f"word{n}" for n in range(400))
    openai_server.behaviour.token_delay = 0.01  # a slow model: 4 seconds for the whole answer
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.stream_child", str(data_dir), openai_server.base_url],
        cwd=REPO, stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 30
        cid = _read_line(proc, deadline).split()[1]
        saved = 0
        while saved < 40:  # several saves in: some tokens have arrived and been written
            line = _read_line(proc, deadline)
            assert line.startswith("saved"), line
            saved = int(line.split()[1])
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert openai_server.pieces_sent < 400  # it really was mid-answer

    open_database(data_dir)  # the restart
    try:
        assert recover_interrupted() == 1
        user, answer = messages.active_messages(cid)
        assert user.content == "Write me a long story"
        assert answer.status == "incomplete"
        assert len(answer.content) >= saved
        assert openai_server.behaviour.answer.startswith(answer.content)
    finally:
        close_database()
