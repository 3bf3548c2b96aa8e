"""The rows of the message view: the conversation's active branch, newest page first.

Opening a conversation reads only the tail of the branch, by walking parent links up from
the active leaf: a screenful of messages costs a few point lookups however long the
conversation is. The whole branch and its forks (for the ‹ 2/3 › switchers) are read by a
worker right after the first paint; older pages are prepended when the view reaches the top.

Each row carries a *revision* that changes whenever anything shown about the message
changes (content, status, metadata, its versions), so the delegate's caches can be keyed
precisely.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.store import messages
from app.store.errors import NotFoundError
from app.store.rows import MessageRow
from app.ui.tasks import TaskHandle, run_task

_Index = QModelIndex | QPersistentModelIndex

#: Visible messages read when a conversation opens (more if they do not fill the view).
FIRST_PAGE = 12
#: Older messages read each time the user scrolls to the top.
OLDER_PAGE = 40


class MessageRoles(IntEnum):
    """Item data roles beyond Qt's own (DisplayRole is the message text)."""

    Id = Qt.ItemDataRole.UserRole + 1
    Role = Qt.ItemDataRole.UserRole + 2  # "user", "assistant", "system", "tool"
    Content = Qt.ItemDataRole.UserRole + 3  # the Markdown source
    CreatedAt = Qt.ItemDataRole.UserRole + 4  # UTC epoch seconds
    Status = Qt.ItemDataRole.UserRole + 5  # "complete", "streaming", "incomplete", "error"
    Metadata = Qt.ItemDataRole.UserRole + 6  # dict
    Revision = Qt.ItemDataRole.UserRole + 7  # int, changes with anything shown
    Versions = Qt.ItemDataRole.UserRole + 8  # (position, count) among siblings, or None
    Row = Qt.ItemDataRole.UserRole + 9  # the MessageRow


def role_label(role: str) -> str:
    """The name shown for a message's author."""
    labels = {
        "user": QCoreApplication.translate("MessageListModel", "You"),
        "assistant": QCoreApplication.translate("MessageListModel", "Assistant"),
        "system": QCoreApplication.translate("MessageListModel", "System"),
        "tool": QCoreApplication.translate("MessageListModel", "Tool"),
    }
    return labels.get(role, role)


class MessageListModel(QAbstractListModel):
    """A list model over the active branch of one conversation, loaded lazily from the top."""

    #: The whole branch and its forks are known (after the worker read the tree).
    tree_loaded = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cid: str | None = None
        self._rows: list[MessageRow] = []
        self._row_of: dict[str, int] = {}
        self._revision: dict[str, int] = {}
        self._next_revision = 1
        self._path: list[str] | None = None  # the whole visible branch, root first
        self._versions: dict[str, list[str]] = {}  # message id -> its siblings (if several)
        self._tree_task: TaskHandle | None = None
        self._fetch_armed = False

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == MessageRoles.Content:
            return row.content
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{role_label(row.role)}: {row.content[:2000]}"
        if role == MessageRoles.Id:
            return row.id
        if role == MessageRoles.Role:
            return row.role
        if role == MessageRoles.CreatedAt:
            return row.created_at
        if role == MessageRoles.Status:
            return row.status
        if role == MessageRoles.Metadata:
            return row.metadata
        if role == MessageRoles.Revision:
            return self._revision.get(row.id, 0)
        if role == MessageRoles.Versions:
            return self.versions_of(row.id)
        if role == MessageRoles.Row:
            return row
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def roleNames(self) -> dict[int, bytes]:  # noqa: N802
        names = super().roleNames()
        names.update({int(r): r.name.lower().encode() for r in MessageRoles})
        return names

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        # Qt's views call this whenever the *last* row is in sight: their convention is a
        # list growing downwards. Here history grows upwards, so only the view's explicit
        # "reached the top" request may fetch (see fetch_older); otherwise opening a chat
        # would page in its whole history.
        return not parent.isValid() and self._fetch_armed and self.has_older()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.has_older():
            return
        self._prepend(self._older_rows(OLDER_PAGE))

    # -- loading --------------------------------------------------------------------------

    def conversation_id(self) -> str | None:
        return self._cid

    def load(self, cid: str | None) -> None:
        """Show ``cid``'s active branch (its last page now; the tree in the background)."""
        self._cancel_tree_task()
        self.beginResetModel()
        self._cid = cid
        self._path = None
        self._versions = {}
        self._set_rows(self._walk_up(messages.active_leaf(cid), FIRST_PAGE) if cid else [])
        self.endResetModel()

    def load_tree(self) -> None:
        """Read the whole branch and its forks in a worker (the view calls this after painting)."""
        if self._cid is None or self._path is not None or self._tree_task is not None:
            return
        cid = self._cid
        holder: list[TaskHandle] = []  # filled before the queued "finished" can arrive
        handle = run_task(
            lambda ctx: messages.branch_view(cid),
            on_result=lambda view: self._tree_arrived(cid, view),
            on_finished=lambda: self._tree_task_done(holder[0]),
        )
        holder.append(handle)
        self._tree_task = handle

    def load_tree_now(self) -> None:
        """Read the tree synchronously (before jumping to a message far up the branch)."""
        if self._cid is not None and self._path is None:
            self._cancel_tree_task()
            self._tree_arrived(self._cid, messages.branch_view(self._cid))

    def reload(self) -> None:
        """Re-read the active branch (after a branch switch or an edit), keeping the depth."""
        if self._cid is None:
            return
        self._cancel_tree_task()
        view = messages.branch_view(self._cid)
        count = max(FIRST_PAGE, len(self._rows))
        rows = messages.load_messages(view.path[-count:])
        self.beginResetModel()
        self._path = list(view.path)
        self._versions = _versions_from(view.forks)
        self._set_rows(rows)
        self.endResetModel()
        self.tree_loaded.emit()

    def has_older(self) -> bool:
        """True when messages above the first row exist."""
        if not self._rows:
            return False
        if self._path is not None:
            return self._first_path_index() > 0
        return self._rows[0].parent_id is not None

    def fetch_older(self) -> int:
        """Prepend the next older page; returns how many rows came in."""
        before = len(self._rows)
        self._fetch_armed = True
        try:
            if self.canFetchMore():
                self.fetchMore()
        finally:
            self._fetch_armed = False
        return len(self._rows) - before

    def ensure_loaded(self, mid: str) -> int:
        """Load rows down from ``mid`` if it is on the branch but above the first row.

        Returns its row, or -1 when ``mid`` is not on the active branch.
        """
        if mid in self._row_of:
            return self._row_of[mid]
        self.load_tree_now()
        if self._path is None or mid not in self._path:
            return -1
        start = self._path.index(mid)
        self._prepend(messages.load_messages(self._path[start : self._first_path_index()]))
        return self._row_of.get(mid, -1)

    # -- live updates ---------------------------------------------------------------------

    def refresh(self, mid: str) -> bool:
        """Re-read one shown message (a streaming answer grew, its status changed)."""
        row_index = self._row_of.get(mid)
        if row_index is None:
            return False
        try:
            row = messages.get_message(mid)
        except NotFoundError:
            self._remove_row(row_index)
            return True
        if row.hidden:
            self._remove_row(row_index)
            return True
        if row != self._rows[row_index]:
            self._rows[row_index] = row
            self._bump(mid)
            index = self.index(row_index)
            self.dataChanged.emit(index, index)
        return True

    def append(self, mid: str) -> bool:
        """Add a message that now ends the active branch. False when a reload is needed."""
        if mid in self._row_of:
            return self.refresh(mid)
        try:
            row = messages.get_message(mid)
        except NotFoundError:
            return True
        if row.hidden:
            return True
        last = self._rows[-1].id if self._rows else None
        if row.parent_id != last and not (last is None and self._path in (None, [])):
            return False
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self._row_of[mid] = position
        self._bump(mid)
        if self._path is not None:
            self._path.append(mid)
        self.endInsertRows()
        return True

    # -- queries --------------------------------------------------------------------------

    def message_at(self, row: int) -> MessageRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, mid: str) -> int:
        return self._row_of.get(mid, -1)

    def revision_of(self, mid: str) -> int:
        return self._revision.get(mid, 0)

    def loaded_rows(self) -> list[MessageRow]:
        return list(self._rows)

    def branch_length(self) -> int | None:
        """Messages on the active branch, once the tree is known."""
        return None if self._path is None else len(self._path)

    def versions(self, mid: str) -> list[str]:
        """The versions (siblings) of a message, itself included; [] when it has none."""
        return list(self._versions.get(mid, ()))

    def versions_of(self, mid: str) -> tuple[int, int] | None:
        """(1-based position, count) among the message's versions, or None."""
        siblings = self._versions.get(mid)
        if not siblings:
            return None
        return siblings.index(mid) + 1, len(siblings)

    # -- internals ------------------------------------------------------------------------

    def _walk_up(self, leaf: str | None, count: int, skip_first: bool = False) -> list[MessageRow]:
        """Up to ``count`` visible rows ending at ``leaf`` (root-first order)."""
        rows: list[MessageRow] = []
        node = leaf
        seen: set[str] = set()
        while node is not None and len(rows) < count and node not in seen:
            seen.add(node)  # a cycle in damaged data must not hang the window
            try:
                row = messages.get_message(node)
            except NotFoundError:
                break
            if not row.hidden and not (skip_first and node == leaf):
                rows.append(row)
            node = row.parent_id
        rows.reverse()
        return rows

    def _older_rows(self, count: int) -> list[MessageRow]:
        if self._path is not None:
            end = self._first_path_index()
            return messages.load_messages(self._path[max(0, end - count) : end])
        return self._walk_up(self._rows[0].id, count, skip_first=True)

    def _first_path_index(self) -> int:
        assert self._path is not None
        if not self._rows:
            return len(self._path)
        return len(self._path) - len(self._rows)

    def _prepend(self, rows: list[MessageRow]) -> None:
        rows = [r for r in rows if r.id not in self._row_of]
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[:0] = rows
        self._reindex()
        for row in rows:
            self._revision.setdefault(row.id, self._take_revision())
        self.endInsertRows()

    def _remove_row(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        row = self._rows.pop(position)
        if self._path is not None and row.id in self._path:
            self._path.remove(row.id)
        self._reindex()
        self.endRemoveRows()

    def _set_rows(self, rows: list[MessageRow]) -> None:
        previous = {r.id: r for r in self._rows}
        self._rows = rows
        self._reindex()
        for row in rows:
            if row.id not in self._revision or previous.get(row.id, row) != row:
                self._revision[row.id] = self._take_revision()

    def _reindex(self) -> None:
        self._row_of = {row.id: n for n, row in enumerate(self._rows)}

    def _bump(self, mid: str) -> None:
        self._revision[mid] = self._take_revision()

    def _take_revision(self) -> int:
        self._next_revision += 1
        return self._next_revision

    def _tree_arrived(self, cid: str, view: messages.BranchView) -> None:
        if not shiboken6.isValid(self) or cid != self._cid or self._path is not None:
            return
        tail = [row.id for row in self._rows]
        matches = view.path[-len(tail) :] == tail if tail else not view.path
        if not matches:
            # The branch changed between the first read and the tree read (a message was
            # appended meanwhile, e.g. one just sent): this tree is stale, read it again.
            self.reload()
            return
        else:
            self._path = list(view.path)
            self._versions = _versions_from(view.forks)
            for row in self._rows:
                if row.id in self._versions:
                    self._bump(row.id)
                    index = self.index(self._row_of[row.id])
                    self.dataChanged.emit(index, index)
        self.tree_loaded.emit()

    def _tree_task_done(self, handle: TaskHandle) -> None:
        if shiboken6.isValid(self) and self._tree_task is handle:
            self._tree_task = None

    def _cancel_tree_task(self) -> None:
        if self._tree_task is not None:
            self._tree_task.cancel()
            self._tree_task = None


def _versions_from(forks: dict[str | None, list[str]]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for children in forks.values():
        for child in children:
            result[child] = children
    return result
