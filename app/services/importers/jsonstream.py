"""Reading very large JSON files one record at a time, with flat memory.

``json.load`` on a 1 GB export needs several GB of RAM. :class:`JsonStream` instead keeps a
window of text (a few MB) and decodes one value at a time with the C-accelerated
:meth:`json.JSONDecoder.raw_decode`, so only the current record is ever in memory:

    stream = JsonStream(binary_file)
    for conversation in stream.iter_array():      # the top-level [ ... ]
        ...

Objects can be walked member by member (``iter_object``) so a small header can be read
before a long ``"conversations": [...]`` array is streamed.

A value that does not decode with the data at hand may simply be incomplete; the window
then grows (doubling, so a huge record costs linear time) until the value decodes, the file
ends (truncated: an error), or the record passes :data:`MAX_RECORD_CHARS` (refused).
"""

from __future__ import annotations

import codecs
import json
from typing import IO, Any, Iterator

from app.services.texts import QT_TRANSLATE_NOOP, Text

#: One record (a conversation) larger than this is refused as absurd: real conversations
#: are kilobytes to a few megabytes, and a record must fit in memory to be decoded.
MAX_RECORD_CHARS = 128 * 1024 * 1024
#: How much text is read at a time.
CHUNK_CHARS = 1 << 20
#: A decode error this close to the end of the window may just mean "read more".
_TAIL_MARGIN = 64
_WHITESPACE = " \t\n\r"

_decoder = json.JSONDecoder()
_NOT_UTF8 = QT_TRANSLATE_NOOP("Import", "the file is not valid UTF-8 text (%1)")
_EXPECTED = QT_TRANSLATE_NOOP("Import", "expected %1 or %2 but found %3")


class JsonStreamError(ValueError):
    """The JSON is broken (or truncated) at ``offset`` characters; ``text`` says how
    (``str()`` in English)."""

    def __init__(self, message: Text, offset: int) -> None:
        super().__init__(str(message))
        self.text = message
        self.offset = offset


class JsonStream:
    """A forward-only JSON reader over a binary stream (UTF-8, with or without a BOM)."""

    def __init__(
        self,
        stream: IO[bytes],
        *,
        max_record_chars: int | None = None,
        chunk_chars: int = CHUNK_CHARS,
    ) -> None:
        self._stream = stream
        self._reader = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._consumed = 0  # characters dropped from the front of the window
        self._max = max_record_chars or MAX_RECORD_CHARS
        self._chunk = chunk_chars
        self.bytes_read = 0

    # -- the window ---------------------------------------------------------------------

    @property
    def offset(self) -> int:
        """Characters consumed so far (for error messages)."""
        return self._consumed + self._pos

    def _fill(self, at_least: int) -> bool:
        """Read until the unread part holds ``at_least`` characters or the file ends."""
        if self._pos > 0 and self._pos >= len(self._buf) // 2:
            self._consumed += self._pos
            self._buf = self._buf[self._pos :]
            self._pos = 0
        grew = False
        pieces = [self._buf]
        have = len(self._buf) - self._pos
        while have < at_least and not self._eof:
            raw = self._stream.read(max(self._chunk, at_least - have))
            if not raw:
                self._eof = True
                try:
                    tail = self._reader.decode(b"", final=True)
                except UnicodeDecodeError as exc:
                    raise JsonStreamError(_NOT_UTF8.arg(exc.reason), self.offset) from exc
            else:
                self.bytes_read += len(raw)
                try:
                    tail = self._reader.decode(raw)
                except UnicodeDecodeError as exc:
                    raise JsonStreamError(_NOT_UTF8.arg(exc.reason), self.offset) from exc
            if tail:
                pieces.append(tail)
                have += len(tail)
                grew = True
        if grew:
            self._buf = "".join(pieces)
        return grew

    def _skip_ws(self) -> str:
        """Skip whitespace; return the next character ('' at the end of the file)."""
        while True:
            buf, pos, end = self._buf, self._pos, len(self._buf)
            while pos < end and buf[pos] in _WHITESPACE:
                pos += 1
            self._pos = pos
            if pos < end:
                return buf[pos]
            if not self._fill(1):
                return ""

    def peek(self) -> str:
        """The next non-whitespace character without consuming it ('' at the end)."""
        return self._skip_ws()

    def at_end(self) -> bool:
        return self._skip_ws() == ""

    def expect(self, char: str) -> None:
        found = self._skip_ws()
        if found != char:
            what = repr(found) if found else QT_TRANSLATE_NOOP("Import", "the end of the file")
            raise JsonStreamError(QT_TRANSLATE_NOOP("Import", "expected %1 but found %2").arg(repr(char), what), self.offset)
        self._pos += 1

    # -- values -------------------------------------------------------------------------

    def read_value(self) -> Any:
        """Decode the next complete JSON value."""
        if not self._skip_ws():
            raise JsonStreamError(QT_TRANSLATE_NOOP("Import", "the file ends where a value was expected (truncated?)"), self.offset)
        if len(self._buf) - self._pos < self._chunk // 2 and not self._eof:
            # Top the window up first: a value cut by its end costs a failed decode, whose
            # error counts the lines of the whole window (json's JSONDecodeError does).
            self._fill(self._chunk)
        need = self._chunk
        while True:
            try:
                value, end = _decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                window = len(self._buf) - self._pos
                maybe_incomplete = (
                    exc.pos >= len(self._buf) - _TAIL_MARGIN or exc.msg.startswith("Unterminated")
                )
                if not maybe_incomplete or self._eof:
                    raise self._broken(exc) from exc
                if window > self._max:
                    raise self._too_large() from exc
                need = min(max(need, window * 2), self._max + 1)
                self._fill(need)
                continue
            if end - self._pos > self._max:
                raise self._too_large()
            if end >= len(self._buf) - _TAIL_MARGIN and not self._eof:
                # A number or literal cut by the window edge would decode short: make sure
                # the value really ended, then decode it again (the window may have moved).
                self._fill(len(self._buf) - self._pos + self._chunk)
                continue
            self._pos = end
            return value

    def _too_large(self) -> JsonStreamError:
        return JsonStreamError(
            QT_TRANSLATE_NOOP(
                "Import", "one record is larger than %1 MB; this does not look like a chat export"
            ).arg(self._max // (1024 * 1024)),
            self.offset,
        )

    def _broken(self, exc: json.JSONDecodeError) -> JsonStreamError:
        offset = self._consumed + exc.pos
        if self._eof and exc.pos >= len(self._buf) - _TAIL_MARGIN or exc.msg.startswith("Unterminated"):
            return JsonStreamError(QT_TRANSLATE_NOOP("Import", "the file ends in the middle of a record (truncated?)"), offset)
        return JsonStreamError(QT_TRANSLATE_NOOP("Import", "invalid JSON (%1) near character %2").arg(exc.msg, offset), offset)

    def iter_array(self) -> Iterator[Any]:
        """Yield the elements of the array that starts here, one at a time."""
        self.expect("[")
        if self._skip_ws() == "]":
            self._pos += 1
            return
        while True:
            yield self.read_value()
            found = self._skip_ws()
            if found == ",":
                self._pos += 1
            elif found == "]":
                self._pos += 1
                return
            elif not found:
                raise JsonStreamError(QT_TRANSLATE_NOOP("Import", "the file ends inside the list of records (truncated?)"), self.offset)
            else:
                raise JsonStreamError(_EXPECTED.arg("','", "']'", repr(found)), self.offset)

    def iter_object(self) -> Iterator[str]:
        """Walk the object that starts here: yields each key; the caller then MUST read
        the value (``read_value`` or ``iter_array``) before asking for the next key."""
        self.expect("{")
        if self._skip_ws() == "}":
            self._pos += 1
            return
        while True:
            if self._skip_ws() != '"':
                raise JsonStreamError(QT_TRANSLATE_NOOP("Import", "expected a quoted key"), self.offset)
            key = self.read_value()
            self.expect(":")
            yield key
            found = self._skip_ws()
            if found == ",":
                self._pos += 1
            elif found == "}":
                self._pos += 1
                return
            elif not found:
                raise JsonStreamError(QT_TRANSLATE_NOOP("Import", "the file ends inside an object (truncated?)"), self.offset)
            else:
                raise JsonStreamError(_EXPECTED.arg("','", "'}'", repr(found)), self.offset)

    def iter_lines(self) -> Iterator[Any]:
        """JSON Lines: yield one value per line (blank lines are skipped)."""
        while self._skip_ws():
            yield self.read_value()
