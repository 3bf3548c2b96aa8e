"""A disk that fills up mid-import or mid-export: a clear message, and nothing half-written.

The `parley` process runs with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored): every
write past the limit fails the way a full disk fails a write, in SQLite's WAL and in an
export file alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.parley_process import run_parley
from tests.transfer.conftest import database_snapshot

resource = pytest.importorskip("resource")
pytestmark = pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")

PARAGRAPH = "The quick brown fox jumps over the lazy dog while the kettle sings. " * 15


def chatgpt_export(path: Path, conversations: int) -> Path:
    """A ChatGPT conversations.json of ``conversations`` four-message chats (~1 KB each)."""
    records = []
    for c in range(conversations):
        mapping: dict[str, dict] = {"root": {"id": "root", "message": None, "parent": None, "children": []}}
        parent = "root"
        for m in range(4):
            mid = f"c{c}-m{m}"
            mapping[mid] = {
                "id": mid,
                "parent": parent,
                "children": [],
                "message": {
                    "id": mid,
                    "author": {"role": "user" if m % 2 == 0 else "assistant"},
                    "create_time": 1_760_000_000 + c * 600 + m * 60,
                    "content": {"content_type": "text", "parts": [f"{PARAGRAPH} ({c}/{m})"]},
                    "metadata": {},
                },
            }
            mapping[parent]["children"].append(mid)
            parent = mid
        records.append(
            {
                "id": f"conv-{c}",
                "conversation_id": f"conv-{c}",
                "title": f"Kettle chat {c}",
                "create_time": 1_760_000_000 + c * 600,
                "update_time": 1_760_000_000 + c * 600 + 180,
                "mapping": mapping,
                "current_node": parent,
            }
        )
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


@pytest.fixture
def history(tmp_path) -> Path:
    """A data dir holding 20 sample conversations."""
    data = tmp_path / "data"
    done = run_parley("--data-dir", data, "demo", "--conversations", 20, "--messages", 100, "--seed", 5)
    assert done.returncode == 0, done.stderr
    return data


def test_a_disk_full_during_import_changes_nothing_and_says_so(history, tmp_path):
    export = chatgpt_export(tmp_path / "conversations.json", 300)  # ~1.2 MB of text
    before = database_snapshot(history)

    failed = run_parley("--data-dir", history, "import", export, file_size_limit=512 * 1024)

    assert failed.returncode == 1
    message = failed.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in failed.stderr
    assert "could not be written" in message and "free some space" in message
    assert database_snapshot(history) == before
    assert run_parley("--data-dir", history, "check").returncode == 0
    # With room again, the same file imports in full.
    done = run_parley("--data-dir", history, "import", export)
    assert done.returncode == 0, done.stderr
    assert "Added 300" in done.stdout


@pytest.mark.parametrize(("fmt", "name"), [("md", "everything.md"), ("html", "everything.zip")])
def test_a_disk_full_during_export_leaves_no_file(tmp_path, fmt, name):
    data = tmp_path / "data"
    imported = run_parley("--data-dir", data, "import", chatgpt_export(tmp_path / "conversations.json", 300))
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "out"
    out.mkdir()

    # Room for the database's shared-memory file, not for 1.2 MB of conversations.
    failed = run_parley("--data-dir", data, "export", "--all", "--format", fmt, "--output", out / name, file_size_limit=256 * 1024)

    assert failed.returncode == 1
    assert failed.stderr.strip() == f"parley: Could not write {out / name}: File too large."
    assert list(out.iterdir()) == []  # neither the file nor its temporary
