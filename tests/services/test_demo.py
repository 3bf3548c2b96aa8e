"""The sample-conversation generator: exact sizes, sound counters, realistic content."""

from __future__ import annotations

import datetime as dt
import re
import statistics

import pytest

from app.services import demo
from app.store import close_database, conversations, messages, open_database, projects
from app.store.database import db
from app.store.integrity import check_database
from app.store.messages import make_preview

CONVERSATIONS = 300
MESSAGES = 3_000
NOW = dt.datetime(2026, 11, 22, 14, 30).timestamp()


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    """One generated history shared by the read-only tests of this module."""
    from app import clock

    clock.set_clock(lambda: NOW)
    path = tmp_path_factory.mktemp("demo") / "data"
    open_database(path)
    try:
        stats = demo.generate(CONVERSATIONS, MESSAGES, seed=7)
    finally:
        close_database()
        clock.set_clock(None)
    return path, stats


@pytest.fixture
def sample(sample_dir):
    path, stats = sample_dir
    open_database(path)
    yield stats
    close_database()


def _all_conversations():
    return conversations.list_conversations(archived=None, limit=-1)


def _all_contents() -> list[str]:
    return [content for (content,) in db.execute_sql("SELECT content FROM message")]


def test_writes_exactly_the_sizes_asked_for_and_passes_check(sample):
    assert sample.conversations == CONVERSATIONS
    assert sample.messages == MESSAGES
    assert conversations.count_conversations(archived=None) == CONVERSATIONS
    assert db.execute_sql("SELECT count(*) FROM message").fetchone()[0] == MESSAGES
    assert check_database() == []


def test_counters_previews_and_times_match_the_messages(sample):
    for conv in _all_conversations():
        rows = messages.all_messages(conv.id)
        assert conv.message_count == len(rows) >= 1
        path = messages.active_messages(conv.id)
        assert path, conv.title
        assert conv.preview == make_preview(path[-1].content)
        assert conv.updated_at == max(m.created_at for m in rows)
        assert conv.created_at <= min(m.created_at for m in rows)
        # The visible branch is in time order and starts with the user.
        assert [m.created_at for m in path] == sorted(m.created_at for m in path)
        assert path[0].role == "user"


def test_some_conversations_have_edited_prompts_and_regenerated_answers(sample):
    forked = {}
    for conv in _all_conversations():
        view = messages.branch_view(conv.id)
        if view.forks:
            forked[conv.id] = view
    assert len(forked) == sample.branched_conversations >= 5
    roles = set()
    most_versions = 0
    for cid, view in forked.items():
        for parent, children in view.forks.items():
            rows = messages.load_messages(children)
            roles.update(r.role for r in rows)
            # Each version says something different (a failed attempt is empty).
            texts = [r.content for r in rows if r.status != "error"]
            assert len(set(texts)) == len(texts), texts
            most_versions = max(most_versions, len(children))
            # The branch on screen goes through exactly one of the versions.
            assert len(set(children) & set(view.path)) == 1
    assert roles == {"user", "assistant"}  # edited prompts and regenerated answers
    assert most_versions >= 3  # a ‹ 3/3 › switcher


def test_content_has_markdown_code_tables_links_and_many_scripts(sample):
    text = "\n".join(_all_contents())
    languages = set(re.findall(r"^```(\w+)", text, re.MULTILINE))
    assert {"python", "rust", "sql", "bash", "go", "tsx"} <= languages
    assert re.search(r"^\|---", text, re.MULTILINE)  # tables
    assert re.search(r"^#{1,3} ", text, re.MULTILINE)  # headings
    assert re.search(r"^(- |\d+\. )", text, re.MULTILINE)  # lists
    assert re.search(r"\]\(https://", text)  # links
    assert re.search("[\U0001F300-\U0001FAFF]", text)  # emoji
    assert re.search("[\u4e00-\u9fff]{4}", text)  # Chinese
    assert re.search("[\u3040-\u309f]{2}", text)  # Japanese kana
    for word in ("café", "naïve", "Ærøskøbing", "für", "ç"):
        assert word in text, word
    assert "lorem" not in text.lower()


def test_some_messages_are_over_100000_characters(sample):
    long = db.execute_sql("SELECT count(*) FROM message WHERE length(content) >= 100000").fetchone()[0]
    assert long == sample.long_messages >= 2


def test_message_sizes_look_like_real_chats(sample):
    sizes = [len(c) for c in _all_contents()]
    assert 100 <= statistics.median(sizes) <= 800
    assert max(sizes) >= 100_000
    assert sum(1 for s in sizes if s < 60) > len(sizes) * 0.05  # short replies exist too


def test_assistant_messages_name_their_model_and_tokens(sample):
    rows = db.execute_sql(
        "SELECT metadata, status FROM message WHERE role = 'assistant'"
    ).fetchall()
    import json

    models = set()
    for raw, status in rows:
        meta = json.loads(raw)
        assert isinstance(meta.get("model"), str) and meta["model"]
        models.add(meta["model"])
        if status == "error":
            assert meta["error"]
        else:
            assert meta["input_tokens"] > 0 and meta["output_tokens"] > 0
    assert len(models) >= 8
    assert {"gpt-4o", "claude-sonnet-4", "llama3.1:8b"} <= models


def test_dates_span_two_years_skewed_to_recent_with_today_and_yesterday(sample):
    rows = _all_conversations()
    today = dt.date.fromtimestamp(NOW)
    days = [(today - dt.date.fromtimestamp(r.updated_at)).days for r in rows]
    assert all(0 <= d <= 731 for d in days)
    assert all(r.updated_at <= NOW for r in rows)
    assert days.count(0) >= 3
    assert days.count(1) >= 2
    assert max(days) > 365
    recent = sum(1 for d in days if d < 60)
    a_year_ago = sum(1 for d in days if 365 <= d < 425)
    assert recent > 2 * a_year_ago


def test_projects_pinned_and_archived(sample):
    assert sample.projects == demo.DEFAULT_PROJECTS
    for name in demo.DEFAULT_PROJECTS:
        project = projects.find_project(name)
        assert conversations.count_conversations(project.id, archived=None) > 10
    rows = _all_conversations()
    assert 1 <= sum(r.pinned for r in rows) <= 6
    assert sum(r.archived for r in rows) >= 1
    assert conversations.list_conversations(limit=1)[0].pinned  # pinned sit on top


def test_titles_look_like_chat_titles(sample):
    titles = {r.title for r in _all_conversations()}
    assert len(titles) > 80
    assert all(t and len(t) < 80 for t in titles)


def test_the_longest_conversation_is_one_linear_thread(store, clock):
    stats = demo.generate(6, 400, largest=250, seed=3)
    assert stats.largest_messages == 250
    conv = conversations.get_conversation(stats.largest_conversation_id)
    assert conv.message_count == 250
    assert len(messages.active_path(conv.id)) == 250
    assert max(r.message_count for r in _all_conversations()) == 250
    assert check_database() == []


def test_default_largest_is_ten_thousand_at_a_million_messages():
    assert demo.default_largest(100_000, 1_000_000) == 10_000
    assert demo.default_largest(200, 4_000) == 200
    assert demo.default_largest(1, 50) == 50
    assert demo.default_largest(10, 12) <= 3


def _snapshot():
    return (
        db.execute_sql(
            "SELECT id, project_id, title, created_at, updated_at, message_count, preview, "
            "pinned, archived, active_leaf_id FROM conversation ORDER BY id"
        ).fetchall(),
        db.execute_sql(
            "SELECT id, conversation_id, parent_id, role, content, created_at, status, metadata "
            "FROM message ORDER BY id"
        ).fetchall(),
    )


def test_same_seed_same_history_other_seed_other_history(tmp_path, clock):
    snapshots = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        open_database(tmp_path / name)
        try:
            demo.generate(25, 250, seed=seed)
            snapshots.append(_snapshot())
        finally:
            close_database()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][0] != snapshots[2][0]


def test_a_second_run_adds_beside_the_first(store, clock):
    demo.generate(10, 100, seed=1)
    demo.generate(10, 100, seed=1)
    assert conversations.count_conversations(archived=None) == 20
    assert check_database() == []


def test_progress_counts_messages_up_to_the_total(store, clock):
    calls = []
    demo.generate(40, 900, seed=2, batch_messages=200, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 900)
    assert calls[-1] == (900, 900)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(calls) >= 4


def test_cancel_stops_between_batches_leaving_whole_conversations(store, clock):
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 2  # two batches, then stop

    stats = demo.generate(60, 1_200, seed=4, batch_messages=100, cancel=cancel)
    assert stats.cancelled
    assert 0 < stats.messages < 1_200
    assert conversations.count_conversations(archived=None) == stats.conversations
    assert db.execute_sql("SELECT count(*) FROM message").fetchone()[0] == stats.messages
    assert check_database() == []


def test_samples_can_be_removed_leaving_the_users_own(store, clock):
    general = projects.default_project()
    mine = conversations.create_conversation(general.id, "My own chat")
    messages.append_message(mine.id, "user", "hello")
    demo.generate(15, 150, seed=9, project_names=["General", "Work", "Research"])
    work = projects.find_project("Work")
    kept = conversations.create_conversation(work.id, "Real work, filed in a sample project")
    assert demo.count_demo_conversations() == 15
    assert demo.remove() == 15
    assert {r.id for r in _all_conversations()} == {mine.id, kept.id}
    # The sample projects go once empty; the user's project and one in use stay.
    assert [p.name for p in projects.list_projects()] == ["General", "Work"]
    assert check_database() == []


def test_custom_project_names(store, clock):
    stats = demo.generate(12, 60, seed=1, project_names=["Samples"])
    assert stats.projects == ("Samples",)
    project = projects.find_project("Samples")
    assert conversations.count_conversations(project.id, archived=None) == 12


@pytest.mark.parametrize(("convs", "msgs"), [(10, 9), (-1, 5), (0, 3)])
def test_impossible_sizes_are_refused(store, convs, msgs):
    with pytest.raises(ValueError):
        demo.generate(convs, msgs)


def test_nothing_asked_nothing_written(store):
    stats = demo.generate(0, 0)
    assert stats.conversations == stats.messages == 0
    assert conversations.count_conversations(archived=None) == 0


def test_tiny_histories_are_still_sound(store, clock):
    for convs, msgs in ((1, 1), (2, 3), (5, 5), (3, 40)):
        demo.generate(convs, msgs, seed=convs)
    assert conversations.count_conversations(archived=None) == 11
    assert db.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 49
    assert check_database() == []
