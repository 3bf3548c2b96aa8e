"""`parley import` and `parley export` as a user runs them."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.cli.main import main
from app.store import close_database
from tests.transfer.conftest import CHATGPT_JSON, CLAUDE_JSON, LEGACY_JSON


@pytest.fixture
def parley(capsys):
    def run(*args) -> tuple[int, str, str]:
        try:
            code = main([str(a) for a in args])
        finally:
            close_database()
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_import_prints_what_was_found_and_done_then_exports(parley, tmp_path, chatgpt_zip):
    data = tmp_path / "data"
    code, out, err = parley("--data-dir", data, "import", chatgpt_zip, CLAUDE_JSON, LEGACY_JSON, "--project", "Imported")
    assert code == 0, err
    assert f"{chatgpt_zip}: 4 conversations, 26 messages from a ChatGPT export" in out
    assert "4 added, 0 updated, 1 skipped (26 new messages)" in out
    assert "new project: ChatGPT Project 1" in out
    assert out.strip().splitlines()[-1] == "Added 8, updated 0, skipped 2 conversations (42 new messages); 6 warnings"

    code, out, _ = parley("--data-dir", data, "import", chatgpt_zip)
    assert code == 0 and "Added 0, updated 0, skipped 5 conversations (0 new messages)" in out

    code, out, err = parley("--data-dir", data, "export", "--format", "md", "--project", "Imported", "--output", tmp_path / "imported.zip")
    assert code == 0, err
    # ChatGPT's project chat and Claude's "Travel" chat keep their own projects.
    assert "Exported 6 conversations" in out and "zip archive" in out
    with zipfile.ZipFile(tmp_path / "imported.zip") as archive:
        assert "index.md" in archive.namelist() and len(archive.namelist()) == 7

    code, out, err = parley("--data-dir", data, "list", "--json")
    first = json.loads(out)[0]
    code, out, err = parley("--data-dir", data, "export", "--format", "json", "--conversation", first["id"][:8], "--output", tmp_path / "one.json")
    assert code == 0, err
    exported = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert exported["format"] == "parley" and [c["id"] for c in exported["conversations"]] == [first["id"]]


def test_a_bad_file_is_one_line_and_a_non_zero_exit(parley, tmp_path):
    broken = tmp_path / "conversations.json"
    broken.write_text(CHATGPT_JSON.read_text(encoding="utf-8")[:2000], encoding="utf-8")
    report = tmp_path / "report.txt"
    code, out, err = parley("--data-dir", tmp_path / "data", "import", broken, "--report", report)
    assert code == 1
    assert err.startswith("parley: ") and "truncated" in err and len(err.strip().splitlines()) == 1
    assert "not imported" in report.read_text(encoding="utf-8")


def test_export_errors_are_one_line(parley, tmp_path, copy_fixture):
    data = tmp_path / "data"
    parley("--data-dir", data, "import", copy_fixture(CHATGPT_JSON))
    code, _, err = parley("--data-dir", data, "export", "--format", "md", "--project", "Nope", "--output", tmp_path / "x")
    assert code == 1 and "no project named" in err
    code, _, err = parley("--data-dir", data, "export", "--format", "pdf", "--all", "--output", data)
    assert code == 1 and "not an empty folder" in err
