"""What an import found and did, for the summary line, the CLI and the saved report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Warnings kept per file; beyond this only their number is.
MAX_WARNINGS = 500


@dataclass
class FileReport:
    """One path the user chose."""

    path: str
    format_label: str = ""
    conversations_found: int = 0
    messages_found: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    messages_added: int = 0
    projects_created: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    warnings_dropped: int = 0
    error: str | None = None
    cancelled: bool = False

    def warn(self, text: str) -> None:
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

    def found_text(self) -> str:
        """"312 conversations, 8,410 messages from a ChatGPT export"."""
        return (
            f"{_plural(self.conversations_found, 'conversation')}, "
            f"{_plural(self.messages_found, 'message')} from a {self.format_label or 'file'}"
        )

    def result_text(self) -> str:
        if self.cancelled:
            return "cancelled; nothing from this file was saved"
        if self.error:
            return f"not imported: {self.error}"
        return (
            f"{self.added:,} added, {self.updated:,} updated, {self.skipped:,} skipped "
            f"({_plural(self.messages_added, 'new message')})"
        )


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

    def summary(self) -> str:
        """One line: "Added 12, updated 3, skipped 297 conversations (8,410 new messages)"."""
        line = (
            f"Added {self.added:,}, updated {self.updated:,}, skipped {self.skipped:,} "
            f"conversations ({_plural(self.messages_added, 'new message')})"
        )
        if self.warning_count:
            line += f"; {_plural(self.warning_count, 'warning')}"
        if self.failed:
            line += f"; {_plural(len(self.failed), 'file')} not imported"
        return line

    def to_text(self, when: float | None = None) -> str:
        """The full report as plain text, for the report window and "Save report"."""
        stamp = dt.datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M") if when else ""
        lines = [f"Parley import report {stamp}".rstrip(), "", self.summary(), ""]
        for report in self.files:
            lines.append(report.path)
            if report.format_label:
                lines.append(f"  found: {report.found_text()}")
            lines.append(f"  result: {report.result_text()}")
            for name in report.projects_created:
                lines.append(f"  new project: {name}")
            for warning in report.warnings:
                lines.append(f"  warning: {warning}")
            if report.warnings_dropped:
                lines.append(f"  \u2026 and {report.warnings_dropped:,} more warnings")
            lines.append("")
        return "\n".join(lines)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"
