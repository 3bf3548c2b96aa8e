"""Run a parsed query against the store: choose a ranking, group by conversation, add snippets.

Call :func:`search` from a worker (the window does, through ``app.ui.tasks.run_task``) or
from the CLI. ``should_stop`` is polled while SQLite runs (its progress handler), so a newer
keystroke stops an older query mid-statement; it then raises :class:`SearchInterrupted`.
"""

from __future__ import annotations

import time
from typing import Callable, Generator, Iterator, NamedTuple

from app.services.search import ranking
from app.services.search.query import Hint, HintCode, ParsedQuery, Term, TermKind, parse
from app.services.search.results import Ranking, SearchOutcome, SearchResult, tidy_marked
from app.store import search_queries as sq
from app.store.database import read
from app.store.search_text import has_unspaced_script

#: Results per page in the window and the CLI's default.
DEFAULT_LIMIT = 50


class _Impossible(Exception):
    """The filters name something that does not exist: no result can match."""


def resolve_scope(
    query: ParsedQuery,
    *,
    project_id: int | None = None,
    conversation_id: str | None = None,
    archived: bool | None = False,
) -> tuple[sq.SearchScope, list[Hint]]:
    """Turn the query's filters into a store scope; unknown names become hints.

    ``project_id`` is the window's current project (None: all); a ``project:`` filter in the
    query replaces it. ``archived`` is what to search without an ``in:`` filter (the window
    passes True while it lists archived conversations). Raises :class:`_Impossible` when
    nothing can match.
    """
    filters = query.filters
    hints: list[Hint] = []
    impossible = False
    project_ids: tuple[int, ...] | None = (project_id,) if project_id is not None else None
    if filters.projects:
        found: list[int] = []
        for name, ids in sq.project_ids_named(filters.projects).items():
            if not ids:
                hints.append(Hint(HintCode.UNKNOWN_PROJECT, (name,)))
            found.extend(ids)
        if not found:
            impossible = True
        project_ids = tuple(found)
    tag_ids: list[int] = []
    for name, tag_id in sq.tag_ids_named(filters.tags).items():
        if tag_id is None:
            hints.append(Hint(HintCode.UNKNOWN_TAG, (name,)))
            impossible = True
        else:
            tag_ids.append(tag_id)
    after, before = filters.after_epoch(), filters.before_epoch()
    if after is not None and before is not None and after >= before:
        impossible = True
    scope = sq.SearchScope(
        roles=filters.roles,
        models=filters.models,
        project_ids=project_ids,
        tag_ids=tuple(tag_ids),
        after=after,
        before=before,
        archived=(
            None
            if conversation_id is not None
            else (filters.archived if filters.archived_given else archived)
        ),
        conversation_id=conversation_id,
    )
    if impossible:
        raise _Impossible(hints)
    return scope, hints


def search(
    text: str | ParsedQuery,
    *,
    limit: int = DEFAULT_LIMIT,
    project_id: int | None = None,
    archived: bool | None = False,
    should_stop: Callable[[], bool] | None = None,
) -> SearchOutcome:
    """Conversations matching ``text``, best (or newest) first, at most ``limit``.

    ``project_id`` limits to one project and ``archived`` says which conversations to search
    (False: not archived, True: archived, None: both) unless the query's filters say.
    """
    started = time.perf_counter()
    query = parse(text) if isinstance(text, str) else text
    outcome = SearchOutcome(
        query=query.text, hints=list(query.hints), highlight_terms=query.highlight_terms()
    )
    match = query.match_expression()
    if match is None and not query.has_filters:
        return _done(outcome, started)
    try:
        scope, hints = resolve_scope(query, project_id=project_id, archived=archived)
    except _Impossible as exc:
        outcome.hints.extend(exc.args[0])
        return _done(outcome, started)
    outcome.hints.extend(hints)
    if match is None and query.terms:
        return _done(outcome, started)  # only exclusions: the hint says what to do
    with sq.interruptible(should_stop), read():
        if match is None:
            outcome.ranking = Ranking.FILTERS
            hits = sq.filtered_conversations(scope, limit)
            groups = ranking.group_hits(hits)
            ordered = [groups[hit.conversation_id] for hit in hits]
        else:
            # Read matches newest first; if they run out before the cap, the set is small
            # enough to rank by relevance, otherwise list newest first from the same read.
            newest = sq.recent_keys(match, scope)
            probe: list[int] = []
            for chunk in newest:
                probe.extend(chunk)
                if len(probe) >= ranking.RELEVANCE_CAP:
                    break
            outcome.total_matches = min(len(probe), ranking.RELEVANCE_CAP)
            outcome.total_is_exact = len(probe) < ranking.RELEVANCE_CAP
            if outcome.total_is_exact:
                newest.close()
                outcome.ranking = Ranking.RELEVANCE
                ordered = _by_relevance(match, scope, limit)
            else:
                outcome.ranking = Ranking.RECENT
                ordered = _by_recency(query, match, scope, limit, probe, newest, should_stop)
        outcome.results = _results(query, match, ordered[:limit], outcome.ranking)
    return _done(outcome, started)


def _done(outcome: SearchOutcome, started: float) -> SearchOutcome:
    outcome.elapsed_ms = (time.perf_counter() - started) * 1000
    return outcome


def _by_relevance(match: str, scope: sq.SearchScope, limit: int) -> list[ranking.ConversationGroup]:
    hits = sq.relevance_hits(match, scope, ranking.RELEVANCE_CAP)
    groups = ranking.group_hits(hits)
    updated: dict[str, float] = {}
    if not scope.has_message_filters and scope.conversation_id is None:
        # A conversation whose title matches is a result even if no message does.
        for title in sq.title_hits(match, scope, ranking.RELEVANCE_CAP):
            group = groups.get(title.conversation_id)
            if group is None:
                group = groups[title.conversation_id] = ranking.ConversationGroup(title.conversation_id)
            group.title_score = -title.score
            updated[title.conversation_id] = title.updated_at
    return ranking.by_relevance(list(groups.values()), updated)


def _by_recency(
    query: ParsedQuery,
    match: str,
    scope: sq.SearchScope,
    limit: int,
    first_keys: list[int],
    more_keys: Iterator[list[int]],
    should_stop: Callable[[], bool] | None,
) -> list[ranking.ConversationGroup]:
    """Newest matching messages first, read in small steps until ``limit`` conversations.

    Keys order messages by day, and within a day by arrival (by time within one import), so
    results are newest first across days. A result's count of matching messages is exact when
    all its days were read, or when its messages are few enough to count on the scratch table;
    otherwise (a long conversation) it is the matches read, marked "at least".
    """
    groups: dict[str, ranking.ConversationGroup] = {}
    scanned = 0
    last_key: int | None = None
    exhausted = True

    def steps() -> Iterator[list[int]]:
        yield from (first_keys[i : i + ranking.RECENT_STEP] for i in range(0, len(first_keys), ranking.RECENT_STEP))
        for chunk in more_keys:
            yield chunk

    for keys in steps():
        if should_stop is not None and should_stop():
            raise sq.SearchInterrupted("The search was cancelled.")
        scanned += len(keys)
        last_key = keys[-1]
        _add_hits(groups, sq.hits_for_keys(keys, scope))
        if len(groups) >= limit or scanned >= ranking.RECENT_SCAN_LIMIT:
            exhausted = False
            break
    if isinstance(more_keys, Generator):
        more_keys.close()
    ordered = ranking.by_recency(list(groups.values()))[:limit]
    if exhausted or last_key is None:
        return ordered
    # Conversations that began after the last day read had all their matches read.
    boundary = (sq.day_of_key(last_key) + 1) * 86400.0
    infos = sq.conversation_infos([g.conversation_id for g in ordered])
    unsure = []
    for group in ordered:
        info = infos.get(group.conversation_id)
        group.complete = info is not None and info.created_at >= boundary
        if not group.complete and info is not None and info.message_count <= ranking.COUNT_MESSAGES_EACH:
            unsure.append(group)
    # The others are counted on the scratch table (tokenizing their text costs the same
    # whatever the word, where seeking each message in a large unoptimized index does not).
    budget, counted = ranking.COUNT_MESSAGES_TOTAL, []
    for group in unsure:
        size = infos[group.conversation_id].message_count
        if size <= budget:
            counted.append(group)
            budget -= size
    if counted:
        texts = sq.conversation_texts([g.conversation_id for g in counted])
        # Tokenizing costs by the character: a chat with 100,000-character messages is
        # left at "at least" rather than holding up the page.
        chars, kept = ranking.COUNT_CHARS_TOTAL, []
        for group in counted:
            size = sum(len(text) for text in texts[group.conversation_id])
            if size <= chars:
                kept.append(group)
                chars -= size
        counts = sq.scratch_counts(match, [texts[g.conversation_id] for g in kept])
        for group, count in zip(kept, counts):
            group.count, group.complete = max(count, group.count), True
    return ordered


def _add_hits(groups: dict[str, ranking.ConversationGroup], hits: list[sq.MessageHit]) -> None:
    for hit in hits:
        group = groups.get(hit.conversation_id)
        if group is None:
            group = groups[hit.conversation_id] = ranking.ConversationGroup(hit.conversation_id)
        group.add(hit)


def _snippet_tokens(query: ParsedQuery) -> int:
    if any(has_unspaced_script(term.text) for term in query.positive_terms):
        return ranking.SNIPPET_TOKENS_CJK
    return ranking.SNIPPET_TOKENS


def _results(
    query: ParsedQuery, match: str | None, groups: list[ranking.ConversationGroup], mode: Ranking
) -> list[SearchResult]:
    if not groups:
        return []
    infos = sq.conversation_infos([g.conversation_id for g in groups])
    groups = [g for g in groups if g.conversation_id in infos]
    message_ids = [g.best.message_id for g in groups if g.best is not None]
    texts = sq.message_texts(message_ids)
    with_message = [g for g in groups if g.best is not None]
    if match is not None:
        fragments = sq.scratch_snippets(
            match, [texts.get(g.best.message_id, "") for g in with_message], _snippet_tokens(query)
        )
        # A title shows each word it holds, even when it does not hold them all.
        titles = sq.scratch_highlights(
            query.any_term_expression() or match, [infos[g.conversation_id].title for g in groups]
        )
    else:
        fragments = [None] * len(with_message)
        titles = [None] * len(groups)
    snippet_of = {g.conversation_id: f for g, f in zip(with_message, fragments)}
    results: list[SearchResult] = []
    for group, marked_title in zip(groups, titles):
        info = infos[group.conversation_id]
        best = group.best
        if best is not None:
            fragment = snippet_of.get(group.conversation_id)
            if fragment is None:  # matched by filters only: the start of the message
                fragment = texts.get(best.message_id, "")[:300]
        else:
            fragment = info.preview
        results.append(
            SearchResult(
                conversation_id=info.id,
                title=info.title,
                title_marked=tidy_marked(marked_title) if marked_title else info.title,
                project_id=info.project_id,
                archived=info.archived,
                updated_at=info.updated_at,
                message_id=best.message_id if best else None,
                message_role=best.role if best else None,
                message_created_at=best.created_at if best else None,
                snippet_marked=tidy_marked(fragment),
                match_count=group.count,
                count_is_exact=group.complete,
                score=group.relevance if mode is Ranking.RELEVANCE else 0.0,
            )
        )
    return results


class FindResult(NamedTuple):
    """Matches of a find within one conversation."""

    message_ids: list[str]  # matching messages, in the order given
    terms: list[str]  # what to highlight: the matched words as they are written
    hints: list[Hint]


#: Messages whose matched words are collected for highlighting (the rest repeat them).
_SURFACE_MESSAGES = 200
_SURFACE_TERMS = 40


def find_in_conversation(
    conversation_id: str,
    text: str,
    message_ids: list[str] | None = None,
    *,
    words_as_prefixes: bool = True,
    should_stop: Callable[[], bool] | None = None,
) -> FindResult:
    """Which of a conversation's messages match ``text``, and the words to highlight.

    ``message_ids`` is the branch on screen, in order (default: the active branch). Same
    language as :func:`search`; with ``words_as_prefixes`` every plain word also matches as
    the start of a word ("pyth" finds "python"), as a find bar should while you type. The
    terms to highlight are the matched words *as written* ("Café" for "cafe"), because the
    message view highlights literal text.
    """
    query = parse(text)
    if words_as_prefixes:
        query.terms = [
            Term(t.text, TermKind.PREFIX, t.negated) if t.kind is TermKind.WORD else t for t in query.terms
        ]
    match = query.match_expression()
    if match is None:
        return FindResult([], [], list(query.hints))
    with sq.interruptible(should_stop), read():
        try:
            scope, hints = resolve_scope(query, conversation_id=conversation_id)
        except _Impossible as exc:
            return FindResult([], [], [*query.hints, *exc.args[0]])
        if message_ids is None:
            from app.store import messages

            message_ids = messages.active_path(conversation_id)
        texts = sq.message_texts(message_ids)
        ordered = [mid for mid in message_ids if mid in texts]
        matching = sq.scratch_matching(match, [texts[mid] for mid in ordered])
        found = [mid for mid, ok in zip(ordered, matching) if ok]
        if scope.has_message_filters and found:
            passing = {hit.message_id for hit in sq.messages_passing(found, scope)}
            found = [mid for mid in found if mid in passing]
        marked = sq.scratch_highlights(match, [texts[mid] for mid in found[:_SURFACE_MESSAGES]])
    terms = _surface_terms(marked) or query.highlight_terms()
    return FindResult(found, terms, [*query.hints, *hints])


def _surface_terms(marked: list[str | None]) -> list[str]:
    from app.services.search.results import split_marked
    from app.store.search_text import strip_segmentation

    terms: dict[str, None] = {}
    for text in marked:
        for segment in split_marked(text or ""):
            if segment.matched:
                word = strip_segmentation(segment.text).strip()
                if word:
                    terms.setdefault(word, None)
                    if len(terms) >= _SURFACE_TERMS:
                        return list(terms)
    return list(terms)
