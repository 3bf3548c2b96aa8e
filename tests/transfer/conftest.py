"""Fixtures for import/export tests: the fixture exports, zips built from them, and a way
to prove the database did not change."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CHATGPT_JSON = FIXTURES / "chatgpt" / "conversations.json"
CLAUDE_JSON = FIXTURES / "claude" / "conversations.json"
LEGACY_JSON = FIXTURES / "legacy" / "leanspec-chat-history.json"

#: Attachment files of the ChatGPT fixture, as a 2026 export names them.
CHATGPT_ASSETS = {
    "file-AbC123-sales-chart.dat": b"\x89PNG\r\n\x1a\n fake chart",
    "file_00000000aa11-0f3c.dat": b"RIFF fake webp",
}


def chatgpt_records() -> list[dict]:
    return json.loads(CHATGPT_JSON.read_text(encoding="utf-8"))


def write_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def chatgpt_zip(tmp_path) -> Path:
    """A ChatGPT export zip in the 2026 layout: assets as file-*.dat with a name map."""
    members: dict[str, bytes | str] = {
        "conversations.json": CHATGPT_JSON.read_bytes(),
        "conversation_asset_file_names.json": (FIXTURES / "chatgpt" / "conversation_asset_file_names.json").read_bytes(),
        "user.json": json.dumps({"id": "user-1", "email": "ana@example.com"}),
        "chat.html": "<html><body>viewer</body></html>",
        **CHATGPT_ASSETS,
    }
    return write_zip(tmp_path / "chatgpt-export.zip", members)


@pytest.fixture
def claude_zip(tmp_path) -> Path:
    return write_zip(
        tmp_path / "data-2026-04-02-10-00-00-batch-0000.zip",
        {name: (FIXTURES / "claude" / name).read_bytes() for name in ("conversations.json", "projects.json", "users.json")},
    )


def database_snapshot(data_dir: Path) -> str:
    """A digest of every row of every table: equal digests mean nothing changed."""
    from app.store.location import database_path

    connection = sqlite3.connect(str(database_path(data_dir)))
    try:
        digest = hashlib.sha256()
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%fts%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(row) for row in connection.execute(f"SELECT * FROM {table}")):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        connection.close()


@pytest.fixture
def copy_fixture(tmp_path):
    def copy(source: Path, name: str | None = None) -> Path:
        target = tmp_path / (name or source.name)
        shutil.copy(source, target)
        return target

    return copy
