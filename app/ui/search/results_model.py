"""The sidebar's list while searching: one row per matching conversation.

A thin adapter over :class:`app.services.search.SearchOutcome` (at most a page of results, so
plain rows are fine). It offers the same lookups as the grouped model
(``conversation_id``, ``index_for_id``, ``row_for_id``) so the sidebar's selection, context
menu and delete work on search results too.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.search import SearchOutcome, SearchResult
from app.store import conversations
from app.store.errors import StoreError
from app.store.rows import ConversationRow
from app.ui.search.highlight import MarkedText, parse_marked

_Index = QModelIndex | QPersistentModelIndex


class ResultRole(IntEnum):
    RESULT = Qt.ItemDataRole.UserRole + 40  # SearchResult
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 2  # same number as the grouped model's
    TITLE = Qt.ItemDataRole.UserRole + 41  # MarkedText
    SNIPPET = Qt.ItemDataRole.UserRole + 42  # MarkedText
    MATCH_COUNT = Qt.ItemDataRole.UserRole + 43  # int
    MESSAGE_ID = Qt.ItemDataRole.UserRole + 44  # str | None
    TIMESTAMP = Qt.ItemDataRole.UserRole + 45  # float: the matching message's time
    OTHER_PROJECT = Qt.ItemDataRole.UserRole + 46  # str: project name if not the current one


class SearchResultsModel(QAbstractListModel):
    """Rows of one search outcome."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._outcome = SearchOutcome(query="")
        self._results: list[SearchResult] = []
        self._marked: list[tuple[MarkedText, MarkedText]] = []
        self._project_names: dict[int, str] = {}
        self._current_project: int | None = None

    # -- content ---------------------------------------------------------------------------

    def set_outcome(
        self,
        outcome: SearchOutcome,
        project_names: dict[int, str] | None = None,
        current_project: int | None = None,
    ) -> None:
        """Show ``outcome``; rows of projects other than ``current_project`` name theirs."""
        self.beginResetModel()
        self._outcome = outcome
        self._project_names = dict(project_names or {})
        self._current_project = current_project
        self._results = list(outcome.results)
        self._marked = [(parse_marked(r.title_marked), parse_marked(r.snippet_marked)) for r in self._results]
        self.endResetModel()

    def set_current_project(self, project_id: int | None) -> None:
        self._current_project = project_id
        if self._results:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._results) - 1, 0))

    def clear(self) -> None:
        self.set_outcome(SearchOutcome(query=""))

    def outcome(self) -> SearchOutcome:
        return self._outcome

    def result(self, index: _Index) -> SearchResult | None:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        return self._results[index.row()]

    def remove_conversations(self, conversation_ids: set[str]) -> None:
        """Drop results of deleted conversations (rows removed, not a reset)."""
        for row in range(len(self._results) - 1, -1, -1):
            if self._results[row].conversation_id in conversation_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._results[row]
                del self._marked[row]
                self.endRemoveRows()

    # -- the lookups the sidebar uses ------------------------------------------------------

    def conversation_id(self, index: _Index) -> str | None:
        result = self.result(index)
        return result.conversation_id if result else None

    def index_for_id(self, conversation_id: str) -> QModelIndex:
        for row, result in enumerate(self._results):
            if result.conversation_id == conversation_id:
                return self.index(row, 0)
        return QModelIndex()

    def row_for_id(self, conversation_id: str) -> ConversationRow | None:
        if not self.index_for_id(conversation_id).isValid():
            return None
        try:
            return conversations.find_conversation(conversation_id)
        except StoreError:
            return None

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._results)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        title, snippet = self._marked[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result.title or self.tr("New chat")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1, %n match(es): %2", "", result.match_count).replace(
                "%1", result.title or self.tr("New chat")
            ).replace("%2", snippet.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return snippet.text or None
        if role == ResultRole.RESULT:
            return result
        if role == ResultRole.CONVERSATION_ID:
            return result.conversation_id
        if role == ResultRole.TITLE:
            return title
        if role == ResultRole.SNIPPET:
            return snippet
        if role == ResultRole.MATCH_COUNT:
            return result.match_count
        if role == ResultRole.MESSAGE_ID:
            return result.message_id
        if role == ResultRole.TIMESTAMP:
            return result.message_created_at or result.updated_at
        if role == ResultRole.OTHER_PROJECT:
            if self._current_project is None or result.project_id == self._current_project:
                return ""
            return self._project_names.get(result.project_id, "")
        return None
