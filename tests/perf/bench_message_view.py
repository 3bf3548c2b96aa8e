"""Benchmark the message view on a 10,000-message conversation; prints JSON medians.

    python tests/perf/bench_message_view.py [--messages 10000] [--runs 7]

Measured (milliseconds, median of ``--runs``):
  open_to_first_paint_cold   show_conversation() until the list has painted, nothing cached
  open_to_first_paint_warm   the same conversation again (rendered HTML cached by content)
  all_loaded_rendered        from opening until every loaded row shows rendered Markdown
  scroll_step                one 120-pixel wheel step through rendered rows, with its repaint
  fetch_older_page           reaching the top: read the next page, lay it out, repaint
  resize_relayout            a width change with every fetched row loaded (estimates off-screen)
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402


def build(count: int) -> str:
    from tests.ui.conversation.sample_messages import (
        ANSWER_CHINESE,
        ANSWER_CODE,
        QUESTION,
        QUESTION_CHINESE,
        build_conversation,
        long_answer,
    )

    pool = [
        ("user", QUESTION),
        ("assistant", ANSWER_CODE),
        ("user", QUESTION_CHINESE),
        ("assistant", ANSWER_CHINESE),
        ("user", "Thanks! One more: what about **Parquet**?"),
        ("assistant", long_answer(4)),
    ]
    turns = [(pool[n % 6][0], f"{pool[n % 6][1]}\n\n(message {n})") for n in range(count)]
    cid, _ids = build_conversation(f"Benchmark ({count} messages)", turns, start=1_700_000_000.0)
    return cid


def wait(app: QApplication, condition, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("benchmark condition not reached")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    from app.services import render
    from app.store import open_database
    from app.ui.conversation.conversation_view import ConversationView
    from app.ui.tasks import wait_for_all

    open_database(Path(tempfile.mkdtemp(prefix="parley-bench-")))
    cid = build(args.messages)

    results: dict[str, list[float]] = {
        key: []
        for key in (
            "open_to_first_paint_cold",
            "open_to_first_paint_warm",
            "all_loaded_rendered",
            "scroll_step",
            "fetch_older_page",
            "resize_relayout",
        )
    }
    for _run in range(args.runs):
        render.clear_cache()
        view = ConversationView()
        view.resize(1100, 850)
        view.show()
        wait(app, lambda: view.isVisible())
        app.processEvents()
        painted: list[float] = []
        view.message_list.first_painted.connect(lambda: painted.append(time.perf_counter()))

        gc.collect()
        start = time.perf_counter()
        view.show_conversation(cid)
        wait(app, lambda: bool(painted))
        results["open_to_first_paint_cold"].append((painted[0] - start) * 1000)
        delegate = view.message_list.message_delegate
        model = view.model

        def all_rendered() -> bool:
            rows = range(model.rowCount())
            return all(delegate.shows_current_rendering(model.index(r)) for r in rows)

        wait(app, all_rendered)
        results["all_loaded_rendered"].append((time.perf_counter() - start) * 1000)
        wait(app, lambda: model.branch_length() is not None)

        listview = view.message_list
        bar = listview.verticalScrollBar()
        app.processEvents()
        for _step in range(12):
            step_start = time.perf_counter()
            bar.setValue(bar.value() - 120)
            listview.viewport().repaint()
            results["scroll_step"].append((time.perf_counter() - step_start) * 1000)
        for _page in range(3):
            before = model.rowCount()
            fetch_start = time.perf_counter()
            bar.setValue(0)
            wait(app, lambda: model.rowCount() > before)
            listview.doItemsLayout()
            listview.viewport().repaint()
            results["fetch_older_page"].append((time.perf_counter() - fetch_start) * 1000)
            app.processEvents()
        resize_start = time.perf_counter()
        view.resize(900, 850)
        listview.viewport().repaint()
        results["resize_relayout"].append((time.perf_counter() - resize_start) * 1000)

        # Warm: the same conversation again, its HTML now cached by content.
        view.show_conversation(None)
        wait_for_all()
        warm_view = ConversationView()
        warm_view.resize(1100, 850)
        warm_view.show()
        app.processEvents()
        warm_painted: list[float] = []
        warm_view.message_list.first_painted.connect(
            lambda: warm_painted.append(time.perf_counter())
        )
        gc.collect()
        start = time.perf_counter()
        warm_view.show_conversation(cid)
        wait(app, lambda: bool(warm_painted))
        results["open_to_first_paint_warm"].append((warm_painted[0] - start) * 1000)
        warm_view.show_conversation(None)
        wait_for_all()
        view.deleteLater()
        warm_view.deleteLater()
        app.processEvents()

    summary = {key: round(statistics.median(values), 2) for key, values in results.items()}
    summary["messages"] = args.messages
    summary["runs"] = args.runs
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
