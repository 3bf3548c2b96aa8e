"""Why an import file was refused, in words the user can act on."""

from __future__ import annotations


class ImportFailed(Exception):
    """A file cannot be imported; nothing from it was written.

    ``str(err)`` is a complete sentence naming the file and, when known, the record
    (``conversation 12 ("Trip to Lisbon")``) that was bad.
    """

    def __init__(self, message: str, *, file: str = "", record: str = "") -> None:
        self.file = file
        self.record = record
        self.reason = message
        super().__init__(self._compose())

    def _compose(self) -> str:
        parts = []
        if self.file:
            parts.append(f"{self.file}:")
        if self.record:
            parts.append(f"{self.record}:")
        parts.append(self.reason)
        return " ".join(parts)

    def with_context(self, *, file: str | None = None, record: str | None = None) -> "ImportFailed":
        """The same failure with the file or record filled in (when not already set)."""
        return ImportFailed(
            self.reason,
            file=self.file or (file or ""),
            record=self.record or (record or ""),
        )


class UnsafeArchive(ImportFailed):
    """A zip bomb, an absurd size, or a path that tries to escape."""


class UnknownFormat(ImportFailed):
    """The content is not any format Parley reads."""
