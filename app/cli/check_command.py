"""`parley check`: integrity of the database; exits 1 on any problem."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.main import open_store


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="check the database's integrity")
    parser.add_argument(
        "--rebuild-index",
        action="store_true",
        help="rebuild the search index from the conversations first (repairs what check reports)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.store.integrity import check_database

    open_store(data_dir, create=False)
    if args.rebuild_index:
        import time

        from app.store.search_index import rebuild_index

        started = time.perf_counter()
        print("Rebuilding the search index\u2026", flush=True)
        rebuild_index()
        print(f"Search index rebuilt in {time.perf_counter() - started:.1f} s.")
    problems = check_database()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.")
        return 1
    print("The database is sound.")
    return 0
