"""Fixtures for the sidebar's tests: a fixed time zone with DST, conversations at chosen
local times, a sidebar over a real database, and modal dialogs that answer themselves."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog


@pytest.fixture(autouse=True)
def berlin_time():
    """Local time is Europe/Berlin (DST ends 2026-10-25, begins 2026-03-29) in every test.

    Grouping works on local calendar days, so the tests pin the zone rather than depend on
    the machine's. Skipped where Python cannot switch zones (Windows).
    """
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset to pin the local time zone")
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


@pytest.fixture(autouse=True)
def english_locale():
    """Dates and times as in en_GB ("14:32", "16 Nov"): other tests may change the default."""
    from PySide6.QtCore import QLocale

    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def project(store):
    from app.store import projects

    return projects.default_project()


@pytest.fixture
def make_conversation(project):
    """Create a conversation last active at a local time (default: the clock's now)."""
    from app.store import conversations

    def make(title: str, when: float | None = None, *, project_id: int | None = None, **flags):
        row = conversations.create_conversation(project_id or project.id, title, created_at=when)
        if flags.get("pinned"):
            conversations.set_pinned(row.id, True)
        if flags.get("archived"):
            conversations.set_archived(row.id, True)
        return conversations.get_conversation(row.id)

    return make


@pytest.fixture
def wait_idle(qtbot):
    """Wait until the sidebar model has no page in flight."""

    def wait(model) -> None:
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)

    return wait


@pytest.fixture
def sidebar_factory(qtbot, store, clock):
    """Build a shown Sidebar over the test database; background reads end before teardown."""
    from app.ui.sidebar.sidebar import Sidebar
    from app.ui.tasks import wait_for_all

    made = []

    def make(height: int = 700) -> Sidebar:
        widget = Sidebar()
        qtbot.addWidget(widget)
        widget.resize(300, height)
        with qtbot.waitActive(widget):
            widget.show()
            widget.activateWindow()
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.model.shutdown()
    wait_for_all(5000)


@dataclass
class InputAnswers:
    """Stands in for ``notify.exec_dialog``: types ``texts`` into input dialogs and accepts."""

    texts: list[str] = field(default_factory=list)
    shown: list[QDialog] = field(default_factory=list)

    def __call__(self, dialog: QDialog) -> int:
        self.shown.append(dialog)
        if isinstance(dialog, QInputDialog) and self.texts:
            dialog.setTextValue(self.texts.pop(0))
            dialog.accept()
            return QDialog.DialogCode.Accepted
        dialog.reject()
        return QDialog.DialogCode.Rejected


@pytest.fixture
def answers(monkeypatch) -> InputAnswers:
    from app.ui import notify

    recorder = InputAnswers()
    monkeypatch.setattr(notify, "exec_dialog", recorder)
    return recorder


@pytest.fixture
def many_conversations(project):
    """Insert ``count`` conversations in one transaction, newest first from ``newest``,
    ``step`` seconds apart; returns their ids in list order."""
    from app.store import write
    from app.store.bulk import NewConversation, insert_conversations

    def make(count: int, newest: float, step: float = 600, title: str = "Chat {n}") -> list[str]:
        ids = [f"{n:08d}-0000-4000-8000-000000000000" for n in range(count)]
        with write():
            insert_conversations(
                NewConversation(
                    cid, project.id, title.format(n=n), newest - n * step, newest - n * step, 1, ""
                )
                for n, cid in enumerate(ids)
            )
        return ids

    return make
