"""`parley list`, `show` and `check`: what a script or a person at a terminal sees."""

from __future__ import annotations

import json
import re
import sqlite3

ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def _one_clear_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("parley: ")
    return lines[0]


def test_list_json_has_the_documented_fields(parley, sample_dir):
    code, out, _ = parley("--data-dir", sample_dir, "list", "--json")
    assert code == 0
    rows = json.loads(out)
    code, out, _ = parley("--data-dir", sample_dir, "list", "--json", "--archived")
    archived = json.loads(out)
    assert len(rows) + len(archived) == 20
    for row in rows:
        assert {"id", "title", "project", "created", "updated", "message_count"} <= row.keys()
        assert ISO.match(row["created"]) and ISO.match(row["updated"])
        assert row["created"] <= row["updated"]
        assert row["project"] in {"Personal", "Work", "Research"}
        assert row["message_count"] >= 1 and row["title"]
    assert sum(r["message_count"] for r in rows + archived) == 200
    # Pinned on top, then newest activity first.
    pinned = [r for r in rows if r["pinned"]]
    assert rows[: len(pinned)] == pinned
    rest = [r["updated"] for r in rows[len(pinned) :]]
    assert rest == sorted(rest, reverse=True)


def test_list_text_shows_short_ids_and_titles(parley, sample_dir):
    code, out, _ = parley("--data-dir", sample_dir, "list", "--limit", 5)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 5
    code, js, _ = parley("--data-dir", sample_dir, "list", "--json", "--limit", 5)
    for line, row in zip(lines, json.loads(js)):
        assert line.startswith(row["id"][:8])
        assert line.endswith(row["title"])


def test_list_by_project_and_unknown_project(parley, sample_dir):
    code, out, _ = parley("--data-dir", sample_dir, "list", "--json", "--project", "Work")
    assert code == 0
    assert {r["project"] for r in json.loads(out)} <= {"Work"}
    code, out, err = parley("--data-dir", sample_dir, "list", "--project", "Nope")
    assert code == 1 and out == ""
    assert "Nope" in _one_clear_line(err)


def test_show_prints_the_visible_branch(parley, sample_dir):
    _, out, _ = parley("--data-dir", sample_dir, "list", "--json")
    row = max(json.loads(out), key=lambda r: r["message_count"])
    code, text, _ = parley("--data-dir", sample_dir, "show", row["id"][:8])
    assert code == 0
    assert text.startswith(f"# {row['title']}\n")
    assert "## user" in text and "## assistant" in text

    code, out, _ = parley("--data-dir", sample_dir, "show", row["id"], "--json")
    shown = json.loads(out)
    assert shown["id"] == row["id"] and shown["title"] == row["title"]
    assert shown["messages"][0]["role"] == "user"
    for message in shown["messages"]:
        assert message["content"] in text
        if message["role"] == "assistant" and "error" not in message["metadata"]:
            assert message["metadata"]["model"]


def test_show_unknown_or_ambiguous_id_is_one_line(parley, sample_dir):
    code, out, err = parley("--data-dir", sample_dir, "show", "ffffffff-nope")
    assert code == 1 and out == ""
    assert "no conversation" in _one_clear_line(err)
    code, _, err = parley("--data-dir", sample_dir, "show", "ab")
    assert code == 1
    assert "at least 4" in _one_clear_line(err)


def test_check_passes_on_a_sound_database(parley, sample_dir):
    code, out, err = parley("--data-dir", sample_dir, "check")
    assert code == 0, out + err
    assert "sound" in out


def test_check_fails_on_a_broken_counter(parley, sample_dir):
    db = sqlite3.connect(sample_dir / "parley.db")
    cid = db.execute("SELECT id FROM conversation LIMIT 1").fetchone()[0]
    with db:
        db.execute("UPDATE conversation SET message_count = message_count + 3 WHERE id = ?", (cid,))
    db.close()
    code, out, err = parley("--data-dir", sample_dir, "check")
    assert code == 1
    assert cid in out and "counter" in out
    assert "Traceback" not in err


def test_check_fails_on_a_dangling_active_branch(parley, sample_dir):
    db = sqlite3.connect(sample_dir / "parley.db")
    cid = db.execute("SELECT id FROM conversation LIMIT 1").fetchone()[0]
    with db:
        db.execute("UPDATE conversation SET active_leaf_id = 'gone' WHERE id = ?", (cid,))
    db.close()
    code, out, _ = parley("--data-dir", sample_dir, "check")
    assert code == 1 and cid in out


def test_check_fails_on_damaged_pages(parley, sample_dir):
    path = sample_dir / "parley.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    assert pages > 8
    with open(path, "r+b") as f:  # scribble over pages in the middle, keep the header
        for page in range(2, pages, 3):
            f.seek(page * page_size + 100)
            f.write(b"\xde\xad\xbe\xef" * 64)
    code, out, err = parley("--data-dir", sample_dir, "check")
    assert code != 0
    assert "Traceback" not in err
    assert out.strip() or _one_clear_line(err)


def test_a_file_that_is_not_a_database_is_one_clear_line(parley, tmp_path):
    data = tmp_path / "garbage"
    data.mkdir()
    (data / "parley.db").write_bytes(b"this is not a database at all" * 200)
    for command in ("check", "list"):
        code, out, err = parley("--data-dir", data, command)
        assert code == 1 and out == ""
        assert "damaged" in _one_clear_line(err)


def test_missing_data_dir_is_one_clear_line(parley, tmp_path):
    missing = tmp_path / "does" / "not" / "exist"
    for args in (("list",), ("show", "abcd1234"), ("check",)):
        code, out, err = parley("--data-dir", missing, *args)
        assert code == 1 and out == ""
        assert "no Parley database" in _one_clear_line(err)
    assert not missing.exists()  # looking never creates anything


def test_the_real_entry_point_lists_and_checks(parley_process, sample_dir):
    listed = parley_process("--data-dir", sample_dir, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) >= 15
    checked = parley_process("--data-dir", sample_dir, "check")
    assert checked.returncode == 0 and "sound" in checked.stdout
    failed = parley_process("--data-dir", sample_dir, "show", "0000-no-such")
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr and failed.stderr.startswith("parley: ")
