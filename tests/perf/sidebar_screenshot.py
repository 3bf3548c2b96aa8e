"""Render the sidebar alone with realistic data, light and dark, to PNG files.

    xvfb-run -a -s "-screen 0 1400x900x24" python tests/perf/sidebar_screenshot.py OUT_DIR

Not part of the test run: a tool for looking at the sidebar while working on it.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout

TITLES = [
    "Trip to Lisbon: three-day itinerary",
    "Refactor the billing service to async",
    "Explain Rust lifetimes with examples",
    "Sourdough starter troubleshooting",
    "SQL window functions vs GROUP BY",
    "Birthday gift ideas for my dad 🎁",
    "用中文解释量子纠缠",
    "Draft a polite reminder email to the landlord about the heating",
    "Kubernetes liveness vs readiness probes",
    "Marathon training plan, week 6",
    "What is the Monty Hall problem?",
    "Compare PySide6 and PyQt6 licensing",
    "Regex for ISO 8601 dates",
    "Cover letter for a data engineer role",
    "Why does my React effect run twice?",
    "Houseplants that survive low light 🌿",
    "Summarize the paper on retrieval-augmented generation",
    "Write a haiku about autumn rain",
    "Tax deductions for freelancers",
    "Plan a 10-person dinner party menu",
]
PREVIEWS = [
    "Sure! Here's a day-by-day plan that balances the classic sights with quieter neighbourhoods…",
    "The key change is to make the repository layer return awaitables and keep the transaction…",
    "A lifetime is the region of code where a reference must stay valid. Consider this example…",
    "If the starter smells like acetone it is hungry: feed it twice a day at a 1:1:1 ratio…",
    "Window functions keep every row while GROUP BY collapses them; use ROW_NUMBER() when…",
    "Here are a few ideas across budgets: a good chef's knife, a vinyl of his favourite album…",
    "量子纠缠是指两个或多个粒子之间的一种特殊关联，即使相隔很远…",
    "Subject: Heating in flat 3B — Dear Ms. Alvarez, I hope you are well. I'm writing to follow up…",
]


def build_database(data_dir: Path) -> None:
    from app import clock
    from app.store import open_database, write
    from app.store import projects
    from app.store.bulk import NewConversation, insert_conversations

    open_database(data_dir)
    work = projects.create_project("Personal")
    projects.create_project("Work")
    projects.create_project("Side project: Parley")
    rnd = random.Random(7)
    now = clock.now()
    today = dt.datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0)
    offsets_days = [0, 0, 0, 1, 1, 2, 3, 5, 6, 9, 12, 20, 27, 35, 41, 50, 70, 95, 130, 200, 380]
    rows = []
    for n, days in enumerate(offsets_days * 3):
        moment = today - dt.timedelta(days=days) + dt.timedelta(hours=rnd.uniform(8, 22))
        stamp = min(moment.timestamp(), now - 60 * n)
        rows.append(
            NewConversation(
                str(uuid.UUID(int=rnd.getrandbits(128))),
                work.id,
                TITLES[n % len(TITLES)],
                stamp - 3600,
                stamp,
                rnd.randint(2, 40),
                PREVIEWS[n % len(PREVIEWS)],
                pinned=n in (4, 11),
            )
        )
    with write():
        insert_conversations(rows)


def main(out_dir: Path) -> None:
    from app import clock
    from app.ui.sidebar.sidebar import Sidebar

    # A Sunday afternoon, so the groups and times look like a real day's use.
    noon = dt.datetime(2026, 11, 22, 16, 45).timestamp()
    clock.set_clock(lambda: noon)
    app = QApplication(sys.argv)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        build_database(Path(tmp))
        try:
            from app.ui import theme
        except ImportError:
            theme = None
        for scheme in ("light", "dark"):
            if theme is not None:
                theme.apply_theme(app, scheme)
            pane = QFrame()
            pane.setObjectName("sidebarPane")
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 0, 0, 0)
            sidebar = Sidebar()
            layout.addWidget(sidebar)
            pane.resize(300, 860)
            pane.show()
            rows = sidebar.model.loaded_rows()
            sidebar.select_conversation(rows[3].id)
            sidebar.list_view.setFocus()
            # Hover a row below the selection.
            view = sidebar.list_view
            hovered = view.visualRect(sidebar.model.index_for_id(rows[5].id)).center()
            from PySide6.QtCore import QEvent, QPointF, Qt
            from PySide6.QtGui import QMouseEvent

            move = QMouseEvent(
                QEvent.Type.MouseMove, QPointF(hovered), QPointF(view.viewport().mapToGlobal(hovered)),
                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            )
            app.sendEvent(view.viewport(), move)
            for _ in range(5):
                app.processEvents()
            pane.grab().save(str(out_dir / f"sidebar-{scheme}.png"))
            # Further down: the rolling groups end and the months begin.
            view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
            for _ in range(5):
                app.processEvents()
            pane.grab().save(str(out_dir / f"sidebar-{scheme}-older.png"))
            pane.close()
            pane.deleteLater()
            app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
