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
fast: rows are built as plain tuples and written with :mod:`app.store.bulk` in transactions
of about ``batch_messages`` messages, with the counters (message count, preview, active
leaf, updated time) computed while generating, so 1,000,000 messages take seconds, not
minutes. Every conversation is written whole, in one transaction: cancelling stops between
batches and leaves a consistent database. Sample conversations are marked with
``source = "demo"`` (:data:`DEMO_SOURCE`) so they can be told apart and removed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from app import clock
from app.store import bulk, conversations as conversation_store, projects
from app.store.database import write
from app.store.messages import make_preview
from app.store.models import Conversation

#: ``conversation.source`` of every sample conversation.
DEMO_SOURCE = "demo"

DEFAULT_PROJECTS = ("Personal", "Work", "Research")

#: Messages per write transaction: large enough to amortise the commit, small enough that
#: progress moves and a cancel is honoured within a fraction of a second.
BATCH_MESSAGES = 10_000

#: The long thread has this many messages when ``largest`` is not given and the history is
#: big enough (the benchmark opens it: a 10,000-message conversation at 1,000,000 messages).
MAX_LARGEST = 10_000

HISTORY_DAYS = 730
_DAY = 86_400.0

# Activity by local hour: quiet at night, peaks late morning, afternoon and evening.
_HOUR_WEIGHTS = (
    2, 1, 1, 1, 1, 1, 2, 4, 7, 10, 12, 12, 9, 10, 11, 11, 10, 8, 7, 8, 9, 9, 7, 4,
)
_HOUR_CUMULATIVE = list(itertools.accumulate(_HOUR_WEIGHTS))

#: Models by period, oldest first: (minimum age in days, models). A conversation uses a
#: model that existed when it took place.
_MODEL_ERAS = (
    (540, ("gpt-4-turbo", "gpt-4o", "claude-3-opus", "gpt-3.5-turbo", "claude-3-haiku")),
    (365, ("gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "llama3.1:8b", "gemini-1.5-pro")),
    (180, ("gpt-4o", "claude-3-7-sonnet", "o3-mini", "qwen2.5-coder:7b", "deepseek-r1:14b", "llama3.1:8b")),
    (0, ("gpt-4.1", "claude-sonnet-4", "gpt-5", "o4-mini", "claude-opus-4-1", "qwen2.5-coder:14b", "llama3.1:8b", "gemma3:12b")),
)
_CODE_MODELS = ("qwen2.5-coder:7b", "qwen2.5-coder:14b", "claude-sonnet-4", "gpt-4.1")

#: Topics where an answer may start with a web search (a tool call and its result).
_SEARCHED_TOPICS = ("history", "travel", "cooking", "ml")

_ERRORS = (
    "Rate limit reached for requests. Please try again in 20s.",
    "The server had an error while processing your request (502).",
    "Request timed out after 60 seconds.",
    "Connection reset by peer.",
)


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


@dataclass
class _Plan:
    """One conversation before its messages exist."""

    length: int
    last: float  # time of the last message (epoch seconds)
    kind: str = "normal"  # normal | longest | huge
    branchy: bool = False
    pinned: bool = False
    archived: bool = False


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
    existing = Conversation.select().count()
    # Ids also depend on what is already there, so a second run never collides with the first.
    ids = random.Random(f"parley-demo-ids:{seed}:{existing}")

    names = [name.strip() for name in project_names if name.strip()]
    project_rows = [projects.ensure_project(n) for n in names] or [projects.default_project()]
    project_ids = [p.id for p in project_rows]

    plans = _plan(rng, conversations, messages, largest, now)
    writer = _Writer(rng, ids, now, SUBJECTS, project_ids)
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
    stats.branched_conversations = writer.branched
    stats.long_messages = writer.long_messages
    stats.seconds = time.perf_counter() - started
    return stats


def remove(*, progress: Callable[[int, int], None] | None = None) -> int:
    """Delete every sample conversation (``source = "demo"``); returns how many."""
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
    return removed


def count_demo_conversations() -> int:
    """How many sample conversations the open database holds."""
    return Conversation.select().where(Conversation.source == DEMO_SOURCE).count()


# --- planning: lengths, dates, flags -------------------------------------------------------


def default_largest(conversations: int, messages: int) -> int:
    """The longest conversation's length when the caller does not choose it."""
    if conversations <= 1:
        return messages
    wanted = min(MAX_LARGEST, max(200, messages // 100))
    # Leave at least two messages for every other conversation where possible.
    room = messages - 2 * (conversations - 1)
    if room < wanted:
        room = messages - (conversations - 1)
    return max(1, min(wanted, room))


def _plan(
    rng: random.Random, conversations: int, messages: int, largest: int | None, now: float
) -> list[_Plan]:
    if conversations == 0:
        return []
    if largest is None:
        largest = default_largest(conversations, messages)
    largest = max(1, min(largest, messages - (conversations - 1)))
    # The others may not exceed the longest: make it long enough to leave room for them.
    largest = max(largest, math.ceil(messages / conversations))
    lengths = _lengths(rng, conversations - 1, messages - largest, cap=largest)
    plans = [_Plan(length=n, last=0.0) for n in lengths]
    plans.insert(0, _Plan(length=largest, last=0.0, kind="longest"))

    clock_days = _LocalDays(now)
    # Ages: dense towards today (age ~ u**2), with a few guaranteed today and yesterday.
    for index, plan in enumerate(plans):
        if plan.kind == "longest":
            day = rng.randrange(0, 3)
        elif index <= 4:
            day = 0 if index <= 3 else 1
        elif index <= 6:
            day = 1
        else:
            day = int(HISTORY_DAYS * rng.random() ** 2)
        plan.last = clock_days.moment(day, rng)

    normal = [p for p in plans if p.kind == "normal"]
    huge_count = 0 if messages < 100 else min(len(normal), 2 + messages // 100_000)
    eligible = [p for p in normal if p.length >= 2]
    for plan in rng.sample(eligible, min(huge_count, len(eligible))):
        plan.kind = "huge"
    # The first long message sits in the last week, where someone trying the app will see it.
    recent = [p for p in plans if p.kind == "huge"]
    if recent:
        recent[0].last = clock_days.moment(rng.randrange(1, 7), rng)

    for plan in plans:
        if plan.kind == "normal" and plan.length >= 4 and rng.random() < 0.06:
            plan.branchy = True
    branch_pool = [p for p in plans if p.kind == "normal" and p.length >= 4]
    if branch_pool and not any(p.branchy for p in plans):
        for plan in rng.sample(branch_pool, min(3, len(branch_pool))):
            plan.branchy = True

    candidates = [p for p in plans if p.kind == "normal" and p.length >= 2]
    pinned = min(len(candidates), 6, max(1, conversations // 30)) if conversations >= 5 else 0
    for plan in rng.sample(candidates, pinned):
        plan.pinned = True
    old = [p for p in plans if p.kind == "normal" and not p.pinned and now - p.last > 90 * _DAY]
    for plan in old:
        if rng.random() < 0.08:
            plan.archived = True

    # Written in time order: message ids are time-ordered (UUIDv7), so the indexes grow at
    # their right edge instead of being rewritten all over.
    plans.sort(key=lambda p: p.last)
    return plans


def _lengths(rng: random.Random, count: int, total: int, cap: int) -> list[int]:
    """``count`` lengths >= 1 summing to ``total``, long-tailed, mostly even, each <= cap."""
    if count == 0:
        return []
    weights = [rng.lognormvariate(0.0, 0.9) for _ in range(count)]
    lengths = [1] * count
    remaining = total - count
    open_ = list(range(count))
    while remaining > 0 and open_:
        # Shares of what is left by weight, rounded by largest remainder; loops again only
        # when some lengths hit the cap.
        scale = remaining / sum(weights[i] for i in open_)
        fractions: list[tuple[float, int]] = []
        for i in open_:
            share = weights[i] * scale
            whole = int(share)
            add = min(whole, cap - lengths[i])
            lengths[i] += add
            remaining -= add
            fractions.append((share - whole, i))
        fractions.sort(reverse=True)
        for _, i in fractions:
            if remaining == 0:
                break
            if lengths[i] < cap:
                lengths[i] += 1
                remaining -= 1
        open_ = [i for i in open_ if lengths[i] < cap]
    # Most chats are question/answer pairs: pair up odd lengths, moving one message.
    odd = [i for i in range(count) if lengths[i] % 2]
    for a, b in zip(odd[::2], odd[1::2]):
        if lengths[b] > 1 and lengths[a] < cap:
            lengths[a] += 1
            lengths[b] -= 1
    rng.shuffle(lengths)
    return lengths


class _LocalDays:
    """Moments on local calendar days counted back from today (DST-correct)."""

    def __init__(self, now: float) -> None:
        self.now = now
        self.today = dt.datetime.fromtimestamp(now).date()
        self._starts: dict[int, float] = {}

    def start(self, days_ago: int) -> float:
        value = self._starts.get(days_ago)
        if value is None:
            day = self.today - dt.timedelta(days=days_ago)
            value = dt.datetime.combine(day, dt.time()).timestamp()
            self._starts[days_ago] = value
        return value

    def moment(self, days_ago: int, rng: random.Random) -> float:
        start = self.start(days_ago)
        if days_ago == 0:
            span = max(0.0, self.now - start - 60)
            return start + span * (0.2 + 0.8 * rng.random())
        hour = bisect.bisect_right(_HOUR_CUMULATIVE, rng.random() * _HOUR_CUMULATIVE[-1])
        moment = start + hour * 3600 + rng.random() * 3600
        return min(moment, self.start(days_ago - 1) - 1)


# --- writing: one conversation's rows -------------------------------------------------------


class _Writer:
    """Builds the rows of one conversation at a time, from a plan."""

    def __init__(self, rng, ids, now, subjects, project_ids) -> None:
        from app.services.demo_corpus import PHRASES, SYSTEM_PROMPTS, long_texts

        self.rng = rng
        self.ids = ids
        self.now = now
        self.horizon = now - HISTORY_DAYS * _DAY
        self.subjects = subjects
        self.subject_cumulative = list(itertools.accumulate(s.weight for s in subjects))
        self.project_ids = project_ids
        self.phrases = PHRASES
        self.system_prompts = SYSTEM_PROMPTS
        self.builders = long_texts.BUILDERS
        self.branched = 0
        self.long_messages = 0
        self._huge_index = 0
        self._quotes: dict[str, list[str]] = {}
        self._previews: dict[str, str] = {}

    # ids

    def message_id(self, stamp: float) -> str:
        """A UUIDv7: 48-bit millisecond time, then random bits.

        Time-ordered ids (as the importers make) keep the primary-key and tree indexes
        growing at their right edge: random UUIDs would rewrite a random page of each index
        per row, which at a million messages costs far more than building the rows.
        """
        h = "%012x%020x" % (int(stamp * 1000), self.ids.getrandbits(80))
        return f"{h[:8]}-{h[8:12]}-7{h[13:16]}-a{h[17:20]}-{h[20:]}"

    # choices

    def subject(self):
        r = self.rng.random() * self.subject_cumulative[-1]
        return self.subjects[bisect.bisect_right(self.subject_cumulative, r)]

    def model(self, age_days: float, topic: str) -> str:
        rng = self.rng
        if topic == "programming" and age_days < 365 and rng.random() < 0.3:
            return _pick(rng, _CODE_MODELS)
        for min_age, names in _MODEL_ERAS:
            if age_days >= min_age:
                return _pick(rng, names)
        return _MODEL_ERAS[-1][1][0]

    def conversation(self, plan: _Plan) -> tuple[bulk.NewConversation, list[bulk.NewMessage]]:
        """The conversation row and all its message rows (every branch)."""
        rng = self.rng
        subject = self.subject()
        language = subject.language
        age_days = (self.now - plan.last) / _DAY
        model = self.model(age_days, subject.topic)
        phrases = self.phrases[language]
        project = self.project_ids[subject.project % len(self.project_ids)]
        if rng.random() < 0.15:
            project = _pick(rng, self.project_ids)
        system_prompt = None
        if language == "en" and rng.random() < 0.05:
            system_prompt = _pick(rng, self.system_prompts)

        extras = _branch_extras(plan, rng) if plan.branchy else ()
        path_length = plan.length - sum(count for _, count in extras)
        title = _pick(rng, subject.titles)
        # A few answers first call a tool (a web search), as agents and ChatGPT browsing do.
        with_tool = (
            plan.kind == "normal"
            and not extras
            and path_length >= 4
            and subject.topic in _SEARCHED_TOPICS
            and rng.random() < 0.04
        )
        roles, contents = self._path(plan, subject, phrases, path_length, with_tool)
        if plan.kind == "longest":
            from app.services.demo_corpus import LONG_THREAD_TITLES

            title = _pick(rng, LONG_THREAD_TITLES)
        elif plan.kind == "huge" and path_length >= 2:
            builder = self.builders[self._huge_index % len(self.builders)]
            self._huge_index += 1
            title, contents[0], contents[1] = builder(rng)
            self.long_messages += 1
            model = self.model(age_days, "writing")

        times = self._times(plan, roles, contents)
        cid = self.message_id(times[0] - 2.0 if times else plan.last)
        chars_per_token = 1.5 if language in ("zh", "ja") else 4.0
        rows: list[bulk.NewMessage] = []
        ids: list[str] = []
        parent = None
        context_chars = len(system_prompt or "")
        call_id = ""
        for index in range(path_length):
            role = roles[index]
            content = contents[index]
            stamp = times[index]
            mid = self.message_id(stamp)
            meta = None
            status = "complete"
            if role == "assistant":
                meta = {
                    "model": model,
                    "input_tokens": int(context_chars / chars_per_token) + 12,
                    "output_tokens": int(len(content) / chars_per_token) + 1,
                }
                if with_tool and index == 1:
                    call_id = "call_" + mid[-12:]
                    meta["tool_calls"] = [
                        {"id": call_id, "name": "web_search", "arguments": {"query": title}}
                    ]
                elif index == path_length - 1 and rng.random() < 0.01:
                    status = "incomplete"  # the stream was cut off
                    content = content[: max(20, len(content) * 3 // 5)]
            elif role == "tool":
                meta = {"tool_call_id": call_id, "name": "web_search"}
            elif index == 0 and rng.random() < 0.02:
                meta = {"attachments": [_attachment(rng)]}
            context_chars += len(content)
            rows.append(
                bulk.NewMessage(mid, cid, parent, role, content, stamp, status, False, None, meta)
            )
            ids.append(mid)
            parent = mid

        first = times[0] if times else plan.last
        if extras:
            branch_rows = self._branches(cid, extras, roles, contents, times, ids, subject, phrases, model)
            first = min(first, *(row.created_at for row in branch_rows))
            rows.extend(branch_rows)
            self.branched += 1

        conv = bulk.NewConversation(
            cid,
            project,
            title,
            first - 2.0,
            times[-1] if times else plan.last,
            plan.length,
            self.preview(rows[path_length - 1].content) if path_length else "",
            plan.archived,
            plan.pinned,
            ids[-1] if ids else None,
            system_prompt,
            DEMO_SOURCE,
            cid,
            None,
        )
        return conv, rows

    def _path(self, plan, subject, phrases, length: int, with_tool: bool):
        """Roles and contents of the visible branch, first to last."""
        rng = self.rng
        roles: list[str] = []
        contents: list[str] = []
        answers = subject.answers
        thanked = False
        next_answer = 0
        longest = plan.kind == "longest"
        shift = 0  # a tool call puts two extra messages into the first exchange
        for index in range(length):
            if with_tool and index in (1, 2):
                if index == 1:
                    roles.append("assistant")
                    contents.append(f"Searching the web for \u201c{subject.titles[0]}\u201d\u2026")
                else:
                    roles.append("tool")
                    contents.append(_search_results(subject))
                    shift = 2
                continue
            turn = index - shift
            if longest and turn % 2 == 0 and rng.random() < 0.5:
                subject = self.subject()  # the long thread wanders between subjects
                phrases = self.phrases[subject.language]
                answers = subject.answers
            if turn % 2 == 0:
                roles.append("user")
                if index == 0 or (longest and rng.random() < 0.3):
                    asked = int(rng.random() * len(subject.prompts))
                    text = subject.prompts[asked]
                    # Answers are written so that the n-th answers the n-th prompt; later
                    # turns move on through the subject's other answers.
                    next_answer = min(asked, len(answers) - 1)
                    thanked = False
                else:
                    r = rng.random()
                    thanked = r < 0.12
                    if thanked:
                        text = _pick(rng, phrases.thanks)
                    elif r < 0.55 and subject.followups:
                        text = _pick(rng, subject.followups)
                    else:
                        text = _pick(rng, phrases.followups)
                    if not thanked and phrases.context and rng.random() < 0.45:
                        text = text + " " + _pick(rng, phrases.context)
                    if not thanked and rng.random() < 0.5 and contents:
                        # People quote the part of the answer they are asking about.
                        quotes = self._quotable(contents[-1])
                        if quotes:
                            text = "> " + _pick(rng, quotes) + "\n\n" + text
                contents.append(text)
                continue
            roles.append("assistant")
            if thanked:
                contents.append(_pick(rng, phrases.replies))
                continue
            pick = next_answer % len(answers)
            next_answer = pick + 1
            text = answers[pick]
            if rng.random() < 0.45:
                text = _pick(rng, phrases.acks) + "\n\n" + text
            if rng.random() < 0.3:
                text = text + "\n\n" + _pick(rng, phrases.closings)
            contents.append(text)
        return roles, contents

    def preview(self, content: str) -> str:
        """The store's preview of a last message, cached: the same answers end many chats."""
        text = self._previews.get(content)
        if text is None:
            text = make_preview(content)
            if len(self._previews) < 100_000:
                self._previews[content] = text
        return text

    def _quotable(self, answer: str) -> list[str]:
        """Prose lines of an answer worth quoting back (cached: answers repeat)."""
        quotes = self._quotes.get(answer)
        if quotes is None:
            quotes = []
            in_code = False
            for line in answer.splitlines():
                if line.startswith("```"):
                    in_code = not in_code
                elif not in_code and len(line) >= 60 and line[0] not in "|#>`":
                    quotes.append(line.lstrip("-*0123456789. ")[:200])
            if len(self._quotes) < 50_000:
                self._quotes[answer] = quotes
        return quotes

    def _times(self, plan: _Plan, roles: list[str], contents: list[str]) -> list[float]:
        """Message times, computed backwards from the plan's last moment."""
        rng = self.rng
        n = len(roles)
        times = [0.0] * n
        if n == 0:
            return times
        # A long thread is revisited over months; ordinary chats mostly in one sitting.
        resume = 0.35 if plan.kind == "longest" else 0.06
        resume_gap = 10 * _DAY if plan.kind == "longest" else 1.5 * _DAY
        t = plan.last
        for index in range(n - 1, -1, -1):
            times[index] = t
            if roles[index] != "user":  # answers and tool results come in seconds
                t -= 2.0 + rng.random() * 12 + len(contents[index]) * 0.004
            elif rng.random() < resume:
                t -= 1800 + rng.random() * resume_gap
            else:
                t -= 15 + rng.random() * 240
        if times[0] < self.horizon:
            # Squeeze into the two-year window, keeping the order.
            last = times[-1]
            scale = (last - self.horizon) / (last - times[0])
            times = [last - (last - x) * scale for x in times]
        return times

    def _branches(self, cid, extras, roles, contents, times, ids, subject, phrases, model):
        """Older versions of messages on the visible branch: edited prompts, regenerations."""
        rng = self.rng
        rows: list[bulk.NewMessage] = []
        for position, count in extras:
            parent = ids[position - 1] if position > 0 else None
            before = times[position - 1] if position > 0 else times[0] - 120
            after = times[position]
            span = max(after - before, 2.0)
            if roles[position] == "assistant":
                # Regenerated answers: the earlier versions, possibly one that failed.
                for k in range(count):
                    stamp = before + span * (k + 1) / (count + 2)
                    mid = self.message_id(stamp)
                    answer = _pick(rng, subject.answers)
                    meta = {
                        "model": model if rng.random() < 0.7 else self.model(0, subject.topic),
                        "input_tokens": 40 + rng.randrange(4000),
                        "output_tokens": len(answer) // 4 + 1,
                    }
                    status = "complete"
                    if k == 0 and rng.random() < 0.25:
                        answer, status = "", "error"
                        meta = {"model": model, "error": _pick(rng, _ERRORS)}
                    rows.append(bulk.NewMessage(mid, cid, parent, "assistant", answer, stamp, status, False, None, meta))
            else:
                # An edited prompt: the original question and the answer it got.
                stamp = before + span / 3
                mid = self.message_id(stamp)
                original = _pick(rng, subject.prompts)
                if original == contents[position]:
                    original = _pick(rng, phrases.followups)
                rows.append(bulk.NewMessage(mid, cid, parent, "user", original, stamp, "complete", False, None, None))
                if count > 1:
                    stamp2 = before + span * 2 / 3
                    answer = _pick(rng, subject.answers)
                    meta = {"model": model, "input_tokens": 40 + len(original) // 4, "output_tokens": len(answer) // 4 + 1}
                    rows.append(
                        bulk.NewMessage(self.message_id(stamp2), cid, mid, "assistant", answer, stamp2, "complete", False, None, meta)
                    )
        return rows


def _pick(rng: random.Random, items: Sequence):
    """One of ``items``; cheaper than ``rng.choice`` (no rejection sampling), as deterministic."""
    return items[int(rng.random() * len(items))]


def _branch_extras(plan: _Plan, rng: random.Random) -> tuple[tuple[int, int], ...]:
    """Where the visible branch forks: (position on the branch, older versions there).

    An assistant position gets 1-2 earlier regenerated answers; a user position (an edited
    prompt) gets the original question and its answer (2 messages). The visible branch
    keeps an even length when the conversation has one.
    """
    budget = plan.length
    even = plan.length % 2 == 0
    choice = rng.random()
    if not even:
        kind = ((1, 1),)  # one regenerated answer
    elif choice < 0.4:
        kind = ((1, 2),)  # answer regenerated twice: ‹ 3/3 ›
    elif choice < 0.75:
        kind = ((0, 2),)  # an edited prompt
    else:
        kind = ((1, 1), (1, 1))  # two answers regenerated once each
    extras = sum(k for _, k in kind)
    path = budget - extras
    if path < 2:
        return ()
    result: list[tuple[int, int]] = []
    used: set[int] = set()
    for parity, count in kind:
        # Positions of that role on the visible branch (user even, assistant odd).
        positions = [p for p in range(parity, path, 2) if p not in used]
        if not positions:
            return ()
        position = _pick(rng, positions)
        used.add(position)
        result.append((position, count))
    return tuple(result)


_ATTACHMENTS = (
    ("quarterly-report.pdf", "application/pdf"),
    ("screenshot.png", "image/png"),
    ("data.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("notes.md", "text/markdown"),
)


def _search_results(subject) -> str:
    """What a web-search tool returns: a few titled links with snippets."""
    lines = [f"Results for \u201c{subject.titles[0]}\u201d:", ""]
    for n, title in enumerate(subject.titles, 1):
        slug = "-".join(title.lower().split())[:60]
        lines.append(f"{n}. [{title}](https://example.org/{n}/{slug}) \u2014 {subject.prompts[0][:140]}")
    return "\n".join(lines)


def _attachment(rng: random.Random) -> dict:
    name, mime = _pick(rng, _ATTACHMENTS)
    return {"name": name, "mime_type": mime, "size": 2_000 + rng.randrange(2_000_000)}
