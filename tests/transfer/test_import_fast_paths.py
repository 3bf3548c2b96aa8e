"""The import's fast paths store exactly what the general code stores.

Ids, metadata JSON, the ChatGPT reader's one-text-part shortcut, the parent and active-leaf
shortcuts: each is checked against the general code (or the code it replaced) on edge
cases: CJK, accents, emoji, empty and huge content, nested metadata with a "model" key,
branches and re-imports.
"""

from __future__ import annotations

import json
import math

import pytest

from app.services.importers import chatgpt, import_path
from app.services.importers.chatgpt import AssetIndex
from app.services.importers.model import stable_id, stable_id_maker
from app.store import bulk
from app.store.database import db
from tests.search.helpers import indexed_ids
from tests.transfer.conftest import database_snapshot

STRINGS = ["", "a", "café", "e\u0301", "東京タワー", "数据库", "한국어", "🚀🔥", "👩\u200d💻", "x" * 10_000, "\x1f", "\u200b"]
TIMES = [None, 0.0, -5.0, 1.5, 1_700_000_000.0, 1_700_000_000.123456, 1e11, 2.5e12, math.nan]


def reference_stable_id(*parts: str, at: float | None = None) -> str:
    """stable_id as it was first written."""
    import hashlib
    import uuid

    namespace = uuid.UUID("4f1c2a4e-8d0b-5a53-9b7e-5061726c6579").bytes
    digest = hashlib.sha1(namespace + "\x1f".join(parts).encode("utf-8")).hexdigest()
    millis = int(at * 1000) & 0xFFFF_FFFF_FFFF if at and at > 0 else 0
    stamp = f"{millis:012x}"
    variant = "89ab"[int(digest[4], 16) & 3]
    return f"{stamp[:8]}-{stamp[8:]}-8{digest[1:4]}-{variant}{digest[5:8]}-{digest[8:20]}"


def test_stable_ids_are_what_they_were():
    for source in ("chatgpt", ""):
        for conv in STRINGS:
            make = stable_id_maker(source, conv)
            for last in STRINGS:
                for at in TIMES:
                    expected = reference_stable_id(source, conv, last, at=at)
                    assert make(last, at) == expected
                    assert stable_id(source, conv, last, at=at) == expected
    assert stable_id("only") == reference_stable_id("only")
    with pytest.raises(ValueError):
        stable_id_maker()


METADATA = [
    {},
    {"model": "gpt-4o"},
    {"model": "gpt-4o", "chatgpt": {"finish_details": {"type": "stop", "stop_tokens": [200002]}, "timestamp_": "absolute"}},
    {"a": 1.5, "b": 1e300, "c": -0.0, "d": 10**30, "e": True, "f": None, "g": [], "h": {}, "i": "東京 café 🚀 \u200b \x00 \"q\" \\"},
    {"nested": {"model": "tool-model", "deeper": [{"model": "x"}, 3, "y"]}},
]


def test_metadata_json_is_what_json_dumps_gives():
    for value in METADATA:
        assert bulk.dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_metadata_json_recovers_from_a_failed_encode():
    circular: dict = {}
    circular["self"] = circular
    with pytest.raises(ValueError):
        bulk.dumps(circular)
    with pytest.raises(TypeError):
        bulk.dumps({"x": object()})
    shared = {"k": 1}
    assert bulk.dumps({"a": shared, "b": shared}) == '{"a":{"k":1},"b":{"k":1}}'


def _node(nid, parent, role, content, *, at=None, metadata=None, children=()):
    message = None
    if role is not None:
        message = {"id": nid, "author": {"role": role}, "create_time": at, "content": content, "status": "finished_successfully"}
        if metadata is not None:
            message["metadata"] = metadata
    return {"id": nid, "message": message, "parent": parent, "children": list(children)}


def _text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def _record(cid="conv-1", current="b2"):
    big = "长" * 300_000 + " café"
    mapping = {
        "root": _node("root", None, None, None, children=["sys"]),
        "sys": _node("sys", "root", "system", _text(""), metadata={"is_visually_hidden_from_conversation": True}, children=["u1"]),
        "u1": _node("u1", "sys", "user", _text("我们的数据库很快 naïve 🚀"), at=1_700_000_000.25, children=["a1", "a2"]),
        "a1": _node("a1", "u1", "assistant", _text(big), at=1_700_000_010.5, metadata={"model_slug": "gpt-4o"}),
        # A tool's output names a model: not the message's model.
        "a2": _node("a2", "u1", "assistant", _text(""), at=1_700_000_020, metadata={"tool": {"model": "dall-e-3", "x": {"model": "y"}}}, children=["gap"]),
        "gap": _node("gap", "a2", None, None, children=["b1"]),
        "b1": _node("b1", "gap", "user", _text("first", None, 3, "second"), at="2023-11-14T22:14:00Z", children=["b2"]),
        "b2": _node("b2", "b1", "assistant", _text("Ünïcödé\u0301 ＳＱＬ"), at=1_700_000_040_000, metadata={"default_model_slug": "o1", "model": "not-this"}),
    }
    return {"id": cid, "title": "Edge cases", "create_time": 1_700_000_000.0, "update_time": 1_700_000_100.0, "mapping": mapping, "current_node": current}


def test_reader_fast_paths_match_the_general_code():
    parsed = chatgpt.parse(_record(), 1, AssetIndex())
    by_id = {m.source_id: m for m in parsed.messages}
    # One text part: exactly what the general parts reader gives.
    for nid in ("u1", "a1", "a2", "b2"):
        content = _record()["mapping"][nid]["message"]["content"]
        assert by_id[nid].content == chatgpt._parts_text(content["parts"], AssetIndex(), [])
    assert by_id["b1"].content == "first\n3\nsecond"
    assert by_id["a1"].content.endswith(" café") and len(by_id["a1"].content) == 300_005
    assert by_id["a2"].content == ""
    # Models: only model_slug / default_model_slug at the top of the metadata.
    assert by_id["a1"].metadata["model"] == "gpt-4o"
    assert "model" not in by_id["a2"].metadata
    assert by_id["a2"].metadata["chatgpt"]["tool"]["model"] == "dall-e-3"
    assert by_id["b2"].metadata["model"] == "o1"
    # Times: floats, ISO text, milliseconds.
    assert by_id["u1"].created_at == 1_700_000_000.25
    assert by_id["a2"].created_at == 1_700_000_020.0
    assert by_id["b1"].created_at == 1_700_000_040.0
    assert by_id["b2"].created_at == 1_700_000_040.0
    # Parents: through the message-less node; the tree's branches kept.
    assert by_id["b1"].parent_source_id == "a2"
    assert by_id["a1"].parent_source_id == by_id["a2"].parent_source_id == "u1"
    assert by_id["sys"].parent_source_id is None and by_id["sys"].hidden
    assert parsed.active_leaf_source_id == "b2"


@pytest.mark.parametrize(
    ("current", "leaf"),
    # Without a stored message on the way up: the newest message (b1 and b2 tie: the first).
    [("b2", "b2"), ("gap", "a2"), ("a1", "a1"), ("root", "b1"), ("nowhere", "b1"), (None, "b1"), (5, "b1")],
)
def test_active_leaf(current, leaf):
    parsed = chatgpt.parse(_record(current=current), 1, AssetIndex())
    assert parsed.active_leaf_source_id == leaf


def test_import_stores_the_edge_cases_and_reimport_changes_nothing(store, tmp_path):
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps([_record("c1"), _record("c2", current="a1")], ensure_ascii=False), encoding="utf-8")
    report = import_path(path)
    assert report.error is None, report.error
    assert (report.added, report.messages_added) == (2, 12)
    rows = dict(db.execute_sql("SELECT source_id, metadata FROM message WHERE source_id IN ('a1', 'a2') LIMIT 2"))
    assert json.loads(rows["a1"])["model"] == "gpt-4o"
    assert "model" not in json.loads(rows["a2"])
    assert len(indexed_ids("数据库")) == 2
    assert len(indexed_ids("naive")) == 2
    assert len(indexed_ids("sql")) == 2
    assert len(indexed_ids("cafe")) == 2  # at the end of the huge message

    before = database_snapshot(store)
    again = import_path(path)
    assert again.error is None and (again.added, again.messages_added) == (0, 0)
    assert database_snapshot(store) == before
