"""Sidebar benchmark: 100,000 conversations, first page, scrolling to the end, regrouping.

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_sidebar.py [--conversations N] [--runs R]

Builds a throw-away database with :mod:`app.store.bulk` (one transaction), then prints one
JSON object of medians in milliseconds:

- ``first_page_ms``: ``Sidebar()`` constructed (projects and first page read) to its first
  paint, with N conversations in the project.
- ``scroll_to_end_ms``: from the first page to every conversation loaded, scrolling to the
  bottom as fast as pages arrive; ``scroll_worst_stall_ms``: the longest the GUI thread was
  busy in one go while doing so (what a user would feel as a hitch).
- ``update_at_end_ms``: one conversation from the bottom gets a message and moves to the
  top, with all N loaded (the view relayouts N rows).
- ``regroup_ms``: midnight passes with all N loaded.
- ``peak_rss_mb``: the process's peak memory (building the database included).

Not part of the test run (``tests/perf`` is ignored by pytest).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QModelIndex  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def build(data_dir: Path, count: int) -> None:
    from app import clock
    from app.store import open_database, projects, write
    from app.store.bulk import NewConversation, insert_conversations

    open_database(data_dir)
    project = projects.default_project()
    rnd = random.Random(1)
    now = clock.now()
    with write():
        insert_conversations(
            NewConversation(
                str(uuid.UUID(int=rnd.getrandbits(128))),
                project.id,
                f"Conversation {n}: a title long enough to be elided in the sidebar",
                stamp - 600,
                stamp,
                rnd.randint(2, 60),
                "The last message of the conversation, cut to one line for the preview, "
                "which is long enough to be elided as well",
                pinned=n < 3,
            )
            for n, stamp in enumerate(now - rnd.random() * 730 * 86400 for _ in range(count))
        )


def painted(app: QApplication, widget) -> None:
    widget.show()
    widget.repaint()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def first_page(app: QApplication) -> float:
    from app.ui.sidebar.sidebar import Sidebar

    start = time.perf_counter()
    sidebar = Sidebar()
    sidebar.resize(300, 900)
    painted(app, sidebar)
    elapsed = time.perf_counter() - start
    sidebar.model.shutdown()
    sidebar.close()
    sidebar.deleteLater()
    app.processEvents()
    return elapsed


def scroll_to_end(app: QApplication):
    from app.ui.sidebar.sidebar import Sidebar

    sidebar = Sidebar()
    sidebar.resize(300, 900)
    painted(app, sidebar)
    view, model = sidebar.list_view, sidebar.model
    worst = 0.0
    start = time.perf_counter()
    while model.canFetchMore(QModelIndex()) or model.is_loading():
        view.scrollToBottom()
        tick = time.perf_counter()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worst = max(worst, time.perf_counter() - tick)
        if model.is_loading():
            time.sleep(0.001)  # the page is being read on a worker thread
    view.scrollToBottom()
    painted(app, sidebar)
    total = time.perf_counter() - start
    return sidebar, total, worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    app = QApplication(sys.argv)
    from app.store import conversations, messages
    from app.ui.sidebar import buckets

    with tempfile.TemporaryDirectory() as tmp:
        build_start = time.perf_counter()
        build(Path(tmp), args.conversations)
        build_s = time.perf_counter() - build_start

        first = [first_page(app) for _ in range(args.runs)]

        totals, stalls, updates, regroups = [], [], [], []
        for _ in range(max(1, args.runs // 2)):
            sidebar, total, worst = scroll_to_end(app)
            totals.append(total)
            stalls.append(worst)
            model = sidebar.model
            last = model.loaded_rows()[-1].id
            messages.append_message(last, "user", "back to this one")
            tick = time.perf_counter()
            sidebar.conversation_updated(last)
            painted(app, sidebar)
            updates.append(time.perf_counter() - tick)
            tick = time.perf_counter()
            model.set_today(buckets.today())
            painted(app, sidebar)
            regroups.append(time.perf_counter() - tick)
            loaded = model.conversation_count()
            sidebar.model.shutdown()
            sidebar.close()
            sidebar.deleteLater()
            app.processEvents()
        count = conversations.count_conversations()

    def ms(values):
        return round(statistics.median(values) * 1000, 1)

    print(
        json.dumps(
            {
                "conversations": count,
                "loaded_at_end": loaded,
                "build_db_s": round(build_s, 2),
                "first_page_ms": ms(first),
                "scroll_to_end_ms": ms(totals),
                "scroll_worst_stall_ms": ms(stalls),
                "update_at_end_ms": ms(updates),
                "regroup_ms": ms(regroups),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
