"""Foundation benchmark on the 100,000-conversation / 1,000,000-message database.

    python tests/perf/bench_foundation.py [--runs 5] [--conversations N --messages M]
                                          [--rebuild] [--no-window]

Builds the database once with the demo generator (:mod:`tests.perf.perfdb`, cached), then
prints one JSON object of medians over ``--runs`` repetitions:

Store (in this process, the queries the sidebar and the message view use):
- ``list_first_page_ms``: the sidebar's first page, 200 conversations of the project.
- ``list_all_pages_s``: paging through every conversation, 200 at a time (offset paging,
  measured once: each page costs as much as the rows it skips).
- ``count_ms``: counting the project's conversations.
- ``largest_branch_ms``: the active branch and forks of the 10,000-message conversation
  (:func:`app.store.messages.branch_view`); ``largest_last_page_ms``: that plus the 50 newest
  rows, what the view reads to open it; ``largest_all_rows_ms``: all 10,000 rows.

Window (child processes running the real app, ``QT_QPA_PLATFORM=offscreen``, a throw-away
HOME so no user settings apply):
- ``start_to_first_paint_s``: ``python -m app --data-dir DIR`` spawned until the main
  window's first paint (wall clock, interpreter start included; the app honours
  ``PARLEY_BENCH_EXIT_AFTER_PAINT``); ``start_process_cpu_s``: the CPU time that process
  used (less sensitive to a busy machine); ``start_peak_rss_mb``: its peak memory.
- ``open_largest_first_paint_ms``: the window opens the 10,000-message conversation until
  its message list first paints, Markdown cache cleared each time (``_rendered_ms``: until
  every loaded row shows rendered Markdown).
- ``sidebar_scroll_to_end_s``: scrolling the sidebar from the top until all 100,000 rows are
  loaded and the last is shown; ``sidebar_worst_stall_ms``: the longest the GUI thread was
  busy in one go meanwhile (what a user feels as a hitch).
- ``peak_rss_mb``: peak memory of the window process after all of that.

Not part of the test run (``tests/perf`` is ignored by pytest).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.perf.perfdb import CONVERSATIONS, MESSAGES, describe, perf_database  # noqa: E402

PAINT_ENV = "PARLEY_BENCH_EXIT_AFTER_PAINT"


def _ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def _timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


# -- store ------------------------------------------------------------------------------------


def store_measures(data_dir: Path, largest: str, runs: int) -> dict:
    from app.store import close_database, conversations, messages, open_database, projects

    open_database(data_dir)
    try:
        project = max(
            projects.list_projects(),
            key=lambda p: conversations.count_conversations(p.id, archived=None),
        )
        first_page = _timed(lambda: conversations.list_conversations(project.id, limit=200), runs)
        counts = _timed(lambda: conversations.count_conversations(project.id), runs)

        def all_pages() -> None:
            offset = 0
            while page := conversations.list_conversations(project.id, limit=200, offset=offset):
                offset += len(page)
            all_pages.rows = offset  # type: ignore[attr-defined]

        # Offset paging is O(offset) per page: once is enough to see what it costs.
        paging = _timed(all_pages, 1)
        branch = _timed(lambda: messages.branch_view(largest), runs)

        def last_page() -> None:
            view = messages.branch_view(largest)
            messages.load_messages(view.path[-50:])

        page = _timed(last_page, runs)
        every = _timed(lambda: messages.active_messages(largest), max(1, runs // 2))
        return {
            "project_conversations": conversations.count_conversations(project.id, archived=None),
            "list_first_page_ms": _ms(first_page),
            "list_all_pages_s": round(statistics.median(paging), 2),
            "list_all_pages_rows": all_pages.rows,  # type: ignore[attr-defined]
            "count_ms": _ms(counts),
            "largest_messages": len(messages.active_path(largest)),
            "largest_branch_ms": _ms(branch),
            "largest_last_page_ms": _ms(page),
            "largest_all_rows_ms": _ms(every),
        }
    finally:
        close_database()


# -- window: child processes --------------------------------------------------------------------


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
    )
    env.pop("PARLEY_DATA_DIR", None)
    return env


def _spawn_measured(args: list[str], env: dict[str, str]) -> tuple[float, str, float]:
    """Spawn and reap with wait4 (for the child's own peak RSS).

    Returns (wall clock at spawn, stdout, peak RSS in MB, CPU seconds used).
    """
    spawned = time.time()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, *args], cwd=REPO, env=env, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode()
        if proc.returncode != 0:
            raise RuntimeError(
                f"{args} failed ({proc.returncode}):\n{err.read().decode(errors='replace')[-3000:]}"
            )
    return spawned, text, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def start_measures(data_dir: Path, runs: int, home: Path) -> dict:
    env = dict(_child_env(home), **{PAINT_ENV: "1"})
    args = ["-m", "app", "--data-dir", str(data_dir)]
    _spawn_measured(args, env)  # warm-up: the OS file cache, Qt's font cache
    seconds, rss, cpu = [], [], []
    for _ in range(runs):
        spawned, out, peak, used = _spawn_measured(args, env)
        line = next(l for l in out.splitlines() if l.startswith("parley-bench first-paint"))
        seconds.append(float(line.split()[-1]) - spawned)
        rss.append(peak)
        cpu.append(used)
    return {
        "start_to_first_paint_s": round(statistics.median(seconds), 3),
        "start_to_first_paint_runs_s": [round(s, 3) for s in seconds],
        # CPU the whole process used (start, paint, quit): a load-independent companion.
        "start_process_cpu_s": round(statistics.median(cpu), 3),
        "start_peak_rss_mb": round(max(rss)),
    }


def window_measures(data_dir: Path, largest: str, runs: int, home: Path) -> dict:
    args = [
        str(Path(__file__).resolve()),
        *("--window-child", str(data_dir), "--largest", largest, "--runs", str(runs)),
    ]
    _spawned, out, peak, _cpu = _spawn_measured(args, _child_env(home))
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = round(peak)
    return result


def window_child(data_dir: Path, largest: str, runs: int) -> None:
    """Runs in the child: the real window on the big database, driven like a user would."""
    import faulthandler

    faulthandler.dump_traceback_later(600, exit=True)  # a watchdog: never hang the parent
    from PySide6.QtCore import QEventLoop, QModelIndex

    from app.services import render
    from app.store import conversations, open_database
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    open_database(data_dir)
    window = MainWindow(data_dir)
    window.resize(1240, 800)
    shown: list[float] = []
    window.first_painted.connect(lambda: shown.append(time.perf_counter()))
    window.show()

    def wait(condition, what: str, timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if time.perf_counter() > end:
                print(f"bench_foundation: timed out waiting for {what}", file=sys.stderr, flush=True)
                os._exit(3)  # a normal exit could wait forever on the app's worker threads

    wait(lambda: bool(shown) and window.has_view(), "the window's first paint")
    view = window.conversation_view
    listview = view.message_list
    painted: list[float] = []
    listview.first_painted.connect(lambda: painted.append(time.perf_counter()))
    small = next(
        row.id
        for row in conversations.list_conversations(limit=50)
        if row.id != largest and row.message_count < 30
    )

    def all_rendered() -> bool:
        model, delegate = view.model, listview.message_delegate
        return model.rowCount() > 0 and all(
            delegate.shows_current_rendering(model.index(r)) for r in range(model.rowCount())
        )

    first_paint, rendered = [], []
    for _ in range(runs):
        window.open_conversation(small)
        wait(lambda: bool(painted), "a small conversation's first paint")
        wait(all_rendered, "a small conversation rendered")
        render.clear_cache()  # every run renders the big conversation from scratch
        painted.clear()
        start = time.perf_counter()
        window.open_conversation(largest)
        wait(lambda: bool(painted), "the largest conversation's first paint")
        first_paint.append(painted[0] - start)
        wait(all_rendered, "the largest conversation rendered")
        rendered.append(time.perf_counter() - start)
        painted.clear()

    sidebar = window.sidebar
    model, slist = sidebar.model, sidebar.list_view
    totals, stalls, loaded = [], [], 0
    for _ in range(max(1, runs // 2)):
        model.set_query(model.query)  # back to the first page
        slist.scrollToTop()
        app.processEvents()
        worst = 0.0
        start = time.perf_counter()
        wait(lambda: not model.is_loading(), "the sidebar's first page")
        while model.canFetchMore(QModelIndex()) or model.is_loading():
            if time.perf_counter() - start > 120:
                print("bench_foundation: the sidebar never reached its end", file=sys.stderr, flush=True)
                os._exit(3)
            slist.scrollToBottom()
            tick = time.perf_counter()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worst = max(worst, time.perf_counter() - tick)
            if model.is_loading():
                time.sleep(0.001)  # the next page is being read on a worker thread
        slist.scrollToBottom()
        slist.viewport().repaint()
        totals.append(time.perf_counter() - start)
        stalls.append(worst)
        loaded = model.conversation_count()

    print(
        json.dumps(
            {
                "open_largest_first_paint_ms": _ms(first_paint),
                "open_largest_first_paint_runs_ms": [round(x * 1000, 1) for x in first_paint],
                "open_largest_rendered_ms": _ms(rendered),
                "sidebar_scroll_to_end_s": round(statistics.median(totals), 2),
                "sidebar_worst_stall_ms": _ms(stalls),
                "sidebar_rows_loaded": loaded,
            }
        ),
        flush=True,
    )
    model.shutdown()
    window.close()
    os._exit(0)  # skip teardown: nothing is written, and the measures are out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--conversations", type=int, default=CONVERSATIONS)
    parser.add_argument("--messages", type=int, default=MESSAGES)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--no-window", action="store_true", help="store measures only")
    parser.add_argument("--window-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--largest", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.window_child:
        window_child(args.window_child, args.largest, args.runs)
        return 0

    data_dir = perf_database(args.conversations, args.messages, rebuild=args.rebuild)
    info = describe(data_dir) or {}
    largest = info["largest_conversation_id"]
    started = time.perf_counter()
    result: dict = {
        "database": str(data_dir),
        "conversations": info.get("conversations"),
        "messages": info.get("messages"),
        "database_mb": info.get("database_mb"),
        "generate_s": info.get("generate_seconds"),
        "runs": args.runs,
    }
    result.update(store_measures(data_dir, largest, args.runs))
    if not args.no_window:
        with tempfile.TemporaryDirectory(prefix="parley-bench-home-") as home:
            result.update(start_measures(data_dir, args.runs, Path(home)))
            result.update(window_measures(data_dir, largest, args.runs, Path(home)))
    result["benchmark_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
