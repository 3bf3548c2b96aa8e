"""Run the `parley` command as a real process, the way a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_parley(*args, file_size_limit: int | None = None) -> subprocess.CompletedProcess:
    """``python -m app ARGS`` offscreen; returns the CompletedProcess (text output).

    ``file_size_limit``: no file the process writes may grow past this many bytes
    (RLIMIT_FSIZE, SIGXFSZ ignored): a write past it fails as on a full disk. POSIX only.
    """

    def limited() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env.pop("PARLEY_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited if file_size_limit else None,
    )
