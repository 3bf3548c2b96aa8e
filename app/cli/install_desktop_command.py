"""`parley install-desktop`: add Parley (with its icon) to the user's application menu."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.main import CommandError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "install-desktop",
        help="add Parley to your application menu (Linux)",
        description=(
            "Install a menu entry, icons and AppStream metainfo for the current user under "
            "~/.local/share. The entry starts this Parley; with --data-dir it opens that folder."
        ),
    )
    parser.add_argument(
        "--uninstall", action="store_true", help="remove the menu entry and icons again"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.services import desktop_entry

    try:
        if args.uninstall:
            removed = desktop_entry.uninstall()
            print(f"Removed {removed.desktop_file} and {len(removed.icons)} icon(s).")
            return 0
        # A data folder chosen explicitly on this command line is kept by the menu entry.
        extra = ["--data-dir", str(data_dir)] if args.data_dir else []
        installed = desktop_entry.install(extra)
    except (desktop_entry.DesktopEntryError, OSError) as exc:
        raise CommandError(str(exc)) from exc
    print(f"Installed {installed.desktop_file}")
    command = " ".join(desktop_entry.launcher_command() + extra)
    print(f"Parley is in your application menu; it starts: {command}")
    return 0
