"""Importing files: look first, then write each file in one transaction.

    report = scan_path(path)                 # what is in it, nothing written
    report = import_path(path, project_name=None, progress=..., cancelled=...)

A file that turns out broken, truncated or hostile half-way through changes nothing (its
transaction is rolled back) and its report names the file and the record. A cancel rolls
back the file being imported; files finished before it stay imported.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator, Sequence

from app.services.importers import chatgpt, claude, legacy, parley_format
from app.services.importers.detect import CHATGPT, CLAUDE, LEGACY, PARLEY, PARLEY_JSONL, Plan, make_plan
from app.services.importers.errors import ImportFailed
from app.services.importers.jsonstream import JsonStream, JsonStreamError
from app.services.importers.model import ParsedConversation, Skipped
from app.services.importers.report import FileReport, ImportReport
from app.services.importers.sources import Source
from app.services.importers.writer import ImportWriter
from app.services.jobcontrol import Cancelled, CancelledFn, ProgressFn, checker, no_progress
from app.services.store_errors import store_error_message
from app.services.texts import QT_TRANSLATE_NOOP, Message
from app.store.database import current_path, write
from app.store.errors import StoreError

#: Progress is reported at most this often (in records).
_PROGRESS_EVERY = 25


#: "conversation 12 (“Trip to Lisbon”): its “mapping” is a list, not an object".
_RECORD_WARNING = QT_TRANSLATE_NOOP("Import", "%1: %2")


def _record_label(index: int, title: str | None = None) -> Message:
    if title:
        short = title if len(title) <= 60 else title[:59] + "\u2026"
        return QT_TRANSLATE_NOOP("Import", "conversation %1 (\u201c%2\u201d)").arg(index, short)
    return QT_TRANSLATE_NOOP("Import", "conversation %1").arg(index)


def iter_conversations(
    plan: Plan, *, progress: ProgressFn = no_progress, cancelled: CancelledFn | None = None
) -> Iterator[tuple[str, Message, ParsedConversation | Skipped]]:
    """Yield ``(file label, record label, conversation or Skipped)`` for every record."""
    check = checker(cancelled)
    total = plan.total_size
    done_before = 0
    for doc, sniffed in plan.items:
        index = 0
        with doc.open() as raw:
            stream = JsonStream(raw)
            try:
                for index, item in enumerate(_records(plan, sniffed.format, sniffed.layout, stream), 1):
                    check()
                    try:
                        parsed = _parse(plan, sniffed.format, item, index, raw)
                    except Skipped as skipped:
                        title = item.get("title") or item.get("name") if isinstance(item, dict) else None
                        yield doc.label, _record_label(index, title if isinstance(title, str) else None), skipped
                        continue
                    except ImportFailed as failed:
                        raise failed.with_context(file=doc.label, record=_record_label(index)) from failed
                    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
                        raise ImportFailed(
                            QT_TRANSLATE_NOOP("Import", "could not be read (%1: %2)").arg(exc.__class__.__name__, str(exc)),
                            file=doc.label,
                            record=_record_label(index),
                        ) from exc
                    yield doc.label, _record_label(index, parsed.title), parsed
                    if index % _PROGRESS_EVERY == 0:
                        progress(done_before + stream.bytes_read, total, doc.label)
            except JsonStreamError as exc:
                where = (
                    QT_TRANSLATE_NOOP("Import", "after conversation %1").arg(index)
                    if index
                    else QT_TRANSLATE_NOOP("Import", "at the start")
                )
                raise ImportFailed(exc.text, file=doc.label, record=where) from exc
        done_before += doc.size
        progress(done_before, total, doc.label)


def _records(plan: Plan, fmt: str, layout: str, stream: JsonStream) -> Iterator:
    if fmt == PARLEY:
        yield from _parley_records(plan, stream)
    elif fmt == PARLEY_JSONL:
        yield from parley_format.group_lines(stream.iter_lines())
    elif fmt == LEGACY:
        yield legacy.unwrap(stream.read_value())
    elif layout == "array":
        yield from stream.iter_array()
    elif layout == "lines":
        yield from stream.iter_lines()
    else:
        yield stream.read_value()
    if fmt != PARLEY_JSONL and layout != "lines" and not stream.at_end():
        raise JsonStreamError(QT_TRANSLATE_NOOP("Import", "unexpected data after the end of the export"), stream.offset)


def _parley_records(plan: Plan, stream: JsonStream) -> Iterator:
    header: dict = {}
    projects: dict = {}
    for key in stream.iter_object():
        if key == "conversations":
            parley_format.check_header(header)
            plan.parley_projects = projects
            yield from stream.iter_array()
        elif key == "projects":
            projects.update(parley_format.project_refs(stream.read_value()))
        else:
            header[key] = stream.read_value()
    parley_format.check_header(header)


def _parse(plan: Plan, fmt: str, item, index: int, raw) -> ParsedConversation:
    if fmt == CHATGPT:
        return chatgpt.parse(item, index, plan.assets)
    if fmt == CLAUDE:
        return claude.parse(item, index, plan.claude_projects)
    if fmt == PARLEY:
        return parley_format.parse(item, index, plan.parley_projects)
    if fmt == PARLEY_JSONL:
        _first_line, conversation = item
        return conversation
    if fmt == LEGACY:
        fallback = os.stat(plan.source.path).st_mtime if plan.source.path.is_file() else 0.0
        return legacy.parse(item, fallback or 1.0, plan.source.path.stem)
    raise ImportFailed(QT_TRANSLATE_NOOP("Import", "has an unsupported format %1").arg(fmt))


def scan_path(
    path: Path, *, progress: ProgressFn = no_progress, cancelled: CancelledFn | None = None
) -> FileReport:
    """Read a file through and count what it holds, writing nothing."""
    report = FileReport(str(path))
    try:
        with Source(Path(path)) as source:
            plan = make_plan(source)
            report.format_label = plan.label
            for _file, record, item in iter_conversations(plan, progress=progress, cancelled=cancelled):
                if isinstance(item, Skipped):
                    report.skipped += 1
                    report.warn(_RECORD_WARNING.arg(record, item.text))
                    continue
                report.conversations_found += 1
                report.messages_found += len(item.messages)
                for warning in item.warnings:
                    report.warn(_RECORD_WARNING.arg(record, warning))
    except ImportFailed as exc:
        report.error = exc.text
    except Cancelled:
        report.cancelled = True
    return report


def import_path(
    path: Path,
    *,
    project_name: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn | None = None,
) -> FileReport:
    """Import one file (or zip, or export folder) in one transaction.

    Raises :class:`Cancelled` if the user cancels (after rolling back); every other failure
    is recorded in the returned report's ``error``.
    """
    report = FileReport(str(path))
    try:
        with Source(Path(path)) as source:
            plan = make_plan(source)
            report.format_label = plan.label
            with write(), _bulk_indexing():
                writer = ImportWriter(report, project_name=project_name)
                for file_label, record, item in iter_conversations(plan, progress=progress, cancelled=cancelled):
                    if isinstance(item, Skipped):
                        report.skipped += 1
                        report.warn(_RECORD_WARNING.arg(record, item.text))
                        continue
                    report.conversations_found += 1
                    report.messages_found += len(item.messages)
                    for warning in item.warnings:
                        report.warn(_RECORD_WARNING.arg(record, warning))
                    try:
                        outcome = writer.add(item)
                    except ImportFailed as failed:
                        raise failed.with_context(file=file_label, record=record) from failed
                    if outcome == "added":
                        report.added += 1
                    elif outcome == "updated":
                        report.updated += 1
                    else:
                        report.skipped += 1
                writer.finish()
    except (ImportFailed, StoreError) as exc:
        _rolled_back(report)
        report.error = exc.text if isinstance(exc, ImportFailed) else store_error_message(exc, current_path())
    except Cancelled:
        _rolled_back(report)
        report.cancelled = True
        raise
    return report


def _bulk_indexing():
    """Index the whole file's rows for search in one pass at its end, not batch by batch.

    The search index offers ``deferred_indexing`` (nestable: the outermost block indexes);
    without it (an older store) inserts are indexed by the triggers as they go.
    """
    try:
        from app.store.search_index import deferred_indexing
    except ImportError:
        return contextlib.nullcontext()
    return deferred_indexing()


def _rolled_back(report: FileReport) -> None:
    report.added = report.updated = report.skipped = report.messages_added = 0
    report.projects_created.clear()


def import_paths(
    paths: Sequence[Path],
    *,
    project_name: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """Import several files, each in its own transaction; a cancel stops after rolling
    back the file in progress (the report says which files were kept)."""
    report = ImportReport()
    for number, path in enumerate(paths, 1):
        prefix = f"{number}/{len(paths)} " if len(paths) > 1 else ""

        def file_progress(done: int, total: int, text: str, _prefix=prefix) -> None:
            progress(done, total, _prefix + text)

        try:
            report.files.append(
                import_path(path, project_name=project_name, progress=file_progress, cancelled=cancelled)
            )
        except Cancelled:
            cancelled_report = FileReport(str(path), cancelled=True)
            report.files.append(cancelled_report)
            break
    return report
