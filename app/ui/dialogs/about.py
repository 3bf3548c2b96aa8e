"""Help > About Parley: version, where the data lives, and the bundled components' licences."""

from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.identity import APP_NAME, APP_VERSION, HOMEPAGE, LICENSE
from app.ui.icons import icon

#: (component, distribution name for its version, licence, homepage)
COMPONENTS: tuple[tuple[str, str | None, str, str], ...] = (
    ("Qt", None, "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0", "https://wiki.qt.io/Qt_for_Python"),
    ("Python", None, "PSF License", "https://docs.python.org/3/license.html"),
    ("SQLite", None, QT_TRANSLATE_NOOP("AboutDialog", "Public Domain"), "https://www.sqlite.org/copyright.html"),
    ("Peewee", "peewee", "MIT", "https://github.com/coleifer/peewee"),
    ("Python-Markdown", "Markdown", "BSD-3-Clause", "https://github.com/Python-Markdown/markdown"),
    ("Pygments", "Pygments", "BSD-2-Clause", "https://pygments.org"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("HTTPX", "httpx", "BSD-3-Clause", "https://www.python-httpx.org"),
    ("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
)


def _version(component: str, distribution: str | None) -> str:
    if component == "Qt":
        from PySide6.QtCore import qVersion

        return qVersion()
    if component == "Python":
        return platform.python_version()
    if component == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    """The About box; the data folder is shown with a button to open it."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setMinimumSize(520, 520)
        self._data_dir = data_dir

        self.logo = QLabel()
        self.logo.setPixmap(icon("app").pixmap(72, 72))
        self.logo.setFixedSize(80, 80)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.name_label = QLabel(APP_NAME)
        self.name_label.setObjectName("aboutName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = QLabel()
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tagline = QLabel()
        self.tagline.setObjectName("aboutText")
        self.tagline.setWordWrap(True)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.name_label)
        heading.addWidget(self.version_label)
        heading.addWidget(self.tagline)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.data_caption = QLabel()
        self.data_caption.setObjectName("aboutText")
        self.data_path = QLabel(str(data_dir))
        self.data_path.setObjectName("aboutDataPath")
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setWordWrap(True)
        self.open_folder_button = QPushButton(icon("folder"), "")
        self.open_folder_button.setAutoDefault(False)  # Enter closes the dialog, not opens a folder
        self.open_folder_button.clicked.connect(self._open_data_folder)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_path, 1)
        data_row.addWidget(self.open_folder_button)

        self.credits = QTextBrowser()
        self.credits.setObjectName("aboutCredits")
        self.credits.setOpenLinks(False)  # links go to the system browser, never in here
        self.credits.anchorClicked.connect(QDesktopServices.openUrl)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.data_caption)
        layout.addLayout(data_row)
        layout.addSpacing(6)
        layout.addWidget(self.credits, 1)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.version_label.setText(self.tr("Version %1").replace("%1", APP_VERSION))
        self.tagline.setText(
            self.tr("Your AI conversations, kept on your own machine: searchable, exportable, yours.")
        )
        self.data_caption.setText(self.tr("Your data is stored in:"))
        self.open_folder_button.setText(self.tr("Open Folder"))
        self.credits.setHtml(self._credits_html())

    def _credits_html(self) -> str:
        rows = []
        for name, distribution, licence, url in COMPONENTS:
            version = _version(name, distribution)
            rows.append(
                "<tr>"
                f"<td style='padding:3px 12px 3px 0'><a href='{html.escape(url)}'>{html.escape(name)}</a></td>"
                f"<td style='padding:3px 12px 3px 0'>{html.escape(version)}</td>"
                f"<td style='padding:3px 0'>{html.escape(self.tr(licence))}</td>"
                "</tr>"
            )
        intro = html.escape(
            self.tr("%1 is free software under the %2 licence. It is built on these components:")
            .replace("%1", APP_NAME)
            .replace("%2", LICENSE)
        )
        lgpl = html.escape(
            self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License v3; "
                "you may replace them with your own build of the same version."
            )
        )
        columns = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        header = "<tr>" + "".join(
            f"<th align='left' style='padding:3px 12px 3px 0'>{html.escape(text)}</th>" for text in columns
        ) + "</tr>"
        return (
            f"<p>{intro}</p><table cellspacing='0'>{header}{''.join(rows)}</table>"
            f"<p>{lgpl}</p><p><a href='{html.escape(HOMEPAGE)}'>{html.escape(HOMEPAGE)}</a></p>"
        )

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
