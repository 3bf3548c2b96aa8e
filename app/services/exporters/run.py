"""Exporting: conversations in a format, to one file, a folder or a zip.

    result = export(ExportScope.everything(), "md", Path("~/history.zip"))

Where the output goes (``layout``) follows the path unless given: a ``.zip`` path gets a
zip archive, a path with the format's extension one file holding every conversation, any
other path a new folder. Folders and zips hold one file per conversation, named
"2026-11-22 Title.md" (safe on every OS, unique), plus an index. Nothing appears at the
destination until the export is complete: a cancel or a failure leaves nothing behind.
"""

from __future__ import annotations

import html
import io
import json
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Sequence

from app import clock
from app.identity import APP_NAME
from app.services.exporters.common import ExportWords, local_date, local_time
from app.services.exporters.data import ExportConversation, iter_conversations, project_rows
from app.services.exporters.html_format import HtmlFormat
from app.services.exporters.markdown_format import MarkdownFormat
from app.services.exporters.parley_json import JsonLinesFormat, ParleyJsonFormat
from app.services.exporters.pdf_format import PdfFormat
from app.services.exporters.scope import ExportScope, resolve
from app.services.exporters.text_format import TextFormat
from app.services.jobcontrol import CancelledFn, ProgressFn, checker, no_progress
from app.services.safe_files import UniqueNames, ZipOutput, atomic_binary, atomic_directory, safe_file_stem
from app.services.texts import ENGLISH, QT_TRANSLATE_NOOP, Localizer, Text

FORMATS = {
    "md": MarkdownFormat,
    "json": ParleyJsonFormat,
    "jsonl": JsonLinesFormat,
    "txt": TextFormat,
    "html": HtmlFormat,
    "pdf": PdfFormat,
}

#: Other spellings of each format's extension that still mean "one file".
_ALIASES = {".markdown": "md", ".htm": "html", ".ndjson": "jsonl", ".text": "txt"}

LAYOUTS = ("file", "folder", "zip")


class ExportError(Exception):
    """An export that cannot be done; ``text`` says why in words for the user (``str()``
    in English)."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


@dataclass(frozen=True)
class ExportResult:
    path: Path
    layout: str
    format: str
    conversations: int
    messages: int
    files: int
    seconds: float


def format_names() -> list[str]:
    return list(FORMATS)


def layout_for(output: Path, fmt: str) -> str:
    """"zip" for a .zip path, "file" for a path with the format's extension, else "folder"."""
    suffix = Path(output).suffix.lower()
    if suffix == ".zip":
        return "zip"
    if suffix == FORMATS[fmt].extension or _ALIASES.get(suffix) == fmt:
        return "file"
    return "folder"


def export(
    scope: ExportScope | Sequence[str],
    fmt: str,
    output: Path,
    *,
    layout: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn | None = None,
    localizer: Localizer = ENGLISH,
) -> ExportResult:
    """Export the conversations of ``scope`` (or a list of ids) as ``fmt`` to ``output``.

    The files' own words (role labels, headings, the index) are in ``localizer``'s
    language: the window passes the user's, the command line writes English.
    """
    if fmt not in FORMATS:
        text = QT_TRANSLATE_NOOP("Export", "Unknown format \u201c%1\u201d; choose one of %2.")
        raise ExportError(text.arg(fmt, ", ".join(FORMATS)))
    started = time.perf_counter()
    output = Path(output).expanduser()
    ids = resolve(scope) if isinstance(scope, ExportScope) else list(dict.fromkeys(scope))
    if not ids:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "There is nothing to export: no conversations are in the chosen scope."))
    layout = layout or layout_for(output, fmt)
    if layout not in LAYOUTS:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Unknown output layout %1.").arg(repr(layout)))
    if layout == "folder" and output.exists() and (not output.is_dir() or any(output.iterdir())):
        text = QT_TRANSLATE_NOOP("Export", "%1 already exists and is not an empty folder; choose a new folder name.")
        raise ExportError(text.arg(str(output)))
    if layout != "folder" and output.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("Export", "%1 is a folder; give a file name.").arg(str(output)))
    writer = FORMATS[fmt]()
    job = _Job(ids, writer, progress, cancelled, ExportWords(localizer))
    try:
        if layout == "file":
            with atomic_binary(output) as raw:
                job.single(raw, title=output.stem)
            files = 1
        elif layout == "zip":
            with ZipOutput(output) as archive:
                files = job.many(lambda name: archive.open_member(name))
        else:
            with atomic_directory(output) as folder:
                files = job.many(lambda name: open(folder / name, "wb", buffering=1 << 20))
    except OSError as exc:
        text = QT_TRANSLATE_NOOP("Export", "Could not write %1: %2.")
        raise ExportError(text.arg(str(output), str(exc.strerror or exc))) from exc
    return ExportResult(output, layout, fmt, job.conversations, job.messages, files, time.perf_counter() - started)


class _Job:
    def __init__(
        self, ids: list[str], writer, progress: ProgressFn, cancelled: CancelledFn | None, words: ExportWords
    ) -> None:
        self.ids = ids
        self.writer = writer
        self.progress = progress
        self.cancelled = cancelled
        self.check = checker(cancelled)
        self.conversations = 0
        self.messages = 0
        self.info = {
            "exported_at": clock.now(),
            "projects": project_rows(ids) if writer.name == "json" else [],
            "words": words,
        }
        self.words = words
        #: The writer writes UTF-8 bytes itself (to the binary file, not through a TextIOWrapper)
        #: and says how it wants messages read (see iter_conversations).
        self.encoded = getattr(writer, "encoded", False)
        self.reading = getattr(writer, "reading", "text")

    def _each(self) -> Iterable[ExportConversation]:
        total = len(self.ids)
        for conversation in iter_conversations(self.ids, reading=self.reading):
            self.check()
            yield conversation
            self.conversations += 1
            self.messages += len(conversation.messages) if self.writer.all_messages else conversation.message_count
            if self.conversations % 50 == 0 or self.conversations == total:
                self.progress(self.conversations, total, conversation.title)

    def single(self, raw: IO[bytes], *, title: str) -> None:
        self._write(raw, title, self._each())

    def _write(self, raw: IO[bytes], title: str, conversations: Iterable[ExportConversation]) -> None:
        """One file: the writer's own ``write`` for a binary format, else ``begin``, each
        conversation, ``end``; to ``raw`` directly when the writer encodes its own output,
        else through a UTF-8 text layer."""
        if self.writer.binary:
            self.writer.write(raw, conversations, title=title, cancelled=self.cancelled, words=self.words)
            return
        out = raw if self.encoded else io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
        try:
            self.writer.begin(out, {**self.info, "title": title})
            for conversation in conversations:
                self.writer.conversation(out, conversation)
            self.writer.end(out)
            out.flush()
        finally:
            if out is not raw:
                out.detach()

    def many(self, open_file) -> int:
        names = UniqueNames(reserved=("index.md", "index.html", "index.json", "index.txt"))
        entries: list[dict] = []
        for conversation in self._each():
            stem = f"{local_date(conversation.created_at)} {safe_file_stem(conversation.title, fallback=self.words.untitled_file)}"
            name = names.claim(stem, self.writer.extension)
            raw = open_file(name)
            try:
                self._write(raw, conversation.title, [conversation])
            finally:
                raw.close()
            entries.append(
                {
                    "file": name,
                    "id": conversation.id,
                    "title": conversation.title,
                    "project": conversation.project,
                    "created_at": conversation.created_at,
                    "updated_at": conversation.updated_at,
                    "message_count": conversation.message_count,
                }
            )
        index_name, index_text = _index(self.writer, entries, self.info["exported_at"], self.words)
        raw = open_file(index_name)
        try:
            raw.write(index_text.encode("utf-8"))
        finally:
            raw.close()
        return len(entries) + 1


def _index(writer, entries: list[dict], exported_at: float, words: ExportWords) -> tuple[str, str]:
    """The index file of a folder or zip export, in a form that suits the format."""
    when = local_time(exported_at)
    say, number = words.say, words.number
    heading = say(QT_TRANSLATE_NOOP("ExportedFile", "%1 export").arg(APP_NAME))
    count = say(
        (
            QT_TRANSLATE_NOOP("ExportedFile", "%1 conversation, exported %2.")
            if len(entries) == 1
            else QT_TRANSLATE_NOOP("ExportedFile", "%1 conversations, exported %2.")
        ).arg(len(entries), when)
    )
    columns = (words.date, words.conversation, words.project, words.messages)
    if writer.name == "json":
        body = {"format": "parley-index", "version": 1, "exported_at": exported_at, "conversations": entries}
        return "index.json", json.dumps(body, ensure_ascii=False, indent=1) + "\n"
    if writer.name == "html":
        rows = "\n".join(
            f'<tr><td>{local_date(e["created_at"])}</td><td><a href="{html.escape(urllib.parse.quote(e["file"]))}">'
            f'{html.escape(words.title(e["title"]))}</a></td><td>{html.escape(e["project"])}</td>'
            f'<td class="n">{number(e["message_count"])}</td></tr>'
            for e in entries
        )
        header = "".join(f"<th>{html.escape(column)}</th>" for column in columns)
        page = (
            '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            f"<title>{html.escape(heading)}</title>\n<style>body{{font:15px/1.5 system-ui,sans-serif;max-width:900px;"
            "margin:32px auto;padding:0 24px;color:#1d1d22}}td,th{{padding:4px 10px;text-align:left;"
            "border-bottom:1px solid #e2e2e8}}td.n{{text-align:right}}a{{color:#4f5bd5;text-decoration:none}}"
            "@media(prefers-color-scheme:dark){body{background:#1e1f23;color:#e8e8ed}a{color:#9aa2ff}"
            "td,th{border-color:#2f3037}}</style>\n</head>\n<body>\n"
            f"<h1>{html.escape(heading)}</h1>\n<p>{html.escape(count)}</p>\n"
            f"<table>\n<tr>{header}</tr>\n{rows}\n</table>\n"
            "</body>\n</html>\n"
        )
        return "index.html", page
    if writer.name == "txt":
        lines = [heading, count, ""]
        # Translated once, filled per line: an index can list 100,000 conversations.
        one = say(QT_TRANSLATE_NOOP("ExportedFile", "%1 message"))
        many = say(QT_TRANSLATE_NOOP("ExportedFile", "%1 messages"))
        for e in entries:
            n = e["message_count"]
            messages = (one if n == 1 else many).replace("%1", number(n))
            lines.append(f"{local_date(e['created_at'])}  {words.title(e['title'])}  ({messages})  {e['file']}")
        return "index.txt", "\n".join(lines) + "\n"
    lines = [f"# {heading}", "", count, ""]
    lines += ["| " + " | ".join(columns) + " |", "| --- | --- | --- | ---: |"]
    for e in entries:
        title = words.title(e["title"]).replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")
        lines.append(
            f"| {local_date(e['created_at'])} | [{title}](<{e['file']}>) | {e['project'].replace('|', '/')} | {number(e['message_count'])} |"
        )
    return "index.md", "\n".join(lines) + "\n"
