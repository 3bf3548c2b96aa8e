"""Importing chat history: ChatGPT and Claude exports, Parley's own, the old browser history.

The format is recognised from the content (:mod:`.detect`); large files stream
(:mod:`.jsonstream`); zip archives are checked for bombs (:mod:`.sources`); each file is
written in one transaction (:mod:`.run`, :mod:`.writer`). Public entry points:

- :func:`scan_path`: what a file holds ("312 conversations, 8,410 messages from a ChatGPT
  export"), nothing written;
- :func:`import_path` / :func:`import_paths`: import, returning a report of what was added,
  updated and skipped, with warnings.
"""

from app.services.importers.errors import ImportFailed, UnknownFormat, UnsafeArchive
from app.services.importers.report import FileReport, ImportReport
from app.services.importers.run import import_path, import_paths, scan_path
from app.services.jobcontrol import Cancelled

__all__ = [
    "Cancelled",
    "FileReport",
    "ImportFailed",
    "ImportReport",
    "UnknownFormat",
    "UnsafeArchive",
    "import_path",
    "import_paths",
    "scan_path",
]
