"""Helpers for driving the `parley` command line in-process and as a real subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.store import close_database
from tests.helpers.parley_process import run_parley


@pytest.fixture(autouse=True)
def _close_store_after_command():
    """In-process commands leave the database bound; each test starts unbound."""
    yield
    close_database()


@pytest.fixture
def parley(capsys):
    """Run ``parley ARGS`` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        close_database()
        return code, out, err

    return run


@pytest.fixture
def parley_process():
    """Run ``python -m app ARGS`` as a real process; returns the CompletedProcess."""
    return run_parley


@pytest.fixture
def sample_dir(tmp_path, parley, clock) -> Path:
    """A data dir with 20 sample conversations (200 messages)."""
    path = tmp_path / "samples"
    code, _, err = parley("--data-dir", path, "demo", "--conversations", 20, "--messages", 200, "--seed", 3)
    assert code == 0, err
    return path
