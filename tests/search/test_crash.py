"""A writer killed in the middle of a transaction leaves tables and index in agreement."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services.search import search
from app.store import close_database, open_database
from app.store.database import db
from app.store.integrity import check_database
from tests.search.helpers import assert_index_agrees

REPO = Path(__file__).resolve().parents[2]

# The child commits one conversation, then starts a bulk insert (the index's insert triggers
# are dropped inside that transaction) or a run of single appends, says so, and waits to die.
WRITER = textwrap.dedent(
    """
    import sys, time, uuid
    from pathlib import Path
    from app.store import open_database, write, bulk, conversations, messages, projects
    from app.store.search_index import deferred_indexing

    data_dir, mode = Path(sys.argv[1]), sys.argv[2]
    open_database(data_dir)
    pid = projects.default_project().id
    conv = conversations.create_conversation(pid, "committed walrus")
    messages.append_message(conv.id, "user", "the committed walrus sings", created_at=1.7e9)
    with write():
        if mode == "bulk":
            cid = str(uuid.uuid4())
            rows, parent = [], None
            for i in range(3000):
                mid = str(uuid.uuid4())
                rows.append(bulk.NewMessage(mid, cid, parent, "user", f"doomed narwhal {i}", 1.7e9 + i))
                parent = mid
            bulk.insert_conversations([bulk.NewConversation(cid, pid, "doomed narwhal", 1.7e9, 1.7e9, 3000, "")])
            with deferred_indexing():
                bulk.insert_messages(rows[:1500])
                print("inside", flush=True)
                time.sleep(60)
        else:
            for i in range(200):
                messages.append_message(conv.id, "assistant", f"doomed narwhal {i}", created_at=1.7e9 + i)
            messages.update_message(messages.active_leaf(conv.id), content="doomed edit")
            print("inside", flush=True)
            time.sleep(60)
    """
)


@pytest.mark.parametrize("mode", ["bulk", "appends"])
def test_killed_writer_leaves_a_consistent_index(tmp_path, mode):
    data_dir = tmp_path / "data"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), mode],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "inside", child.stderr.read()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    open_database(data_dir)
    try:
        assert check_database() == []
        triggers = {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"message_fts_insert", "conversation_fts_insert"} <= triggers
        assert [r.title for r in search("walrus").results] == ["committed walrus"]
        assert search("narwhal").results == []
        assert_index_agrees("walrus", "narwhal", "doomed")
    finally:
        close_database()
