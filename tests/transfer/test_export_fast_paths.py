"""The Markdown and Parley JSON exports are written by fast paths (one string per
conversation, cached headings and times, rows read in bulk); these tests hold them to a
straightforward rendering, byte for byte, over awkward data: every role, branches, hidden
messages, metadata that is not canonical JSON, control characters, CJK and emoji, times
either side of daylight-saving changes and minute boundaries."""

from __future__ import annotations

import json
import os
import time
from json.encoder import encode_basestring

import pytest

from app.identity import APP_NAME, APP_VERSION
from app.services import demo
from app.services.exporters import ExportScope, export
from app.services.exporters.common import (
    ENGLISH_WORDS,
    forget_local_times,
    attachment_lines,
    header_facts,
    local_time,
    reasoning_text,
    role_heading,
)
from app.services.exporters.data import iter_conversations, project_rows
from app.services.exporters.scope import resolve
from app.store import conversations, messages, projects, tags
from app.store.database import db, write

#: Times around DST changes (Europe, US, Lord Howe's half hour) and minute boundaries.
STAMPS = (
    1_711_846_799.0,
    1_711_846_800.0,
    1_711_846_859.999,
    1_730_595_600.5,
    1_730_591_999.25,
    1_696_087_799.0,
    1_712_419_199.0,
    59.999999,
    1e9 + 0.1,
    1_700_000_000.123456789,
    1_704_067_199.9999999,
    2_000_000_000.0,
)

METADATA = (
    {},
    {"model": "gpt-4o"},
    {"model": 'gpt"quoted\\slash'},
    {"model": "a", "nested": {"model": "b"}},
    {"model": ""},
    {"model": 5},
    {"author_name": "python"},
    {"author_name": None},
    {"reasoning": "think\nhard\n"},
    {"reasoning": 12},
    {
        "attachments": [
            {"kind": "image", "name": "chart.png", "file": "file-abc.dat"},
            {"kind": "weird"},
            "not a dict",
            {"asset_id": "a1", "file": "a1"},
            {"pointer": "sediment://x", "kind": "audio"},
        ]
    },
    {"attachments": None},
    {"usage": {"input_tokens": 12, "output_tokens": 3400}, "error": "Rate limited \U0001f62c", "model": "claude-3-5"},
    {"text": "\u4e2d\u6587 \u2028 sep", "float": 1.5e-7, "big": 12345678901234567890},
    {"model": "o1", "reasoning": "r", "attachments": [{"kind": "file", "name": "n", "file": "n"}]},
)

CONTENTS = (
    "",
    "plain",
    "ends with a newline\n",
    "```python\nprint('hi')\n```",
    "CJK \u4e2d\u6587 \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4 \U0001f680\U0001f389\r\nwindows",
    "tab\tand \x00 nul, \x1f unit separator, \x7f delete, \u2028 line separator",
    '\\ backslash "quote" </script>',
    "# heading\n\n| a | b |\n|---|---|\n| 1 | 2 |",
)

#: Metadata rows as other writers may have stored them (spaces, escapes, repeated keys).
RAW_ROWS = (
    ("r1", None, "user", "x", 1_650_000_001.0, '{"model": "spaced"}'),
    ("r2", "r1", "assistant", "y", 1_650_000_002.0, "{ }"),
    ("r3", "r2", "assistant", "z", 1_650_000_003.0, '{"model":"esc\\u00e9"}'),
    ("r4", "r3", "tool", "t", 1_650_000_004.0, '{"author_name":"bash","model":"m","model":"dup"}'),
    ("r5", "r4", "assistant", "w", 1_650_000_004.0, '{"reasoning": "spaced r", "attachments": [ {"name": "q"} ]}'),
    ("r6", "r5", "assistant", "v", 1_650_000_005.0, ""),
    ("r7", "r6", "user", "u", 1_650_000_005.0, '{"x":1.0,"y":1e5,"z":"\\ud83d\\ude80"}'),
)


@pytest.fixture
def awkward_history(store, clock):
    demo.generate(40, 600, seed=3, now=clock())
    project = projects.create_project("Edge | cases [x]")
    conv = conversations.create_conversation(
        project.id, "", created_at=STAMPS[0], system_prompt="Be terse.\nLine two.\n\n> quoted"
    )
    for name in ("zeta", "Alpha", "mid|dle"):
        tags.add_tag(conv.id, name)
    conversations.set_pinned(conv.id, True)
    conversations.set_archived(conv.id, True)
    roles = ("user", "assistant", "tool", "system")
    for n in range(75):
        message = messages.append_message(
            conv.id,
            roles[n % 4],
            CONTENTS[n % len(CONTENTS)],
            metadata=METADATA[n % len(METADATA)],
            created_at=STAMPS[n % len(STAMPS)] + n,
            hidden=n % 13 == 7,
            status=("complete", "error", "incomplete")[n % 3],
        )
        if n % 17 == 5:
            messages.append_message(
                conv.id,
                roles[n % 4],
                "another branch",
                parent_id=message.parent_id,
                metadata={"model": "alt"},
                created_at=STAMPS[n % len(STAMPS)] + n + 0.5,
                make_active=False,
            )
    raw = conversations.create_conversation(project.id, "Raw rows \U0001f9ea", created_at=1_650_000_000.0)
    with write():
        for mid, parent, role, content, stamp, metadata in RAW_ROWS:
            db.execute_sql(
                "INSERT INTO message (id, conversation_id, parent_id, role, content, created_at, metadata)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (mid, raw.id, parent, role, content, stamp, metadata),
            )
        db.execute_sql(
            "UPDATE conversation SET active_leaf_id = 'r7', message_count = 7, metadata = ? WHERE id = ?",
            ('{"a": 1}', raw.id),
        )
    conversations.create_conversation(project.id, "Empty", created_at=1_650_000_100.0)
    dangling = conversations.create_conversation(project.id, "Dangling leaf", created_at=1_650_000_200.0)
    messages.append_message(dangling.id, "user", "hello", created_at=1_650_000_201.0)
    with write():
        db.execute_sql("UPDATE conversation SET active_leaf_id = 'missing' WHERE id = ?", (dangling.id,))


@pytest.fixture(params=["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"])
def time_zone(request):
    """Run in this zone (POSIX only); cached local times are forgotten either side."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones are set through TZ on POSIX only")
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    forget_local_times()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
    forget_local_times()


def reference_markdown(ids: list[str]) -> str:
    """Markdown as the format is documented, one message at a time."""
    words = ENGLISH_WORDS
    out = []
    for n, conv in enumerate(iter_conversations(ids)):
        if n:
            out.append("\n\n---\n\n")
        out.append(f"# {words.title(conv.title)}\n\n")
        for label, value in header_facts(conv, words):
            out.append(f"- **{label}:** {value}\n")
        if conv.system_prompt:
            out.append(f"\n> **{words.system_prompt}** " + conv.system_prompt.replace("\n", "\n> ") + "\n")
        for message in conv.active_branch():
            out.append(f"\n## {role_heading(message, words)} \u00b7 {local_time(message.created_at)}\n\n")
            reasoning = reasoning_text(message)
            if reasoning:
                out.append(f"> **{words.thinking}** " + reasoning.replace("\n", "\n> ") + "\n\n")
            out.append(message.content if message.content.endswith("\n") else message.content + "\n")
            attachments = attachment_lines(message, words)
            if attachments:
                out.append(f"\n**{words.attachments}**\n\n")
                out.extend(f"- {line}\n" for line in attachments)
    return "".join(out)


def _string(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def reference_json(ids: list[str], exported_at: float) -> str:
    """Parley JSON as docs/parley-json-format.md describes it, field by field."""
    header = {
        "format": "parley",
        "version": 1,
        "app": f"{APP_NAME} {APP_VERSION}",
        "exported_at": exported_at,
        "projects": project_rows(ids),
    }
    out = [json.dumps(header, ensure_ascii=False)[:-1] + ',\n"conversations":[']
    for n, c in enumerate(iter_conversations(ids)):
        out.append(",\n" if n else "\n")
        out.append(
            f'{{"id":{_string(c.id)},"project":{_string(c.project)},"title":{_string(c.title)},'
            f'"created_at":{c.created_at!r},"updated_at":{c.updated_at!r},'
            f'"archived":{json.dumps(c.archived)},"pinned":{json.dumps(c.pinned)},'
            f'"active_leaf_id":{_string(c.active_leaf_id)},"system_prompt":{_string(c.system_prompt)},'
            f'"draft":{_string(c.draft)},"source":{_string(c.source)},"source_id":{_string(c.source_id)},'
            f'"message_count":{c.message_count},"preview":{_string(c.preview)},'
            f'"tags":[{",".join(_string(t) for t in c.tags)}],"metadata":{c.metadata_json},"messages":['
        )
        out.append(
            ",".join(
                f'\n{{"id":{_string(m.id)},"parent_id":{_string(m.parent_id)},"role":{_string(m.role)},'
                f'"content":{_string(m.content)},"created_at":{m.created_at!r},"status":{_string(m.status)},'
                f'"hidden":{json.dumps(bool(m.hidden))},"source_id":{_string(m.source_id)},'
                f'"metadata":{m.metadata_json}}}'
                for m in c.messages
            )
        )
        out.append("]}")
    out.append("\n]}\n")
    return "".join(out)


def test_markdown_matches_the_reference_rendering(awkward_history, time_zone, tmp_path):
    ids = resolve(ExportScope.everything())
    out = tmp_path / "all.md"
    export(ExportScope.everything(), "md", out)
    assert out.read_bytes() == reference_markdown(ids).encode("utf-8")


def test_json_matches_the_reference_rendering(awkward_history, clock, tmp_path):
    ids = resolve(ExportScope.everything())
    out = tmp_path / "all.json"
    export(ExportScope.everything(), "json", out)
    assert out.read_bytes() == reference_json(ids, clock()).encode("utf-8")


def test_a_subset_in_the_callers_order_matches_too(awkward_history, tmp_path):
    ids = resolve(ExportScope.everything())
    chosen = ids[::3][::-1] + ["no-such-conversation"]
    export(ExportScope.conversations(chosen), "md", tmp_path / "some.md")
    assert (tmp_path / "some.md").read_bytes() == reference_markdown(chosen).encode("utf-8")


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "Australia/Lord_Howe", "America/St_Johns"])
def test_local_minutes_match_strftime_of_localtime(zone, monkeypatch):
    """Local times come from a cached offset per UTC hour; they must read as localtime()
    does, across daylight-saving changes and odd historical offsets."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones are set through TZ on POSIX only")
    import random

    from app.services.exporters.common import _minute

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    forget_local_times()
    try:
        rng = random.Random(zone)
        minutes = [rng.randrange(-2_000_000_000 // 60, 2_200_000_000 // 60) for _ in range(5000)]
        minutes += range(1_711_000_000 // 60, 1_711_000_000 // 60 + 60 * 24 * 200, 11)
        for minute in minutes:
            assert _minute(minute) == time.strftime("%Y-%m-%d %H:%M", time.localtime(minute * 60)), minute
    finally:
        monkeypatch.undo()
        time.tzset()
        forget_local_times()
