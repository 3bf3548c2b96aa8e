"""File > Export…: what to export, in which format, to one file, a folder or a zip.

The scope offers the open conversation, the sidebar's selection, search results (when
the search part passes them), a project, or everything. The export runs in a worker
behind a progress dialog with Cancel; nothing appears on disk until it is complete.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.services.exporters import Cancelled, ExportError, ExportResult, ExportScope, export
from app.services.safe_files import safe_file_stem
from app.store import conversations, projects
from app.ui import notify
from app.ui.transfer.progress import TransferProgress
from app.ui.transfer.texts import counted, localizer, number, say

#: (format, label, extension) in the order offered.
FORMAT_CHOICES = (
    ("md", "Markdown", ".md"),
    ("json", "Parley JSON", ".json"),
    ("jsonl", "JSON Lines", ".jsonl"),
    ("txt", "Plain text", ".txt"),
    ("html", "HTML", ".html"),
    ("pdf", "PDF", ".pdf"),
)


class ExportDialog(QDialog):
    """Choose scope, format and destination; ``exported`` carries the result."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        current_id: str | None = None,
        selected_ids: Sequence[str] = (),
        search_ids: Sequence[str] | None = None,
        project_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Conversations"))
        self.setMinimumWidth(480)
        self.current_id = current_id
        self.selected_ids = list(dict.fromkeys(selected_ids))
        self.search_ids = list(search_ids) if search_ids is not None else None
        self.result: ExportResult | None = None

        scope_box = QGroupBox(self.tr("Export"))
        grid = QGridLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.scope_current = self._radio("exportScopeCurrent", self._current_label())
        self.scope_selected = self._radio(
            "exportScopeSelected",
            self.tr("The selected conversations (%1)").replace("%1", number(len(self.selected_ids))),
        )
        self.scope_search = self._radio(
            "exportScopeSearch",
            self.tr("The search results (%1)").replace("%1", number(len(self.search_ids or []))),
        )
        self.scope_project = self._radio("exportScopeProject", self.tr("A project:"))
        total = conversations.count_conversations(None, archived=None)
        self.scope_all = self._radio(
            "exportScopeAll", self.tr("Everything (%1 conversations)").replace("%1", number(total))
        )
        self.project_box = QComboBox()
        self.project_box.setObjectName("exportProjectBox")
        self.project_box.setAccessibleName(self.tr("Project to export"))
        for project in projects.list_projects():
            self.project_box.addItem(project.name, project.id)
        if project_id is not None:
            self.project_box.setCurrentIndex(max(0, self.project_box.findData(project_id)))
        grid.addWidget(self.scope_current, 0, 0, 1, 2)
        grid.addWidget(self.scope_selected, 1, 0, 1, 2)
        grid.addWidget(self.scope_search, 2, 0, 1, 2)
        grid.addWidget(self.scope_project, 3, 0)
        grid.addWidget(self.project_box, 3, 1)
        grid.addWidget(self.scope_all, 4, 0, 1, 2)
        self.scope_current.setEnabled(current_id is not None)
        self.scope_selected.setEnabled(len(self.selected_ids) > 1)
        self.scope_search.setVisible(self.search_ids is not None)
        self.scope_search.setEnabled(bool(self.search_ids))
        self.scope_project.setEnabled(self.project_box.count() > 0)
        self.scope_all.setEnabled(total > 0)
        for candidate in (self.scope_selected, self.scope_current, self.scope_search, self.scope_all):
            if candidate.isEnabled() and not candidate.isHidden():
                candidate.setChecked(True)
                break
        else:
            self.scope_all.setChecked(True)

        format_box = QGroupBox(self.tr("As"))
        format_layout = QVBoxLayout(format_box)
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormatBox")
        self.format_box.setAccessibleName(self.tr("Format"))
        descriptions = {
            "md": self.tr("Markdown: readable transcripts"),
            "json": self.tr("Parley JSON: everything, for a backup or another computer"),
            "jsonl": self.tr("JSON Lines: one message per line, for data tools"),
            "txt": self.tr("Plain text"),
            "html": self.tr("HTML: a web page, styled like Parley"),
            "pdf": self.tr("PDF: for printing and sharing"),
        }
        for name, _label, _ext in FORMAT_CHOICES:
            self.format_box.addItem(descriptions[name], name)
        format_layout.addWidget(self.format_box)

        where_box = QGroupBox(self.tr("To"))
        where_layout = QVBoxLayout(where_box)
        self.layout_group = QButtonGroup(self)
        self.to_file = self._radio("exportToFile", self.tr("One file"), group=self.layout_group)
        self.to_folder = self._radio("exportToFolder", self.tr("A folder, one file per conversation, with an index"), group=self.layout_group)
        self.to_zip = self._radio("exportToZip", self.tr("A .zip archive, one file per conversation, with an index"), group=self.layout_group)
        for radio in (self.to_file, self.to_folder, self.to_zip):
            where_layout.addWidget(radio)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export\u2026"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_destination)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(format_box)
        layout.addWidget(where_box)
        layout.addWidget(buttons)
        self.scope_group.buttonToggled.connect(lambda *_: self._suggest_layout())
        self.project_box.currentIndexChanged.connect(lambda *_: self.scope_project.setChecked(True))
        self._suggest_layout()

    def _radio(self, name: str, text: str, *, group: QButtonGroup | None = None) -> QRadioButton:
        radio = QRadioButton(text)
        radio.setObjectName(name)
        (self.scope_group if group is None else group).addButton(radio)
        return radio

    def _current_label(self) -> str:
        if self.current_id is None:
            return self.tr("The open conversation")
        row = conversations.find_conversation(self.current_id)
        title = row.title if row and row.title else self.tr("Untitled conversation")
        return self.tr("The open conversation: %1").replace("%1", title)

    def _suggest_layout(self) -> None:
        single = self.scope_current.isChecked() or (self.scope_selected.isChecked() and len(self.selected_ids) == 1)
        (self.to_file if single else self.to_zip).setChecked(True)

    # -- choices -------------------------------------------------------------------------

    def format(self) -> str:
        return self.format_box.currentData()

    def scope(self) -> ExportScope:
        if self.scope_current.isChecked() and self.current_id:
            return ExportScope.conversations([self.current_id])
        if self.scope_selected.isChecked():
            return ExportScope.conversations(self.selected_ids)
        if self.scope_search.isChecked() and self.search_ids:
            return ExportScope.conversations(self.search_ids)
        if self.scope_project.isChecked() and self.project_box.currentData() is not None:
            return ExportScope.project(int(self.project_box.currentData()))
        return ExportScope.everything()

    def layout_choice(self) -> str:
        if self.to_file.isChecked():
            return "file"
        return "folder" if self.to_folder.isChecked() else "zip"

    def _suggested_stem(self) -> str:
        scope = self.scope()
        if scope.kind == "conversations" and len(scope.conversation_ids) == 1:
            row = conversations.find_conversation(scope.conversation_ids[0])
            if row is not None:
                return safe_file_stem(row.title, fallback=self.tr("Conversation"))
        stamp = dt.datetime.fromtimestamp(clock.now()).strftime("%Y-%m-%d %H.%M")
        return safe_file_stem(self.tr("Parley export %1").replace("%1", stamp), fallback=stamp)

    def choose_destination(self) -> None:
        """Ask where to write (a file name, or a folder to create the export in), then export."""
        fmt = self.format()
        extension = dict((name, ext) for name, _label, ext in FORMAT_CHOICES)[fmt]
        layout = self.layout_choice()
        stem = self._suggested_stem()
        start = Path.home()
        if layout == "folder":
            parent = QFileDialog.getExistingDirectory(self, self.tr("Choose Where to Create the Export Folder"), str(start))
            if not parent:
                return
            target = _unique_path(Path(parent) / stem)
        else:
            suffix = ".zip" if layout == "zip" else extension
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export As"),
                str(start / f"{stem}{suffix}"),
                f"*{suffix}",
            )
            if not name:
                return
            target = Path(name)
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
        self.start_export(target, layout)

    def start_export(self, target: Path, layout: str) -> None:
        scope, fmt = self.scope(), self.format()
        words = localizer()  # the files speak the window's language
        self.export_button.setEnabled(False)
        self._progress = TransferProgress(self, self.tr("Exporting"), self.tr("Exporting conversations\u2026"))

        def work(progress, cancelled):
            try:
                return export(
                    scope, fmt, target, layout=layout, progress=progress, cancelled=cancelled, localizer=words
                )
            except Cancelled:
                return None

        self._progress.start(work, self._exported, self._failed)

    def _exported(self, result: ExportResult | None) -> None:
        self.export_button.setEnabled(True)
        if result is None:
            notify.status(self.tr("Export cancelled; nothing was written."))
            return
        self.result = result
        notify.status(
            counted(result.conversations, self.tr("Exported %1 conversation to %2"), self.tr("Exported %1 conversations to %2"))
            .replace("%2", str(result.path))
        )
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, ExportError):
            text = say(exc.text)
        elif isinstance(exc, OSError):
            text = str(exc)
        else:
            text = self.tr("The export stopped with an error.")
        notify.error(self, self.tr("Export failed"), text + " " + self.tr("Nothing was written."), details=str(exc))


def _unique_path(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name} ({n})")
        n += 1
    return candidate

