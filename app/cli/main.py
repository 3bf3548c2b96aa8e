"""Entry point for `parley` and `python -m app`.

With no subcommand the window opens. Each subcommand lives in its own module under
``app/cli/`` exposing ``register(subparsers)``; they are listed in :data:`COMMAND_MODULES`.
Errors print one line (``parley: ...``) and exit non-zero; set PARLEY_DEBUG=1 for tracebacks.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from app.identity import APP_NAME, APP_VERSION, DATA_DIR_ENV, EXECUTABLE_NAME

COMMAND_MODULES = (
    "app.cli.list_command",
    "app.cli.show_command",
    "app.cli.demo_command",
    "app.cli.check_command",
    "app.cli.search_command",
    "app.cli.install_desktop_command",
    "app.cli.import_command",
    "app.cli.export_command",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure the user can act on; its text is printed as one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=EXECUTABLE_NAME,
        description=f"{APP_NAME}: your AI conversations, kept on your own machine.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {APP_VERSION}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where the database lives (default: ${DATA_DIR_ENV} or the platform's user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen on a temporary data dir; exit 0 if it works",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _report(message: str) -> None:
    print(f"{EXECUTABLE_NAME}: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Options Qt understands (-platform, -style ...) pass through to the window untouched.
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command is not None and unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    from app.store.location import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    try:
        if args.command is None:
            from app.ui.application import run_gui

            return run_gui(data_dir, [sys.argv[0], *unknown])
        return int(args.func(args, data_dir) or EXIT_OK)
    except KeyboardInterrupt:
        _report("interrupted")
        return 130
    except BrokenPipeError:
        # `parley list | head`: the reader went away; not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # one clear line, never a traceback, unless debugging
        if os.environ.get("PARLEY_DEBUG"):
            raise
        from app.store.errors import StoreError

        if isinstance(exc, (StoreError, CommandError)):
            _report(str(exc))
        else:
            _report(f"unexpected error: {exc.__class__.__name__}: {exc}")
        return EXIT_ERROR


def open_store(data_dir: Path, *, create: bool = True):
    """Open the database for a subcommand; without ``create`` a missing one is an error."""
    from app.store import open_database
    from app.store.location import database_path

    if not create and not database_path(data_dir).exists():
        raise CommandError(
            f"There is no Parley database in {data_dir}. Run 'parley' once, or pass --data-dir."
        )
    return open_database(data_dir)
