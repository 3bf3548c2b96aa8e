"""`parley demo`: fills a data dir, refuses to pollute one in use, removes its samples."""

from __future__ import annotations

import io
import json

from app.cli.demo_command import _ProgressLine


def test_demo_fills_an_empty_data_dir(parley, tmp_path, clock):
    data = tmp_path / "fresh"
    code, out, err = parley("--data-dir", data, "demo", "--conversations", 30, "--messages", "1,200")
    assert code == 0, err
    assert "Added 30 conversations with 1,200 messages" in out
    assert err == ""  # no progress line when stderr is not a terminal
    _, listed, _ = parley("--data-dir", data, "list", "--json")
    _, archived, _ = parley("--data-dir", data, "list", "--json", "--archived")
    rows = json.loads(listed) + json.loads(archived)
    assert len(rows) == 30
    assert sum(r["message_count"] for r in rows) == 1_200
    assert parley("--data-dir", data, "check")[0] == 0


def test_demo_refuses_a_database_in_use_unless_asked(parley, sample_dir):
    code, out, err = parley("--data-dir", sample_dir, "demo", "--conversations", 5, "--messages", 20)
    assert code == 1 and out == ""
    assert "already holds 20 conversations" in err and "--add" in err
    code, out, _ = parley(
        "--data-dir", sample_dir, "demo", "--conversations", 5, "--messages", 20, "--add"
    )
    assert code == 0
    _, listed, _ = parley("--data-dir", sample_dir, "list", "--json", "--limit", 1000)
    _, archived, _ = parley("--data-dir", sample_dir, "list", "--json", "--archived")
    assert len(json.loads(listed)) + len(json.loads(archived)) == 25


def test_demo_remove_deletes_only_samples(parley, sample_dir):
    code, out, _ = parley("--data-dir", sample_dir, "demo", "--remove")
    assert code == 0 and "Removed 20 sample conversations" in out
    _, listed, _ = parley("--data-dir", sample_dir, "list", "--json")
    assert json.loads(listed) == []


def test_demo_rejects_impossible_sizes(parley, tmp_path):
    code, _, err = parley("--data-dir", tmp_path / "d", "demo", "--conversations", 10, "--messages", 5)
    assert code == 1
    assert "at least 10 messages" in err and "Traceback" not in err


def test_progress_line_rewrites_one_line_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    line = _ProgressLine(stream)
    line(0, 4_000)
    line(4_000, 4_000)
    line.finish()
    text = stream.getvalue()
    assert "\n" not in text
    assert "Generating 4,000 of 4,000 messages (100%" in text
    assert text.endswith("\r\x1b[K")  # cleared before the summary is printed


def test_progress_line_is_silent_when_redirected():
    stream = io.StringIO()
    line = _ProgressLine(stream)
    line(10, 100)
    line.finish()
    assert stream.getvalue() == ""


def test_the_real_entry_point_runs_demo(parley_process, tmp_path):
    data = tmp_path / "proc"
    done = parley_process("--data-dir", data, "demo", "--conversations", 8, "--messages", 80)
    assert done.returncode == 0, done.stderr
    assert "Added 8 conversations with 80 messages" in done.stdout
    assert done.stderr == ""
    bad = parley_process("--data-dir", data, "demo", "--messages", "lots")
    assert bad.returncode == 2 and "not a whole number" in bad.stderr
