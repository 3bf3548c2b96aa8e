"""`parley search` and `parley check --rebuild-index` as a script or a person uses them."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.store import close_database
from tests.search.conftest import at, write_conversation


@pytest.fixture
def history_dir(data_dir, store, clock):
    from app.store import projects

    pid = projects.default_project().id
    write_conversation("c-sqlite", pid, "SQLite tuning", [
        ("user", "Is the café index fast?", at(2026, 11, 20, 9), None),
        ("assistant", "Yes, the cafe index is fast.", at(2026, 11, 20, 9, 1), "gpt-4o"),
    ])
    write_conversation("c-zh", pid, "笔记", [("user", "我们的数据库很快", at(2026, 10, 1), None)])
    close_database()
    return data_dir


@pytest.fixture
def parley(capsys):
    def run(*args):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        close_database()
        return code, out, err

    return run


def test_search_prints_id_title_message_time_and_snippet(parley, history_dir):
    code, out, err = parley("--data-dir", history_dir, "search", "cafe")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "c-sqlite  SQLite tuning"
    assert lines[1].split()[0] in {"c-sqlite-m0", "c-sqlite-m1"}
    assert "2026-11-20 09:0" in lines[1] and "2 matches" in lines[1]
    assert "cafe" in lines[2].lower() or "café" in lines[2].lower()
    assert "\x1b[" not in out  # no terminal escapes when piped


def test_search_json_and_limit(parley, history_dir):
    code, out, _ = parley("--data-dir", history_dir, "search", "--json", "--limit", "1", "数据库")
    assert code == 0
    (row,) = json.loads(out)
    assert row["conversation_id"] == "c-zh" and row["title"] == "笔记"
    assert row["message_id"] == "c-zh-m0"
    assert row["timestamp"].endswith("Z")
    start, end = row["matches"][0]
    assert row["snippet"][start:end] == "数据库"


def test_query_words_may_be_given_separately(parley, history_dir):
    _, joined, _ = parley("--data-dir", history_dir, "search", "--json", "index fast")
    _, separate, _ = parley("--data-dir", history_dir, "search", "--json", "index", "fast")
    assert json.loads(joined) == json.loads(separate)


def test_hints_and_no_results_go_to_stderr(parley, history_dir):
    code, out, err = parley("--data-dir", history_dir, "search", "role:robot", '"unbalanced')
    assert code == 0 and out == ""
    assert "Unknown role" in err and "Traceback" not in err
    code, out, err = parley("--data-dir", history_dir, "search", "--json", "nothingmatches")
    assert code == 0 and json.loads(out) == []


def test_bad_limit_is_one_clear_line(parley, history_dir):
    code, _, err = parley("--data-dir", history_dir, "search", "--limit", "0", "cafe")
    assert code == 1 and err.strip().startswith("parley: ") and len(err.strip().splitlines()) == 1


def test_missing_database_is_an_error_not_a_new_file(parley, tmp_path):
    code, _, err = parley("--data-dir", tmp_path / "nowhere", "search", "x")
    assert code == 1 and "no Parley database" in err
    assert not (tmp_path / "nowhere" / "parley.db").exists()


def test_check_rebuild_index_repairs_the_index(parley, history_dir):
    import sqlite3

    from app.store.search_text import index_text

    conn = sqlite3.connect(history_dir / "parley.db")
    conn.create_function("parley_fts_text", 1, index_text)
    conn.execute("DELETE FROM message_search_key")
    conn.commit()
    conn.close()
    code, out, _ = parley("--data-dir", history_dir, "check")
    assert code == 1 and "--rebuild-index" in out
    code, out, _ = parley("--data-dir", history_dir, "check", "--rebuild-index")
    assert code == 0, out
    assert "Search index rebuilt" in out and "The database is sound." in out
    code, out, _ = parley("--data-dir", history_dir, "search", "--json", "cafe")
    assert [r["conversation_id"] for r in json.loads(out)] == ["c-sqlite"]
