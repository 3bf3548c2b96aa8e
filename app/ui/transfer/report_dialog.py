"""The report after an import: what was added, updated, skipped, and anything unusual."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app import clock
from app.services.importers import ImportReport
from app.services.importers.report import totals_message
from app.services.safe_files import write_text_atomic
from app.ui import notify
from app.ui.transfer.texts import counted, localizer, say


class ImportReportDialog(QDialog):
    """Shows an :class:`ImportReport`; "Save Report…" writes it as a text file."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import Report"))
        self.resize(640, 420)
        self.report = report
        # The same words in the window and in the saved file: the user's language.
        self.text = report.to_text(clock.now(), localizer())

        headline = QLabel(self._headline())
        headline.setObjectName("importReportHeadline")
        headline.setWordWrap(True)
        headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self.text)
        self.details.setObjectName("importReportText")
        self.details.setAccessibleName(self.tr("Import report"))
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Save Report\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("importReportSave")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _headline(self) -> str:
        report = self.report
        lines = [say(totals_message(report.added, report.updated, report.skipped, report.messages_added))]
        if any(f.cancelled for f in report.files):
            lines.append(self.tr("Cancelled: nothing from the file in progress was saved; files finished before it were."))
        if report.failed:
            lines.append(
                counted(
                    len(report.failed),
                    self.tr("%1 file could not be imported and changed nothing; see below."),
                    self.tr("%1 files could not be imported and changed nothing; see below."),
                )
            )
        if report.warning_count:
            lines.append(counted(report.warning_count, self.tr("%1 warning below."), self.tr("%1 warnings below.")))
        return "\n".join(lines)

    def save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Import Report"),
            str(Path.home() / (self.tr("Parley import report") + ".txt")),
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return
        try:
            write_text_atomic(Path(name), self.text)
        except OSError as exc:
            notify.error(self, self.tr("Could not save the report"), str(exc))
            return
        notify.status(self.tr("Report saved to %1").replace("%1", name))
