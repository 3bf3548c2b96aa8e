"""`parley list`: conversations, newest activity first."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.main import CommandError, open_store
from app.cli.output import iso_utc, local_time, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser("list", help="list conversations, newest first")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--project", metavar="NAME", help="only this project")
    parser.add_argument("--archived", action="store_true", help="list archived conversations")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="at most N rows")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.store import conversations, projects

    open_store(data_dir, create=False)
    names = {p.id: p.name for p in projects.list_projects()}
    project_id = None
    if args.project:
        match = projects.find_project(args.project)
        if match is None:
            raise CommandError(f"There is no project named \u201c{args.project}\u201d.")
        project_id = match.id
    rows = conversations.list_conversations(
        project_id, archived=args.archived, limit=args.limit or -1
    )
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "title": row.title,
                    "project": names.get(row.project_id, ""),
                    "created": iso_utc(row.created_at),
                    "updated": iso_utc(row.updated_at),
                    "message_count": row.message_count,
                    "pinned": row.pinned,
                    "archived": row.archived,
                }
                for row in rows
            ]
        )
        return 0
    for row in rows:
        title = row.title or "(untitled)"
        print(f"{row.id}  {local_time(row.updated_at)}  {row.message_count:>5}  {title}")
    return 0
