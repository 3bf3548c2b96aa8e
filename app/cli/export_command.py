"""`parley export`: conversations to Markdown, JSON, JSON Lines, text, HTML or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.main import CommandError, open_store

FORMAT_CHOICES = ("md", "json", "jsonl", "txt", "html", "pdf")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export conversations (md, json, jsonl, txt, html, pdf)",
        description="Export conversations. --output ending in .zip writes a zip archive; ending in "
        "the format's extension (e.g. .md) one file holding every chosen conversation; any other "
        "path a new folder with one file per conversation and an index.",
    )
    parser.add_argument("--format", required=True, choices=FORMAT_CHOICES, help="the file format")
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument("--conversation", action="append", metavar="ID", help="a conversation id (unique prefix ok); repeatable")
    scope.add_argument("--project", metavar="NAME", help="every conversation of a project")
    scope.add_argument("--all", action="store_true", help="every conversation")
    parser.add_argument("--output", required=True, metavar="PATH", help="file, folder or .zip to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Export as asked. The command line writes the files' own words (role labels, the
    index) in English; the window writes them in the user's language."""
    from app.services.exporters import ExportError, ExportScope, export
    from app.store import conversations, projects

    open_store(data_dir, create=False)
    if args.conversation:
        scope = ExportScope.conversations(conversations.resolve_conversation_id(c) for c in args.conversation)
    elif args.project:
        project = projects.find_project(args.project)
        if project is None:
            raise CommandError(f"There is no project named \u201c{args.project}\u201d.")
        scope = ExportScope.project(project.id)
    else:
        scope = ExportScope.everything()
    try:
        result = export(scope, args.format, Path(args.output))
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    what = {"file": "file", "folder": "folder", "zip": "zip archive"}[result.layout]
    print(
        f"Exported {result.conversations:,} conversation{'s' if result.conversations != 1 else ''} "
        f"({result.messages:,} messages) to the {what} {result.path}",
        file=sys.stdout,
    )
    return 0
