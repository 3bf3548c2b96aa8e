"""What the exported files contain, where they go, and that a cancel leaves nothing."""

from __future__ import annotations

import re
import zipfile

import pytest

from app.services.exporters import Cancelled, ExportError, ExportScope, export
from app.services.importers import import_path
from app.store import conversations, messages, projects
from tests.transfer.conftest import CHATGPT_JSON


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF, counted from its page objects (no PDF library needed)."""
    assert data.startswith(b"%PDF-")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


@pytest.fixture
def history(store, clock, copy_fixture):
    assert import_path(copy_fixture(CHATGPT_JSON)).error is None
    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Shell tricks")
    messages.append_message(conv.id, "user", "Show me <script>alert(1)</script> and a loop")
    clock.advance(5)
    messages.append_message(
        conv.id, "assistant", "```python\nfor i in range(3):\n    print(i)\n```", metadata={"model": "gpt-4o"}
    )
    return conv.id


def test_markdown_transcript_has_title_dates_model_roles_and_fences(history, tmp_path):
    out = tmp_path / "shell.md"
    result = export([history], "md", out)
    text = out.read_text(encoding="utf-8")
    assert result.layout == "file" and result.messages == 2
    assert text.startswith("# Shell tricks\n")
    assert "- **Model:** gpt-4o" in text and "- **Created:** 2026-11-22 14:30" in text
    assert "## User \u00b7 2026-11-22 14:30" in text
    assert "## Assistant (gpt-4o) \u00b7 2026-11-22 14:30" in text
    assert "```python\nfor i in range(3):\n    print(i)\n```" in text


def test_markdown_shows_only_the_branch_on_screen_and_lists_attachments(history, tmp_path):
    out = tmp_path / "all.md"
    export(ExportScope.everything(), "md", out)
    text = out.read_text(encoding="utf-8")
    assert "Manteigaria" not in text  # an abandoned branch
    assert "Answer briefly." not in text  # hidden custom instructions
    assert "- image: sales-chart.png" in text
    assert text.count("\n---\n") == 4  # five conversations in one file


def test_text_export_is_plain(history, tmp_path):
    out = tmp_path / "shell.txt"
    export([history], "txt", out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Shell tricks\n============\n")
    assert "[Assistant (gpt-4o)] 2026-11-22 14:30" in text


def test_html_is_self_contained_highlighted_and_escapes_raw_html(history, tmp_path):
    out = tmp_path / "shell.html"
    export([history], "html", out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)  # nothing loaded from anywhere
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'class="hl-k"' in page or "class=\"hl-kn\"" in page  # Pygments tokens, styled inline
    assert ".hl-k" in page and "prefers-color-scheme: dark" in page


def test_pdf_opens_as_pdf_with_one_page_per_short_conversation(qapp, history, tmp_path):
    out = tmp_path / "all.pdf"
    ids = [r.id for r in conversations.list_conversations(None, archived=None, limit=3)]
    export(ids, "pdf", out)
    assert pdf_page_count(out.read_bytes()) == 3


def test_a_long_conversation_spans_numbered_pages(qapp, store, clock, tmp_path):
    from app.services.exporters.data import iter_conversations
    from app.services.exporters.pdf_format import write_pdf

    project = projects.default_project()
    conv = conversations.create_conversation(project.id, "Long")
    code = "x = '" + "very long line " * 60 + "'"  # must wrap, not run off the page
    for n in range(60):
        messages.append_message(conv.id, "user" if n % 2 == 0 else "assistant", f"Message {n}\n\n```python\n{code}\n```")
    out = tmp_path / "long.pdf"
    with open(out, "wb") as handle:
        pages = write_pdf(iter_conversations([conv.id]), handle)
    assert pages > 3
    assert pdf_page_count(out.read_bytes()) == pages


def test_folder_export_has_safe_unique_names_and_an_index(history, tmp_path):
    project = projects.default_project()
    twins = [conversations.create_conversation(project.id, 'Plans: "a/b" <final>?').id for _ in range(2)]
    twins.append(conversations.create_conversation(project.id, "CON").id)
    out = tmp_path / "export"
    result = export(twins + [history], "md", out)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2026-11-22 Plans a b final (2).md",
        "2026-11-22 Plans a b final.md",
        "2026-11-22 Shell tricks.md",
        "2026-11-22 _CON.md",  # a title Windows reserves is never used bare
        "index.md",
    ]
    assert result.files == 5
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "[Shell tricks](<2026-11-22 Shell tricks.md>)" in index
    assert not list(tmp_path.glob(".*partial"))


def test_zip_export_holds_one_file_per_conversation_and_an_index(history, tmp_path):
    out = tmp_path / "all.zip"
    result = export(ExportScope.everything(), "html", out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    assert result.layout == "zip" and len(names) == 6 and "index.html" in names


def test_cancel_leaves_nothing_behind(history, tmp_path):
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    for target in (tmp_path / "all.md", tmp_path / "all.zip", tmp_path / "folder"):
        calls["n"] = 0
        with pytest.raises(Cancelled):
            export(ExportScope.everything(), "md", target, cancelled=cancelled)
        assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "home"] or not [
        p for p in tmp_path.iterdir() if p.name.endswith(".partial")
    ]


def test_refuses_to_overwrite_a_folder_with_files_or_export_nothing(history, tmp_path):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="not an empty folder"):
        export([history], "md", busy)
    assert (busy / "keep.txt").read_text() == "mine"
    empty = projects.create_project("Empty")
    with pytest.raises(ExportError, match="nothing to export"):
        export(ExportScope.project(empty.id), "md", tmp_path / "x.md")


def test_safe_file_stems():
    from app.services.safe_files import safe_file_stem

    assert safe_file_stem("CON") == "_CON"
    assert safe_file_stem("  ...  ") == "Untitled"
    assert safe_file_stem("a\x00b\nc") == "a b c"
    long = safe_file_stem("长" * 200)
    assert len(long.encode("utf-8")) <= 120 and long == "长" * 40


def test_a_message_with_empty_stored_metadata_still_exports_valid_json(store, clock, tmp_path):
    import json

    from app.store.database import db

    conv = conversations.create_conversation(projects.default_project().id, "Hand-edited")
    kept = messages.append_message(conv.id, "user", "metadata emptied by another tool")
    db.execute_sql("UPDATE message SET metadata = '' WHERE id = ?", (kept.id,))
    export(ExportScope.conversations([conv.id]), "json", tmp_path / "one.json")
    export(ExportScope.conversations([conv.id]), "jsonl", tmp_path / "one.jsonl")
    document = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert document["conversations"][0]["messages"][0]["metadata"] == {}
    line = json.loads((tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["metadata"] == {}


def test_only_the_messages_own_model_names_it_in_the_transcript(store, clock, tmp_path):
    conv = conversations.create_conversation(projects.default_project().id, "Tools")
    messages.append_message(conv.id, "user", "Which model does the tool use?")
    messages.append_message(conv.id, "assistant", "The tool says so.", metadata={"tool_output": {"model": "inner-model"}})
    messages.append_message(conv.id, "assistant", "And I am…", metadata={"input_tokens": 3, "model": "gpt-4o"})
    export(ExportScope.conversations([conv.id]), "md", tmp_path / "tools.md")
    text = (tmp_path / "tools.md").read_text(encoding="utf-8")
    assert "inner-model" not in text
    assert "## Assistant (gpt-4o)" in text and "- **Model:** gpt-4o" in text
