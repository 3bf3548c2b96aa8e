"""Fixtures for the shell's tests: no modal dialog ever blocks, the app looks as it ships."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton


@dataclass
class DialogRecorder:
    """Stands in for ``notify.exec_dialog``: records each dialog and answers it.

    ``answers`` is a queue of "accept" / "reject" (default: reject, i.e. Cancel/Close).
    """

    shown: list[QDialog] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)

    def __call__(self, dialog: QDialog) -> int:
        self.shown.append(dialog)
        answer = self.answers.pop(0) if self.answers else "reject"
        if isinstance(dialog, QMessageBox):
            self.texts.append((dialog.windowTitle(), dialog.text(), dialog.informativeText()))
            if answer == "accept":
                accept = dialog.findChild(QPushButton, "confirmAcceptButton")
                (accept or dialog.defaultButton()).click()
                return QDialog.DialogCode.Accepted
            escape = dialog.escapeButton()
            if escape is not None:
                escape.click()
            return QDialog.DialogCode.Rejected
        if answer == "accept":
            dialog.accept()
            return QDialog.DialogCode.Accepted
        dialog.reject()
        return QDialog.DialogCode.Rejected

    texts: list[tuple[str, str, str]] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch) -> DialogRecorder:
    from app.ui import notify

    recorder = DialogRecorder()
    monkeypatch.setattr(notify, "exec_dialog", recorder)
    return recorder


@pytest.fixture
def styled_app(qapp):
    """The application styled as run_gui styles it (Fusion, theme, live settings)."""
    from app.ui import theme
    from app.ui.application import install_live_settings

    qapp.setStyle("Fusion")
    theme.apply_theme(qapp, "light")
    install_live_settings(qapp)
    yield qapp
    theme.apply_theme(qapp, "light")


@pytest.fixture
def english(qapp):
    """Every test starts and ends in English, whatever the previous one chose."""
    from app.ui import i18n

    i18n.apply_language(qapp, "en")
    yield
    i18n.apply_language(qapp, "en")
    QApplication.processEvents()
