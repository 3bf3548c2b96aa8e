"""`parley show ID`: one conversation's visible branch as text."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.main import open_store
from app.cli.output import iso_utc, local_time, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser("show", help="print a conversation")
    parser.add_argument("id", help="conversation id (a unique prefix is enough)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.store import conversations, messages

    open_store(data_dir, create=False)
    conv = conversations.get_conversation(conversations.resolve_conversation_id(args.id))
    rows = messages.active_messages(conv.id)
    if args.json:
        print_json(
            {
                "id": conv.id,
                "title": conv.title,
                "created": iso_utc(conv.created_at),
                "updated": iso_utc(conv.updated_at),
                "messages": [
                    {
                        "id": m.id,
                        "role": m.role,
                        "created": iso_utc(m.created_at),
                        "content": m.content,
                        "metadata": m.metadata,
                    }
                    for m in rows
                ],
            }
        )
        return 0
    print(f"# {conv.title or '(untitled)'}")
    print(f"{conv.id} \u00b7 {conv.message_count} messages \u00b7 updated {local_time(conv.updated_at)}")
    for m in rows:
        model = m.metadata.get("model")
        header = f"{m.role}" + (f" ({model})" if model else "")
        print(f"\n## {header} \u00b7 {local_time(m.created_at)}\n")
        print(m.content)
    return 0
