"""`parley import PATH...`: bring in ChatGPT, Claude, Parley or browser history exports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.main import CommandError, open_store


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import chat history (ChatGPT or Claude export, Parley JSON/JSONL, browser history)",
        description="Import chat history. The format is recognised from each file's content. "
        "Importing the same export again adds nothing twice; a newer export adds what grew.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a .zip, .json or .jsonl file, or an unpacked export folder")
    parser.add_argument("--project", metavar="NAME", help="put the conversations in this project (created if missing)")
    parser.add_argument("--report", metavar="FILE", help="also save the full report to FILE")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    parser.set_defaults(func=run)


def _progress_printer(enabled: bool):
    state = {"last": -1}

    def progress(done: int, total: int, text: str) -> None:
        if not enabled or not total:
            return
        percent = int(done * 100 / total)
        if percent != state["last"]:
            state["last"] = percent
            sys.stderr.write(f"\r  {percent:3d}%")
            sys.stderr.flush()
            if percent >= 100:
                sys.stderr.write("\r      \r")

    return progress


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Import and print the report. The command line speaks English (the report's messages
    render untranslated here; the window renders them in the user's language)."""
    from app import clock
    from app.services.importers import import_path
    from app.services.importers.report import ImportReport
    from app.services.safe_files import write_text_atomic

    paths = [Path(p).expanduser() for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise CommandError(f"No such file: {', '.join(missing)}")
    open_store(data_dir)
    report = ImportReport()
    show_progress = sys.stderr.isatty() and not args.quiet
    for path in paths:
        file_report = import_path(path, project_name=args.project, progress=_progress_printer(show_progress))
        report.files.append(file_report)
        if not args.quiet:
            if file_report.format_label:
                print(f"{path}: {file_report.found_text()}")
            print(f"  {file_report.result_text()}")
            for name in file_report.projects_created:
                print(f"  new project: {name}")
            for warning in file_report.warnings[:20]:
                print(f"  warning: {warning}")
            more = file_report.warning_count - min(20, len(file_report.warnings))
            if more > 0:
                print(f"  \u2026 and {more:,} more warnings (see --report)")
    print(report.summary())
    if args.report:
        write_text_atomic(Path(args.report).expanduser(), report.to_text(clock.now()))
    if report.failed:
        raise CommandError(
            "; ".join(str(f.error) for f in report.failed)
            if len(report.failed) == 1
            else f"{len(report.failed)} files were not imported (details above)"
        )
    return 0
