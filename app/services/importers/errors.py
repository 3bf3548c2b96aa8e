"""Why an import file was refused, in words the user can act on (and translate)."""

from __future__ import annotations

from app.services.texts import QT_TRANSLATE_NOOP, Message, Text

#: "file: what went wrong", "record: what went wrong" (the same shape, nested).
_WHERE = QT_TRANSLATE_NOOP("Import", "%1: %2")


class ImportFailed(Exception):
    """A file cannot be imported; nothing from it was written.

    ``text`` is the whole message, naming the file and, when known, the record
    (``conversation 12 ("Trip to Lisbon")``) that was bad; ``str(err)`` is it in English,
    the window renders it translated.
    """

    def __init__(self, reason: Text, *, file: str = "", record: Text = "") -> None:
        self.file = file
        self.record = record
        self.reason = reason
        super().__init__(str(self.text))

    @property
    def text(self) -> Text:
        """"file: record: reason", as far as each is known."""
        text = self.reason
        if self.record:
            text = _WHERE.arg(self.record, text)
        if self.file:
            text = _WHERE.arg(self.file, text)
        return text

    def __str__(self) -> str:
        return str(self.text)

    def with_context(self, *, file: str | None = None, record: Text | None = None) -> "ImportFailed":
        """The same failure with the file or record filled in (when not already set)."""
        return type(self)(
            self.reason,
            file=self.file or (file or ""),
            record=self.record or (record or ""),
        )


def without_file(text: Text, file: str) -> Text:
    """``text`` without its leading "``file``: " (where the file is already named)."""
    if isinstance(text, Message) and text.source == _WHERE.source and text.args[:1] == (file,):
        return text.args[1]
    return text


class UnsafeArchive(ImportFailed):
    """A zip bomb, an absurd size, or a path that tries to escape."""


class UnknownFormat(ImportFailed):
    """The content is not any format Parley reads."""
