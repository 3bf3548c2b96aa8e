"""`parley demo`: fill a data dir with realistic sample conversations.

For screenshots, trying the app and benchmarks. Refuses to mix samples into a database that
already holds conversations unless ``--add`` is given; ``--remove`` deletes the samples
again (they are marked, see :data:`app.services.demo.DEMO_SOURCE`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.cli.main import CommandError, open_store

DEFAULT_CONVERSATIONS = 200
DEFAULT_MESSAGES = 4_000


def _count(text: str) -> int:
    """A non-negative integer; accepts 1_000_000 and 1,000,000."""
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill the data dir with sample conversations",
        description="Fill the data dir with realistic sample conversations (Markdown, code, "
        "tables, several languages, branches, long messages, two years of dates).",
    )
    parser.add_argument(
        "--conversations", type=_count, default=DEFAULT_CONVERSATIONS, metavar="N",
        help=f"how many conversations (default {DEFAULT_CONVERSATIONS})",
    )
    parser.add_argument(
        "--messages", type=_count, default=None, metavar="M",
        help=f"how many messages in all (default {DEFAULT_MESSAGES // DEFAULT_CONVERSATIONS} "
        "per conversation)",
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    parser.add_argument(
        "--largest", type=_count, default=None, metavar="K",
        help="messages in the longest conversation (default: 1%% of all, 200 to 10,000)",
    )
    parser.add_argument(
        "--add", action="store_true",
        help="add samples to a database that already holds conversations",
    )
    parser.add_argument("--remove", action="store_true", help="delete the sample conversations")
    parser.set_defaults(func=run)


class _ProgressLine:
    """One line on stderr, rewritten in place on a terminal; silent when redirected."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.perf_counter()
        self._last = -1.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.live:
            return
        now = time.perf_counter()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        percent = 100 * done // total if total else 100
        elapsed = now - self.started
        rate = f", {done / elapsed:,.0f} messages/s" if elapsed > 0.5 and done else ""
        self.stream.write(f"\r\x1b[KGenerating {done:,} of {total:,} messages ({percent}%{rate})")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.services import demo
    from app.store import conversations

    open_store(data_dir, create=True)
    if args.remove:
        removed = demo.remove()
        print(f"Removed {removed:,} sample conversation{'s' if removed != 1 else ''} from {data_dir}.")
        return 0

    count = args.conversations
    messages = args.messages if args.messages is not None else (
        count * DEFAULT_MESSAGES // DEFAULT_CONVERSATIONS
    )
    if messages < count:
        raise CommandError(
            f"{count:,} conversations need at least {count:,} messages; got --messages {messages:,}."
        )
    existing = conversations.count_conversations(archived=None)
    if existing and not args.add:
        raise CommandError(
            f"The database in {data_dir} already holds {existing:,} conversations. Pass --add "
            "to add samples beside them, or choose an empty folder with --data-dir."
        )

    line = _ProgressLine()
    try:
        stats = demo.generate(
            count, messages, seed=args.seed, largest=args.largest, progress=line
        )
    finally:
        line.finish()
    rate = stats.messages / stats.seconds if stats.seconds else 0
    print(
        f"Added {stats.conversations:,} conversations with {stats.messages:,} messages to "
        f"{data_dir} in {stats.seconds:.1f} s ({rate:,.0f} messages/s)."
    )
    print(
        f"Projects: {', '.join(stats.projects)}. Longest conversation: {stats.largest_messages:,} "
        f"messages; {stats.branched_conversations:,} with edited or regenerated branches; "
        f"{stats.long_messages} messages over 100,000 characters."
    )
    return 0
