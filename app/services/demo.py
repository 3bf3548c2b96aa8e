"""Sample conversations: realistic synthetic history for first runs, screenshots and benchmarks.

:func:`generate` writes ``conversations`` conversations holding exactly ``messages``
messages into the open database (call :func:`app.store.open_database` first). The history
looks like a real person's: conversation lengths from a long-tailed distribution, titles
and turns drawn from one subject each (:mod:`app.services.demo_corpus`) in English, Chinese,
Japanese, French and German; Markdown with headings, lists, tables, links and fenced code in
several languages; a few 100,000-character messages; edited prompts and regenerated answers
(so the view shows ‹ 2/3 › switchers); assistant metadata with model names and token
counts; activity over the last two years, denser towards today, with several conversations
today and yesterday; pinned and archived ones; several projects.

It is deterministic: the same seed, ``now`` and starting database give the same rows. It is
fast: rows are built as plain tuples (:mod:`app.services.demo_rows`, from a plan made by
:mod:`app.services.demo_plan`) and written with :mod:`app.store.bulk` in transactions of
about ``batch_messages`` messages, with the counters (message count, preview, active leaf,
updated time) computed while generating, never recounted. Building a row costs ~9 µs and
SQLite's insert with the schema's indexes ~15 µs, so a million messages take about 25 s of
CPU before the full-text index adds its own cost. Every conversation is written whole, in
one transaction: cancelling stops between batches and leaves a consistent database. Sample
conversations and the projects made for them are marked with ``source = "demo"``
(:data:`DEMO_SOURCE`) so they can be told apart and removed.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from app import clock
from app.services.demo_plan import MAX_LARGEST, default_largest, plan_conversations
from app.services.demo_rows import DEMO_SOURCE, ConversationBuilder
from app.store import bulk, conversations as conversation_store, projects
from app.store.database import write
from app.store.models import Conversation, Project

__all__ = [
    "BATCH_MESSAGES",
    "DEFAULT_PROJECTS",
    "DEMO_SOURCE",
    "MAX_LARGEST",
    "DemoStats",
    "count_demo_conversations",
    "default_largest",
    "generate",
    "remove",
]

DEFAULT_PROJECTS = ("Personal", "Work", "Research")

#: Messages per write transaction: large enough to amortise the commit, small enough that
#: progress moves and a cancel is honoured within a fraction of a second.
BATCH_MESSAGES = 10_000


@dataclass
class DemoStats:
    """What :func:`generate` wrote."""

    conversations: int = 0
    messages: int = 0
    projects: tuple[str, ...] = ()
    branched_conversations: int = 0
    long_messages: int = 0
    largest_conversation_id: str | None = None
    largest_messages: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    conversation_ids: list[str] = field(default_factory=list, repr=False)


def generate(
    conversations: int,
    messages: int,
    *,
    seed: int = 0,
    project_names: Sequence[str] = DEFAULT_PROJECTS,
    largest: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    now: float | None = None,
    batch_messages: int = BATCH_MESSAGES,
) -> DemoStats:
    """Write sample conversations into the open database and return what was written.

    ``messages`` is the exact total over all conversations and branches (at least one per
    conversation). ``largest`` is the message count of the longest conversation, a single
    linear thread (default: ``messages // 100`` clamped to 200..10,000, so a 1,000,000
    message history has a 10,000-message conversation). ``progress(done, total)`` is called
    after every batch, counting messages; ``cancel()`` is asked before every batch and a
    true answer stops the run (``stats.cancelled``); it may also raise to abort. Raises
    :class:`ValueError` for impossible sizes.
    """
    started = time.perf_counter()
    if conversations < 0 or messages < 0:
        raise ValueError("The number of conversations and messages cannot be negative.")
    if messages < conversations:
        raise ValueError(
            f"{conversations} conversations need at least {conversations} messages "
            f"(one each); {messages} were asked for."
        )
    if conversations == 0 and messages:
        raise ValueError("Messages need at least one conversation to go in.")
    from app.services.demo_corpus import SUBJECTS

    now = clock.now() if now is None else now
    rng = random.Random(seed)
    existing = conversation_store.count_conversations(archived=None)
    # Ids also depend on what is already there, so a second run never collides with the first.
    ids = random.Random(f"parley-demo-ids:{seed}:{existing}")

    project_rows = _projects(project_names)
    project_ids = [p.id for p in project_rows]

    plans = plan_conversations(rng, conversations, messages, largest, now)
    writer = ConversationBuilder(rng, ids, now, SUBJECTS, project_ids)
    stats = DemoStats(projects=tuple(p.name for p in project_rows))

    total = messages
    done = 0
    if progress is not None:
        progress(0, total)
    pending_conversations: list[bulk.NewConversation] = []
    pending_messages: list[bulk.NewMessage] = []

    def flush() -> None:
        nonlocal done
        with write():
            bulk.insert_conversations(pending_conversations)
            bulk.insert_messages(pending_messages)
        done += len(pending_messages)
        stats.conversations += len(pending_conversations)
        stats.messages += len(pending_messages)
        stats.conversation_ids.extend(c.id for c in pending_conversations)
        # Everything built so far is now written: the builder's counts are the truth.
        stats.branched_conversations = writer.branched
        stats.long_messages = writer.long_messages
        pending_conversations.clear()
        pending_messages.clear()
        if progress is not None:
            progress(done, total)

    for plan in plans:
        conv, rows = writer.conversation(plan)
        if plan.kind == "longest":
            stats.largest_conversation_id = conv.id
            stats.largest_messages = plan.length
        pending_conversations.append(conv)
        pending_messages.extend(rows)
        if len(pending_messages) >= batch_messages:
            if cancel is not None and cancel():
                stats.cancelled = True
                break
            flush()
    else:
        if pending_conversations:
            if cancel is not None and cancel():
                stats.cancelled = True
            else:
                flush()

    if stats.cancelled and stats.largest_conversation_id not in set(stats.conversation_ids):
        stats.largest_conversation_id, stats.largest_messages = None, 0
    stats.seconds = time.perf_counter() - started
    return stats


def _projects(names: Sequence[str]) -> list:
    """The projects to write into: existing ones by name, missing ones created as samples."""
    rows = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        row = projects.find_project(name)
        if row is None:
            row = projects.create_project(name, source=DEMO_SOURCE)
        rows.append(row)
    return rows or [projects.default_project()]


def remove(*, progress: Callable[[int, int], None] | None = None) -> int:
    """Delete every sample conversation (``source = "demo"``); returns how many.

    Projects the generator created go too once they are empty; a project holding anything
    of the user's stays.
    """
    ids = [
        cid
        for (cid,) in Conversation.select(Conversation.id)
        .where(Conversation.source == DEMO_SOURCE)
        .tuples()
    ]
    removed = 0
    for start in range(0, len(ids), 2_000):
        removed += conversation_store.delete_conversations(ids[start : start + 2_000])
        if progress is not None:
            progress(removed, len(ids))
    for (pid,) in Project.select(Project.id).where(Project.source == DEMO_SOURCE).tuples():
        if conversation_store.count_conversations(pid, archived=None) == 0:
            projects.delete_project(pid)
    return removed


def count_demo_conversations() -> int:
    """How many sample conversations the open database holds."""
    return Conversation.select().where(Conversation.source == DEMO_SOURCE).count()
