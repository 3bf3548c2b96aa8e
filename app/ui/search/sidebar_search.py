"""Full-text search in the sidebar: typing shows matching conversations in the same list.

While the search field has text, the sidebar's list view shows a
:class:`SearchResultsModel` painted by :class:`SearchResultDelegate`; clearing the field
(Escape, the clear button) puts the grouped list back exactly as it was, selection
included. Queries run off the GUI thread (``run_task``), debounced; a newer keystroke
cancels the older query, which SQLite stops mid-statement through its progress handler.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer, Signal

from app.services.search import DEFAULT_LIMIT, SearchOutcome, search
from app.store import projects
from app.store.errors import StoreError
from app.ui import notify
from app.ui.search.highlight import hint_text
from app.ui.search.result_delegate import SearchResultDelegate
from app.ui.search.results_model import SearchResultsModel
from app.ui.tasks import TaskHandle, run_task

if TYPE_CHECKING:
    from app.ui.sidebar.sidebar import Sidebar

log = logging.getLogger(__name__)

#: Typing pauses this long before a query runs.
DEBOUNCE_MS = 150


class SidebarSearch(QObject):
    """Runs the sidebar's searches and swaps the results in and out of its list view."""

    #: A result was opened: (conversation id, message id or "", the query text).
    #: The sidebar's ``conversation_activated`` is emitted just before.
    result_activated = Signal(str, str, str)
    #: A search finished and its results are shown (for tests and the status line).
    results_shown = Signal(object)

    def __init__(self, sidebar: "Sidebar") -> None:
        super().__init__(sidebar)
        self._sidebar = sidebar
        self._view = sidebar.list_view
        self.model = SearchResultsModel(self)
        self.delegate = SearchResultDelegate(self._view)
        self._selection = QItemSelectionModel(self.model, self)
        self._selection.selectionChanged.connect(lambda *_: sidebar._selection_timer.start())
        self._grouped_delegate = self._view.itemDelegate()
        self._grouped_selection: QItemSelectionModel | None = None
        self._task: TaskHandle | None = None
        self._generation = 0
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

    # -- state -------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether the list shows search results (the field has text)."""
        return bool(self._text)

    def text(self) -> str:
        return self._text

    def result_ids(self) -> list[str]:
        """Conversation ids of the results shown, top to bottom."""
        return [r.conversation_id for r in self.model.outcome().results if self.model.index_for_id(r.conversation_id).isValid()]

    def is_busy(self) -> bool:
        return self._task is not None and not self._task.done

    # -- driven by the sidebar ---------------------------------------------------------------

    def text_changed(self, text: str) -> None:
        """The search field changed: search after a pause, or leave at once when emptied."""
        text = text.strip()
        if not text:
            self.leave()
            return
        self._text = text
        self._timer.start()

    def run_now(self) -> None:
        """Search for the field's text now (Enter, or the pause after typing)."""
        self._timer.stop()
        if not self._text:
            return
        self._cancel()
        self._generation += 1
        generation = self._generation
        text = self._text
        archived = self._sidebar.is_showing_archived()
        if not self._showing_results():
            self._enter()
            self._view.set_placeholder(self.tr("Searching\u2026"))

        def work(ctx):
            # All of history, whichever project is selected: people rarely remember where
            # they talked about something (project:NAME narrows it). Rows from other
            # projects say which project they are in.
            outcome = search(
                text, limit=DEFAULT_LIMIT, archived=archived, should_stop=lambda: ctx.cancelled
            )
            return outcome, {p.id: p.name for p in projects.list_projects()}

        self._task = run_task(
            work,
            on_result=lambda found: self._show(generation, *found),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def store_changed(self) -> None:
        """Conversations changed (deleted, renamed, imported): search again if searching."""
        if self.active:
            self._timer.start()

    def leave(self) -> None:
        """Back to the grouped list (Escape, the clear button)."""
        self._timer.stop()
        self._cancel()
        self._generation += 1
        self._text = ""
        if self._showing_results():
            self._view.setModel(self._sidebar.model)
            created = self._view.selectionModel()
            if self._grouped_selection is not None:
                self._view.setSelectionModel(self._grouped_selection)
                if created is not self._grouped_selection:
                    created.deleteLater()
            self._view.setItemDelegate(self._grouped_delegate)
        self.model.clear()
        self._sidebar._update_placeholder()
        self._sidebar._restore_selection(force=True)

    def activate(self, index: QModelIndex) -> bool:
        """Open the result at ``index``; False if it is not a result."""
        result = self.model.result(index)
        if result is None:
            return False
        if result.project_id != self._sidebar.current_project_id():
            # The groups behind the results follow, so Escape shows it in its project.
            self._sidebar.set_current_project(result.project_id)
            self.model.set_current_project(result.project_id)
        self._sidebar._open_id = result.conversation_id
        self._sidebar.conversation_activated.emit(result.conversation_id)
        self.result_activated.emit(result.conversation_id, result.message_id or "", self.model.outcome().query)
        return True

    # -- internals ---------------------------------------------------------------------------

    def _showing_results(self) -> bool:
        return self._view.model() is self.model

    def _enter(self) -> None:
        if self._showing_results():
            return
        self._grouped_selection = self._view.selectionModel()
        self._view.setItemDelegate(self.delegate)
        self._view.setModel(self.model)
        created = self._view.selectionModel()
        self._view.setSelectionModel(self._selection)
        if created is not self._selection:
            created.deleteLater()

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self._task = None

    def _show(self, generation: int, outcome: SearchOutcome, project_names: dict[int, str]) -> None:
        if generation != self._generation or not self.active:
            return  # an older query, or the user left search meanwhile
        self._enter()
        self.model.set_outcome(outcome, project_names, self._sidebar.current_project_id())
        hints = [hint_text(h) for h in outcome.hints]
        if outcome.results:
            self._view.set_placeholder("")
            if hints:
                notify.status(" ".join(hints))
            self._select_open_conversation()
        elif hints:
            self._view.set_placeholder("\n".join(hints))
        else:
            self._view.set_placeholder(
                self.tr("No conversations match \u201c%1\u201d.").replace("%1", outcome.query)
            )
        self._view.scrollToTop()
        self.results_shown.emit(outcome)

    def _select_open_conversation(self) -> None:
        open_id = self._sidebar.current_conversation_id()
        index = self.model.index_for_id(open_id) if open_id else QModelIndex()
        if index.isValid():
            self._selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("search failed: %s", getattr(exc, "__traceback_text__", exc))
        self._enter()
        self.model.clear()
        reason = notify.store_error_text(exc) if isinstance(exc, StoreError) else str(exc)
        self._view.set_placeholder(self.tr("The search failed: %1").replace("%1", reason))
