"""PDF, rendered by Qt: QTextDocument laid out on A4 pages of a QPdfWriter.

The only module of the services that uses Qt, and it imports Qt lazily (inside the
functions), so importing the exporters costs nothing and works without a display. Pages
carry "n / N" at the bottom; code blocks wrap (the render stylesheet sets ``pre-wrap``)
instead of running off the page. Text stays text in the PDF (selectable, searchable).

Rendering needs a QGuiApplication for fonts; the CLI has none, so one is created on the
``offscreen`` platform when missing. Qt allows QTextDocument and QPdfWriter off the GUI
thread, so the window exports in a worker like every other format.
"""

from __future__ import annotations

import os
import sys
from typing import BinaryIO, Iterable

from app.services.exporters.common import ENGLISH_WORDS, ExportWords
from app.services.exporters.data import ExportConversation
from app.services.jobcontrol import CancelledFn, checker

#: Dots per inch of the PDF's layout grid (text is vector; this sets layout precision).
RESOLUTION = 300
MARGINS_MM = (18.0, 16.0, 18.0, 14.0)  # left, top, right, bottom

_app = None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication to lay out text; make an offscreen one if there is none."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("PDF export needs a GUI application object; a core one is running")
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "parley"])


def _css() -> str:
    from app.services.render import document_stylesheet

    return document_stylesheet(False) + """
h1.title { font-size: 20pt; font-weight: 600; margin-bottom: 4px; }
p.facts { color: #6b6b78; margin-bottom: 14px; }
p.meta { color: #4f5bd5; margin-top: 14px; margin-bottom: 4px; }
p.thinking { color: #6b6b78; }
"""


def write_pdf(
    conversations: Iterable[ExportConversation],
    stream: BinaryIO,
    *,
    title: str = "",
    cancelled: CancelledFn | None = None,
    words: ExportWords = ENGLISH_WORDS,
) -> int:
    """Render the conversations (each starting on a new page) into ``stream``.

    Returns the number of pages written.
    """
    ensure_gui_application()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    from app.identity import APP_NAME
    from app.services.exporters.html_format import conversation_body

    from PySide6.QtCore import QBuffer, QIODevice

    check = checker(cancelled)
    # PySide's QIODevice subclasses get text, not bytes, in writeData: render into a
    # QBuffer and copy (a PDF of chat text is small next to what it shows).
    device = QBuffer()
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setCreator(APP_NAME)
    writer.setTitle(title or words.default_title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    width = float(paint_rect.width())
    footer = RESOLUTION * 0.35  # about 9 mm for the page number
    body_height = float(paint_rect.height()) - footer
    css = _css()
    base_font = QFont()
    base_font.setPointSizeF(10.5)
    footer_font = QFont()
    footer_font.setPointSizeF(8.5)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    pages_done = 0
    try:
        documents: list[QTextDocument] = []
        # Lay out every conversation first: the footer says "n / N", so N must be known.
        for conversation in conversations:
            check()
            document = QTextDocument()
            document.documentLayout().setPaintDevice(writer)
            document.setDefaultFont(base_font)
            document.setDefaultStyleSheet(css)
            document.setHtml(conversation_body(conversation, for_qt=True, words=words))
            document.setPageSize(QSizeF(width, body_height))
            documents.append(document)
        total = sum(doc.pageCount() for doc in documents) or 1
        for document in documents:
            for page in range(document.pageCount()):
                check()
                if pages_done:
                    writer.newPage()
                painter.save()
                painter.translate(0, -page * body_height)
                document.drawContents(painter, QRectF(0, page * body_height, width, body_height))
                painter.restore()
                pages_done += 1
                painter.setFont(footer_font)
                painter.setPen(Qt.GlobalColor.darkGray)
                painter.drawText(
                    QRectF(0, body_height, width, footer),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    f"{pages_done} / {total}",
                )
        if not documents:
            painter.drawText(QRectF(0, 0, width, body_height), int(Qt.AlignmentFlag.AlignCenter), words.no_conversations)
            pages_done = 1
    finally:
        painter.end()
    stream.write(bytes(device.data()))
    device.close()
    return pages_done


class PdfFormat:
    name = "pdf"
    label = "PDF"
    extension = ".pdf"
    all_messages = False
    binary = True

    def write(
        self,
        stream: BinaryIO,
        conversations: Iterable[ExportConversation],
        *,
        title: str = "",
        cancelled: CancelledFn | None = None,
        words: ExportWords = ENGLISH_WORDS,
    ) -> None:
        write_pdf(conversations, stream, title=title, cancelled=cancelled, words=words)
