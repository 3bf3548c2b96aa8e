"""Fixtures for the translation tests: a pseudo-locale, a language per test, dialogs that
never block, and a real window over a real database.

The application's style and theme are left alone (words, not looks, are tested here), so
nothing leaks into later tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.ui import i18n
from tests.i18n.catalog import write_pseudo_ts

@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory) -> Path:
    """A compiled pseudo translation of every string in ``app/``: "Settings" -> "⟦Settings⟧"."""
    folder = tmp_path_factory.mktemp("pseudo")
    ts_file = write_pseudo_ts(folder / "pseudo.ts")
    qm_file = folder / "pseudo.qm"
    assert i18n.compile_ts(ts_file, qm_file), "lrelease could not compile the pseudo translation"
    return qm_file


@pytest.fixture
def english(qapp):
    """Every test starts and ends in English, whatever the previous one chose; the default
    locale (dates, numbers) is put back as it was."""
    saved = QLocale()
    i18n.apply_language(qapp, "en")
    yield
    i18n.apply_language(qapp, "en")
    QLocale.setDefault(saved)
    QApplication.processEvents()


@pytest.fixture
def pseudo_locale(qapp, english, pseudo_qm) -> Callable[[], None]:
    """``pseudo_locale()`` installs the pseudo translation (widgets get a LanguageChange)."""
    installed: list[QTranslator] = []

    def install() -> None:
        translator = QTranslator(qapp)
        assert translator.load(str(pseudo_qm))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        QApplication.processEvents()

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


class Dialogs:
    """Stands in for ``notify.exec_dialog``: hands each modal dialog to ``on_show``, then
    closes it as Cancel would."""

    def __init__(self) -> None:
        self.shown: list[QDialog] = []
        self.on_show: Callable[[QDialog], None] | None = None

    def __call__(self, dialog: QDialog) -> int:
        self.shown.append(dialog)
        dialog.show()
        QApplication.processEvents()
        if self.on_show is not None:
            self.on_show(dialog)
        if isinstance(dialog, QMessageBox) and dialog.escapeButton() is not None:
            dialog.escapeButton().click()
        else:
            dialog.reject()
        return QDialog.DialogCode.Rejected


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    from app.ui import notify

    recorder = Dialogs()
    monkeypatch.setattr(notify, "exec_dialog", recorder)
    return recorder


@pytest.fixture
def open_window(qtbot, dialogs):
    """``open_window(data_dir)``: a shown MainWindow whose conversation view is ready."""
    from app.ui.main_window import MainWindow

    windows = []

    def make(data_dir: Path) -> MainWindow:
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.view_ready, timeout=10_000):
            window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


#: The conversations ``seeded`` writes: (title, days ago, messages as (role, content)).
SEED = (
    (
        "Packing list for Lisbon",
        0,
        (
            ("user", "What should I pack for four days in Lisbon in March?"),
            ("assistant", "Layers, **comfortable shoes** and a light rain jacket.\n\n- Sunglasses\n- Adapter"),
        ),
    ),
    ("Sourdough starter rescue", 1, (("user", "My starter smells like acetone."),)),
    ("Quarterly report outline", 40, (("user", "Outline a quarterly report."),)),
)


@pytest.fixture
def seeded(store, clock) -> dict[str, str]:
    """A few conversations (today, yesterday, last month): title -> id."""
    from app.store import conversations, messages, projects

    project = projects.default_project()
    ids = {}
    now = clock.value
    for title, days_ago, turns in SEED:
        when = now - dt.timedelta(days=days_ago).total_seconds() - 600
        row = conversations.create_conversation(project.id, title, created_at=when)
        for n, (role, content) in enumerate(turns):
            metadata = {"model": "llama3.2", "input_tokens": 12, "output_tokens": 30} if role == "assistant" else None
            messages.append_message(row.id, role, content, created_at=when + n, metadata=metadata)
        ids[title] = row.id
    return ids
