"""What an import found and did, for the summary line, the CLI and the saved report.

Every sentence is a :class:`~app.services.texts.Message`: the ``*_text`` methods render
them with a :class:`~app.services.texts.Localizer` (English unless the caller passes the
window's), so the command line prints English and the Import Report window, and the report
it saves, speak the user's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.services.importers.errors import without_file
from app.services.texts import ENGLISH, QT_TRANSLATE_NOOP, Localizer, Message, Text, counted

#: Warnings kept per file; beyond this only their number is.
MAX_WARNINGS = 500


def _counts(conversations: int, messages: int) -> tuple[Message, Message]:
    return (
        counted(
            conversations,
            QT_TRANSLATE_NOOP("ImportReport", "%1 conversation"),
            QT_TRANSLATE_NOOP("ImportReport", "%1 conversations"),
        ),
        counted(
            messages,
            QT_TRANSLATE_NOOP("ImportReport", "%1 message"),
            QT_TRANSLATE_NOOP("ImportReport", "%1 messages"),
        ),
    )


def found_message(conversations: int, messages: int, label: Text | None) -> Message:
    """"312 conversations, 8,410 messages from a ChatGPT export".

    ``label`` None means the files are of several formats ("... from several exports").
    """
    conversations_text, messages_text = _counts(conversations, messages)
    if label is None:
        return QT_TRANSLATE_NOOP("ImportReport", "%1, %2 from several exports").arg(conversations_text, messages_text)
    return QT_TRANSLATE_NOOP("ImportReport", "%1, %2 from a %3").arg(conversations_text, messages_text, label)


def _new_messages(n: int) -> Message:
    return counted(
        n,
        QT_TRANSLATE_NOOP("ImportReport", "%1 new message"),
        QT_TRANSLATE_NOOP("ImportReport", "%1 new messages"),
    )


def totals_message(added: int, updated: int, skipped: int, new_messages: int) -> Message:
    """"Added 12, updated 3, skipped 297 conversations (8,410 new messages)"."""
    return QT_TRANSLATE_NOOP("ImportReport", "Added %1, updated %2, skipped %3 conversations (%4)").arg(
        added, updated, skipped, _new_messages(new_messages)
    )


@dataclass
class FileReport:
    """One path the user chose."""

    path: str
    #: The format's name ("ChatGPT export"), once recognised.
    format_label: Text = ""
    conversations_found: int = 0
    messages_found: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    messages_added: int = 0
    projects_created: list[str] = field(default_factory=list)
    warnings: list[Text] = field(default_factory=list)
    warnings_dropped: int = 0
    #: Why the file was not imported (``ImportFailed.text``), or None.
    error: Text | None = None
    cancelled: bool = False

    def warn(self, text: Text) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(text)
        else:
            self.warnings_dropped += 1

    @property
    def warning_count(self) -> int:
        return len(self.warnings) + self.warnings_dropped

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled

    def found_message(self) -> Message:
        if not self.format_label:  # not recognised (yet): the counts alone
            return QT_TRANSLATE_NOOP("ImportReport", "%1, %2").arg(*_counts(self.conversations_found, self.messages_found))
        return found_message(self.conversations_found, self.messages_found, self.format_label)

    def found_text(self, localizer: Localizer = ENGLISH) -> str:
        """"312 conversations, 8,410 messages from a ChatGPT export"."""
        return localizer.render(self.found_message())

    def result_message(self) -> Text:
        if self.cancelled:
            return QT_TRANSLATE_NOOP("ImportReport", "cancelled; nothing from this file was saved")
        if self.error:
            # Shown under the file's path: the reason need not name the file again.
            return QT_TRANSLATE_NOOP("ImportReport", "not imported: %1").arg(without_file(self.error, self.path))
        return QT_TRANSLATE_NOOP("ImportReport", "%1 added, %2 updated, %3 skipped (%4)").arg(
            self.added, self.updated, self.skipped, _new_messages(self.messages_added)
        )

    def result_text(self, localizer: Localizer = ENGLISH) -> str:
        """"4 added, 0 updated, 1 skipped (26 new messages)", or why nothing was."""
        return localizer.render(self.result_message())


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def skipped(self) -> int:
        return sum(f.skipped for f in self.files)

    @property
    def messages_added(self) -> int:
        return sum(f.messages_added for f in self.files)

    @property
    def warning_count(self) -> int:
        return sum(f.warning_count for f in self.files)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.error]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    def summary_message(self) -> Message:
        line = totals_message(self.added, self.updated, self.skipped, self.messages_added)
        also = QT_TRANSLATE_NOOP("ImportReport", "%1; %2")
        if self.warning_count:
            line = also.arg(
                line,
                counted(
                    self.warning_count,
                    QT_TRANSLATE_NOOP("ImportReport", "%1 warning"),
                    QT_TRANSLATE_NOOP("ImportReport", "%1 warnings"),
                ),
            )
        if self.failed:
            line = also.arg(
                line,
                counted(
                    len(self.failed),
                    QT_TRANSLATE_NOOP("ImportReport", "%1 file not imported"),
                    QT_TRANSLATE_NOOP("ImportReport", "%1 files not imported"),
                ),
            )
        return line

    def summary(self, localizer: Localizer = ENGLISH) -> str:
        """One line: "Added 12, updated 3, skipped 297 conversations (8,410 new messages)"."""
        return localizer.render(self.summary_message())

    def to_text(self, when: float | None = None, localizer: Localizer = ENGLISH) -> str:
        """The full report as plain text, for the report window and "Save report"."""
        say = localizer.render
        stamp = dt.datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M") if when else ""
        title = say(QT_TRANSLATE_NOOP("ImportReport", "Parley import report %1").arg(stamp)).rstrip()
        lines = [title, "", self.summary(localizer), ""]
        for report in self.files:
            lines.append(report.path)
            if report.format_label:
                lines.append("  " + say(QT_TRANSLATE_NOOP("ImportReport", "found: %1").arg(report.found_message())))
            lines.append("  " + say(QT_TRANSLATE_NOOP("ImportReport", "result: %1").arg(report.result_message())))
            for name in report.projects_created:
                lines.append("  " + say(QT_TRANSLATE_NOOP("ImportReport", "new project: %1").arg(name)))
            for warning in report.warnings:
                lines.append("  " + say(QT_TRANSLATE_NOOP("ImportReport", "warning: %1").arg(warning)))
            if report.warnings_dropped:
                more = counted(
                    report.warnings_dropped,
                    QT_TRANSLATE_NOOP("ImportReport", "\u2026 and %1 more warning"),
                    QT_TRANSLATE_NOOP("ImportReport", "\u2026 and %1 more warnings"),
                )
                lines.append("  " + say(more))
            lines.append("")
        return "\n".join(lines)
