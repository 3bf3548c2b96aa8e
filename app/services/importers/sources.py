"""Opening what the user picked: a file, a zip archive or an unpacked export folder.

Zip archives are read in place, never extracted, and checked before anything is read:
a zip bomb (an entry that inflates far beyond any real export), absurd declared sizes or
entry counts are refused with a message. Each entry is read through a counting wrapper
that also refuses to read past the entry's declared size.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Callable

from app.services.importers.errors import ImportFailed, UnsafeArchive
from app.services.texts import QT_TRANSLATE_NOOP

#: An uncompressed entry or a plain file larger than this is refused as absurd.
MAX_ENTRY_BYTES = 32 * 1024**3
#: The sum of an archive's declared sizes may not pass this.
MAX_ARCHIVE_BYTES = 64 * 1024**3
MAX_ENTRIES = 500_000
#: Real JSON exports deflate 5-20x; 200x on a large entry means a bomb, not chat history.
MAX_RATIO = 200
#: Below this, any ratio is harmless.
RATIO_FLOOR_BYTES = 32 * 1024**2

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
#: The operating system's reason ("Permission denied") goes in as it is.
_CANNOT_READ = QT_TRANSLATE_NOOP("Import", "cannot be read (%1)")


@dataclass(frozen=True)
class Document:
    """One readable stream inside a source: a file, or a zip entry."""

    name: str  # path inside the source ("conversations-001.json"), or the file name
    label: str  # for messages: "export.zip › conversations-001.json"
    size: int  # uncompressed bytes, for progress
    opener: Callable[[], IO[bytes]]

    def open(self) -> IO[bytes]:
        return self.opener()


class CountingReader(io.RawIOBase):
    """Counts bytes read (for progress) and stops a stream that overruns its size."""

    def __init__(self, stream: IO[bytes], limit: int, label: str) -> None:
        super().__init__()
        self._stream = stream
        self._limit = limit
        self._label = label
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.count += len(data)
        if self.count > self._limit:
            raise UnsafeArchive(
                QT_TRANSLATE_NOOP("Import", "the entry is larger than its archive declares; refusing to read on"),
                file=self._label,
            )
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


class Source:
    """A path the user chose, opened for reading. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.kind = "file"
        self._zip: zipfile.ZipFile | None = None
        self.documents: list[Document] = []
        if self.path.is_dir():
            self.kind = "folder"
            self.documents = self._folder_documents()
        elif _looks_like_zip(self.path):
            self.kind = "zip"
            self._zip = _open_zip(self.path)
            self.documents = self._zip_documents()
        else:
            self.documents = [self._file_document(self.path, self.path.name)]

    def __enter__(self) -> "Source":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    @property
    def total_size(self) -> int:
        return sum(doc.size for doc in self.documents)

    def find(self, name: str) -> Document | None:
        """The document with this base name (case-insensitive), if any."""
        wanted = name.lower()
        for doc in self.documents:
            if PurePosixPath(doc.name).name.lower() == wanted:
                return doc
        return None

    def member_names(self) -> list[str]:
        return [doc.name for doc in self.documents]

    # -- kinds ---------------------------------------------------------------------------

    def _file_document(self, path: Path, name: str) -> Document:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ImportFailed(_CANNOT_READ.arg(str(exc.strerror or exc)), file=str(path)) from exc
        if size > MAX_ENTRY_BYTES:
            raise UnsafeArchive(
                QT_TRANSLATE_NOOP("Import", "is %1 GB, far larger than any chat export; refusing it").arg(
                    round(size / 1024**3)
                ),
                file=str(path),
            )
        label = str(path) if name == path.name else f"{self.path.name} \u203a {name}"

        def opener() -> IO[bytes]:
            try:
                raw = open(path, "rb")
            except OSError as exc:
                raise ImportFailed(_CANNOT_READ.arg(str(exc.strerror or exc)), file=label) from exc
            return io.BufferedReader(CountingReader(raw, MAX_ENTRY_BYTES, label), 1 << 20)

        return Document(name=name, label=label, size=size, opener=opener)

    def _folder_documents(self) -> list[Document]:
        docs = []
        for root, dirs, files in os.walk(self.path):
            depth = Path(root).relative_to(self.path).parts
            if len(depth) >= 2:
                dirs[:] = []
            for file_name in sorted(files):
                full = Path(root) / file_name
                rel = full.relative_to(self.path).as_posix()
                docs.append(self._file_document(full, rel))
            if len(docs) > MAX_ENTRIES:
                text = QT_TRANSLATE_NOOP("Import", "holds too many files to be a chat export")
                raise UnsafeArchive(text, file=str(self.path))
        return docs

    def _zip_documents(self) -> list[Document]:
        assert self._zip is not None
        archive = self._zip
        infos = [info for info in archive.infolist() if not info.is_dir()]
        _check_zip(infos, str(self.path))
        docs = []
        for info in infos:
            label = f"{self.path.name} \u203a {info.filename}"

            def opener(info=info, label=label) -> IO[bytes]:
                try:
                    raw = archive.open(info)
                except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
                    text = QT_TRANSLATE_NOOP("Import", "cannot be read from the archive (%1)").arg(str(exc))
                    raise ImportFailed(text, file=label) from exc
                return io.BufferedReader(_GuardedZipReader(raw, info.file_size, label), 1 << 20)

            docs.append(Document(name=info.filename, label=label, size=info.file_size, opener=opener))
        return docs


class _GuardedZipReader(CountingReader):
    """Turns zipfile's damage errors into a message that names the entry."""

    def read(self, size: int = -1) -> bytes:
        try:
            return super().read(size)
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
            raise ImportFailed(
                QT_TRANSLATE_NOOP("Import", "is damaged inside the archive (the zip may be truncated or corrupt)"),
                file=self._label,
            ) from exc


def _looks_like_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) in _ZIP_MAGIC
    except OSError as exc:
        raise ImportFailed(_CANNOT_READ.arg(str(exc.strerror or exc)), file=str(path)) from exc


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Import", "is not a readable zip archive (it may be truncated: download the export again)"),
            file=str(path),
        ) from exc
    except OSError as exc:
        raise ImportFailed(_CANNOT_READ.arg(str(exc.strerror or exc)), file=str(path)) from exc


def _check_zip(infos: list[zipfile.ZipInfo], label: str) -> None:
    if len(infos) > MAX_ENTRIES:
        text = QT_TRANSLATE_NOOP("Import", "holds %1 entries, too many for a chat export")
        raise UnsafeArchive(text.arg(len(infos)), file=label)
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_ENTRY_BYTES:
            text = QT_TRANSLATE_NOOP("Import", "declares an entry %1 of %2 GB; refusing it")
            raise UnsafeArchive(text.arg(repr(info.filename), round(size / 1024**3)), file=label)
        if size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
            text = QT_TRANSLATE_NOOP("Import", "looks like a zip bomb: %1 would inflate %2 times to %3 MB; refusing it")
            ratio = size // max(info.compress_size, 1)
            raise UnsafeArchive(text.arg(repr(info.filename), ratio, round(size / 1024**2)), file=label)
    if total > MAX_ARCHIVE_BYTES:
        text = QT_TRANSLATE_NOOP("Import", "would inflate to %1 GB, far more than any chat export; refusing it")
        raise UnsafeArchive(text.arg(round(total / 1024**3)), file=label)
