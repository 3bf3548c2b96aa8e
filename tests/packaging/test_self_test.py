"""`parley --self-test` from source: passes on a working checkout, explains a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def run(*code_or_args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must go offscreen by itself
    if data_dir is not None:
        env["PARLEY_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


def test_the_self_test_passes_and_leaves_the_users_data_alone(tmp_path):
    users_data = tmp_path / "users-data"
    result = run("-m", "app", "--self-test", data_dir=users_data)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("Qt", "resources", "database", "rendering", "main window"):
        assert f"ok {step}:" in result.stdout
    assert "Self-test passed" in result.stdout
    assert not users_data.exists()  # it ran on a temporary folder, not the configured one
    assert not (Path(os.environ["HOME"]) / ".config" / "Parley").exists()  # nor in settings


def test_a_broken_installation_fails_with_the_reason(tmp_path):
    # The same self-test, in an installation whose resources folder is missing.
    code = (
        "import sys, app.resources as r; from pathlib import Path;"
        f"r.base_dir = lambda: Path({str(tmp_path)!r});"
        "from app.cli.main import main; sys.exit(main(['--self-test']))"
    )
    result = run("-c", code)
    assert result.returncode == 1
    assert "FAIL resources: the icon 'new-chat' did not load" in result.stderr
    assert "Self-test passed" not in result.stdout
