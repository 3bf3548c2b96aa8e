"""Building one sample conversation's rows from its plan and the text corpus.

Part of :mod:`app.services.demo`. Rows are plain :mod:`app.store.bulk` tuples; the
conversation's counters (message count, preview, active leaf, times) are computed here, so
nothing needs recounting after the insert.
"""

from __future__ import annotations

import bisect
import itertools
import random
from typing import Sequence

from app.services.demo_plan import DAY, HISTORY_DAYS, Plan
from app.store import bulk
from app.store.messages import make_preview

#: ``conversation.source`` of every sample conversation.
DEMO_SOURCE = "demo"

#: Models by period, oldest first: (minimum age in days, models). A conversation uses a
#: model that existed when it took place.
_MODEL_ERAS = (
    (540, ("gpt-4-turbo", "gpt-4o", "claude-3-opus", "gpt-3.5-turbo", "claude-3-haiku")),
    (365, ("gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "llama3.1:8b", "gemini-1.5-pro")),
    (180, ("gpt-4o", "claude-3-7-sonnet", "o3-mini", "qwen2.5-coder:7b", "deepseek-r1:14b",
           "llama3.1:8b")),
    (0, ("gpt-4.1", "claude-sonnet-4", "gpt-5", "o4-mini", "claude-opus-4-1", "qwen2.5-coder:14b",
         "llama3.1:8b", "gemma3:12b")),
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


class ConversationBuilder:
    """Builds the rows of one conversation at a time, from a plan."""

    def __init__(self, rng, ids, now, subjects, project_ids) -> None:
        from app.services.demo_corpus import PHRASES, SYSTEM_PROMPTS, long_texts

        self.rng = rng
        self.ids = ids
        self.now = now
        self.horizon = now - HISTORY_DAYS * DAY
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
        self._deck: list = []
        self.english_by_topic: dict[str, list] = {}
        for subject in subjects:
            if subject.language == "en":
                self.english_by_topic.setdefault(subject.topic, []).append(subject)

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

    def next_topic(self):
        """The next (subject, title) from a shuffled deck of every title.

        A deck rather than independent draws: a few hundred conversations show each title
        about once before any repeats, as a real sidebar would. Heavier subjects have their
        titles in the deck twice.
        """
        if not self._deck:
            self._deck = [
                (subject, title)
                for subject in self.subjects
                for title in subject.titles
                for _ in range(2 if subject.weight >= 1.5 else 1)
            ]
            self.rng.shuffle(self._deck)
        return self._deck.pop()

    def subject(self):
        """A subject drawn by weight (the long thread's wandering topics)."""
        r = self.rng.random() * self.subject_cumulative[-1]
        return self.subjects[bisect.bisect_right(self.subject_cumulative, r)]

    def model(self, age_days: float, topic: str) -> str:
        """A model that existed ``age_days`` ago; coders favour code models lately."""
        rng = self.rng
        if topic == "programming" and age_days < 365 and rng.random() < 0.3:
            return _pick(rng, _CODE_MODELS)
        for min_age, names in _MODEL_ERAS:
            if age_days >= min_age:
                return _pick(rng, names)
        return _MODEL_ERAS[-1][1][0]

    def conversation(self, plan: Plan) -> tuple[bulk.NewConversation, list[bulk.NewMessage]]:
        """The conversation row and all its message rows (every branch)."""
        rng = self.rng
        builder = None
        if plan.kind == "huge":
            builder, topic = self.builders[self._huge_index % len(self.builders)]
            self._huge_index += 1
            subject = _pick(rng, self.english_by_topic[topic])
            title = ""
        else:
            subject, title = self.next_topic()
        language = subject.language
        age_days = (self.now - plan.last) / DAY
        model = self.model(age_days, subject.topic)
        phrases = self.phrases[language]
        project = self.project_ids[subject.project % len(self.project_ids)]
        if rng.random() < 0.15:
            project = _pick(rng, self.project_ids)
        system_prompt = None
        if language == "en" and rng.random() < 0.05:
            system_prompt = _pick(rng, self.system_prompts)

        kinds = _branch_kinds(plan, rng) if plan.branchy else ()
        path_length = plan.length - sum(count for _, count in kinds)
        # A few answers first call a tool (a web search), as agents and ChatGPT browsing do.
        with_tool = (
            plan.kind == "normal"
            and not kinds
            and path_length >= 4
            and subject.topic in _SEARCHED_TOPICS
            and rng.random() < 0.04
        )
        roles, contents = self._path(plan, subject, phrases, path_length, with_tool)
        if plan.kind == "longest":
            from app.services.demo_corpus import LONG_THREAD_TITLES

            title = _pick(rng, LONG_THREAD_TITLES)
        elif builder is not None:
            title, contents[0], contents[1] = builder(rng)
            self.long_messages += 1

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
        if kinds:
            forks = _fork_positions(kinds, contents, rng)
            branch_rows = self._branches(
                cid, forks, roles, contents, times, ids, subject, phrases, model
            )
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

    def _times(self, plan: Plan, roles: list[str], contents: list[str]) -> list[float]:
        """Message times, computed backwards from the plan's last moment."""
        rng = self.rng
        n = len(roles)
        times = [0.0] * n
        if n == 0:
            return times
        # A long thread is revisited over months; ordinary chats mostly in one sitting.
        resume = 0.35 if plan.kind == "longest" else 0.06
        resume_gap = 10 * DAY if plan.kind == "longest" else 1.5 * DAY
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

    def _other_version(self, versions: list[str], subject, phrases) -> str:
        """Another answer beside ``versions`` (the one shown first): a different take."""
        rng = self.rng
        shown = versions[0]
        if len(shown) < 200:  # a short reply regenerated gives another short reply
            others = [r for r in phrases.replies if r not in versions]
            return _pick(rng, others or phrases.replies)
        others = [a for a in subject.answers if a not in shown]
        body = _pick(rng, others or subject.answers)
        acks = [a for a in phrases.acks if not any(v.startswith(a) for v in versions)]
        return _pick(rng, acks or phrases.acks) + "\n\n" + body

    def _branches(self, cid, forks, roles, contents, times, ids, subject, phrases, model):
        """Older versions of messages on the visible branch: edited prompts, regenerations."""
        rng = self.rng
        rows: list[bulk.NewMessage] = []
        for position, count in forks:
            parent = ids[position - 1] if position > 0 else None
            before = times[position - 1] if position > 0 else times[0] - 120
            after = times[position]
            span = max(after - before, 2.0)
            if roles[position] == "assistant":
                # Regenerated answers: the earlier versions, possibly one that failed.
                versions = [contents[position]]
                for k in range(count):
                    stamp = before + span * (k + 1) / (count + 2)
                    mid = self.message_id(stamp)
                    answer = self._other_version(versions, subject, phrases)
                    versions.append(answer)
                    meta = {
                        "model": model if rng.random() < 0.7 else self.model(0, subject.topic),
                        "input_tokens": 40 + rng.randrange(4000),
                        "output_tokens": len(answer) // 4 + 1,
                    }
                    status = "complete"
                    if k == 0 and rng.random() < 0.25:
                        answer, status = "", "error"
                        meta = {"model": model, "error": _pick(rng, _ERRORS)}
                    rows.append(_message(mid, cid, parent, "assistant", answer, stamp, status, meta))
            else:
                # An edited prompt: the original question and the answer it got.
                stamp = before + span / 3
                mid = self.message_id(stamp)
                original = _pick(rng, subject.prompts)
                if original == contents[position]:
                    original = _pick(rng, phrases.followups)
                rows.append(_message(mid, cid, parent, "user", original, stamp, "complete", None))
                if count > 1:
                    stamp2 = before + span * 2 / 3
                    answer = _pick(rng, subject.answers)
                    meta = {
                        "model": model,
                        "input_tokens": 40 + len(original) // 4,
                        "output_tokens": len(answer) // 4 + 1,
                    }
                    answer_id = self.message_id(stamp2)
                    rows.append(
                        _message(answer_id, cid, mid, "assistant", answer, stamp2, "complete", meta)
                    )
        return rows


def _message(mid, cid, parent, role, content, stamp, status, meta) -> bulk.NewMessage:
    return bulk.NewMessage(mid, cid, parent, role, content, stamp, status, False, None, meta)


def _pick(rng: random.Random, items: Sequence):
    """One of ``items``; cheaper than ``rng.choice`` (no rejection sampling), as deterministic."""
    return items[int(rng.random() * len(items))]


def _branch_kinds(plan: Plan, rng: random.Random) -> tuple[tuple[int, int], ...]:
    """How the visible branch will fork: (role parity, older versions), or () for no fork.

    Parity 1 is an assistant answer regenerated 1-2 times before the version on screen;
    parity 0 an edited prompt, whose original question and its answer (2 messages) stay on
    the older branch. The visible branch keeps an even length when the conversation has one.
    """
    choice = rng.random()
    if plan.length % 2:
        kinds = ((1, 1),)  # one regenerated answer
    elif choice < 0.4:
        kinds = ((1, 2),)  # an answer regenerated twice: ‹ 3/3 ›
    elif choice < 0.75 or plan.length < 6:
        kinds = ((0, 2),)  # an edited prompt
    else:
        kinds = ((1, 1), (1, 1))  # two answers regenerated once each
    if plan.length - sum(count for _, count in kinds) < 2:
        return ()
    return kinds


def _fork_positions(kinds, contents: list[str], rng: random.Random) -> tuple[tuple[int, int], ...]:
    """Where on the visible branch each fork goes: (position, older versions).

    People regenerate real answers, not "You're welcome!": assistant forks go to long
    messages when there are any.
    """
    result: list[tuple[int, int]] = []
    used: set[int] = set()
    for parity, count in kinds:
        positions = [p for p in range(parity, len(contents), 2) if p not in used]
        if parity:
            substantial = [p for p in positions if len(contents[p]) >= 200]
            positions = substantial or positions
        if not positions:
            break
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
