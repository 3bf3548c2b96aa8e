"""File > Import…: choose exports, see what they hold, import, read the report.

The dialog reads each chosen file in the background first and shows what it found ("312
conversations, 8,410 messages from a ChatGPT export") before anything is written. Import
runs in a worker behind a progress dialog with Cancel; the report that follows can be
saved as a text file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.importers import ImportReport, import_paths, scan_path
from app.services.importers.errors import without_file
from app.services.importers.report import found_message
from app.store import projects
from app.ui import notify
from app.ui.tasks import TaskHandle, run_task
from app.ui.transfer.progress import TransferProgress
from app.ui.transfer.report_dialog import ImportReportDialog
from app.ui.transfer.texts import counted, say

_PATH_ROLE = Qt.ItemDataRole.UserRole
_FILE_FILTER = "*.zip *.json *.jsonl *.ndjson"


class ImportDialog(QDialog):
    """Pick files, see what they hold, import them. ``imported`` carries the report."""

    imported = Signal(object)  # ImportReport

    def __init__(self, parent: QWidget | None = None, paths: Sequence[Path] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import Conversations"))
        self.setMinimumWidth(560)
        self._scans: dict[str, object] = {}  # path -> FileReport (None while reading)
        self._scan_handles: list[TaskHandle] = []
        self.report: ImportReport | None = None

        intro = QLabel(
            self.tr(
                "Choose a ChatGPT or Claude data export (the .zip, or its conversations.json), "
                "a Parley export, or a saved browser chat history. Importing the same export "
                "again never adds anything twice."
            )
        )
        intro.setWordWrap(True)
        self.file_list = QListWidget()
        self.file_list.setObjectName("importFileList")
        self.file_list.setAccessibleName(self.tr("Files to import"))
        self.file_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.file_list.setWordWrap(True)
        self.file_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.file_list.setSpacing(2)
        self.add_files_button = QPushButton(self.tr("Add Files\u2026"))
        self.add_files_button.setObjectName("importAddFiles")
        self.add_folder_button = QPushButton(self.tr("Add Folder\u2026"))
        self.add_folder_button.setObjectName("importAddFolder")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("importRemove")
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            button.setAutoDefault(False)  # Enter imports; it never opens a file chooser
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_files_button)
        file_buttons.addWidget(self.add_folder_button)
        file_buttons.addStretch(1)
        file_buttons.addWidget(self.remove_button)

        self.project_box = QComboBox()
        self.project_box.setObjectName("importProjectBox")
        self.project_box.setAccessibleName(self.tr("Project"))
        self.project_box.addItem(self.tr("As in the export (others to the first project)"), None)
        for project in projects.list_projects():
            self.project_box.addItem(project.name, project.name)
        form = QFormLayout()
        form.addRow(self.tr("Put conversations in:"), self.project_box)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.file_list, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.add_paths(paths)
        self._update()

    # -- choosing ------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose Exports to Import"),
            str(Path.home()),
            self.tr("Chat exports (%1);;All files (*)").replace("%1", _FILE_FILTER),
        )
        self.add_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an Unpacked Export"), str(Path.home()))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Add files to the list and read each in the background to show what it holds."""
        for path in paths:
            key = str(path)
            if key in self._scans:
                continue
            self._scans[key] = None
            item = QListWidgetItem(self._item_text(path, self.tr("Reading\u2026")))
            item.setData(_PATH_ROLE, key)
            item.setToolTip(key)
            self.file_list.addItem(item)
            handle = run_task(
                lambda ctx, path=path: scan_path(path, progress=ctx.progress, cancelled=lambda: ctx.cancelled),
                on_result=lambda report, key=key: self._scanned(key, report),
                on_error=lambda exc, key=key: self._scan_failed(key, exc),
                on_progress=lambda done, total, _text, key=key: self._scan_progress(key, done, total),
            )
            self._scan_handles.append(handle)
        self._update()

    def _item_text(self, path: Path, status: str) -> str:
        return f"{path.name}\n{status}"

    def _item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.file_list.count()):
            item = self.file_list.item(row)
            if item.data(_PATH_ROLE) == key:
                return item
        return None

    def _scan_progress(self, key: str, done: int, total: int) -> None:
        item = self._item_for(key)
        if item is not None and total > 0 and self._scans.get(key) is None:
            percent = QLocale().toString(min(99, int(done * 100 / total)))
            item.setText(self._item_text(Path(key), self.tr("Reading\u2026 %1%").replace("%1", percent)))

    def _scanned(self, key: str, report) -> None:
        if key not in self._scans:
            return  # removed meanwhile
        self._scans[key] = report
        item = self._item_for(key)
        if item is not None:
            if report.error:
                reason = say(without_file(report.error, key))  # the list already names the file
                item.setText(self._item_text(Path(key), self.tr("Cannot be imported: %1").replace("%1", reason)))
                item.setForeground(QColor("#c62f3a"))
            else:
                status = say(report.found_message())
                if report.skipped:
                    status += " \u00b7 " + counted(
                        report.skipped, self.tr("%1 entry will be skipped"), self.tr("%1 entries will be skipped")
                    )
                item.setText(self._item_text(Path(key), status))
        self._update()

    def _scan_failed(self, key: str, exc: BaseException) -> None:
        from app.services.importers.report import FileReport

        self._scanned(key, FileReport(key, error=str(exc)))

    def _remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self._scans.pop(item.data(_PATH_ROLE), None)
            self.file_list.takeItem(self.file_list.row(item))
        self._update()

    def _importable(self) -> list[Path]:
        return [Path(key) for key, report in self._scans.items() if report is not None and not report.error]

    def scanning(self) -> bool:
        return any(report is None for report in self._scans.values())

    def _update(self) -> None:
        ready = [r for r in self._scans.values() if r is not None and not r.error]
        if not self._scans:
            self.summary.setText(self.tr("No files chosen yet. You can also drop files onto the main window."))
        elif self.scanning():
            self.summary.setText(self.tr("Reading the files\u2026"))
        elif not ready:
            self.summary.setText(self.tr("Nothing here can be imported."))
        else:
            conversations = sum(r.conversations_found for r in ready)
            messages = sum(r.messages_found for r in ready)
            labels = {r.format_label for r in ready}
            label = labels.pop() if len(labels) == 1 else None  # several formats
            self.summary.setText(self.tr("Found %1.").replace("%1", say(found_message(conversations, messages, label))))
        self.import_button.setEnabled(bool(ready) and not self.scanning())
        self.remove_button.setEnabled(bool(self._scans))

    # -- importing -----------------------------------------------------------------------

    def project_name(self) -> str | None:
        return self.project_box.currentData()

    def start_import(self) -> None:
        paths = self._importable()
        if not paths:
            return
        self.import_button.setEnabled(False)
        project = self.project_name()
        self._progress = TransferProgress(self, self.tr("Importing"), self.tr("Importing conversations\u2026"))

        def work(progress, cancelled) -> ImportReport:
            return import_paths(paths, project_name=project, progress=progress, cancelled=cancelled)

        self._progress.start(work, self._imported, self._failed)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.report_dialog = ImportReportDialog(report, self.parentWidget())
        self.imported.emit(report)
        self.accept()
        self.report_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self._update()
        notify.error(self, self.tr("Import failed"), self.tr("The import stopped with an error; nothing from the file in progress was saved."), details=str(exc))

    def done(self, result: int) -> None:
        for handle in self._scan_handles:
            handle.cancel()
        super().done(result)
