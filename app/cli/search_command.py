"""`parley search QUERY`: full-text search of the history, as in the sidebar's search field."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.main import CommandError, open_store
from app.cli.output import iso_utc, local_time, print_json

_EPILOG = """\
query language:
  word another        all words, in any order (accents and case ignored)
  "exact phrase"      words next to each other
  pref*               words starting with "pref" (3 letters or more)
  -word               leave out messages containing it
  role:user           only your messages (role:assistant for answers)
  model:NAME          answers from a model whose name contains NAME
  project:NAME        one project (project:"Client work" for spaces)
  tag:NAME            conversations with this tag
  after:2026-01-31    on or after that local date; before:DATE is before it
  in:archived         archived conversations only (in:all: archived or not)
"""

_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search all conversations",
        description="Search every conversation: one line per matching conversation with "
        "its id, title, the best matching message's id and time, and a snippet.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", nargs="+", help="what to look for (see the query language below)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument(
        "--limit", type=int, default=None, metavar="N", help="at most N conversations (default 50)"
    )
    parser.set_defaults(func=run)


def _marked_for_terminal(marked: str, bold: bool) -> str:
    from app.services.search import split_marked

    return "".join(
        (f"{_BOLD}{segment.text}{_RESET}" if bold else segment.text) if segment.matched else segment.text
        for segment in split_marked(marked)
    )


def _match_ranges(marked: str) -> list[list[int]]:
    """[start, end) of each match in the plain snippet (for scripts that want to highlight)."""
    from app.services.search import split_marked

    ranges: list[list[int]] = []
    position = 0
    for segment in split_marked(marked):
        if segment.matched:
            ranges.append([position, position + len(segment.text)])
        position += len(segment.text)
    return ranges


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.services.search import DEFAULT_LIMIT, Ranking, search

    if args.limit is not None and args.limit < 1:
        raise CommandError("--limit needs a number of 1 or more.")
    open_store(data_dir, create=False)
    text = " ".join(args.query)
    outcome = search(text, limit=args.limit or DEFAULT_LIMIT)
    for hint in outcome.hints:
        print(f"parley: {hint.text}", file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "conversation_id": r.conversation_id,
                    "title": r.title,
                    "message_id": r.message_id,
                    "timestamp": iso_utc(r.message_created_at) if r.message_created_at else None,
                    "role": r.message_role,
                    "snippet": r.snippet,
                    "matches": _match_ranges(r.snippet_marked),
                    "match_count": r.match_count,
                    "match_count_exact": r.count_is_exact,
                    "archived": r.archived,
                }
                for r in outcome.results
            ]
        )
        return 0
    if not outcome.results:
        if not outcome.hints:
            print("No conversation matches.", file=sys.stderr)
        return 0
    bold = sys.stdout.isatty()
    for r in outcome.results:
        when = local_time(r.message_created_at) if r.message_created_at else local_time(r.updated_at)
        count = f"{r.match_count}{'' if r.count_is_exact else '+'}"
        title = _marked_for_terminal(r.title_marked, bold) if r.title else "(untitled)"
        print(f"{r.conversation_id}  {title}")
        print(f"  {r.message_id or '-'}  {when}  {count} match{'es' if count != '1' else ''}")
        if r.snippet_marked:
            print(f"  {_marked_for_terminal(r.snippet_marked, bold)}")
    if outcome.ranking is Ranking.RECENT:
        print(
            f"Many messages match ({outcome.total_matches:,}+): newest first. "
            "Add words or filters to narrow it down.",
            file=sys.stderr,
        )
    return 0
