"""Broken, truncated, wrongly typed and hostile files change nothing and say what was wrong."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.services.importers import import_path, import_paths, jsonstream
from app.store import conversations, messages
from tests.transfer.conftest import CHATGPT_JSON, CLAUDE_JSON, chatgpt_records, database_snapshot


@pytest.fixture
def populated(store, copy_fixture):
    """A database that already holds something worth protecting."""
    assert import_path(copy_fixture(CLAUDE_JSON)).error is None
    return store


def test_truncated_json_changes_nothing_and_names_file_and_record(populated, tmp_path):
    data = CHATGPT_JSON.read_bytes()
    broken = tmp_path / "conversations.json"
    broken.write_bytes(data[: int(len(data) * 0.7)])
    before = database_snapshot(populated)
    report = import_path(broken)
    assert report.error is not None
    assert str(broken) in str(report.error)
    assert "truncated" in str(report.error)
    assert "conversation" in str(report.error)  # which record: after the last good one
    assert (report.added, report.messages_added) == (0, 0)
    assert database_snapshot(populated) == before


def test_wrong_types_fail_the_file_naming_the_record(populated, tmp_path):
    records = chatgpt_records()
    records[1]["mapping"] = ["not", "an", "object"]
    bad = tmp_path / "wrong-types.json"
    bad.write_text(json.dumps(records), encoding="utf-8")
    before = database_snapshot(populated)
    report = import_path(bad)
    assert "conversation 2" in str(report.error) and "mapping" in str(report.error)
    assert database_snapshot(populated) == before  # conversation 1 was rolled back too


def test_zip_bomb_is_refused_before_anything_is_read(populated, tmp_path):
    bomb = tmp_path / "export.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("conversations.json", "w", force_zip64=True) as member:
            chunk = b"[" + b" " * (1024 * 1024 - 1)
            for _ in range(64):
                member.write(chunk)
                chunk = b" " * len(chunk)
    assert bomb.stat().st_size < 1024 * 1024
    before = database_snapshot(populated)
    report = import_path(bomb)
    assert "zip bomb" in str(report.error) and "conversations.json" in str(report.error)
    assert database_snapshot(populated) == before


def test_a_100_mb_record_is_refused_as_absurd(populated, tmp_path, monkeypatch):
    monkeypatch.setattr(jsonstream, "MAX_RECORD_CHARS", 64 * 1024 * 1024)
    huge = tmp_path / "huge.json"
    head = json.dumps(chatgpt_records()[:1])[:-1] + ', {"title": "huge", "mapping": {"a": {"message": {"content": {"parts": ["'
    with open(huge, "w", encoding="utf-8") as handle:
        handle.write(head)
        block = "x" * (1024 * 1024)
        for _ in range(100):
            handle.write(block)
        handle.write('"]}}}}}]')
    assert huge.stat().st_size > 100 * 1024 * 1024
    before = database_snapshot(populated)
    report = import_path(huge)
    assert "larger than 64 MB" in str(report.error) and "after conversation 1" in str(report.error)
    assert database_snapshot(populated) == before


def test_damaged_zip_and_unknown_files_are_explained(populated, tmp_path, chatgpt_zip):
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(chatgpt_zip.read_bytes()[:3000])
    garbage = tmp_path / "photo.json"
    garbage.write_bytes(bytes(range(256)) * 10)
    text = tmp_path / "notes.json"
    text.write_text('{"shopping": ["eggs", "milk"]}', encoding="utf-8")
    before = database_snapshot(populated)
    report = import_paths([truncated, garbage, text])
    assert "not a readable zip archive" in str(report.files[0].error)
    assert "not a chat export Parley recognises" in str(report.files[1].error)
    assert "not a chat export Parley recognises" in str(report.files[2].error)
    assert database_snapshot(populated) == before


def test_one_bad_file_does_not_stop_the_others(store, tmp_path, copy_fixture):
    bad = tmp_path / "bad.json"
    bad.write_text(CHATGPT_JSON.read_text(encoding="utf-8")[:500], encoding="utf-8")
    report = import_paths([bad, copy_fixture(CLAUDE_JSON)])
    assert report.files[0].error and report.files[1].added == 3
    assert "1 file not imported" in report.summary()


def test_a_newer_parley_format_is_refused(store, tmp_path):
    future = tmp_path / "future.json"
    future.write_text(json.dumps({"format": "parley", "version": 99, "conversations": []}), encoding="utf-8")
    report = import_path(future)
    assert "newer Parley" in str(report.error)


def test_loops_in_the_message_tree_are_broken_not_followed(store, tmp_path):
    records = chatgpt_records()[:1]
    mapping = records[0]["mapping"]
    mapping["u-1"]["parent"] = "a-2"  # u-1 -> a-2 -> u-2 -> a-1 -> u-1
    loop = tmp_path / "loop.json"
    loop.write_text(json.dumps(records), encoding="utf-8")
    report = import_path(loop)
    assert report.error is None and report.added == 1
    assert any("loop" in w for w in map(str, report.warnings))
    (row,) = conversations.list_conversations(None)
    assert len(messages.active_messages(row.id)) >= 1
