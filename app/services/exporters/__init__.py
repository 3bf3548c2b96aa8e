"""Exporting conversations: Markdown, Parley JSON, JSON Lines, plain text, HTML and PDF.

:func:`export` writes a scope (:class:`ExportScope`: some conversations, a project,
everything) to one file, a folder or a zip, streaming (nothing large is built in memory)
and atomically (nothing appears until it is complete). Only the PDF format uses Qt, lazily.
"""

from app.services.exporters.run import FORMATS, LAYOUTS, ExportError, ExportResult, export, format_names, layout_for
from app.services.exporters.scope import ExportScope, resolve
from app.services.jobcontrol import Cancelled

__all__ = [
    "Cancelled",
    "ExportError",
    "ExportResult",
    "ExportScope",
    "FORMATS",
    "LAYOUTS",
    "export",
    "format_names",
    "layout_for",
    "resolve",
]
